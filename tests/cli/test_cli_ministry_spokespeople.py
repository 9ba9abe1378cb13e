"""``--org "foreign ministry"`` (and ``W``'s ``org:``) finds what the ministry's spokespeople
said, named or not: "a spokesperson for the foreign ministry said ..." and "a ministry
spokesperson told ..." after the article named the Dutch foreign ministry were left out, the
finder keeping a role of the title alone ("spokesperson", "ministry spokesperson") with no
organisation. A spokesperson of another ministry the article named stays out."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

ARTICLES = {
    "dutch.txt": (
        "Dutch licences withdrawn\n\n"
        "THE HAGUE, June 6 - The Dutch foreign ministry has withdrawn three licences for the"
        " export of naval components.\n\n"
        "A ministry spokesperson told reporters the licences were reviewed last month.\n"
    ),
    "beijing.txt": (
        "Beijing rejects report\n\n"
        "BEIJING, June 7 - A spokesperson for the foreign ministry said the claims were"
        " groundless.\n\n"
        "China's Foreign Ministry spokesperson Mao Ning said Beijing welcomed the talks.\n"
    ),
    "interior.txt": (
        "Police on alert\n\n"
        "JAKARTA, June 8 - The Interior Ministry ordered police to stay on alert.\n\n"
        "A ministry spokesperson said three arrests were made overnight.\n"
    ),
}


def _library(store_path: Path, tmp_path: Path) -> str:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(store_path)
    imported = run_main("--db", db, "import", *(str(tmp_path / name) for name in ARTICLES))
    assert imported.returncode == 0, imported.stderr
    return db


def test_org_foreign_ministry_finds_its_spokespeople_named_or_not(store_path: Path, tmp_path: Path):
    db = _library(store_path, tmp_path)
    for typed in ("foreign ministry", "FOREIGN Ministry", "foreign"):
        listed = run_main("--db", db, "statements", "--org", typed)
        assert listed.returncode == 0, listed.stderr
        out = listed.stdout
        assert "the licences were reviewed last month" in out, (typed, out)
        assert "the claims were groundless" in out, (typed, out)
        assert "Beijing welcomed the talks" in out, (typed, out)
        assert "arrests" not in out, (typed, out)  # the interior ministry's spokesperson
    interior = run_main("--db", db, "statements", "--org", "interior").stdout
    assert "three arrests were made overnight" in interior, interior
    assert "licences" not in interior, interior


MANILA = (
    "Manila protests\n\n"
    "MANILA, June 6 - A spokesperson for the Philippine Department of Foreign Affairs said"
    " Manila had lodged a diplomatic protest over the incident.\n\n"
    "A spokesperson for the Chinese embassy said Beijing rejected the protest.\n\n"
    "A spokesperson for the Office of the High Commissioner for Human Rights said the reports"
    " were credible.\n"
)


def test_a_spokesperson_for_a_department_is_given_it(store_path: Path, tmp_path: Path):
    """ "A spokesperson for the Philippine Department of Foreign Affairs said ..." was given
    no organisation (only a ministry after the title was read): listed "spokesperson",
    left out of ``--org "foreign affairs"``, and one with every other unnamed spokesperson.
    The body the sentence names is theirs; an embassy named in lower case stays unread."""
    (tmp_path / "manila.txt").write_text(MANILA, encoding="utf-8")
    db = str(store_path)
    assert run_main("--db", db, "import", str(tmp_path / "manila.txt")).returncode == 0
    listed = run_main("--db", db, "statements", "--org", "foreign affairs")
    assert listed.returncode == 0, listed.stderr
    assert "spokesperson (Philippine Department of Foreign Affairs) said Manila" in listed.stdout
    assert "rejected the protest" not in listed.stdout, listed.stdout
    rights = run_main("--db", db, "statements", "--org", "human rights").stdout
    # named whole: a role's reading of the words cut it to "Office of the High"
    assert "spokesperson (Office of the High Commissioner for Human Rights) said" in rights
