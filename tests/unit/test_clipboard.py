"""The copy chain with the OS boundary faked: history first, then pyperclip, then OSC 52."""

from __future__ import annotations

import base64
import re
import threading
from pathlib import Path

import pyperclip
import pytest

from diplotui.clipboard import (
    HISTORY_ONLY,
    NOWHERE,
    OSC52,
    SYSTEM,
    copy_quote,
    osc52_sequence,
)
from diplotui.store import Store


@pytest.fixture
def store(store_path: Path):
    with Store.open(store_path) as opened:
        yield opened


@pytest.fixture
def board(monkeypatch):
    """A working clipboard tool."""
    content: dict[str, str] = {"text": ""}
    monkeypatch.setattr(pyperclip, "copy", lambda text: content.__setitem__("text", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: content["text"])
    return content


def missing_tool(monkeypatch):
    def copy(_text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", copy)
    monkeypatch.setattr(pyperclip, "paste", lambda: "")


def test_system_clipboard(store: Store, board, monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    sent: list[str] = []
    result = copy_quote(store, "“Q”\n— Source", style="plain", osc52=sent.append)
    assert result.target == SYSTEM and result.copied
    assert result.message == "copied to the system clipboard"
    assert board["text"] == "“Q”\n— Source"
    assert sent == []  # OSC 52 only when the system clipboard fails
    assert store.quotes()[0].text == "“Q”\n— Source"


def test_missing_tool_falls_back_to_history(store: Store, monkeypatch):
    missing_tool(monkeypatch)
    result = copy_quote(store, "Q", style="apa", article_id="a1", highlight_id="h1")
    assert result.target == HISTORY_ONLY and not result.copied
    assert result.message.startswith("saved to quote history only: no clipboard available (")
    assert result.message.endswith(
        "(no clipboard tool found (xclip, xsel or wl-copy); no terminal to send OSC 52 to)"
    )
    record = store.quotes()[0]
    assert (record.text, record.style, record.article_id, record.highlight_id) == (
        "Q",
        "apa",
        "a1",
        "h1",
    )


def test_missing_tool_with_osc52(store: Store, monkeypatch):
    missing_tool(monkeypatch)
    monkeypatch.delenv("TMUX", raising=False)
    sent: list[str] = []
    result = copy_quote(store, "Q", style="plain", osc52=sent.append)
    assert result.target == OSC52
    assert result.message == "sent to the terminal (OSC 52)"
    assert sent == ["Q"]
    assert result.reasons[0] == "no clipboard tool found (xclip, xsel or wl-copy)"


def test_osc52_inside_tmux_says_what_it_needs(store: Store, monkeypatch):
    missing_tool(monkeypatch)
    monkeypatch.setenv("TMUX", "/tmp/tmux-1000/default,1,0")
    result = copy_quote(store, "Q", style="plain", osc52=lambda _text: None)
    assert "set-clipboard on" in result.message


def test_raising_tool_and_raising_osc52(store: Store, monkeypatch):
    def copy(_text: str) -> None:
        raise OSError("xclip: Error: Can't open display: (null)\nmore")

    monkeypatch.setattr(pyperclip, "copy", copy)

    def broken_osc52(_text: str) -> None:
        raise RuntimeError("no driver")

    result = copy_quote(store, "Q", style="plain", osc52=broken_osc52)
    assert result.target == HISTORY_ONLY
    assert "Can't open display" in result.message and "more" not in result.message
    assert "OSC 52 failed: no driver" in result.message


def test_hanging_tool_times_out(store: Store, monkeypatch):
    """The tool hangs until the test lets it go, after the copy returned: a copy that waited
    for it would come back (after the tool's 60 s) with the text on the system clipboard."""
    let_go = threading.Event()
    monkeypatch.setattr(pyperclip, "copy", lambda _text: let_go.wait(60))
    monkeypatch.setattr(pyperclip, "paste", lambda: "Q")
    try:
        result = copy_quote(store, "Q", style="plain", timeout=0.2)
    finally:
        let_go.set()
    assert result.target == HISTORY_ONLY
    assert "did not answer within 0.2 s" in result.message


def test_a_tool_still_hanging_is_not_tried_again_until_it_answers(store: Store, monkeypatch):
    """Each copy started a tool of its own however many hung before it (a stuck wl-copy or
    ``xclip -o``: one more process each ``y``, each copy waiting its whole timeout), and one
    answering late put an earlier quote on the clipboard over the one copied since."""
    let_go, calls = threading.Event(), []
    board = {"text": ""}

    def copy(text: str) -> None:
        calls.append(text)
        if len(calls) == 1:
            let_go.wait(60)
        board["text"] = text

    monkeypatch.setattr(pyperclip, "copy", copy)
    monkeypatch.setattr(pyperclip, "paste", lambda: board["text"])
    sent: list[str] = []
    try:
        first = copy_quote(store, "Q1", style="plain", osc52=sent.append, timeout=0.2)
        second = copy_quote(store, "Q2", style="plain", osc52=sent.append, timeout=0.2)
    finally:
        let_go.set()
    assert first.reasons == ("the clipboard tool did not answer within 0.2 s",)
    assert second.target == OSC52 and sent == ["Q1", "Q2"]
    (reason,) = second.reasons  # its age in whole seconds: 0, or 1 on a loaded machine
    assert re.fullmatch(r"the clipboard tool has not answered a copy made [01] s ago", reason)
    assert calls == ["Q1"]  # no second tool started while the first hangs
    third = copy_quote(store, "Q3", style="plain", osc52=sent.append, timeout=5)
    assert third.target == SYSTEM and board["text"] == "Q3"  # answered: tried again


def test_silently_broken_tool_is_caught_by_the_round_trip(store: Store, monkeypatch):
    monkeypatch.setattr(pyperclip, "copy", lambda _text: None)
    monkeypatch.setattr(pyperclip, "paste", lambda: "")
    result = copy_quote(store, "Q", style="plain")
    assert result.target == HISTORY_ONLY
    assert "did not keep the text" in result.message


def test_history_is_written_before_the_clipboard_is_tried(store: Store, monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(pyperclip, "copy", lambda _text: seen.append(len(store.quotes())))
    monkeypatch.setattr(pyperclip, "paste", lambda: "Q")
    copy_quote(store, "Q", style="plain")
    assert seen == [1]


def test_read_only_store_still_copies(store_path: Path, board):
    Store.open(store_path).close()
    with Store.open(store_path, read_only=True) as read_only:
        result = copy_quote(read_only, "Q", style="plain")
    assert result.target == SYSTEM and not result.saved
    assert "not saved to quote history" in result.message
    missing = result.message
    assert missing.startswith("copied to the system clipboard")


def test_read_only_store_and_no_clipboard(store_path: Path, monkeypatch):
    missing_tool(monkeypatch)
    Store.open(store_path).close()
    with Store.open(store_path, read_only=True) as read_only:
        result = copy_quote(read_only, "Q", style="plain")
    assert result.target == NOWHERE and result.message.startswith("not copied")


def test_copied_text_is_sanitised(store: Store, board):
    result = copy_quote(store, "a\x1b]52;c;ZXZpbA==\x07b\u202ec\x00", style="plain")
    assert board["text"] == result.text == store.quotes()[0].text == "abc"


def test_osc52_sequence():
    plain = osc52_sequence("Hé")
    assert plain == "\x1b]52;c;" + base64.b64encode("Hé".encode()).decode() + "\x07"
    wrapped = osc52_sequence("Hé", tmux=True)
    assert wrapped.startswith("\x1bPtmux;\x1b\x1b]52;c;") and wrapped.endswith("\x07\x1b\\")


def test_a_long_reason_is_cut_at_a_word_never_mid_address(store: Store, monkeypatch):
    def copy(_text: str) -> None:
        raise RuntimeError("xclip failed: " + "see https://example.org/" + "a" * 200 + " now")

    monkeypatch.setattr(pyperclip, "copy", copy)
    result = copy_quote(store, "Q", style="plain")
    reason = result.reasons[0]
    assert reason == "xclip failed: see…"
