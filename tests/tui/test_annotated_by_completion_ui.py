"""The filter's "annotated by" completes the names of those who highlighted, as the library's
facets gather them from the store's noted authors (``Store.highlight_values``)."""

from __future__ import annotations

from diplotui.anchoring import new_highlight
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_filter_field


async def test_annotated_by_completes_a_teammate_s_name_typed_in_part(seeded_store: Store):
    first, second = seeded_store.articles()[:2]
    for article, author in [(first, "Binh Tran"), (second, "Ana Lima"), (second, "")]:
        text = seeded_store.article_text(article.id)
        seeded_store.save_as_given(
            highlights=[new_highlight(article.id, text, 0, 5, author=author)]
        )
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        field = await open_filter_field(app, pilot, "filter-annotated-by")
        await pilot.press("b", "i")
        await pilot.pause()
        await pilot.press("right")  # takes the suggestion
        await pilot.pause()
        assert field.value == "Binh Tran"
        await pilot.press("ctrl+u", "a", "n", "right")
        await pilot.pause()
        assert field.value == "Ana Lima"
