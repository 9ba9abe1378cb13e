"""``feed list`` with a note on stderr (an outcome file ignored): each line of stdout ends in a
newline and the note is a line of its own, before or after them, never inside one, whether
both streams go to a terminal (a pty) or to one pipe, and past a pipe's 8 KB buffer (200
feeds): a listing flushed mid-line with a note written meanwhile reads as one torn line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.model import Feed
from diplotui.store import Store

FEEDS = 200
NOTE = "diplotui: "


def _library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.json"
    store = Store.open(path)
    with store.batch():
        for n in range(FEEDS):
            store.save_feed(Feed(id=f"{n:012x}", url=f"http://127.0.0.1:9/{n}.xml",
                                 name=f"Desk Wire {n}"))  # fmt: skip
    store.close()
    health = tmp_path / "lib.json.cache" / "feed_health.json"
    health.parent.mkdir(exist_ok=True)
    health.write_bytes(b"{not json")
    return path


def _command(db: Path) -> list[str]:
    return [sys.executable, "-m", "diplotui", "--db", str(db), "feed", "list"]


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the pty's other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _assert_whole_lines(output: str) -> None:
    assert output.endswith("\n"), output[-200:]
    lines = output.splitlines()
    notes = [n for n, line in enumerate(lines) if NOTE in line]
    assert len(notes) == 1 and lines[notes[0]].startswith(NOTE), [lines[n] for n in notes]
    listed = [line for line in lines if not line.startswith(NOTE)]
    assert len(listed) == FEEDS and all(line.endswith("never fetched") for line in listed)


def test_feed_list_lines_stay_whole_in_one_pipe(tmp_path: Path):
    done = subprocess.run(_command(_library(tmp_path)), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, check=False)  # fmt: skip
    assert done.returncode == 0
    _assert_whole_lines(done.stdout.decode("utf-8"))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_feed_list_lines_stay_whole_on_a_terminal(tmp_path: Path):
    main, child = os.openpty()
    with subprocess.Popen(_command(_library(tmp_path)), stdout=child, stderr=child,
                          stdin=subprocess.DEVNULL) as process:  # fmt: skip
        os.close(child)
        output = _read_all(main)
        assert process.wait() == 0
    os.close(main)
    _assert_whole_lines(output.decode("utf-8").replace("\r\n", "\n"))
