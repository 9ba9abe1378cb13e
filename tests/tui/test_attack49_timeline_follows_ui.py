"""attack49: a read-only app keeps up with the process that writes, and its Statements view
(``W``) is built again when the writer changes what it lists; its timeline (``L``) was not.
Open while the writer gave an article a new text (a paragraph added on top), ``enter`` on
the timeline's statement put the reading cursor on whatever sentence now stood at the old
offsets, and the footer named that sentence's speaker: another person's words. The timeline
shown is now read again when the library it was read from changes, and ``enter`` meanwhile
waits for it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.controllers import follow

from .helpers import notices_said, open_statements_view, settle, type_text, until_bound
from .statements_ui_support import add_article

SAID = (
    "Talks resume\n\n"
    "On July 18, Foreign Minister Anna Lind said that the talks would resume in Geneva.\n\n"
    '"We are ready to talk," Lind told reporters.\n\n'
    "The weather was fine.\n"
)
ADDED = (
    "An update came in overnight. The delegations had met for three days and "
    "Jane Doe said nothing had changed.\n\n"
)
UPDATED = SAID.replace("\n\n", "\n\n" + ADDED, 1)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)


def _rows(app: object) -> list[str]:
    listing = app.screen.query_one(OptionList)  # type: ignore[attr-defined]
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_the_open_timeline_follows_a_text_the_writer_changed(
    store_path: Path, quick: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplotui.library import timeline
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.dialogs.timeline import STILL_READING, TimelineScreen

    writer = Store.open(store_path)
    article = add_article(writer, SAID, "Talks resume", "2025-07-21")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await _lind_timeline(app, pilot)
        assert "the talks would resume in Geneva" in _rows(app)[0]
        held, read = threading.Event(), timeline.entity_timeline

        def read_when_let(*args: Any, **kwargs: Any) -> list[timeline.TimelineEntry]:
            assert held.wait(60)
            return read(*args, **kwargs)

        monkeypatch.setattr(timeline, "entity_timeline", read_when_let)
        writer.replace_article_text(writer.article(article.id), UPDATED, [])
        # wait for what the user sees (the title), not the store: the app reads the store
        # anew before it tells the timeline, and under load enter came in between
        for _ in until_bound():
            await pilot.pause(0.05)
            if "the library changed" in str(app.screen.query_one("#timeline-title").render()):
                break
        assert "the library changed" in str(app.screen.query_one("#timeline-title").render())
        await pilot.press("enter")  # while it is read again: it waits, and says so
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen), "still open, as it was"
        assert STILL_READING in notices_said(app)
        held.set()
        reader = await _enter_on_lind(app, pilot, UPDATED)
        assert reader.border_subtitle == "Anna Lind (Foreign Minister) said"
    app.store.close()
    writer.close()


async def _lind_timeline(app: Any, pilot: Any) -> None:
    """The reader on Lind's words from ``W``, then her timeline, read."""
    from diplotui.tui.dialogs.timeline import TimelineScreen

    await open_statements_view(app, pilot)
    await type_text(pilot, "lind")
    await pilot.press("enter", "enter", "L")
    await app.workers.wait_for_complete()
    await settle(app, pilot)
    assert isinstance(app.screen, TimelineScreen)


async def _enter_on_lind(app: Any, pilot: Any, text: str) -> Any:
    """Once the timeline is read again: ``enter`` on her statement puts the reading cursor on
    it where ``text``, the article's now, holds it (the reader returned)."""
    from diplotui.tui.widgets.reader import Reader

    await app.workers.wait_for_complete()
    await settle(app, pilot)
    assert "the talks would resume in Geneva" in _rows(app)[0]
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await settle(app, pilot)
    reader = app.screen.query_one(Reader)
    start, end = reader.cursor_span
    assert text[start:end].startswith("On July 18, Foreign Minister Anna Lind said")
    return reader


SECOND = UPDATED.replace("\n\n", "\n\nA second update came at dawn. Nothing moved.\n\n", 1)


async def test_a_reading_stopped_for_a_later_change_is_never_shown(
    store_path: Path, quick: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """attack50: the writer changed the text twice while the timeline was read again. The
    first reading, stopped for the second, still handed over what it read of the first
    change: the title said the entries were current, ``enter`` no longer waited, and it put
    the cursor on whatever sentence the second change left at those offsets."""
    from diplotui.library import timeline
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.controllers.statements import StatementActions
    from diplotui.tui.dialogs.timeline import STILL_READING, TimelineScreen

    writer = Store.open(store_path)
    article = add_article(writer, SAID, "Talks resume", "2025-07-21")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await _lind_timeline(app, pilot)
        read, build = timeline.entity_timeline, StatementActions._build_timeline
        let_go = [threading.Event(), threading.Event()]
        readings: list[str] = []  # the text each reading read
        built: list[threading.Event] = []

        def read_then_wait(store: Store, *args: Any, **kwargs: Any) -> Any:
            entries = read(store, *args, **kwargs)
            readings.append(store.article_text(article.id))
            assert let_go[len(readings) - 1].wait(60)
            return entries

        def build_and_say(self: StatementActions, *args: Any) -> None:
            done = threading.Event()
            built.append(done)
            try:
                build(self, *args)  # what it hands the UI is handled when it returns
            finally:
                done.set()

        monkeypatch.setattr(timeline, "entity_timeline", read_then_wait)
        monkeypatch.setattr(StatementActions, "_build_timeline", build_and_say)
        for text, readings_then in ((UPDATED, 1), (SECOND, 2)):
            writer.replace_article_text(writer.article(article.id), text, [])
            for _ in until_bound():
                await pilot.pause(0.05)
                if len(readings) == readings_then:
                    break
        assert readings == [UPDATED, SECOND], "the first reading is of the first change"
        let_go[0].set()  # the first reading, stopped for the second, ends
        for _ in until_bound():
            await pilot.pause(0.05)
            if built[0].is_set():
                break
        assert built[0].is_set()
        await pilot.press("enter")  # the second reading goes on: enter waits for it
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen), "still open, as it was"
        assert STILL_READING in notices_said(app)
        let_go[1].set()
        await _enter_on_lind(app, pilot, SECOND)
    app.store.close()
    writer.close()
