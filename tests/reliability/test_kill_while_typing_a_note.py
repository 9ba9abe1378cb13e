"""SIGKILL the real app while a note is being typed: the next start offers the note back.

A hang-up or SIGTERM saves the note being typed (``test_targets.py``); a kill, a power cut or
a terminal closed hard gives the app no moment to: everything typed was lost. The app keeps
the typing as a draft beside the store (at each line break and each pause); here the
installed ``diplotui`` runs in tmux on a temporary store, a note is typed on a sentence over
two lines, the app is killed once the draft holds every word typed, and a restart (under
Pilot) opens the note dialog again on that sentence with the draft, which ``ctrl+s`` saves.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from textual.widgets import TextArea

from diplotui.model import Article
from diplotui.session.drafts import DraftFolder
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.note import NoteScreen
from tests.reliability.terminal import Terminal, needs_tmux, terminal
from tests.tui.helpers import until_screen

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

TITLE = "Ministers meet in Hanoi"
SENTENCE = "The ministers met in Hanoi on Monday."
TYPED = ("call the embassy", "before the May round")


def seed(path: Path) -> Article:
    text = f"{TITLE}\n{SENTENCE} They agreed to meet again in May.\n"
    with Store.open(path) as store:
        article = Article(id=store.new_article_id(text_hash(text)), title=TITLE, text_hash="")
        return store.add_article(article, text)


def reading_seeded(terminal: Terminal, path: Path) -> Article:
    """The app started in ``terminal`` on a new store at ``path``, reading its one article."""
    article = seed(path)
    terminal.start_app(path)
    terminal.wait_for(TITLE, "Open  / Search")
    terminal.keys("Enter")
    terminal.wait_for("h Highlight")
    return article


def wait_for_draft(path: Path, text: str, of: str = "note", timeout: float = 60.0) -> None:
    """Until the store's one draft holds ``text`` (typed as ``of``, a note or tags): what a
    kill then leaves."""
    folder = DraftFolder(path)
    deadline = time.monotonic() + timeout
    while [(d.of, d.text) for d in folder.drafts()] != [(of, text)]:
        assert time.monotonic() < deadline, f"no draft {text!r}: {folder.drafts()!r}"
        time.sleep(0.05)


def kill_hard(terminal: Terminal) -> None:
    """SIGKILL the app in ``terminal``: no handler runs, nothing more is written."""
    os.kill(terminal.pid(), signal.SIGKILL)
    deadline = time.monotonic() + 5
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not terminal.alive(), "the killed app's pane is still there"


async def test_a_note_typed_when_the_app_is_killed_is_offered_back_and_saved(
    tmp_path: Path, terminal: Terminal
):
    path = tmp_path / "library.json"
    article = reading_seeded(terminal, path)
    terminal.keys("j", "v", "n")
    terminal.wait_for("ctrl+s: save")
    terminal.keys("-l", TYPED[0])
    terminal.keys("Enter")
    terminal.keys("-l", TYPED[1])
    typed = "\n".join(TYPED)
    terminal.wait_for(TYPED[1])
    wait_for_draft(path, typed)
    kill_hard(terminal)

    store = Store.open(path)  # the killed app's lock went with it
    assert store.highlights(article.id) == [], "nothing was saved before the kill"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await until_screen(app, pilot, NoteScreen)  # offered back at the start
        assert dialog.query_one(TextArea).text == typed
        assert dialog.query("#draft-line")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
    [saved] = store.highlights(article.id)
    assert saved.quote == SENTENCE and saved.note == typed
    assert DraftFolder(path).drafts() == [], "the saved note's draft is gone"
    store.close()
