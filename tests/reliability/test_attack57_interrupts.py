"""Ctrl-C at the instants around a command's end, sent by the child process to itself where
it matters (suite56): after an import's batch is durable and before the report lists it
(the batch was stored and never said), while an error line is printed, and after the command
is done (each ended in a traceback)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# Each child's SIGINT is made Python's, as a terminal's shell leaves it: a child of a run started
# in the background (SIGINT ignored) would ignore its own Ctrl-C and end 0.
PYTHONS_SIGINT = "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"

INTERRUPT_AFTER_THE_BATCH = """
import os, signal, sys
from diplotui.ingest import importer
written = importer._Importer.write_batch
def write_then_interrupt(self, batch):
    outcomes = written(self, batch)
    os.kill(os.getpid(), signal.SIGINT)
    return outcomes
importer._Importer.write_batch = write_then_interrupt
from diplotui.cli.main import main
sys.exit(main())
"""

INTERRUPT_WHILE_FAILING = """
import os, signal, sys
from diplotui.cli import main as entry
said = entry.fail
def fail_then_interrupt(*args):
    said(*args)
    os.kill(os.getpid(), signal.SIGINT)
entry.fail = fail_then_interrupt
sys.exit(entry.main())
"""

INTERRUPT_WHEN_DONE = """
import os, signal, sys, time
from diplotui.cli.main import main
status = main()
os.kill(os.getpid(), signal.SIGINT)
time.sleep(5)
sys.exit(status)
"""


def _child(script: str, db: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PYTHONS_SIGINT + script, "--db", str(db), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )


def _files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"talks{number}.txt").write_text(
            f"Talks round {number}\n\nThe ministers met for round {number} of the talks.\n",
            encoding="utf-8",
        )
    return folder


def test_a_batch_stored_as_ctrl_c_comes_is_listed_and_said(tmp_path: Path):
    db = tmp_path / "db.json"
    subprocess.run([sys.executable, "-m", "diplotui", "--db", str(db), "list"], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    done = _child(INTERRUPT_AFTER_THE_BATCH, db, "import", str(_files(tmp_path / "in", 3)))
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    listed = [line for line in done.stdout.splitlines() if line.startswith("imported")]
    assert len(listed) == 3, done.stdout
    assert "import interrupted after every file was stored: 3 imported" in done.stderr
    stored = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), "list"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    assert sum("Talks round" in line for line in stored.splitlines()) == 3


def test_ctrl_c_while_an_error_is_said_ends_with_130_and_no_traceback(tmp_path: Path):
    done = _child(INTERRUPT_WHILE_FAILING, tmp_path / "db.json", "rm", "ab12")
    assert done.returncode == 130
    assert done.stderr.startswith("diplotui: no article 'ab12'")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("argv", [("list",), ("rm", "ab12")], ids=["done", "refused"])
def test_ctrl_c_after_a_command_is_done_ends_it_quietly(tmp_path: Path, argv):
    done = _child(INTERRUPT_WHEN_DONE, tmp_path / "db.json", *argv)
    assert done.returncode == -signal.SIGINT
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
