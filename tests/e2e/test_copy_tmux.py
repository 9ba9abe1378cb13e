"""The real ``diplotui`` in tmux: ``y`` copies through OSC 52 into tmux's paste buffer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _tmux(socket: str, *args: str) -> str:
    result = subprocess.run(
        ["tmux", "-L", socket, *args], capture_output=True, text=True, timeout=10, check=False
    )
    return result.stdout


def _wait_for(check, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_y_in_tmux_lands_in_the_paste_buffer(tmp_path: Path):
    socket = f"diplotui-test-{os.getpid()}"
    diplotui = Path(sys.executable).with_name("diplotui")
    store = tmp_path / "lib.json"
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TERM": "xterm-256color",
        "DIPLOTUI_DB": str(store),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }  # no DISPLAY or WAYLAND_DISPLAY: the system clipboard fails, so OSC 52 is used
    command = " ".join(f"{k}='{v}'" for k, v in env.items()) + f" {diplotui}"
    try:
        _tmux(socket, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "sh")
        _tmux(socket, "set", "-g", "set-clipboard", "on")
        _tmux(socket, "respawn-pane", "-k", "-t", "0", f"env -i {command}")
        assert _wait_for(lambda: "Library" in _tmux(socket, "capture-pane", "-p")), _tmux(
            socket, "capture-pane", "-p"
        )
        _tmux(socket, "send-keys", "Enter")
        # the reader's keys in the footer: the article is open ("Report" is in the list's rows
        # before enter, and a fixed pause after it was not always enough under load). Its
        # first ones: the first run's notice covers the footer's right half (y among them)
        # for its eight seconds
        assert _wait_for(lambda: "h Highlight" in _tmux(socket, "capture-pane", "-p")), _tmux(
            socket, "capture-pane", "-p"
        )
        _tmux(socket, "send-keys", "v", "y")  # a selection: copied before names are found
        assert _wait_for(lambda: "World & Vietnam Report" in _tmux(socket, "show-buffer")), _tmux(
            socket, "capture-pane", "-p"
        )
        assert _tmux(socket, "show-buffer").startswith("“")
        # the notice says how the quote left; it wraps on the footer's row, so "(OSC" alone
        assert _wait_for(lambda: "(OSC" in _tmux(socket, "capture-pane", "-p"))
    finally:
        _tmux(socket, "kill-server")
