"""A clipboard tool that never answers is ended when diplotui exits (attack63).

A real process with a real pyperclip: a stand-in ``xclip`` (and ``xsel``, ``wl-copy``) on
the PATH that writes its pid and waits. ``quote --copy`` gave up on it after its timeout and
exited, and the tool lived on: one orphan for every copy, waiting an hour here, for ever in
the field (xclip waiting for a display that never answers).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the X tools are Linux's")

_COPY = """
import sys
from diplotui.clipboard import copy_quote
from diplotui.store import Store
with Store.open(sys.argv[1]) as store:
    print(copy_quote(store, sys.argv[2], style="plain", timeout=0.5).message)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _tools(folder: Path, body: str) -> None:
    for name in ("xclip", "xsel", "wl-copy", "wl-paste"):
        tool = folder / name
        tool.write_text(body)
        tool.chmod(0o755)


def _copy(store_path: Path, folder: Path, text: str) -> tuple[int, str, str]:
    """The copy's exit code, output and errors: in files, as a tool left running would hold
    a pipe open (and the test waiting) for its hour."""
    env = {
        "PATH": f"{folder}{os.pathsep}{os.environ.get('PATH', '')}",
        "DISPLAY": ":99",
        "HOME": str(folder),
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    out, err = folder / "out", folder / "err"
    with out.open("w") as stdout, err.open("w") as stderr:
        code = subprocess.run(
            [sys.executable, "-c", _COPY, str(store_path), text],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            env=env,
            timeout=60,
            check=False,
        ).returncode
    return code, out.read_text(), err.read_text()


def test_a_hanging_clipboard_tool_does_not_outlive_the_copy(store_path: Path, tmp_path: Path):
    folder = tmp_path / "tools"
    folder.mkdir()
    pids = tmp_path / "pids"
    _tools(folder, f'#!/bin/sh\necho $$ >> "{pids}"\nexec sleep 3600\n')
    started: list[int] = []
    try:
        code, out, err = _copy(store_path, folder, "Q")
        started = [int(line) for line in pids.read_text().split()] if pids.exists() else []
        assert code == 0, err
        assert "did not answer within 0.5 s" in out
        assert started, "the stand-in tool was not started"
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in started if _alive(pid)]
    finally:
        for pid in started:
            if _alive(pid):
                os.kill(pid, 9)


def test_a_tool_that_answers_still_copies(store_path: Path, tmp_path: Path):
    """Ending the tools at exit ends none that answered: xclip forks to keep the selection."""
    folder = tmp_path / "tools"
    folder.mkdir()
    board = tmp_path / "board"
    _tools(folder, f'#!/bin/sh\ncase "$*" in *-o*) cat "{board}";; *) cat > "{board}";; esac\n')
    code, out, err = _copy(store_path, folder, "Quoted words")
    assert code == 0, err
    assert "copied to the system clipboard" in out
    assert board.read_text() == "Quoted words"


def test_an_app_ended_by_its_hang_up_grace_ends_the_waiting_tool(monkeypatch: pytest.MonkeyPatch):
    """The app whose terminal hung up ends by ``os._exit`` once its grace is over, which runs
    no exit handler: the tool the clipboard still waited for outlived it."""
    import threading

    import pyperclip

    from diplotui import clipboard
    from diplotui.tui import launch

    monkeypatch.setattr(clipboard, "_exiting", False)
    monkeypatch.setattr(clipboard, "_tools", [])
    monkeypatch.setattr(clipboard, "_registered", [object()])  # no exit handler in the test
    tool = pyperclip.subprocess.Popen(["sleep", "60"])  # as pyperclip starts xclip
    ended = threading.Event()
    statuses: list[int] = []
    monkeypatch.setattr(launch, "HANG_UP_GRACE_S", 0.01)
    monkeypatch.setattr(launch.os, "_exit", lambda status: statuses.append(status) or ended.set())
    try:
        launch._end_regardless(129)
        assert ended.wait(10)
        assert statuses == [129]
        assert tool.wait(5) is not None  # ended, not left waiting its minute
    finally:
        if tool.poll() is None:
            tool.kill()
            tool.wait()
