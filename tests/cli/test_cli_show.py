"""``diplotui show``: an article read in the terminal (newuser57 found no way to read one
without the app). Title, source and date, then the text; marks only on a colour terminal;
never an escape of the article's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

HOSTILE = (
    "Talks in Hanoi\n\n"
    "The minister said [bold]nothing[/bold] \x1b[31mred\x1b]0;pwned\x07 today.\n"
    '"We are ready," Foreign Minister Wang Yi said in Hanoi.\n'
)


def _imported(tmp_path: Path, name: str, text: str) -> tuple[str, str]:
    """The store and the id of ``text`` imported from a file ``name``."""
    store = str(tmp_path / "library.json")
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    assert run_main("--db", store, "import", str(source)).returncode == 0
    listed = run_main("--db", store, "list", "--json")
    (article,) = [
        a for a in json.loads(listed.stdout) if a["title"] != "" and "Hanoi" in a["title"]
    ]
    return store, article["id"]


def test_show_prints_the_heading_then_the_text_plain_when_piped(tmp_path: Path) -> None:
    store, article_id = _imported(tmp_path, "talks.txt", HOSTILE)
    assert run_main("--db", store, "meta", article_id, "--source", "Desk Wire").returncode == 0
    assert run_main("--db", store, "meta", article_id, "--date", "2026-12-01").returncode == 0
    shown = run_main("--db", store, "show", article_id)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[:3] == ["Talks in Hanoi", "Desk Wire · 2026-12-01", ""]
    assert "The minister said [bold]nothing[/bold] red today." in lines  # words, not markup
    assert '"We are ready," Foreign Minister Wang Yi said in Hanoi.' in lines
    # a file's text is read as it is: its escapes shown as their stand-ins, never sent
    file_shown = run_main("--db", store, "show", str(tmp_path / "talks.txt"))
    assert file_shown.stdout.splitlines()[0] == str(tmp_path / "talks.txt")
    assert "The minister said [bold]nothing[/bold] ␛[31mred␛]0;pwned␇ today." in file_shown.stdout
    assert "\x1b" not in file_shown.stdout and "\x07" not in file_shown.stdout


def test_show_marks_entities_and_statements_on_a_colour_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = _imported(tmp_path, "talks.txt", HOSTILE)
    article_id = str(tmp_path / "talks.txt")  # the file, escapes and all
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich takes the pipe for a colour terminal
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    shown = run_main("--db", store, "show", article_id).stdout
    assert "\x1b[33mWang Yi\x1b[0m" in shown  # a person, as the legend says
    assert "\x1b[33mperson\x1b[0m" in shown
    assert "\x1b[4mWe are ready," in shown  # the statement underlined
    assert "\x1b]0;" not in shown and "\x07" not in shown  # the article's own: stand-ins
    assert "␛]0;pwned␇" in shown and "[bold]nothing[/bold]" in shown
    monkeypatch.setenv("NO_COLOR", "1")
    plain = run_main("--db", store, "show", article_id).stdout
    assert "\x1b[33m" not in plain and "Wang Yi" in plain


def test_show_json_gives_the_details_and_the_text_as_the_reader_shows_it(tmp_path: Path) -> None:
    markdown = (
        "# Mekong talks in Hanoi\n\nThe **commission** met in [Vientiane](https://x.example).\n"
    )
    store, article_id = _imported(tmp_path, "mekong.md", markdown)
    shown = run_main("--db", store, "show", article_id, "--json")
    record = json.loads(shown.stdout)
    assert record["id"] == article_id
    assert record["title"] == "Mekong talks in Hanoi"
    assert "The commission met in Vientiane." in record["text"]  # the marks left out
    assert "**" not in record["text"] and "https://x.example" not in record["text"]


def test_show_of_an_unknown_id_is_one_line_and_a_failure(tmp_path: Path) -> None:
    store, _ = _imported(tmp_path, "talks.txt", HOSTILE)
    shown = run_main("--db", store, "show", "ffff")
    assert shown.returncode != 0 and shown.stdout == ""
    assert shown.stderr.count("\n") == 1 and "ffff" in shown.stderr
