"""``D`` in the list remembers the deletion for the feeds and the team, as ``rm`` does
(newuser57: an article deleted before any sync was known to nobody); ``ctrl+z`` brings the
article back and forgets it, so no refresh nor teammate keeps it out."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.team_deletions import own_deletions, team_deletions
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.confirm import ConfirmScreen
from diplotui.tui.widgets.article_list import ArticleList


async def test_d_remembers_the_deletion_and_undo_forgets_it(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        listing = app.screen.query_one(ArticleList)
        listing.focus()
        target = listing.current_id
        assert target is not None
        url = seeded_store.article(target).url
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert target not in seeded_store.article_ids()
        assert list(own_deletions(seeded_store)) == [target]
        if url:
            assert team_deletions(seeded_store).of((url,), "", "") is not None
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert target in seeded_store.article_ids()
        assert own_deletions(seeded_store) == {}
