"""Tags ignore case in the app: the filter, the list's tags, `t`'s completion and spelling,
`T`'s choices, on a store holding #laos and #Laos (from before tags ignored case)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.tags import RemoveTagScreen
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import settle_start_up, type_text
from .library_fixtures import make_library, titled


def _store_with_both_spellings(path: Path) -> Store:
    """The pane tests' library, where "Beta summit" holds #laos and #LAOS and "Gamma visit"
    #Laos: three spellings of one tag, #laos first entered."""
    store = make_library(path)
    store.with_updates(titled(store, "Beta summit"), tags=["asean", "laos", "LAOS"])
    store.with_updates(titled(store, "Gamma visit"), tags=["Laos"])
    return store


def _rows(app: DiplotuiApp) -> dict[str, str]:
    return {row.title: row.details for row in app.screen.query_one(ArticleList).rows}


async def _filter_by_tag(pilot, tag: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("escape", "f")
    await type_text(pilot, tag)
    await pilot.press("enter")
    await pilot.pause()


async def test_one_tag_in_any_case_in_the_filter_the_list_and_tagging(store_path: Path):
    store = _store_with_both_spellings(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        known = app.screen.library_actions.known_tags()
        assert [tag for tag in known if tag.casefold() == "laos"] == ["laos"], "one, first spelt"
        await _filter_by_tag(pilot, "LAOS")
        rows = _rows(app)
        assert set(rows) == {"Beta summit", "Gamma visit"}
        assert rows["Beta summit"].endswith("#asean #laos") and "LAOS" not in rows["Beta summit"]

        # `t` on Delta forum (the newest, first row) with another case: the spelling in use
        await pilot.press("escape", "g", "t")
        await type_text(pilot, "Laos")
        await pilot.press("enter")
        await pilot.pause()
        assert titled(store, "Delta forum").tags == ["laos"]
        await _filter_by_tag(pilot, "laos")
        assert set(_rows(app)) == {"Delta forum", "Beta summit", "Gamma visit"}

        # `T` on Beta summit offers the tag once, and removes it in every spelling
        await pilot.press("escape")
        await pilot.pause()
        titles = list(_rows(app))
        await pilot.press("g", *["j"] * titles.index("Beta summit"), "T")
        await pilot.pause()
        assert isinstance(app.screen, RemoveTagScreen)
        choices = app.screen.query_one(OptionList)
        assert [str(choices.get_option_at_index(i).prompt) for i in range(2)] == ["#asean", "#laos"]
        assert choices.option_count == 2
        await pilot.press("down", "enter")
        await pilot.pause()
        assert titled(store, "Beta summit").tags == ["asean"]
        assert titled(store, "Gamma visit").tags == ["Laos"], "another article's is kept"
    store.close()
