"""``diplotui import`` says what it did with a file's stated date, keeps a hostile page's
article, and refuses a file of control characters in figures that hold: one line a file,
exit 0 when every file came in, 1 when one failed (session 28's outside tester's files)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_main
from tests.unit.test_ingest_hidden_text import HIDING_PAGE, SEEN
from tests.unit.test_ingest_told_true import HOSTILE_PAGE

DATES = {
    "fd1.md": "2025-02-30",
    "fd2.md": "12/05/2025",
    "fd4.md": "99999-01-01",
    "fd6.md": "2025-7-4",
}


def test_front_matter_dates_each_said_in_its_files_line_and_none_fails_the_file(
    store_path: Path, tmp_path: Path
):
    for name, stated in DATES.items():
        body = f"Unique body {name} with text about Minister Ann Lee.\n"
        (tmp_path / name).write_text(
            f"---\ntitle: {name}\ndate: {stated}\nsource: FD\n---\n\n{body}"
        )
    db = ("--db", str(store_path))
    result = run_main(*db, "import", *(str(tmp_path / name) for name in DATES))
    assert result.returncode == 0, result
    said = {line.split("(", 1)[1].split(")", 1)[0]: line for line in result.stdout.splitlines()}
    assert said[str(tmp_path / "fd1.md")].endswith(
        "its date '2025-02-30' is no calendar date: left out"
    )
    assert said[str(tmp_path / "fd2.md")].endswith(
        "its date '12/05/2025' may be read day or month first: kept as the guess 2025-05-12?"
    )
    assert said[str(tmp_path / "fd4.md")].endswith(
        "its date '99999-01-01' is not a date diplotui reads (YYYY-MM-DD): left out"
    )
    assert said[str(tmp_path / "fd6.md")].endswith(f"({tmp_path / 'fd6.md'})")
    listed = {a["title"]: a for a in json.loads(run_main(*db, "list", "--json").stdout)}
    assert [(listed[n]["date"], listed[n]["date_is_guess"]) for n in DATES] == [
        ("", False),
        ("2025-05-12", True),
        ("", False),
        ("2025-07-04", False),
    ]
    plain = run_main(*db, "list").stdout
    assert "2025-05-12? fd2.md" in plain and "9999" not in plain


def statements_of_page(store_path: Path, page: Path) -> list[dict[str, str]]:
    """The statements ``diplotui statements --json`` finds in ``page`` once imported."""
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(page))
    assert result.returncode == 0, result
    statements = run_main(*db, "statements", result.stdout.split()[1], "--json")
    assert statements.returncode == 0, statements
    found: list[dict[str, str]] = json.loads(statements.stdout)
    return found


def test_a_hostile_page_is_imported_and_its_hidden_quotation_is_no_statement(
    store_path: Path, tmp_path: Path
):
    page = tmp_path / "evil.html"
    page.write_text(HOSTILE_PAGE)
    speakers = [statement["speaker"] for statement in statements_of_page(store_path, page)]
    assert speakers == ["Penny Wong"]


def test_a_text_of_some_control_characters_is_refused_in_figures_naming_the_file(
    store_path: Path, tmp_path: Path
):
    content = 'ANSI \x1b[31mRED\x1b[0m\n\n"We will act," Minister John Roe said. \a\b\b\b\x7f\x9b'
    text = tmp_path / "ansi.txt"
    text.write_text(content)
    result = run_main("--db", str(store_path), "import", str(text))
    assert result.returncode == 1
    assert result.stdout == (  # six: escape, tab and newlines are not counted
        f"failed    {text}: binary data? 6 control characters in {len(content)} characters "
        f"({6 / len(content):.1%}, over the 2% a text may hold)\n"
    )


def test_a_pages_template_and_class_hidden_quotations_are_no_statements(
    store_path: Path, tmp_path: Path
):
    page = tmp_path / "hiding.html"
    page.write_text(HIDING_PAGE)
    quoted = [statement["text"] for statement in statements_of_page(store_path, page)]
    assert len(quoted) == 3 and all(text in "\n".join(SEEN) for text in quoted), quoted
