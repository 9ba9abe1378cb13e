"""newuser55's last four: a bad argument seeded a new library before it was refused; the import
hint said `diplotui meta ID` after naming the id; "told reporters on July 10" in an article whose
date is a guess was dated by that guess; `highlight` ended its statement line on "told"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

REFUSED_BEFORE_SEEDING = [
    ("statements", "--since", "2026", "--until", "2025"),
    ("statements", "--since", "notadate"),
    ("export", "--format", "csv", "--tag", ""),
    ("tag", "abc", ""),
    ("import", "/nonexistent/a.txt", "/nonexistent/b.txt"),
    ("add", "notaurl"),
    ("export", "-o", ""),
    ("export", "--article", ""),
    ("quote", ""),
    ("share", "init", ""),
]


@pytest.mark.parametrize("argv", REFUSED_BEFORE_SEEDING, ids=lambda argv: " ".join(argv))
def test_a_bad_argument_is_refused_before_a_new_library_is_made(tmp_path: Path, argv):
    store = tmp_path / "db.json"
    result = run_main("--db", str(store), *argv)
    assert result.returncode != 0
    assert "first run" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_import_hint_names_the_id_to_give_meta(tmp_path: Path):
    text = tmp_path / "talks.txt"
    text.write_text("Talks resume\n\nThe two sides met again to talk.\n", encoding="utf-8")
    result = run_main("--db", str(tmp_path / "db.json"), "import", str(text))
    article_id = result.stdout.split()[1]
    assert f"diplotui meta {article_id} --source NAME --date YYYY-MM-DD adds them" in result.stderr
    assert "meta ID" not in result.stderr


SON = (
    "Japan and Vietnam talk\n\n05/07/2025\n\nForeign Minister Bui Thanh Son told reporters on"
    " July 10 that talks would resume soon.\n\nSon said the visit was useful.\n"
)


def test_a_date_said_in_an_article_dated_by_a_guess_stays_unresolved(tmp_path: Path):
    """The article's date is a guess (05/07/2025, day or month first): "on July 10" placed by
    it, or the guessed day standing in, could be a year wrong; the other statement, dated by
    nothing of its own, keeps the article's date with its "?"."""
    db = str(tmp_path / "db.json")
    text = tmp_path / "son.txt"
    text.write_text(SON, encoding="utf-8")
    assert "kept as the guess 2025-07-05?" in run_main("--db", db, "import", str(text)).stdout
    listed = run_main("--db", db, "statements", "--speaker", "Son").stdout.splitlines()
    assert [line.split(" Bui")[0].strip() for line in listed] == [
        "2025-07-05? (article date)",
        "undated",
    ]
    assert "talks would resume soon" in listed[1]
    timeline = run_main("--db", db, "timeline", "Bui Thanh Son").stdout.splitlines()
    assert timeline[-1].startswith("undated ") and "talks would resume soon" in timeline[-1]
    since = run_main("--db", db, "statements", "--speaker", "Son", "--since", "2025-07-01")
    assert "talks would resume" not in since.stdout


def test_highlight_names_the_speaker_of_its_statement_without_a_dangling_verb(tmp_path: Path):
    db = str(tmp_path / "db.json")
    text = tmp_path / "son.txt"
    text.write_text(SON, encoding="utf-8")
    article_id = run_main("--db", db, "import", str(text)).stdout.split()[1]
    out = run_main("--db", db, "highlight", article_id, "--quote", "talks would resume soon")
    assert out.stdout.splitlines()[1] == "a statement by Bui Thanh Son (Foreign Minister)"
