"""A saved page's character references to control characters (``&#27;[31m``, ``&#7;``) are
stored as a text file's raw controls are: the escape sequence, payload and all, and the
control dropped. They were stored as visible stand-ins with their payload ("␛[31mred"), and a
page of nothing else was imported as an article of stand-ins where the same text file is
refused."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main

FILLER = "The two foreign ministers met in Hanoi on Tuesday to discuss trade and security. " * 4


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Talks</title></head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    return page


def test_a_pages_control_references_are_stored_as_a_text_files_controls(tmp_path: Path):
    hostile = "The minister&#7; said &#27;[31mred&#27;[0m lines would hold&#1; today."
    db = tmp_path / "db.json"
    page = _page(tmp_path, f"<p>{FILLER}</p><p>{hostile}</p>")
    assert run_main("--db", str(db), "--create", "import", str(page)).returncode == 0
    with Store.open(db, read_only=True) as store:
        [text] = [store.article_text(a.id) for a in store.articles() if a.title == "Talks"]
    assert "The minister said red lines would hold today." in text
    assert "[31m" not in text and "\u241b" not in text and "\u2407" not in text


def test_a_page_of_control_references_only_is_refused_and_nothing_stored(tmp_path: Path):
    db = tmp_path / "db.json"
    page = _page(tmp_path, "<p>&#27;[31m&#7;&#1;</p>")
    result = run_main("--db", str(db), "--create", "import", str(page))
    assert result.returncode == 1
    assert f"{page}: no article text found in the HTML page" in result.stdout + result.stderr
    with Store.open(db, read_only=True) as store:
        assert all(a.title != "Talks" for a in store.articles())
