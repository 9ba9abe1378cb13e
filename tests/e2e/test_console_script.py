"""End to end: the installed ``diplotui`` command in a real terminal (tmux)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotui.library.snapshot import load_snapshot
from diplotui.library.view import LAST_ARTICLE_SETTING
from diplotui.model import Article
from diplotui.store import Store, StoreLocked

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

CONSOLE_SCRIPT = Path(sys.executable).with_name("diplotui")
# A tmux server of each test's own (set by ``own_tmux_server``): test workers running side by
# side never share one, and no test's session is made on the server the test before it killed.
SOCKET = ""


@pytest.fixture(autouse=True)
def own_tmux_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``tmux kill-server`` returns before the server has gone: a session made at once on the
    same socket could join the dying server and go with it, its pane never drawn (seen under
    load: "'Enhancing capacity' never appeared; the  screen was:" with no size). The socket
    file, which a killed server leaves, goes with the test."""
    socket = f"diplotui-e2e-{os.getpid()}-{time.monotonic_ns()}"
    monkeypatch.setattr(sys.modules[__name__], "SOCKET", socket)
    yield
    tmux("kill-server")
    tmux_dir = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
    (tmux_dir / socket).unlink(missing_ok=True)


def tmux(*args: str) -> str:
    return subprocess.run(
        ["tmux", "-L", SOCKET, *args], capture_output=True, text=True, check=False
    ).stdout


def wait_for(session: str, needle: str, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    size = tmux("display", "-p", "-t", session, "#{window_width}x#{window_height}")
    raise AssertionError(f"{needle!r} never appeared; the {size.strip()} screen was:\n{screen}")


def articles_once_closed(store_path: Path) -> list[Article]:
    """The store's articles once the app (its terminal gone) has closed it: a writer may
    open it then."""
    deadline = time.monotonic() + 20
    while True:
        try:
            with Store.open(store_path) as store:
                return store.articles()
        except StoreLocked:
            assert time.monotonic() < deadline, "the app never closed its store"
            time.sleep(0.2)


def test_real_command_in_tmux_opens_tags_and_quits(tmp_path: Path):
    assert CONSOLE_SCRIPT.exists(), "the diplotui console script is installed beside python"
    store_path = tmp_path / "library.json"
    session = "e2e"
    # a fresh detached tmux pane may settle to its requested size just after it starts
    run = f"{CONSOLE_SCRIPT} --db {store_path}"
    # ``read`` holds the second start until the first one's exit status has been seen.
    command = f"sleep 0.5; {run}; echo EXITED-$?; read _; {run}; echo AGAIN-$?; sleep 60"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        wait_for(session, "Enhancing capacity")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "No tags yet")
        tmux("send-keys", "-t", session, "t")
        wait_for(session, "Add tags to")
        tmux("send-keys", "-t", session, "-l", "e2e-tag")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "#e2e-tag")
        tmux("send-keys", "-t", session, "q")
        wait_for(session, "EXITED-0")
        tmux("send-keys", "-t", session, "Enter")
        # The second start draws the list from the snapshot the first left, then reads the store.
        wait_for(session, "#e2e-tag")
        tmux("send-keys", "-t", session, "T")
        wait_for(session, "Remove a tag")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "No tags yet")
        tmux("send-keys", "-t", session, "q")
        wait_for(session, "AGAIN-0")
    finally:
        tmux("kill-server")
    with Store.open(store_path, read_only=True) as store:
        assert not [a for a in store.articles() if "e2e-tag" in a.tags]
        assert store.setting(LAST_ARTICLE_SETTING)
    assert load_snapshot(store_path) is not None, "each quit leaves a current snapshot"


def test_closing_the_terminal_keeps_the_note_being_typed(tmp_path: Path):
    """A terminal closed (or an ssh link dropped) while a note was being typed: the hang-up
    killed the process and the note with it; now the note is saved and the store closed."""
    store_path = tmp_path / "library.json"
    session = "hangup"
    # the pane stays when the app ends on its own, so a failure shows why it ended
    run = f"{CONSOLE_SCRIPT} --db {store_path} --create"
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40",
         f"sleep 0.5; {run}; echo EXITED-$?; sleep 60")  # fmt: skip
    try:
        wait_for(session, "Enhancing capacity")
        tmux("send-keys", "-t", session, "Enter")
        wait_for(session, "None: n in the reader")
        tmux("send-keys", "-t", session, "n")
        wait_for(session, "ctrl+s: save")
        tmux("send-keys", "-t", session, "-l", "typed before the hang-up")
        wait_for(session, "typed before the hang-up")
    finally:
        tmux("kill-server")  # the pane's terminal goes: SIGHUP
    notes = [a.note for a in articles_once_closed(store_path) if a.note]
    assert notes == ["typed before the hang-up"]


def test_closing_the_terminal_over_refused_tags_says_them_at_the_next_start(tmp_path: Path):
    """Tags the tag dialog refuses (one over 64 characters) were lost without a word when the
    terminal closed with the dialog open, where a note being typed is saved; the next start
    now says that they were not added and why, and that tagging again offers them back."""
    from diplotui.session.refused import refused_path

    store_path = tmp_path / "library.json"
    run = f"{CONSOLE_SCRIPT} --db {store_path} --create"
    tmux("new-session", "-d", "-s", "tags", "-x", "120", "-y", "40",
         f"sleep 0.5; {run}; echo EXITED-$?; sleep 60")  # fmt: skip
    try:
        wait_for("tags", "Enhancing capacity")
        tmux("send-keys", "-t", "tags", "Enter")
        wait_for("tags", "No tags yet")
        tmux("send-keys", "-t", "tags", "t")
        wait_for("tags", "Add tags to")
        tmux("send-keys", "-t", "tags", "-l", "asean, " + "mekong-" * 10)
        wait_for("tags", "mekong-mekong-")
    finally:
        tmux("kill-server")  # the pane's terminal goes: SIGHUP
    assert not [a for a in articles_once_closed(store_path) if a.tags], "nothing was added"
    assert refused_path(store_path).exists(), "the refused tags are kept"
    tmux("new-session", "-d", "-s", "again", "-x", "120", "-y", "40",
         f"sleep 0.5; {run}; sleep 60")  # fmt: skip
    try:
        screen = wait_for("again", "could not be saved")
    finally:
        tmux("kill-server")
    # the notice's rows: a toast 80 wide at the right of the 120 columns, its bar first
    said = " ".join(line[41:].strip() for line in screen.splitlines() if line[40:41] == "▌")
    assert "tag too long (70 characters, at most 64)" in said, screen
    # the typing is kept as a draft (ui48): the notice says where it is, not the words again
    assert "Tagging it again offers them back." in said, screen
    assert not refused_path(store_path).exists(), "said once"
