"""Start-up stays as it was: the app and the CLI's other commands load no network code."""

from __future__ import annotations

import subprocess
import sys

import pytest

NETWORK_MODULES = ("httpx", "feedparser", "diplotui.feeds")


@pytest.mark.parametrize(
    "module", ["diplotui.tui.launch", "diplotui.tui.app", "diplotui.cli.main", "diplotui.store"]
)
def test_starting_loads_no_feed_or_http_code(module: str):
    probe = f"import sys, {module}; print([m for m in {NETWORK_MODULES!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
