"""``ctrl+z`` puts back an article's details saved in ``i`` (newuser65): a title or an author
typed over the real one said "Nothing to undo.", where every other change of the session is
undone, and the citations went on with the wrong one."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.metadata import MetadataScreen

from .helpers import notices_said, settle_start_up, type_text


async def test_saved_details_are_undone_and_redone(seeded_store: Store) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        article_id = app.screen.library.current_id  # type: ignore[attr-defined]
        before = seeded_store.article(article_id)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        await pilot.press("end", "ctrl+u")
        await type_text(pilot, "A wrong title")
        await pilot.press("tab", "tab", "tab", "tab")
        await type_text(pilot, "Lê Hoài Trung")
        await pilot.press("enter")
        await pilot.pause()
        changed = seeded_store.article(article_id)
        assert (changed.title, changed.author) == ("A wrong title", "Lê Hoài Trung")
        assert notices_said(app)[-1] == "Saved the details of “A wrong title”: ctrl+z undoes."
        await pilot.press("ctrl+z")
        await pilot.pause()
        undone = seeded_store.article(article_id)
        assert (undone.title, undone.author, undone.edited) == (
            before.title,
            before.author,
            before.edited,
        )
        assert notices_said(app)[-1] == "Undone: the details of “A wrong title”."
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert seeded_store.article(article_id).title == "A wrong title"
