"""A Markdown file imported as it is written: its marks are markup, not words. The reader
showed "the **ministry** said", a link's address inside the sentence, "# Arctic Council
resumes work" and "## Background", and a copy quoted them; find looked for the marks too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader
from tests.cli_runner import run_main

from .helpers import screen_text, type_text
from .test_reader_support import open_first

TALKS = """---
title: Border talks resume
source: Mekong Monitor
date: 2026-11-30
---

# Border talks resume

The **ministry** said talks would resume, as [its note](https://example.org/note_2026) put it.

- Delegations arrive on *Tuesday*.
"""

ARCTIC = """---
title: Arctic Council resumes work
source: Polar Notes
date: 2026-11-30
---

# Arctic Council resumes work

TROMSO - The Arctic Council resumed full working-group meetings on Monday.

## Background

The council's work was paused in 2022.
"""


@asynccontextmanager
async def _reading(
    store_path: Path, note: Path, text: str, width: int = 160
) -> AsyncIterator[tuple[DiplotuiApp, Pilot[None], Reader]]:
    """``text`` imported from the Markdown file ``note`` and open in the reader."""
    note.write_text(text, encoding="utf-8")
    assert run_main("--db", str(store_path), "import", str(note)).returncode == 0
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(width, 40)) as pilot:
        reader = await open_first(app, pilot)
        yield app, pilot, reader
    store.close()


async def test_a_markdown_files_inline_marks_are_not_shown_nor_copied(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    async with _reading(store_path, tmp_path / "talks.md", TALKS) as (app, pilot, reader):
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


async def test_find_reads_a_markdown_article_as_the_reader_shows_it(
    store_path: Path, tmp_path: Path
):
    async with _reading(store_path, tmp_path / "talks.md", TALKS) as (_app, pilot, reader):
        await pilot.press("slash")
        await type_text(pilot, "ministry said")
        await pilot.press("enter")
        [(start, end)] = reader.matches
        assert reader.text[start:end].startswith("ministry** said")


async def test_a_markdown_files_heading_marks_are_not_shown_nor_copied(
    store_path: Path, tmp_path: Path, clipboard: list[str]
):
    async with _reading(store_path, tmp_path / "arctic.md", ARCTIC, 120) as (app, pilot, reader):
        shown = screen_text(app)
        assert "Arctic Council resumes work" in shown and "# Arctic" not in shown
        assert "Background" in shown and "##" not in shown
        await pilot.press("g", "y")  # the headline, copied
        await app.workers.wait_for_complete()
        assert clipboard and clipboard[-1].startswith("“Arctic Council resumes work”"), clipboard
        assert reader.article_id
