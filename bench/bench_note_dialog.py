"""How long a long note takes to open in the note dialog, and keys typed into it.

    .venv/bin/python bench/bench_note_dialog.py [LINES]
    .venv/bin/python bench/bench_note_dialog.py --report [CHARACTERS]

A store in a temporary folder holds one article whose note has LINES lines (450 000 by
default: ~32 MB, a note edited by hand), or with ``--report`` is one line of CHARACTERS
(1 000 000 by default: a report pasted without line breaks); the app opens the article
(``enter``), the note dialog (``n``), types keys at the note's end (eight with ``--report``:
letters, a space, ``enter``). Printed: the seconds from ``n`` to the dialog drawn with its
text wrapped at its width, and from each key to its frame.
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

REPORT = (
    "The delegation reviewed the partnership, including trade, investment, defence and "
    "security cooperation, and agreed to step up exchanges at all levels. "
)


def _note(size: int, report: bool) -> str:
    if report:
        return (REPORT * (size // len(REPORT) + 1))[:size]
    return "\n".join(f"line {n} of a note pasted from a cable, then edited" for n in range(size))


def _store(folder: Path, note: str) -> Store:
    store = Store.open(folder / "library.json")
    text = "Shuttle diplomacy resumes\nThe talks resumed.\n"
    article = Article(
        id=store.new_article_id(text_hash(text)), title="Shuttle", text_hash="", date="2030-01-01"
    )
    article = store.add_article(article, text)
    store.save_as_given(articles=[(Article.from_dict(article.to_dict() | {"note": note}), None)])
    return store


async def _measure(store: Store, keys: list[str]) -> tuple[float, list[float]]:
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
        typed = []
        for key in keys:
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            typed.append(time.perf_counter() - start)
        await pilot.press("escape", "d")
    return opened, typed


def main() -> None:
    report = "--report" in sys.argv
    sizes = [int(arg) for arg in sys.argv[1:] if arg != "--report"]
    size = sizes[0] if sizes else 1_000_000 if report else 450_000
    keys = ["x", "y", "z", "space", "w", "a", "enter", "b"] if report else ["x"]
    with tempfile.TemporaryDirectory() as folder:
        store = _store(Path(folder), _note(size, report))
        opened, typed = asyncio.run(_measure(store, keys))
        store.close()
    shape = f"one line of {size:,} characters" if report else f"{size} lines"
    each = ", ".join(f"{key} {seconds:.2f}" for key, seconds in zip(keys, typed, strict=True))
    print(f"{shape}: dialog open {opened:.1f} s, keys (s): {each}")


if __name__ == "__main__":
    main()
