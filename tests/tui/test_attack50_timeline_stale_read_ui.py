"""attack50: a timeline read again is never shown from a reading the app stopped. The writer
changed a text twice while a read-only app's timeline was read again: the first reading,
stopped for the second, still handed over what it had read, from the first change's text;
the title said the entries were current, ``enter`` no longer waited, and it put the reading
cursor on whatever sentence the second change left at those offsets."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.controllers import follow
from diplotui.tui.controllers.statements import StatementActions

from .helpers import open_statements_view, settle, type_text, until_bound
from .statements_ui_support import add_article

SAID = (
    "Talks resume\n\n"
    "On July 18, Foreign Minister Anna Lind said that the talks would resume in Geneva.\n\n"
    '"We are ready to talk," Lind told reporters.\n\n'
    "The weather was fine.\n"
)
FIRST = SAID.replace(
    "\n\n", "\n\nAn update came in overnight. Jane Doe said nothing had changed.\n\n", 1
)
SECOND = FIRST.replace(
    "\n\n", "\n\nA second update came in at dawn, long after the first. Nothing moved.\n\n", 1
)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)


def _rows(app: object) -> list[str]:
    listing = app.screen.query_one(OptionList)  # type: ignore[attr-defined]
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_a_reading_stopped_for_a_later_change_is_never_shown(
    store_path: Path, quick: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplotui.library import timeline
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.dialogs.timeline import STILL_READING, TimelineScreen
    from diplotui.tui.widgets.reader import Reader

    writer = Store.open(store_path)
    article = add_article(writer, SAID, "Talks resume", "2025-07-21")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "lind")
        await pilot.press("enter", "enter", "L")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
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
        for text, readings_then in ((FIRST, 1), (SECOND, 2)):
            writer.replace_article_text(writer.article(article.id), text, [])
            for _ in until_bound():
                await pilot.pause(0.05)
                if len(readings) == readings_then:
                    break
        assert readings == [FIRST, SECOND], "the first reading is of the first change"
        let_go[0].set()  # the first reading, stopped for the second, ends
        for _ in until_bound():
            await pilot.pause(0.05)
            if built[0].is_set():
                break
        assert built[0].is_set()
        await pilot.press("enter")  # the second reading goes on: enter waits for it
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen), "still open, as it was"
        assert STILL_READING in [n.message for n in app._notifications]
        let_go[1].set()
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        assert "the talks would resume in Geneva" in _rows(app)[0]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        reader = app.screen.query_one(Reader)
        start, end = reader.cursor_span
        assert SECOND[start:end].startswith("On July 18, Foreign Minister Anna Lind said")
    app.store.close()
    writer.close()
