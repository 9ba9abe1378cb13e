"""Fixtures of the UI tests."""

from __future__ import annotations

import pyperclip
import pytest
from textual import constants

from .helpers import keep_every_notice


@pytest.fixture
def clipboard(monkeypatch) -> list[str]:
    """pyperclip faked at the boundary: what was copied, in order."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied


@pytest.fixture(autouse=True)
def sixteen_colour_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every app draws for a terminal of 16 colours whatever the shell running the tests says
    (``COLORTERM``, ``TERM``): text is then made readable in truecolor and 256 colours at once
    (tui/legibility.py), so snapshots and contrast checks of both palettes hold everywhere."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", "standard")


@pytest.fixture(autouse=True)
def every_notice_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test reads every notice raised (``notices_said``), not only the one shown."""
    keep_every_notice(monkeypatch)
