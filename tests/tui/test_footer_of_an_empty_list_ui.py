"""An empty list's footer offers no key that needs an article.

Seen at 80x24 (session 56): a filter that listed no article left "⏎ Open  t Tag  T Untag"
in the footer; each did nothing and said nothing.
"""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import bottom_row, settle, settle_start_up, type_text


async def test_open_and_tag_leave_the_footer_while_no_article_is_listed(
    seeded_store: Store,
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert all(key in bottom_row(app) for key in (" ⏎ Open ", " t Tag ", " T Untag "))
        await pilot.press("f")
        await pilot.pause()
        await type_text(pilot, "nothing-tagged-so")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.library.current_id is None
        footer = bottom_row(app)
        assert not any(key in footer for key in ("Open", " t Tag ", " T Untag ")), footer
        await pilot.press("escape")  # the filter cleared: the keys are back
        await settle(app, pilot)
        assert all(key in bottom_row(app) for key in (" ⏎ Open ", " t Tag ", " T Untag "))
