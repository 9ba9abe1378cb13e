"""The list's filter completes the tags articles carry, the ones it matches (newuser64): typed
"people", it completed "people diplomacy", a tag only a highlight carried, and the list then
said "No article matches this filter". A highlight's tag is no longer offered there (``t``
and ``#`` still complete every tag in use), and the empty list names a typed one as no
article's."""

from __future__ import annotations

from dataclasses import replace

from diplotui.anchoring import new_highlight
from diplotui.store import Store
from diplotui.tags import add_tags
from diplotui.tui.app import DiplotuiApp

from .helpers import open_filter_field


async def test_the_filter_completes_an_articles_tag_not_a_highlights(seeded_store: Store):
    first, second = seeded_store.articles()[:2]
    text = seeded_store.article_text(first.id)
    highlight = new_highlight(first.id, text, 0, 5)
    seeded_store.save_as_given(highlights=[replace(highlight, tags=["people diplomacy"])])
    seeded_store.with_updates(second, tags=add_tags(second.tags, ["peace"]))
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        field = await open_filter_field(app, pilot, "filter-tags")
        await pilot.press("p", "e", "o", "right")
        await pilot.pause()
        assert field.value == "peo"  # no article is tagged #people diplomacy
        await pilot.press("ctrl+u", "p", "e", "a", "right")
        await pilot.pause()
        assert field.value == "peace"
