"""The filter's entity field finds a person by the surname they are known by, as
``list --entity`` does, and says whom it took: a surname two people share is two people."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .helpers import notices_said, settle_start_up, type_text
from .statements_ui_support import add_article as _add


async def _filtered(store: Store, entity: str) -> tuple[set[str], list[str]]:
    """The titles listed after ``f``, ``tab`` and ``entity`` typed in the entity field, and
    the notices shown."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.press("f", "tab")  # the entity field
        await type_text(pilot, entity)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        titles = {row.title for row in app.screen.query_one(ArticleList).rows}
        return titles, notices_said(app)


async def test_a_surname_in_the_filter_lists_both_people_and_names_them(store_path: Path):
    store = Store.open(store_path)
    _add(store, "Wong in Canberra\nForeign Minister Penny Wong met envoys in Canberra.\n",
         "Wong in Canberra", "2025-07-18")  # fmt: skip
    _add(store, "Wong in Jakarta\nPrime Minister Lawrence Wong visited Jakarta.\n",
         "Wong in Jakarta", "2025-07-19")  # fmt: skip
    _add(store, "Talks\nThe ministers met in Hanoi.\n", "Talks", "2025-07-20")
    titles, said = await _filtered(store, "Wong")
    assert titles == {"Wong in Canberra", "Wong in Jakarta"}
    assert "Wong: Lawrence Wong, Penny Wong." in said  # a sentence, as every notice
    store.close()


async def test_a_surname_an_article_names_alone_still_lists_the_person_named_whole(
    store_path: Path,
):
    """newuser47: `f`, "aliyev" listed only the article saying "Aliyev" alone, not the one
    naming "President Ilham Aliyev": the surname's own entity hid the person's."""
    store = Store.open(store_path)
    _add(store, "Aliyev in Baku\nAliyev said the talks were over. Aliyev left on Monday.\n",
         "Aliyev in Baku", "2025-07-18")  # fmt: skip
    _add(store, "Summit\nPresident Ilham Aliyev met the envoy in Baku on Friday.\n",
         "Summit", "2025-07-19")  # fmt: skip
    titles, said = await _filtered(store, "aliyev")
    assert titles == {"Aliyev in Baku", "Summit"}
    assert "aliyev: Aliyev, Ilham Aliyev." in said  # the name as typed
    store.close()
