"""SIGKILL the real app in a terminal during a burst of highlights; the store must survive.

The app is the installed ``diplotui`` command in tmux on a temporary store. Each run opens the
article and types ``j h j h ...`` (next sentence, highlight it), and is killed once the store
holds 1 to 40 (at random) of the burst's 200 highlights. After every kill the store must parse,
hold at least as many highlights as it was seen holding, and the next start must open it for
writing (no stale lock). A last run waits until the sidebar shows "Highlights (N)", all of
its burst, before the kill: the store must then hold at least N.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store, journal_path, load_store_json, stray_temp_files, text_hash
from tests.reliability.terminal import Terminal, needs_tmux, terminal

__all__ = ["terminal"]  # the fixture, used by name

pytestmark = [needs_tmux, pytest.mark.slow]

TITLE = "Burst target"
KILL_RUNS = 3  # the same instant each time (a random one inside a burst): more repeat it
PAIRS_PER_BURST = 200
FINAL_PAIRS = 5
MOST_STORED_BEFORE_KILL = 40  # of the burst's 200: each kill lands well inside it


def seed(path: Path) -> None:
    """One article of 1,200 short sentences, so every burst finds sentences not yet highlighted."""
    paragraphs = [
        " ".join(f"Sentence {p * 10 + s} of the talks." for s in range(10)) for p in range(120)
    ]
    text = TITLE + "\n" + "\n".join(paragraphs) + "\n"
    with Store.open(path) as store:
        article = Article(id=store.new_article_id(text_hash(text)), title=TITLE, text_hash="")
        store.add_article(article, text)


def highlight_count(path: Path) -> int:
    """Parses the whole file as the app would; fails on any corruption."""
    load_store_json(path)
    with Store.open(path, read_only=True) as store:
        return len(store.highlights())


def start_writable(terminal: Terminal, path: Path) -> int:
    terminal.start_app(path)
    screen = terminal.wait_for(TITLE, "Quit")
    if "Open  / Search" not in screen:  # a restart reopens the article in the reader
        terminal.keys("BTab")
        screen = terminal.wait_for(TITLE, "Open  / Search")  # the list has the focus
    assert "read-only" not in screen and "already open" not in screen, screen
    return terminal.pid()


def burst(terminal: Terminal, done: int, pairs: int) -> None:
    """Open the article (cursor on its title), skip the ``done`` sentences, then j h pairs."""
    terminal.keys("Enter")
    terminal.wait_for("h Highlight")  # the reader has the focus: keys now go to it
    deadline = time.monotonic() + 60  # a bare h waits for the statements to be found:
    while "No statements found" not in terminal.screen():  # s says when they are
        assert time.monotonic() < deadline, "the article's statements were never found"
        terminal.keys("s")
        time.sleep(0.3)
    terminal.keys("-l", "j" * done + "jh" * pairs)


def store_state(path: Path) -> tuple[tuple[int, int] | None, ...]:
    """Size and change time of the store file and its journal: every write changes one."""
    states = []
    for file in (path, journal_path(path)):
        try:
            status = file.stat()
        except FileNotFoundError:
            states.append(None)
        else:
            states.append((status.st_size, status.st_mtime_ns))
    return tuple(states)


def wait_for_stored_highlights(path: Path, at_least: int, timeout: float = 60.0) -> int:
    """The store's highlight count once it holds ``at_least``: a kill that follows lands
    inside the burst however slowly a loaded machine runs it (the screen lags the store).
    The store is parsed again only after a write (each parse took a core from the app)."""
    deadline = time.monotonic() + timeout
    state = store_state(path)
    stored = highlight_count(path)
    while stored < at_least:
        assert time.monotonic() < deadline, f"the store never held {at_least} highlights"
        time.sleep(0.005)
        if (now := store_state(path)) != state:
            state, stored = now, highlight_count(path)
    return stored


def kill(terminal: Terminal, pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not terminal.alive(), "the killed app's pane is still there"


def test_app_killed_during_highlight_bursts(tmp_path: Path, terminal: Terminal):
    path = tmp_path / "library.json"
    seed(path)
    rng = random.Random(11)
    count = highlight_count(path)
    counts = [count]
    mid_burst = 0
    for _ in range(KILL_RUNS):
        pid = start_writable(terminal, path)
        burst(terminal, count, PAIRS_PER_BURST)
        stored = wait_for_stored_highlights(path, count + rng.randint(1, MOST_STORED_BEFORE_KILL))
        kill(terminal, pid)
        after = highlight_count(path)
        assert after >= stored, f"highlights went from {stored} to {after} after a kill"
        mid_burst += after < count + PAIRS_PER_BURST
        count = after
        counts.append(count)
    assert count > 0, f"no burst ever saved a highlight: {counts}"
    assert mid_burst >= 2, f"too few kills landed inside a burst: {counts}"

    # the last run: kill only once the screen has shown N highlights; the store holds N
    pid = start_writable(terminal, path)
    burst(terminal, count, FINAL_PAIRS)
    shown = count + FINAL_PAIRS
    terminal.wait_for(f"Highlights ({shown})")
    kill(terminal, pid)
    assert highlight_count(path) >= shown

    Store.open(path).close()  # the next writer gets the lock at once and cleans up
    assert stray_temp_files(path) == []
    print(f"\napp kills {KILL_RUNS + 1} ({mid_burst} mid-burst), highlights {[*counts, shown]}")
