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
