"""A key held for the names is dropped when the palette or a dialog comes on top: a held P
opened the speaker dialog over the command palette once the names were found."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen

from .helpers import notices_said
from .test_keys_held_for_names_ui import before_the_names


async def test_a_held_key_is_dropped_when_the_palette_opens(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    async with before_the_names(store_path, monkeypatch) as opened:
        await opened.press("P")
        await opened.pilot.press("ctrl+p")
        await opened.pilot.pause()
        assert isinstance(opened.app.screen, CommandPalette)
        assert notices_said(opened.app)[-1] == (
            "P dropped: a dialog opened before the names were found."
        )
        await opened.names_found()
        assert isinstance(opened.app.screen, CommandPalette)
        assert not any(isinstance(s, SpeakerCorrectionScreen) for s in opened.app.screen_stack)
