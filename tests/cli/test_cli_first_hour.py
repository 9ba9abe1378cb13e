"""What a new user met in a first hour with the command line, run as they ran it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Border talks resume\n\n"
    "BANGKOK - Thailand and Cambodia agreed on Friday to reopen border talks.\n\n"
    "Thai Foreign Minister Maris Sangiampongsa said the two sides would meet again in March.\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]


@pytest.fixture
def db(store_path: Path) -> str:
    """A store holding one article with one statement, its date a guess."""
    with Store.open(store_path) as store:
        article = Article(
            id=ARTICLE_ID,
            title="Border talks resume",
            text_hash="",
            date="2026-11-27",
            date_is_guess=True,
        )
        store.add_article(article, TEXT)
    return str(store_path)


def test_a_highlight_of_a_statement_keeps_its_speaker_into_the_exports(db: str):
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", "the two sides would meet")
    assert made.returncode == 0, made.stderr
    said = "Maris Sangiampongsa (Thai Foreign Minister)"
    assert made.stdout.splitlines()[-2] == f"a statement by {said}"
    [row] = csv.DictReader(io.StringIO(run_main("--db", db, "export", "--format", "csv").stdout))
    assert row["speaker"] == said
    brief = run_main("--db", db, "export", "--format", "markdown").stdout
    assert f"\n{said} said the two sides would meet…\n" in brief  # reported, cut short


def test_quote_of_a_statements_highlight_names_its_speaker_in_every_style(db: str):
    """``y`` on this highlight in the app cites "Maris Sangiampongsa ..., quoted in"; the
    command printing the same highlight's quote left the speaker out of every style."""
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", "the two sides would meet")
    highlight_id = made.stdout.splitlines()[-1]
    for style, named in [
        ("plain", "— Maris Sangiampongsa (Thai Foreign Minister), quoted in "),
        ("markdown", "\n— Maris Sangiampongsa (Thai Foreign Minister), quoted in "),
        ("chicago", "Thai Foreign Minister Maris Sangiampongsa, quoted in "),
        ("apa", "(Thai Foreign Minister) said the two sides would meet… (as cited in "),
    ]:
        quoted = run_main("--db", db, "quote", highlight_id, "--style", style)
        assert quoted.returncode == 0, quoted.stderr
        assert named in quoted.stdout, (style, quoted.stdout)


def test_a_notes_list_stays_a_list_in_the_brief(db: str):
    note = "Ask the desk:\n\n- who chairs the commission\n- * when the maps are due\n1. # March"
    assert run_main("--db", db, "note", ARTICLE_ID, note).returncode == 0
    brief = run_main("--db", db, "export", "--format", "markdown").stdout
    assert (
        "Ask the desk:\n\n- who chairs the commission\n- \\* when the maps are due\n1. \\# March\n"
    ) in brief


def test_a_guessed_date_is_a_date_in_the_csv_and_its_guess_a_column(db: str):
    """A spreadsheet reads "2026-11-27?" as text: the date goes as it is, the guess apart."""
    assert (
        run_main("--db", db, "highlight", ARTICLE_ID, "--quote", "reopen border talks").returncode
        == 0
    )
    [row] = csv.DictReader(io.StringIO(run_main("--db", db, "export", "--format", "csv").stdout))
    assert (row["date"], row["date_is_guess"]) == ("2026-11-27", "true")


@pytest.mark.parametrize(
    "head",
    [
        "<title>Border talks resume | Mekong Monitor</title>",
        "<title>Border talks resume - Mekong Monitor</title>",  # a dash: the domain's name
    ],
)
def test_an_html_page_is_cited_by_its_outlets_name_not_its_domain(
    db: str, tmp_path: Path, head: str
):
    page = tmp_path / "border.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT.splitlines()[2:] if line)
    paragraphs += "<p>The commission last met in Mekong Monitor's home city in 2023.</p>"
    page.write_text(
        f'<html><head>{head}<link rel="canonical" href="https://www.mekongmonitor.com/b/1">'
        f"</head><body><article>{paragraphs}</article></body></html>"
    )
    assert run_main("--db", db, "import", str(page)).returncode == 0
    [article] = json.loads(run_main("--db", db, "list", "--json", "--search", "Mekong").stdout)
    assert article["source"] == "Mekong Monitor"
    assert article["title"] == "Border talks resume"


def test_a_query_that_finds_nothing_says_so_in_one_line(db: str):
    for query, said in [
        (("timeline", "Sangiampongsa Maris Jr"), "no statement or dated event of"),
        (("statements", "--speaker", "Prak Sokhon Jr"), "no statement matches"),
        (("list", "--tag", "cambodia"), "no article matches"),
    ]:
        found = run_main("--db", db, *query)
        assert (found.returncode, found.stdout) == (0, ""), "an empty listing, for scripts"
        assert found.stderr.startswith(f"diplotui: {said}") and found.stderr.count("\n") == 1
