"""A key pressed on a sentence before the article's names are found acts once they are.

On a first run the names and statements are found in the background after the article
opens. ``h`` there said "h again in a moment" and did nothing: a user who moved on lost
their first highlight. Now each such key says it will act, acts when the names are found on
the sentence it was pressed on, and is dropped, saying so, if anything comes between. The
recogniser is held back on an event, so the keys always come before the names.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Label

from diplotui import entities
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said
from .statements_ui_support import statements_store


@dataclass
class Opened:
    """The app with Ngo Le Van's sentence under the cursor, its names not yet found."""

    app: DiplotuiApp
    pilot: Pilot[object]
    store: Store
    reader: Reader
    found: threading.Event

    async def names_found(self) -> None:
        """Let the recogniser go on, and wait until what it found is shown."""
        self.found.set()
        await self.app.workers.wait_for_complete()
        await self.pilot.pause()
        assert self.reader.statements_found

    async def press(self, *keys: str) -> list[str]:
        """Press ``keys``: the notices they said."""
        before = len(notices_said(self.app))
        for key in keys:
            await self.pilot.press(key)
            await self.pilot.pause()
        return notices_said(self.app)[before:]


@asynccontextmanager
async def before_the_names(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Opened]:
    found = threading.Event()
    recognise = entities.recognise

    def held_back(*args: object, **kwargs: object) -> object:
        found.wait(10)  # the recogniser still at work when the keys come
        return recognise(*args, **kwargs)

    monkeypatch.setattr(entities, "recognise", held_back)
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            library = app.screen.query_one(ArticleList)
            library.focus()
            library.cursor = len(library.folders)
            await pilot.press("enter")
            await pilot.pause()
            reader = app.screen.query_one(Reader)
            await pilot.press("j", "j")  # Ngo Le Van's sentence
            assert "Ngo Le Van" in reader.text[slice(*reader.cursor_span)]
            assert not reader.statements_found
            yield Opened(app, pilot, store, reader, found)
            found.set()
    finally:
        found.set()
        store.close()


@pytest.mark.parametrize(("key", "colour"), [("h", "key"), ("3", "figure")])
async def test_a_highlight_pressed_before_the_names_is_made_once_they_are_found(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, colour: str
):
    async with before_the_names(store_path, monkeypatch) as opened:
        sentence = opened.reader.cursor_span
        assert await opened.press(key) == ["Highlighting once the names are found…"]
        assert opened.store.highlights() == []
        await opened.names_found()
        (highlight,) = opened.store.highlights()
        assert sentence[0] <= highlight.start < highlight.end <= sentence[1]
        assert highlight.speaker == "Ngo Le Van"  # the speaker the finder found there
        assert highlight.color == colour
        said = notices_said(opened.app)[-1]
        assert said.startswith("Highlighted ")


async def test_a_copy_pressed_before_the_names_copies_the_speakers_words_once_found(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, clipboard: list[str]
):
    async with before_the_names(store_path, monkeypatch) as opened:
        assert await opened.press("y") == ["Copying once the names are found…"]
        assert clipboard == []
        await opened.names_found()
        assert len(clipboard) == 1 and "Ngo Le Van" in clipboard[0]


async def test_the_timeline_waits_for_the_names(store_path: Path, monkeypatch: pytest.MonkeyPatch):
    async with before_the_names(store_path, monkeypatch) as opened:
        assert await opened.press("L") == ["Opening the timeline once the names are found…"]
        assert not isinstance(opened.app.screen, TimelineScreen)
        await opened.names_found()
        assert isinstance(opened.app.screen, TimelineScreen)
        assert "Ngo Le Van" in str(opened.app.screen.query_one(Label).render())


async def test_a_statement_jump_waits_for_the_names(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with before_the_names(store_path, monkeypatch) as opened:
        assert await opened.press("s") == ["Going to the statement once the names are found…"]
        await opened.names_found()
        reader = opened.reader
        assert reader.text[slice(*reader.cursor_span)].startswith('"We will keep working')


async def test_a_speaker_correction_waits_for_the_names(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with before_the_names(store_path, monkeypatch) as opened:
        assert await opened.press("P") == ["Correcting the speaker once the names are found…"]
        assert not isinstance(opened.app.screen, SpeakerCorrectionScreen)
        await opened.names_found()
        assert isinstance(opened.app.screen, SpeakerCorrectionScreen)


async def test_a_key_between_drops_the_held_one_and_says_so(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, clipboard: list[str]
):
    """``h`` then ``y``: the copy waits, the highlight is dropped (said); ``j`` then drops
    the copy; once found, neither acts."""
    async with before_the_names(store_path, monkeypatch) as opened:
        await opened.press("h")
        assert await opened.press("y") == [
            "h dropped: another key came before the names were found.",
            "h dropped; copying once the names are found…",  # the one seen
        ]
        assert await opened.press("j") == [
            "y dropped: another key came before the names were found."
        ]
        await opened.names_found()
        assert opened.store.highlights() == [] and clipboard == []


async def test_a_held_key_is_dropped_when_the_cursor_moved_without_a_key(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A click moves the cursor with no key: the highlight is not made on the new place."""
    async with before_the_names(store_path, monkeypatch) as opened:
        await opened.press("h")
        opened.reader.move_cursor_to(0)
        await opened.names_found()
        assert opened.store.highlights() == []
        assert notices_said(opened.app)[-1] == (
            "h dropped: the cursor moved before the names were found."
        )
