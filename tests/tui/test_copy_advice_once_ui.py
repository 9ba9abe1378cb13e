"""In tmux with no OSC 52 passthrough, the ``set-clipboard`` advice is given once a session:
later copies say in one row where each went.

Found by a new user (session 40): every ``y`` repeated "inside tmux this needs 'set -g
set-clipboard on' (it is 'external')" after the passage and the style, a notice of three rows
that covered the reader's bottom edge, where the speaker being read is named.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.session.annotations import NOTICE_COLUMNS

from .test_analyst_day_ui import _fake_tmux, copies_said

ADVICE = "inside tmux this needs 'set -g set-clipboard on' (it is 'external')"


async def test_the_tmux_advice_is_given_once_then_each_copy_takes_one_row(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tmux(tmp_path, monkeypatch, "external")
    sent, notices = await copies_said(store_path, monkeypatch, ("y", "j", "y", "j", "y"))
    assert len(sent) == 3
    copies = [notice for notice in notices if "OSC 52" in notice]
    assert len(copies) == 3
    assert sum(ADVICE in notice for notice in notices) == 1
    assert ADVICE in copies[0]
    for later in copies[1:]:
        assert later.endswith("sent to the terminal (OSC 52)")
        assert len(later) <= NOTICE_COLUMNS
