"""A Markdown file imported as it is written: its headings' "#" marks are markup, not words.
The reader showed "# Arctic Council resumes work" and "## Background", and a copy of the
headline quoted the marks."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import screen_text
from .test_reader_support import open_first

NOTE = """---
title: Arctic Council resumes work
source: Polar Notes
date: 2026-11-30
---

# Arctic Council resumes work

TROMSO - The Arctic Council resumed full working-group meetings on Monday.

## Background

The council's work was paused in 2022.
"""


async def test_a_markdown_files_heading_marks_are_not_shown_nor_copied(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    note = tmp_path / "arctic.md"
    note.write_text(NOTE, encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        shown = screen_text(app)
        assert "Arctic Council resumes work" in shown and "# Arctic" not in shown
        assert "Background" in shown and "##" not in shown
        await pilot.press("g", "y")  # the headline, copied
        await app.workers.wait_for_complete()
        assert clipboard and clipboard[-1].startswith("“Arctic Council resumes work”"), clipboard
        assert reader.article_id
    store.close()
