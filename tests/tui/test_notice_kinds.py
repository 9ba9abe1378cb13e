"""A notice of one kind said again in other words takes the place of the one shown: ``o``
pressed three times in the list stacked "Sorted: title A–Z.", "Sorted: source A–Z." and
"Sorted: most annotated." over the reader, two of them orders no longer in force."""

from __future__ import annotations

from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import SORT_LABELS

from .test_reader_support import add_article, open_first


def _toasts(app: DiplotuiApp, start: str) -> list[str]:
    """The words of the toasts on screen that start with ``start``."""
    said = [str(toast._notification.message) for toast in app.screen.query(Toast)]
    return [words for words in said if words.startswith(start)]


async def test_a_sort_said_anew_replaces_the_last_one_said(store_path):
    store = Store.open(store_path)
    add_article(store, "Envoy talks", "The minister met the envoy in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        for _ in range(3):
            await pilot.press("o")
            await pilot.pause()
        sort = app.screen.library_actions.query.sort
        assert _toasts(app, "Sorted:") == [f"Sorted: {SORT_LABELS[sort]}."]
        # in the reader, the citation style and entity colours, each its own kind
        await open_first(app, pilot)
        for key in ("c", "c", "e", "e"):
            await pilot.press(key)
            await pilot.pause()
        assert _toasts(app, "Entity colours") == ["Entity colours on."]
        # said before the last key, another kind's notice goes too (see test_toast_rows)
        assert _toasts(app, "Citation style:") == _toasts(app, "Sorted:") == []
        app.notify("Entity colours off.", markup=False)  # as work in the background
        await pilot.pause()
        assert _toasts(app, "Entity colours") == ["Entity colours off."]
