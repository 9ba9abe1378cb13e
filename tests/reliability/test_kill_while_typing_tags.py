"""SIGKILL the real app while tags are typed: the tag dialog opened again offers them back.

A hang-up or SIGTERM adds the tags being typed (``test_targets.py``); a kill, a crash or a
power cut gave the app no moment to, and the typing was lost where a note's survived as a
draft. The tag dialog keeps its typing as a note's is kept; here the installed ``diplotui``
runs in tmux on a temporary store, tags are typed for the open article, the app is killed
once the draft holds them, and a restart (under Pilot) offers them back when ``t`` opens the
dialog on the article again; ``enter`` adds them and the draft goes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.session.drafts import DraftFolder
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.tags import AddTagsScreen, TagInput
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.reliability.test_kill_while_typing_a_note import (
    kill_hard,
    reading_seeded,
    wait_for_draft,
)
from tests.tui.helpers import until_screen

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

TYPED = "mekong, water security"


async def test_tags_typed_when_the_app_is_killed_are_offered_back_and_added(
    tmp_path: Path, terminal: Terminal
):
    path = tmp_path / "library.json"
    article = reading_seeded(terminal, path)
    terminal.keys("t")
    terminal.wait_for("enter: save")
    terminal.keys("-l", TYPED)
    terminal.wait_for(TYPED)
    wait_for_draft(path, TYPED, of="tags")
    kill_hard(terminal)

    store = Store.open(path)  # the killed app's lock went with it
    assert store.article(article.id).tags == [], "nothing was added before the kill"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            if app.screen.query("Reader") and app.screen.query_one("Reader").article_id:
                break
            await pilot.pause(0.02)
        await pilot.press("t")
        dialog = await until_screen(app, pilot, AddTagsScreen)
        assert dialog.query_one(TagInput).value == TYPED, "the typing is offered back"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AddTagsScreen)
        app.screen_stack[0].draft_actions.writer.flush()
    assert sorted(store.article(article.id).tags) == ["mekong", "water security"]
    assert DraftFolder(path).drafts() == [], "the added tags' draft is gone"
    store.close()
