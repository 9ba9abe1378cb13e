"""``z`` says which quotes it shortens. It said "Long quotes are shortened", and a quote of
170 characters copied after it came whole: nothing on screen said that only one over 280
characters is cut, so the key looked broken."""

from __future__ import annotations

from textual.widgets._toast import Toast

from diplotui.cite import SHORTEN_BUDGET
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, open_first


def _said(app: DiplotuiApp) -> list[str]:
    return [str(toast._notification.message) for toast in app.screen.query(Toast)]


async def test_z_names_the_length_it_shortens_from(store_path):
    store = Store.open(store_path)
    add_article(store, "Envoy talks", "The minister met the envoy in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_first(app, pilot)
        await pilot.press("z")
        await pilot.pause()
        said = [words for words in _said(app) if "shortened" in words]
        assert said == [
            f"Quotes over {SHORTEN_BUDGET} characters are shortened to their first and last"
            " sentences."
        ], _said(app)
        await pilot.press("z")
        await pilot.pause()
        assert [words for words in _said(app) if "whole" in words] == [
            "Quotes are copied whole."
        ], _said(app)
