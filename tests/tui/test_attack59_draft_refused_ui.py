"""attack59: the store's folder made read-only while the app runs (as a user, not root, whom
mode bits refuse), then tags typed: the app said "The note's draft could not be kept: [Errno
13] Permission denied: '/…/db.json.drafts'", a note's where tags were typed, in Python's
words. It names what was typed now, and why, in a line. (The drafts folder a regular file
stands in for the refusal here: root, running the tests, is refused nothing by mode bits.)"""

from __future__ import annotations

from pathlib import Path

from diplotui.session.drafts import DraftFolder
from diplotui.tui.dialogs.dialog import StatusLine

from .helpers import notices_said, type_text
from .test_tag_drafts_ui import drafts_writer, reading, tag_dialog


async def test_tags_whose_draft_cannot_be_kept_are_said_to_be_tags(store_path: Path) -> None:
    async with reading(store_path) as (_, _, app, pilot):
        DraftFolder(store_path).path.write_text("in the way")
        await tag_dialog(app, pilot)
        await type_text(pilot, "asean")
        drafts_writer(app).flush()
        await pilot.pause()
        said = [notice for notice in notices_said(app) if "draft" in notice]
        assert said, notices_said(app)
        folder = DraftFolder(store_path).path
        assert said[-1] == (
            f"The tags' draft could not be kept ({folder} is not a folder): what is typed "
            "stays in the dialog until it is added or left"
        )


async def test_tags_kept_as_a_draft_on_escape_say_why_not_in_words(store_path: Path) -> None:
    async with reading(store_path) as (_, _, app, pilot):
        DraftFolder(store_path).path.write_text("in the way")
        dialog = await tag_dialog(app, pilot)
        await type_text(pilot, "asean")
        drafts_writer(app).flush()
        assert not dialog.keep_draft()
        await pilot.pause()
        folder = DraftFolder(store_path).path
        line = str(dialog.query_one("#tag-error", StatusLine).render())
        assert f"The draft could not be kept ({folder} is not a folder): add or copy" in line
