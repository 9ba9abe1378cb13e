"""A tag typed in another Unicode form is the same tag.

"café" can reach the app composed (é, one character) or decomposed (e and a combining acute
accent, as text pasted from a PDF or a macOS file name often is). Tags were kept as typed: the
article showed "#café #café", two tags no eye can tell apart, and the filter by the tag typed
one way missed the articles tagged the other way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from textual import events
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.tags import AddTagsScreen

from .helpers import screen_cells, type_as_a_terminal
from .test_reader_support import add_article, open_first, reader_of

COMPOSED = "caf\u00e9"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


async def test_a_decomposed_tag_typed_on_a_composed_one_is_the_same_tag(store_path: Path):
    store = Store.open(store_path)
    article = add_article(store, "Talks", "The ministers met in Hanoi. They agreed.")
    store.save_article(replace(article, tags=[COMPOSED]))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("t")
        await type_as_a_terminal(app, pilot, f"{DECOMPOSED}, r{DECOMPOSED}")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j", "h", "number_sign")  # the sentence highlighted, tagged alike
        await type_as_a_terminal(app, pilot, DECOMPOSED)
        await pilot.press("enter")
        await pilot.pause()
        assert reader_of(app).highlights
    assert store.article(article.id).tags == [COMPOSED, f"r{COMPOSED}"]
    [highlight] = store.highlights(article.id)
    assert highlight.tags == [COMPOSED]
    store.close()


def _drawn(app: DiplotuiApp) -> str:
    return "\n".join("".join(char for char, _style in line) for line in screen_cells(app))


async def test_a_refused_tag_is_said_under_the_field_it_was_typed_in(store_path: Path):
    """A tag refused (longer than a tag may be) was reported in a toast that vanished after
    a few seconds, over the dialog that stayed open with the tag: the analyst who looked up
    from the keyboard saw the tag not taken and no reason. The reason is now a line of the
    dialog, under the field, drawn until the tags are edited."""
    store = Store.open(store_path)
    add_article(store, "Talks", "The ministers met in Hanoi. They agreed.")
    app = DiplotuiApp(store)
    long_tag = "mekong-" * 14
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen)
        app.post_message(events.Paste(long_tag))  # as a terminal delivers a paste
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, AddTagsScreen), "a refused tag leaves the dialog open"
        reason = f"tag too long ({len(long_tag)} characters, at most 64)"
        assert reason in _drawn(app), "the reason is drawn in the dialog"
        assert reason not in [str(toast.render()) for toast in app.screen.query(Toast)]
        await pilot.press("backspace")
        await pilot.pause()
        assert reason not in _drawn(app), "edited: the reason goes"
        await pilot.press("ctrl+u")
        await type_as_a_terminal(app, pilot, "mekong")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AddTagsScreen)
    [article] = [a for a in store.articles() if a.title == "Talks"]
    assert article.tags == ["mekong"]
    store.close()


async def test_the_key_line_says_what_escape_does_with_tags_typed(store_path: Path):
    """With tags typed, ``escape`` asks first (save, draft, discard, keep editing): the key
    line said "esc: cancel" over typing it did not throw away. Worded as the note dialog's."""
    from textual.widgets import Label

    from diplotui.tui.dialogs.dialog import UnsavedEditScreen

    store = Store.open(store_path)
    add_article(store, "Talks", "The ministers met in Hanoi. They agreed.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddTagsScreen)
        keys = dialog.query_one(".dialog-help", Label)
        assert str(keys.render()) == "enter: save · tab: complete · esc: cancel"
        await type_as_a_terminal(app, pilot, "asean")
        assert str(keys.render()) == "enter: save · tab: complete · esc: save, draft or discard?"
        assert "esc: save, draft or discard?" in _drawn(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedEditScreen)
        buttons = [str(b.label) for b in app.screen.query("Button")]
        assert buttons == ["Save (s)", "Draft (l)", "Discard (d)", "Keep editing (k)"]
        await pilot.press("k")
        await pilot.pause()
        await pilot.press("ctrl+u")  # emptied: escape cancels again, and says so
        await pilot.pause()
        assert str(keys.render()) == "enter: save · tab: complete · esc: cancel"
    store.close()
