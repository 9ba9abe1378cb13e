"""Fixtures of the UI tests."""

from __future__ import annotations

import pyperclip
import pytest


@pytest.fixture
def clipboard(monkeypatch) -> list[str]:
    """pyperclip faked at the boundary: what was copied, in order."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied
