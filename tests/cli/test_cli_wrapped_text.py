"""A hard-wrapped article (a newsletter, an e-mail, ``fmt`` output) is cited as the reader shows
it: ``statements``, ``quote``, ``quotes`` and the Markdown and CSV exports give a sentence
across a soft wrap on one line, keep a blank line between paragraphs a paragraph break, and
keep every offset into the stored text, which keeps its line breaks."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from pathlib import Path

import pyperclip
import pytest

import diplotui.cli.quotes as quotes_cli

from .test_cli_library import cli

_PARAGRAPHS = (
    "Foreign Minister Bui Thanh Son told reporters in Hanoi on Tuesday that the talks on the "
    "border with the foreign minister of Laos had been frank and useful for both delegations.",
    "\u201cWe will keep talking until every question of the border is settled between our two "
    "countries,\u201d Son said after the meeting in the capital.",
    "Officials will draft a new agreement before the next round of talks begins in Beijing in "
    "the spring, when both sides expect to sign it.",
    "On July 18, Bui Thanh Son met the ambassador of Laos in Hanoi to prepare the talks on the "
    "border and the new agreement on fishing rights.",
)
BODY = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in _PARAGRAPHS)
ARTICLE = (
    f"---\ntitle: Border talks\nsource: Test Wire\ndate: 2025-07-19\n---\nBorder talks\n\n{BODY}\n"
)
REPORTED = (
    "the talks on the border with the foreign minister of Laos had been frank and useful for "
    "both delegations"
)
QUOTED = "We will keep talking until every question of the border is settled between our two"


def _file(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "talks.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path, ARTICLE


def _library(tmp_path: Path) -> tuple[str, str]:
    """A store holding the wrapped article, and the article's id."""
    path, _ = _file(tmp_path)
    db = str(tmp_path / "s.json")
    assert cli("--db", db, "import", str(path)).returncode == 0
    listed = json.loads(cli("--db", db, "list", "--json").stdout)
    return db, next(a["id"] for a in listed if a["title"] == "Border talks")


def test_the_wrapped_text_is_stored_with_its_line_breaks() -> None:
    assert "the foreign\nminister of Laos" in BODY  # what every test below reads across


def test_statements_of_a_wrapped_file_show_each_on_one_line(tmp_path: Path) -> None:
    path, text = _file(tmp_path)
    listed = cli("statements", str(path))
    assert listed.returncode == 0, listed.stderr
    assert "␊" not in listed.stdout
    assert f"said: {REPORTED}" in listed.stdout
    records = [
        json.loads(line) for line in cli("statements", str(path), "--jsonl").stdout.splitlines()
    ]
    assert REPORTED in [record["text"] for record in records]  # said on Tuesday: not the newest
    assert records[1]["text"].startswith(QUOTED)
    for record in records:  # offsets into the file as stored, its line breaks there
        assert text[record["start"] : record["end"]].replace("\n", " ") == record["text"]
    assert "\n" in text[records[0]["start"] : records[0]["end"]]
    array = json.loads(cli("statements", str(path), "--json").stdout)
    assert [r["text"] for r in array] == [r["text"] for r in records]


def test_statements_across_the_library_show_each_on_one_line(tmp_path: Path) -> None:
    db, article_id = _library(tmp_path)
    listed = cli("--db", db, "statements", "--speaker", "Bui Thanh Son")
    assert listed.returncode == 0, listed.stderr
    assert "␊" not in listed.stdout
    assert f"said: {REPORTED} — Border talks" in listed.stdout
    assert f"said: “{QUOTED} countries”" in listed.stdout
    records = [
        json.loads(line)
        for line in cli("--db", db, "statements", "--speaker", "Son", "--jsonl").stdout.splitlines()
    ]
    assert REPORTED in [record["text"] for record in records]  # said on Tuesday: not the newest
    document = json.loads(cli("--db", db, "export", "--format", "json").stdout)
    (text,) = (a["text"] for a in document["articles"] if a["id"] == article_id)
    for record in records:  # offsets into the text as stored, its line breaks there
        assert text[record["start"] : record["end"]].replace("\n", " ") == record["text"]


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The system clipboard, faked at pyperclip; no terminal written to."""
    copied: dict[str, str] = {}
    monkeypatch.setattr(pyperclip, "copy", lambda text: copied.__setitem__("t", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: copied.get("t", ""))
    monkeypatch.setattr(quotes_cli, "_tty_osc52", lambda: None)
    return copied


def _highlight(db: str, article_id: str, quote: str) -> str:
    made = cli("--db", db, "highlight", article_id, "--quote", quote)
    assert made.returncode == 0, made.stderr
    return made.stdout.split()[-1]


def test_quote_and_its_history_give_a_wrapped_sentence_on_one_line(
    tmp_path: Path, board: dict[str, str]
) -> None:
    db, article_id = _library(tmp_path)
    said = _highlight(
        db, article_id, "We will keep talking until every question of the border is settled"
    )
    across = _highlight(db, article_id, "in the capital. Officials will draft")
    quoted = cli("--db", db, "quote", said, "--style", "markdown", "--copy")
    assert quoted.returncode == 0, quoted.stderr
    assert quoted.stdout.startswith(
        "> We will keep talking until every question of the border is settled…\n"
        ">\n> — Bui Thanh Son"
    ), quoted.stdout
    assert board["t"] == quoted.stdout.rstrip("\n")
    history = cli("--db", db, "quotes").stdout
    assert "    > We will keep talking until every question of the border is settled…\n" in history
    # a blank line between paragraphs stays a paragraph break
    apart = cli("--db", db, "quote", across, "--style", "markdown").stdout
    assert apart.startswith("> in the capital.\n>\n> Officials will draft\n"), apart


def test_exports_give_a_wrapped_quote_on_one_line_and_keep_paragraphs(tmp_path: Path) -> None:
    db, article_id = _library(tmp_path)
    said = _highlight(
        db, article_id, "We will keep talking until every question of the border is settled"
    )
    reported = _highlight(db, article_id, "the talks on the border with the foreign minister")
    _highlight(db, article_id, "in the capital. Officials will draft")
    markdown = cli("--db", db, "export", "--article", article_id).stdout
    assert "> We will keep talking until every question of the border is settled…\n" in markdown
    assert "said: the talks on the border with the foreign minister…" in markdown
    assert "> in the capital.\n>\n> Officials will draft\n" in markdown
    rows = list(csv.DictReader(io.StringIO(cli("--db", db, "export", "--format", "csv").stdout)))
    quotes = {row["highlight_id"]: row["quote"] for row in rows}
    assert quotes[said] == "We will keep talking until every question of the border is settled"
    assert quotes[reported] == "the talks on the border with the foreign minister"
    assert "in the capital.\nOfficials will draft" in quotes.values()
    # JSON and W3C keep the stored quote: the selector re-anchors in the stored text
    document = json.loads(cli("--db", db, "export", "--format", "json").stdout)
    stored = {h["id"]: h for h in document["highlights"]}
    assert (
        stored[said]["quote"]
        == "We will keep talking until every question of the border is\nsettled"
    )
    (text,) = (a["text"] for a in document["articles"] if a["id"] == article_id)
    start = text.index("We will keep")
    assert (stored[said]["start"], stored[said]["end"]) == (start, start + 66)


def test_timeline_gives_a_wrapped_event_and_statement_whole_on_one_line(tmp_path: Path) -> None:
    db, _ = _library(tmp_path)
    listed = cli("--db", db, "timeline", "Bui Thanh Son")
    assert listed.returncode == 0, listed.stderr
    event = (
        "On July 18, Bui Thanh Son met the ambassador of Laos in Hanoi to prepare the talks on "
        "the border and the new agreement on fishing rights."
    )
    assert f"2025-07-18                {event} — Border talks" in listed.stdout
    assert f"said: {REPORTED} — Border talks" in listed.stdout
    assert "␊" not in listed.stdout
    entries = json.loads(cli("--db", db, "timeline", "Bui Thanh Son", "--json").stdout)
    # "told reporters in Hanoi on Tuesday" in an article of Saturday 2025-07-19: July 15
    assert [e["text"] for e in entries][:2] == [REPORTED, event]


def test_speaker_corrections_give_a_wrapped_quote_on_one_line(tmp_path: Path) -> None:
    """Set, listed and removed, a correction's quote (the statement it names, whole) across a
    soft wrap reads as the other listings read it: the break a space, not the break's sign."""
    db, article_id = _library(tmp_path)
    quote = "the talks on the border with the foreign minister of Laos"
    made = cli(
        "--db", db, "speaker", article_id, "--quote", quote, "--name", "Kikeo Khaykhamphithoune"
    )
    assert made.returncode == 0, made.stderr
    assert f": {REPORTED}\n" in made.stdout, made.stdout
    correction = made.stdout.split()[-1]
    listed = cli("--db", db, "speaker", article_id)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.endswith(f"Kikeo Khaykhamphithoune: {REPORTED}\n"), listed.stdout
    removed = cli("--db", db, "speaker", article_id, "--remove", correction)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith(f"removed {correction}: {REPORTED}\n"), removed.stdout
    assert "␊" not in made.stdout + listed.stdout + removed.stdout
