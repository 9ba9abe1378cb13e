"""A notice over the reader takes two rows at most at 80x24: a third and a fourth hid the
lines being read for the notice's seconds.

Found by session 47's helpers: the first copy in tmux (``y``, its notice carrying the advice
about tmux's ``set-clipboard``) took three rows, and the start's notice of tags refused as the
app ended (SIGHUP) four. What the user must know stays whole: where the copy went and what
tmux needs; what was refused, why, and that the typing is kept (the passage's or the
article's label gives way, cut at a word).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from diplotui.session.annotations import notice_rows
from diplotui.session.refused import Refused
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import notices_said
from .test_analyst_day_ui import _fake_tmux
from .test_copy_advice_once_ui import ADVICE
from .test_reader_support import add_article, open_first

LONG = (
    "Secretariat Standing Member Tran Cam Tu underscored that people-to-people diplomacy "
    "remains a key component of the strategy for national construction and defence."
)
TITLE = "Secretariat Standing Member Tran Cam Tu underscores people-to-people diplomacy"


def toast_rows(app: DiplotuiApp) -> list[int]:
    return [toast.region.height for toast in app.screen.query(Toast) if toast.region]


def in_tmux_without_clipboard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside tmux (its ``set-clipboard`` external) with no clipboard tool: a copy goes by
    OSC 52, and its first notice carries the advice about tmux."""
    import pyperclip

    _fake_tmux(tmp_path, monkeypatch, "external")

    def no_tool(*_args: object) -> str:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_tool)
    monkeypatch.setattr(pyperclip, "paste", no_tool)


async def test_the_first_copy_in_tmux_takes_two_rows_with_its_advice_whole(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_tmux_without_clipboard(tmp_path, monkeypatch)
    store = Store.open(store_path)
    add_article(store, "Talks", f"{LONG} They met in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", lambda _text: None)
        await open_first(app, pilot)
        app.clear_notifications()
        await pilot.press("j", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        [said] = notices_said(app)
        assert "sent to the terminal (OSC 52)" in said and ADVICE in said, said
        assert said.startswith("Tran Cam Tu underscored"), said  # its label, cut at a word
        assert toast_rows(app) and max(toast_rows(app)) <= 2, (toast_rows(app), said)
    store.close()


def test_the_notice_of_tags_refused_as_the_app_ended_takes_two_rows():
    refused = Refused(
        f"the tags typed for “{TITLE}”",
        "asean, " + "mekong-" * 10,
        "tag too long (70 characters, at most 64)",
        again="Tagging it again offers them back.",
    )
    said = refused.line()
    assert notice_rows(said) <= 2, said
    assert "the tags typed for “Secretariat" in said
    assert "tag too long (70 characters, at most 64)" in said
    assert said.endswith("Tagging it again offers them back."), said
