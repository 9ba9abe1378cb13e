"""The app's own path to the store: broken stores and a store another process holds.

``diplotui`` with no command starts the app. A store it cannot read must stop it before the UI
starts, in one line naming the path and the reason, with a non-zero exit and the file left
byte for byte as it was. A store another process holds opens read-only, says so with the
holder's pid, and refuses writes without touching the file.
"""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path

import pytest

from diplotui.store import SCHEMA_VERSION
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main
from tests.reliability.terminal import Terminal, needs_tmux, terminal

__all__ = ["terminal"]  # the fixture, used by name

BROKEN = {
    "truncated": (b'{"articles": {"1": {"id": "1", "title": "Ha', "invalid JSON"),
    "empty": (b"", "the file is empty"),
    # attack57: 1 GB of spaces was "the file is empty" after 7 s of bytes.strip
    "blank": (b" \n\t" * 100_000, "nothing but blank space, 300,000 bytes of it"),
    "a list": (b"[]", "not a diplotui library (not a JSON object)"),
    "a number": (b"5", "not a diplotui library (not a JSON object)"),
    "a table that is a number": (b'{"meta": 5}', "malformed"),
    "nuls": (b"\x00" * 64, "NUL bytes"),
    "wrong shape": (b'{"articles": ["not", "a", "table"]}', "malformed"),
    "newer schema": (
        json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}}).encode(),
        "newer diplotui",
    ),
}


@pytest.mark.parametrize("kind", BROKEN)
@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_app_refuses_a_broken_store_in_one_line(
    tmp_path: Path, kind: str, read_only: bool, monkeypatch: pytest.MonkeyPatch
):
    """In this process (the entry point's own tests start it for real): the app must never
    start, and the launcher's pause of the garbage collector must not outlive the call."""
    content, reason = BROKEN[kind]
    path = tmp_path / "library.json"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns

    def started(_app: DiplotuiApp) -> None:
        raise AssertionError("the app started on a broken store")

    monkeypatch.setattr(DiplotuiApp, "run", started)
    monkeypatch.setattr(gc, "disable", lambda: None)
    result = run_main("--db", str(path), *(["--read-only"] if read_only else []))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and reason in lines[0], lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "library.json.lock") == [
        "library.json"
    ], "nothing was written beside it (no temp file, no backup)"


def _toast_text(screen: str) -> str:
    """The words of the toasts on ``screen``, their wrapped lines joined (a notice wraps where
    the store's path ends, and a test worker's temporary path is long)."""
    return " ".join(line.rpartition("▌")[2].strip(" │") for line in screen.splitlines())


@needs_tmux
def test_app_on_a_held_store_opens_read_only_and_never_writes(
    held_store: tuple[Path, int], terminal: Terminal
):
    path, pid = held_store
    before = path.read_bytes()
    terminal.start_app(path)
    # The notice and the title come as the store opens; the list's rows may come seconds
    # after under load (a worker), when the notice's 8 s could be over: each is waited for.
    terminal.wait_for("read-only")
    said = f"already open in process {pid}"
    deadline = time.monotonic() + 60
    notice = ""
    while said not in notice and time.monotonic() < deadline:  # not the pid's digits alone:
        time.sleep(0.05)  # a date on the screen can hold them before the notice is drawn
        notice = _toast_text(terminal.screen())
    assert said in notice, notice
    terminal.wait_for("A0")
    terminal.keys("t")  # tag the selected article
    terminal.wait_for("nothing can be")
    terminal.keys("Enter")  # open it: the app must not save it as the last article either
    terminal.wait_for("h Highlight")
    terminal.keys("-l", "jhjh")
    terminal.wait_for("Highlights (0)")
    terminal.keys("q")  # keys are handled in order: the highlights were refused before this
    deadline = time.monotonic() + 10
    while terminal.alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not terminal.alive(), "q quits the read-only app"
    assert path.read_bytes() == before
