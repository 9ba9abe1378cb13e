"""SIGKILL the real app while tags are typed: the tag dialog opened again offers them back.

A hang-up or SIGTERM adds the tags being typed (``test_targets.py``); a kill, a crash or a
power cut gave the app no moment to, and the typing was lost where a note's survived as a
draft. The tag dialog keeps its typing as a note's is kept; here the installed ``diplotui``
runs in tmux on a temporary store, tags are typed for the open article, the app is killed
once the draft holds them, and a restart (under Pilot) offers them back when ``t`` opens the
dialog on the article again; ``enter`` adds them and the draft goes.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from diplotui.session.drafts import DraftFolder
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.tags import AddTagsScreen, TagInput
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.reliability.test_kill_while_typing_a_note import TITLE, seed

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

TYPED = "mekong, water security"


def wait_for_tag_draft(path: Path, text: str, timeout: float = 60.0) -> None:
    """Until the store's draft holds ``text``: what a kill then leaves."""
    folder = DraftFolder(path)
    deadline = time.monotonic() + timeout
    while [(d.of, d.text) for d in folder.drafts()] != [("tags", text)]:
        assert time.monotonic() < deadline, f"no draft {text!r}: {folder.drafts()!r}"
        time.sleep(0.05)


async def test_tags_typed_when_the_app_is_killed_are_offered_back_and_added(
    tmp_path: Path, terminal: Terminal
):
    path = tmp_path / "library.json"
    article = seed(path)
    terminal.start_app(path)
    terminal.wait_for(TITLE, "Open  / Search")
    terminal.keys("Enter")
    terminal.wait_for("h Highlight")
    terminal.keys("t")
    terminal.wait_for("enter: save")
    terminal.keys("-l", TYPED)
    terminal.wait_for(TYPED)
    wait_for_tag_draft(path, TYPED)
    os.kill(terminal.pid(), signal.SIGKILL)
    deadline = time.monotonic() + 5
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not terminal.alive(), "the killed app's pane is still there"

    store = Store.open(path)  # the killed app's lock went with it
    assert store.article(article.id).tags == [], "nothing was added before the kill"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(400):
            if app.screen.query("Reader") and app.screen.query_one("Reader").article_id:
                break
            await pilot.pause(0.02)
        await pilot.press("t")
        for _ in range(100):
            if isinstance(app.screen, AddTagsScreen):
                break
            await pilot.pause(0.02)
        dialog = app.screen
        assert isinstance(dialog, AddTagsScreen), "t opens the tag dialog"
        await pilot.pause()
        assert dialog.query_one(TagInput).value == TYPED, "the typing is offered back"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, AddTagsScreen)
        app.screen_stack[0].draft_actions.writer.flush()
    assert sorted(store.article(article.id).tags) == ["mekong", "water security"]
    assert DraftFolder(path).drafts() == [], "the added tags' draft is gone"
    store.close()
