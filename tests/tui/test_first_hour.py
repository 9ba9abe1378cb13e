"""What a new user met in a first hour with the app, driven by real keys at the sizes they used."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Label, TextArea
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen

from .test_reader_support import add_article, open_first

BODY = (
    "TOKYO - Japan and South Korea agreed on Thursday to resume regular visits. "
    '"We must not let history stand in the way of the future," Lee said.'
)


def _covers(app: DiplotuiApp, region: Region) -> list[str]:
    """The notifications drawn over ``region`` of the screen."""
    toasts = app.screen.query(Toast)
    return [str(toast.render()) for toast in toasts if toast.region.overlaps(region)]


async def test_notifications_leave_a_dialogs_field_and_keys_in_view_at_80x24(store_path, clipboard):
    store = Store.open(store_path)
    add_article(store, "Japan and South Korea resume shuttle diplomacy", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "y")  # "… copied to the system clipboard", then at once a note
        await app.workers.wait_for_complete()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        app.notify("12 new in 5 feeds, 1 failed: UN News: timeout")  # a refresh ends meanwhile
        await pilot.pause()
        await pilot.pause()
        assert len(app.screen.query(Toast)) == 2
        field = app.screen.query_one(TextArea).region
        keys = app.screen.query_one(".dialog-help", Label).region
        assert _covers(app, field) == [] and _covers(app, keys) == []
        await pilot.press("escape")
    store.close()
