"""Hostile store files through the command line's main: one clear line, non-zero, file untouched."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from diplotui.store import SCHEMA_VERSION
from tests.cli_runner import run_main

HOSTILE = {
    "truncated": (b'{"articles": {"1": {"id": "1", "title": "Ha', "invalid JSON"),
    "empty": (b"", "empty"),
    "nuls": (b"\x00" * 64, "NUL bytes"),
    "wrong shape": (b'{"articles": ["not", "a", "table"]}', "malformed"),
    "newer schema": (
        json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}}).encode(),
        "newer diplotui",
    ),
}


def diplotui(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_main("--db", str(path), *args)


@pytest.fixture
def good_store(tmp_path: Path) -> Path:
    path = tmp_path / "library.json"
    assert diplotui(path, "list").returncode == 0  # seeds the bundled articles
    assert diplotui(path, "list").returncode == 0
    first_id = diplotui(path, "list").stdout.split()[0]
    assert diplotui(path, "tag", first_id, "kept").returncode == 0  # opening takes a backup
    return path


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_file_is_reported_and_left_untouched(good_store: Path, kind: str):
    content, reason = HOSTILE[kind]
    good_store.write_bytes(content)
    os.utime(good_store, ns=(1_000_000_000, 1_000_000_000))
    for args in (["list"], ["tag", "abc", "x"]):
        result = diplotui(good_store, *args)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert str(good_store) in lines[0] and reason in lines[0]
        assert good_store.read_bytes() == content
        assert good_store.stat().st_mtime_ns == 1_000_000_000

    report = diplotui(good_store, "doctor")
    assert report.returncode != 0
    assert "doctor --restore" in report.stdout
    assert good_store.read_bytes() == content

    restored = diplotui(good_store, "doctor", "--restore")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    broken = list(good_store.parent.glob("library.json.broken-*"))
    assert [b.read_bytes() for b in broken] == [content]
    listing = diplotui(good_store, "list")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) >= 1
