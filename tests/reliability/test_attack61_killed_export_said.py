"""An export killed outright (``kill -9``, a power cut) while it writes: its part written,
``.brief.md.tmp-PID-…`` beside the file it was to be (as large as the export had grown), was
never said nor removed unless the same file was exported again (attack61). The next command
(or the app's start) now removes it and says so, once: the file is as it was before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from diplotui.store.files import temp_prefix
from tests.cli_runner import run_main

CHILD = """
import sys, time
import diplotui.cli.quotes as quotes
real = quotes.export_parts
def held(*args, **options):
    for part in real(*args, **options):
        yield part
        time.sleep(60)  # killed here, a part written
quotes.export_parts = held
from diplotui.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_export_killed_midway_is_said_once_and_its_part_removed(tmp_path: Path) -> None:
    db = tmp_path / "lib.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    brief = tmp_path / "briefs" / "brief.md"
    brief.parent.mkdir()
    exporting = subprocess.Popen(
        [sys.executable, "-c", CHILD, "--db", str(db), "export", "-o", str(brief)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not list(brief.parent.glob(temp_prefix(brief) + "*")):
        assert exporting.poll() is None, "the export ended before it was killed"
        assert time.monotonic() < deadline, "no part written in two minutes"
        time.sleep(0.01)
    [part] = brief.parent.glob(temp_prefix(brief) + "*")
    exporting.send_signal(signal.SIGKILL)
    assert exporting.wait() == -signal.SIGKILL

    listed = run_main("--db", str(db), "list")
    assert listed.returncode == 0
    [said] = listed.stderr.splitlines()
    assert said.startswith(f"diplotui: an export to {brief} (process {exporting.pid}, started ")
    assert said.endswith(
        f"was killed before it finished: {brief} is as it was before it (its part written, "
        f"{part.name}, removed); export it again"
    )
    assert list(brief.parent.iterdir()) == []  # no part left, nor a brief
    assert run_main("--db", str(db), "list").stderr == ""  # said once
