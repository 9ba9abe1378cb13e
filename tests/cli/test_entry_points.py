"""``python -m diplotui`` is the ``diplotui`` command, and the version has one source."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import diplotui


def _run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplotui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_python_m_diplotui_prints_the_one_version():
    result = _run_module("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"diplotui {diplotui.__version__}"
    assert importlib.metadata.version("diplotui") == diplotui.__version__


def test_python_m_diplotui_runs_commands(tmp_path: Path):
    store = tmp_path / "library.json"
    listed = _run_module("--db", str(store), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Enhancing capacity of people's organizations" in listed.stdout
    unknown = _run_module("--db", str(store), "tag", "nosuchid", "x")
    assert unknown.returncode == 2
    assert "diplotui:" in unknown.stderr


def test_a_reader_that_stops_early_ends_the_command_quietly_with_status_0(tmp_path: Path):
    """``diplotui entities --jsonl FILE | head -1``: the reader closes the pipe while the
    command still has far more to write than the pipe holds. Quiet, status 0: the same as
    when all the output fitted in the pipe before the reader left, so ``set -o pipefail``
    sees the same status whatever the timing (it was 1, or 120 with Python's "Exception
    ignored" line when the last write was the flush at exit)."""
    text = tmp_path / "many.txt"
    text.write_text("Prime Minister Pham Minh Chinh met officials in Hà Nội. " * 800)
    command = subprocess.Popen(
        [sys.executable, "-m", "diplotui", "entities", "--jsonl", str(text)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert command.stdout is not None and command.stderr is not None
    first = command.stdout.readline()
    command.stdout.close()  # as head -1 does, long before 800 lines are written
    errors = command.stderr.read().decode()
    assert command.wait(timeout=60) == 0, errors
    assert first.startswith(b"{")
    assert errors == ""
