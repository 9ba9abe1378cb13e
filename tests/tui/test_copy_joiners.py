"""A copied quote keeps the joiners its words are spelled with, and the reader draws them.

The zero-width non-joiner is part of Persian and Urdu spelling ("می‌خواهیم", "we want"), the
joiner and non-joiner of Indic conjuncts, and the joiner of emoji sequences (👨‍👩‍👧, a
family). Copying stripped them with the zero-width spaces and bidi controls, so the quote
pasted into a brief was misspelt ("میخواهیم") or showed three people for one family; the
reader drew the word's joiner as "�".
"""

from __future__ import annotations

from pathlib import Path

from textual import events

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, line_segments, open_first, sidebar_rows

PERSIAN = "می\u200cخواهیم"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"


async def test_y_keeps_joiners_and_drops_bidi_controls_in_every_style(store_path: Path, clipboard):
    store = Store.open(store_path)
    add_article(
        store, "Tehran talks", f"The envoy wrote “{PERSIAN}” with {FAMILY} \u202eat\u202c noon."
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j")
        for _ in range(4):  # plain, Markdown, Chicago, APA
            await pilot.press("y")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("c")
    assert len(clipboard) == 4
    for copied in clipboard:
        assert PERSIAN in copied and FAMILY in copied, copied
        assert "\u202e" not in copied and "\u202c" not in copied
    store.close()


async def test_the_reader_and_sidebar_show_a_words_joiners_as_the_word(store_path: Path):
    """A Persian word is drawn with its non-joiner (zero cells wide), not a "�" in the middle
    of the word, in the reader, the sidebar's quote and the note; an emoji sequence's joiner,
    which terminals draw differently (one glyph or three), keeps its visible stand-in."""
    store = Store.open(store_path)
    add_article(store, "Tehran talks", f"The envoy wrote “{PERSIAN}” with {FAMILY} at noon.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "h", "n")
        app.post_message(events.Paste(PERSIAN))  # as a terminal delivers a paste
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        drawn = "".join(segment.text for segment in line_segments(reader))
        assert PERSIAN in drawn and "\ufffd" not in drawn.split(FAMILY[0])[0]
        assert FAMILY not in drawn, "an emoji sequence's joiner stays visible"
        sidebar = "\n".join(sidebar_rows(app))
        assert sidebar.count(PERSIAN) == 2  # the highlight's quote and its note
    store.close()
