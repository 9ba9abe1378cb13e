"""Tags ignore case on the command line: #Mekong and #mekong are one tag, spelt as first
entered, in a store that holds both spellings (from before tags ignored case) too."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main


def _store_with_both_spellings(db: Path) -> dict[str, str]:
    """Articles tagged as a store from before could hold them: #Mekong on one, #mekong on
    another, both on a third; and one untagged. Their ids by name."""
    store = Store.open(db)
    ids = {}
    for name, tags in (
        ("first", ["Mekong"]),
        ("second", ["mekong", "laos"]),
        ("both", ["MEKONG", "mekong"]),
        ("untagged", []),
    ):
        text = f"{name}\nThe ministers of the {name} meeting met.\n"
        article = Article(id=store.new_article_id(text_hash(text)), title=name, text_hash="")
        article = store.add_article(article, text)
        ids[name] = store.with_updates(article, tags=tags).id
    store.close()
    return ids


def _listed(db: Path, *args: str) -> dict[str, list[str]]:
    result = run_main("--db", str(db), "list", "--json", *args)
    assert result.returncode == 0, result.stderr
    return {record["title"]: record["tags"] for record in json.loads(result.stdout)}


def test_a_tag_in_any_case_lists_adds_and_removes_the_one_tag(tmp_path: Path):
    db = tmp_path / "s.json"
    ids = _store_with_both_spellings(db)
    assert set(_listed(db, "--tag", "mekong")) == {"first", "second", "both"}
    assert set(_listed(db, "--tag", "MeKoNg")) == {"first", "second", "both"}
    shown = run_main("--db", str(db), "list", "--tag", "mekong").stdout
    assert "#MEKONG #mekong" not in shown and "both  #MEKONG" in shown, "one tag, shown once"

    # added in another case: the spelling in use, first entered
    result = run_main("--db", str(db), "tag", ids["untagged"], "MEKONG", "Laos")
    assert result.stdout.strip() == f"{ids['untagged']}  #Mekong #laos"
    result = run_main("--db", str(db), "tag", ids["second"], "MeKong")
    assert result.stdout.strip() == f"{ids['second']}  #mekong #laos", "held already"

    # removed in any case: every spelling the article holds goes, no other article's
    result = run_main("--db", str(db), "untag", ids["both"], "Mekong")
    assert result.stdout.strip() == f"{ids['both']}  (no tags)"
    assert result.stderr == ""
    assert _listed(db) == {
        "first": ["Mekong"],
        "second": ["mekong", "laos"],
        "both": [],
        "untagged": ["Mekong", "laos"],
    }


def test_exports_select_and_show_a_tag_in_any_case(tmp_path: Path):
    db = tmp_path / "s.json"
    _store_with_both_spellings(db)
    result = run_main("--db", str(db), "export", "--format", "markdown", "--tag", "MEKONG")
    assert result.returncode == 0, result.stderr
    titles = [line for line in result.stdout.splitlines() if line.startswith("## ")]
    assert sorted(titles) == ["## both", "## first", "## second"]
    assert "MEKONG, mekong" not in result.stdout, "an article's one tag is listed once"


def test_a_highlight_tagged_in_another_case_takes_the_spelling_in_use(tmp_path: Path):
    db = tmp_path / "s.json"
    ids = _store_with_both_spellings(db)
    result = run_main(
        "--db", str(db), "highlight", ids["untagged"], "--quote", "ministers", "--tag", "MEKONG"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].endswith(" #Mekong")


def test_an_export_by_a_tag_no_record_holds_is_refused_and_writes_nothing(tmp_path: Path):
    """``export --tag mekogn -o brief.md`` (misspelt) wrote an empty brief and said only
    "wrote brief.md": the analyst sent on a brief of nothing. Later it said so on stderr but
    still wrote the empty brief and exited 0, so a script mailed it on. It is refused (exit 1),
    nothing written, to a file or to stdout; a tag in use in another case exports."""
    db = tmp_path / "s.json"
    _store_with_both_spellings(db)
    brief = tmp_path / "brief.md"
    for fmt in ("markdown", "csv", "json", "w3c"):
        result = run_main(
            "--db", str(db), "export", "--format", fmt, "--tag", "mekogn", "-o", str(brief)
        )
        assert result.returncode == 1, (fmt, result.stderr)
        assert result.stderr.splitlines() == [
            "diplotui: export: no article or highlight is tagged #mekogn: nothing written"
        ]
        assert not brief.exists()
    result = run_main("--db", str(db), "export", "--tag", "mekogn")
    assert (result.returncode, result.stdout) == (1, "")
    result = run_main("--db", str(db), "export", "--tag", "MEKONG", "-o", str(brief))
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [f"wrote {brief}"]


def test_an_export_takes_a_tag_as_the_listings_show_it(tmp_path: Path):
    """``export --tag '#mekong'``, the tag as every listing shows it (or with a stray space),
    was refused: "no article or highlight is tagged ##mekong: nothing written", where
    ``list --tag`` found its articles; '#' alone names no tag and is refused as such."""
    db = tmp_path / "s.json"
    _store_with_both_spellings(db)
    expected = run_main("--db", str(db), "export", "--format", "csv", "--tag", "mekong")
    for typed in ("#mekong", " Mekong ", "#MEKONG"):
        result = run_main("--db", str(db), "export", "--format", "csv", "--tag", typed)
        assert result.returncode == 0, result.stderr
        assert result.stdout == expected.stdout
    bare = run_main("--db", str(db), "export", "--format", "csv", "--tag", "#")
    assert bare.returncode == 2 and bare.stdout == ""
    assert bare.stderr.strip() == "diplotui: export: --tag '#' names no tag"


def test_an_export_by_a_tag_cut_short_names_the_tag_in_use(tmp_path: Path):
    """``export --tag mek`` (or ``--tag scs`` for #scs brief) was refused with "no article
    or highlight is tagged #mek" alone, where ``statements --tag``, ``list --tag``, ``W`` and
    the list's filter name the tag in use it starts: a tag is given whole."""
    db = tmp_path / "s.json"
    _store_with_both_spellings(db)
    result = run_main("--db", str(db), "export", "--tag", "mek")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "diplotui: export: no article or highlight is tagged #mek"
        ' (a tag is given whole: --tag "Mekong"): nothing written'
    ]
