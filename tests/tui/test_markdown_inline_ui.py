"""A Markdown file imported as it is written: its inline marks (bold, emphasis, code, links,
list and quotation marks) are markup, not words. The reader showed "the **ministry** said"
and a link's address inside the sentence, and a copy quoted them."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import screen_text, type_text
from .test_reader_support import open_first

NOTE = """---
title: Border talks resume
source: Mekong Monitor
date: 2026-11-30
---

# Border talks resume

The **ministry** said talks would resume, as [its note](https://example.org/note_2026) put it.

- Delegations arrive on *Tuesday*.
"""


async def test_a_markdown_files_inline_marks_are_not_shown_nor_copied(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    note = tmp_path / "talks.md"
    note.write_text(NOTE, encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        shown = screen_text(app)
        assert "The ministry said talks would resume, as its note put it." in shown, shown
        assert "**" not in shown and "https://" not in shown and "- Delegations" not in shown
        assert "Delegations arrive on Tuesday." in shown
        await pilot.press("g", "j", "y")  # the sentence after the headline, copied
        await app.workers.wait_for_complete()
        assert clipboard, "nothing copied"
        # a statement: its speaker's words, from "ministry" on; none of the link's address
        assert "ministry said talks would resume, as its note put it." in clipboard[-1].lower()
        assert "**" not in clipboard[-1] and "example.org" not in clipboard[-1]
        assert reader.article_id
    store.close()


async def test_find_reads_a_markdown_article_as_the_reader_shows_it(
    store_path: Path, tmp_path: Path
):
    note = tmp_path / "talks.md"
    note.write_text(NOTE, encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("slash")
        await type_text(pilot, "ministry said")
        await pilot.press("enter")
        [(start, end)] = reader.matches
        assert reader.text[start:end].startswith("ministry** said")
    store.close()
