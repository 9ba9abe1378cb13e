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

from .helpers import type_as_a_terminal
from .test_reader_support import add_article, line_segments, open_first, sidebar_rows

PERSIAN = "می\u200cخواهیم"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
CONJUNCT = "\u0915\u094d\u200d\u0937"  # क्‍ष: the joiner keeps the half form


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


async def test_joiners_and_no_break_spaces_typed_go_into_the_note_and_a_field(store_path: Path):
    """A Persian keyboard types the non-joiner of می‌خواهیم, an Indic one the joiner of a
    conjunct, a French one a narrow no-break space before "!": Textual's fields dropped each
    (not "printable"), so the word was stored misspelt. A joiner typed where it joins no
    letters, and a bidi override, stay out as ``inert`` would show them: "�"."""
    store = Store.open(store_path)
    add_article(store, "Tehran talks", "The envoy spoke at noon.")
    typed = f"{PERSIAN} {CONJUNCT} a\u202f! \u200c\u202eb"
    kept = f"{PERSIAN} {CONJUNCT} a\u202f! b"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        await type_as_a_terminal(app, pilot, typed)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("i", "tab", "tab", "tab", "tab")  # the author field
        await type_as_a_terminal(app, pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
    (article,) = store.articles()
    assert article.note == kept
    assert article.author == " ".join(kept.split())  # a detail's spaces are one space each
    assert "\u200c" in article.author and "\u200d" in article.author
    store.close()


async def test_a_skin_tone_is_drawn_as_a_stand_in_and_copied_as_written(
    store_path: Path, clipboard
):
    """Rich counts 👍🏽 as two cells and tmux 3.3a as four: the reader's line holding it
    pushed the pane's right border out of place. The modifier is drawn as "�", one cell
    everywhere, as an emoji sequence's joiner is; ``y`` copies it as written."""
    store = Store.open(store_path)
    add_article(store, "Summit", "The envoy replied 👍🏽 at once.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j")
        drawn = "".join(segment.text for segment in line_segments(reader))
        assert "👍\ufffd at once" in drawn and "\U0001f3fd" not in drawn
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert "👍🏽" in clipboard[-1]
    store.close()
