"""How long a long note takes to open in the note dialog, and one key typed into it.

    .venv/bin/python bench/bench_note_dialog.py [LINES]

A store in a temporary folder holds one article whose note has LINES lines (450 000 by
default: ~32 MB, a note edited by hand); the app opens the article (``enter``), the note
dialog (``n``), types one key. Printed: the seconds from ``n`` to the dialog drawn with its
text wrapped at its width, and from the key to its frame.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from textual.widgets import TextArea

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen


def _store(folder: Path, lines: int) -> Store:
    note = "\n".join(f"line {n} of a note pasted from a cable, then edited" for n in range(lines))
    store = Store.open(folder / "library.json")
    text = "Shuttle diplomacy resumes\nThe talks resumed.\n"
    article = Article(
        id=store.new_article_id(text_hash(text)), title="Shuttle", text_hash="", date="2030-01-01"
    )
    article = store.add_article(article, text)
    store.save_as_given(articles=[(Article.from_dict(article.to_dict() | {"note": note}), None)])
    return store


async def _measure(store: Store) -> tuple[float, float]:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        start = time.perf_counter()
        await pilot.press("n")
        while (
            not isinstance(app.screen, NoteScreen) or not app.screen.query_one(TextArea).wrap_width
        ):
            await pilot.pause()
        await pilot.pause()
        opened = time.perf_counter() - start
        start = time.perf_counter()
        await pilot.press("x")
        await pilot.pause()
        typed = time.perf_counter() - start
        await pilot.press("escape", "d")
    return opened, typed


def main() -> None:
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 450_000
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), lines)
        opened, typed = asyncio.run(_measure(store))
        store.close()
    print(f"{lines} lines: dialog open {opened:.1f} s, one key {typed:.2f} s")


if __name__ == "__main__":
    main()
