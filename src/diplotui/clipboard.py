"""The copy chain: quote history first, then the system clipboard, then OSC 52.

This is the only module that imports pyperclip. ``copy_quote`` never raises: every failure
ends up in the returned ``CopyResult``, whose message says truthfully where the text went.

Terminal clipboard (OSC 52) and tmux
------------------------------------
Over SSH or on a machine without a clipboard tool, the text can still reach the clipboard of
the terminal emulator through the OSC 52 escape sequence, if the terminal allows it (kitty,
WezTerm, iTerm2 with "Applications in terminal may access clipboard", foot, Alacritty,
recent xterm with ``allowWindowOps``). Inside tmux, applications' OSC 52 is ignored unless
tmux is told to accept it; put this in ``~/.tmux.conf``::

    set -g set-clipboard on
    # only if the outer terminal is not recognised as clipboard-capable:
    set -as terminal-features ',xterm*:clipboard'

diplotui writes the plain (unwrapped) sequence, as Textual's ``App.copy_to_clipboard`` does:
with ``set-clipboard on`` tmux stores it in its paste buffer and forwards it to the outer
terminal. The DCS passthrough form (``osc52_sequence(text, tmux=True)``) bypasses tmux and also
needs ``set -g allow-passthrough on`` (tmux 3.3+); it is offered for scripts, not used by default.
Neither way can be confirmed from inside the program, so the message says "sent", not "copied";
inside tmux it adds the advice above unless ``tmux show-options`` says the option is on.
"""

from __future__ import annotations

import atexit
import base64
import os
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import pyperclip

from diplotui.cite import clean_field, sanitize_for_copy
from diplotui.model import QuoteRecord, new_id
from diplotui.store import Store, StoreError

DEFAULT_TIMEOUT = 2.0

SYSTEM = "system"
OSC52 = "osc52"
HISTORY_ONLY = "history"
NOWHERE = "nowhere"


@dataclass(frozen=True, slots=True)
class CopyResult:
    """Where a copied text ended up, with a message the UI shows as a notification."""

    text: str
    target: str  # SYSTEM, OSC52, HISTORY_ONLY or NOWHERE
    message: str
    saved: bool  # recorded in the quote history
    record_id: str = ""
    reasons: tuple[str, ...] = ()  # why each failed step failed, in chain order
    why: str = ""  # why it went no further, or what tmux needs: said once is enough
    again: str = ""  # the message without ``why``, for a copy after one that said it

    @property
    def said_again(self) -> str:
        """The message for a copy whose ``why`` was said before: in one row, not three."""
        return self.again or self.message

    @property
    def copied(self) -> bool:
        """True when the text reached a clipboard (or at least was sent to the terminal)."""
        return self.target in (SYSTEM, OSC52)


REASON_CHARS = 160


def _reason(error: BaseException) -> str:
    """Why a step failed, in one line cut at a word (never mid-address)."""
    if isinstance(error, pyperclip.PyperclipException) and "mechanism" in str(error):
        return "no clipboard tool found (xclip, xsel or wl-copy)"
    reason = clean_field((str(error).strip().splitlines() or [""])[0])
    if len(reason) > REASON_CHARS:
        reason = reason[: REASON_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return reason or type(error).__name__


_EARLIER_WAIT = 0.25
"""How long a copy waits for the one before it, still in the clipboard tool, to end."""


@dataclass(slots=True)
class _Attempt:
    """The copy through the clipboard tool last started, and when."""

    worker: threading.Thread
    started: float


_last_attempt: list[_Attempt] = []


class _ToolStarter:
    """pyperclip's ``subprocess``, keeping each clipboard tool it starts: one that has not
    answered is ended when diplotui exits (:func:`end_waiting_tools`). A hanging xclip or
    wl-copy outlived ``quote --copy`` and the app, one orphan a copy, waiting for ever."""

    def __init__(self, real: object) -> None:
        self._real = real

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def Popen(self, *args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        if _exiting:
            raise OSError("diplotui is exiting")
        process: subprocess.Popen[bytes] = subprocess.Popen(*args, **kwargs)  # type: ignore[call-overload]
        _tools[:] = [tool for tool in _tools if tool.poll() is None]
        _tools.append(process)
        if not _registered:
            _registered.append(atexit.register(end_waiting_tools))
        return process


_tools: list[subprocess.Popen[bytes]] = []
_registered: list[object] = []
_exiting = False


def end_waiting_tools() -> None:
    """End the clipboard tools still running as diplotui exits (a tool that forked to keep
    the selection, as xclip does, has already ended the process started here): at exit,
    and before an ``os._exit``, which runs no exit handler (the app hung up)."""
    global _exiting
    _exiting = True  # a copy's thread woken by the kill starts no paste tool
    for tool in _tools:
        if tool.poll() is None:
            try:
                tool.kill()
                tool.wait(1.0)
            except (OSError, subprocess.SubprocessError):
                pass
    _tools.clear()


if not isinstance(getattr(pyperclip, "subprocess", None), _ToolStarter):
    setattr(pyperclip, "subprocess", _ToolStarter(subprocess))  # noqa: B010


def _still_stuck() -> str:
    """Why the clipboard tool is not tried again: the copy before this one is still in it
    (waited for briefly), or "". Each copy started a thread and a tool of its own, however
    many hung before it: a stuck wl-copy or ``xclip -o`` left one more process for every
    ``y``, each copy waited its whole timeout, and a tool answering late put an earlier
    quote on the clipboard over the one copied since."""
    if not _last_attempt:
        return ""
    attempt = _last_attempt[0]
    attempt.worker.join(_EARLIER_WAIT)
    if not attempt.worker.is_alive():
        return ""
    waited = time.monotonic() - attempt.started
    return f"the clipboard tool has not answered a copy made {waited:.0f} s ago"


def _system_copy(text: str, timeout: float) -> str:
    """Copy through pyperclip and read it back; return "" on success, else the reason.

    Runs in a daemon thread: a clipboard tool waiting for a display that never answers
    (xclip without an X server, a stuck wl-copy) would otherwise freeze the app. Not tried
    while the copy before is still in the tool (:func:`_still_stuck`).
    """
    stuck = _still_stuck()
    if stuck:
        return stuck
    outcome: list[str] = []

    def attempt() -> None:
        try:
            pyperclip.copy(text)
            pasted = pyperclip.paste()
        except Exception as error:  # pyperclip raises bare Exceptions from its tools
            outcome.append(_reason(error))
            return
        if _normalise(pasted) != _normalise(text):
            outcome.append("the clipboard tool did not keep the text")
        else:
            outcome.append("")

    worker = threading.Thread(target=attempt, name="diplotui-clipboard", daemon=True)
    _last_attempt[:] = [_Attempt(worker, time.monotonic())]
    worker.start()
    worker.join(timeout)
    if worker.is_alive() or not outcome:
        return f"the clipboard tool did not answer within {timeout:g} s"
    return outcome[0]


def _tmux_advice(timeout: float) -> str:
    """What tmux needs for a copy sent by OSC 52 to reach the clipboard: nothing when its
    ``set-clipboard`` is on (every copy said it needed setting, to an analyst who had set
    it), else the setting and what it is now; the advice alone when tmux cannot be asked."""
    try:
        answer = subprocess.run(
            ["tmux", "show-options", "-gv", "set-clipboard"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        answer = None
    setting = answer.stdout.strip() if answer is not None and answer.returncode == 0 else ""
    if setting == "on":
        return ""
    now = f" (it is {clean_field(setting)[:20]!r})" if setting else ""
    return f"inside tmux this needs 'set -g set-clipboard on'{now}"


def _normalise(text: object) -> str:
    """Clipboard tools may turn newlines into CRLF or drop a trailing newline."""
    return str(text or "").replace("\r\n", "\n").rstrip("\n")


def copy_quote(
    store: Store,
    text: str,
    *,
    style: str,
    article_id: str = "",
    highlight_id: str = "",
    osc52: Callable[[str], None] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    save_quote: Callable[[QuoteRecord], None] | None = None,
) -> CopyResult:
    """Save ``text`` to the quote history, then copy it as far along the chain as works.

    ``osc52`` is the UI's way of writing OSC 52 (``App.copy_to_clipboard``), tried only when
    the system clipboard fails; ``save_quote`` records the quote (``store.add_quote`` unless the
    caller routes the write elsewhere). The text is sanitised first whatever its origin.
    """
    text = sanitize_for_copy(text)
    record = QuoteRecord(
        id=new_id(), text=text, style=style, article_id=article_id, highlight_id=highlight_id
    )
    reasons: list[str] = []
    try:
        (save_quote or store.add_quote)(record)
        saved = True
    except (StoreError, OSError) as error:
        saved = False
        history_problem = f"not saved to quote history: {_reason(error)}"
    else:
        history_problem = ""

    def result(target: str, where: str, why: str = "", joined: str = "") -> CopyResult:
        again = f"{where}; {history_problem}" if history_problem else where
        message = f"{where}{joined}{why}{')' if joined == ' (' else ''}"
        if history_problem:
            message = f"{message}; {history_problem}"
        record_id = record.id if saved else ""
        return CopyResult(text, target, message, saved, record_id, tuple(reasons), why, again)

    failure = _system_copy(text, timeout)
    if not failure:
        return result(SYSTEM, "copied to the system clipboard")
    reasons.append(failure)
    if osc52 is not None:
        try:
            osc52(text)
        except Exception as error:  # a UI callback failing must not lose the quote
            reasons.append(f"OSC 52 failed: {_reason(error)}")
        else:
            advice = _tmux_advice(timeout) if os.environ.get("TMUX") else ""
            return result(OSC52, "sent to the terminal (OSC 52)", advice, "; " if advice else "")
    else:
        reasons.append("no terminal to send OSC 52 to")
    why = "; ".join(reasons)
    if saved:
        where = "saved to quote history only: no clipboard available"
        return result(HISTORY_ONLY, where, why, " (")
    return result(NOWHERE, "not copied: no clipboard available", why, " (")


def osc52_sequence(text: str, *, tmux: bool = False) -> str:
    """The OSC 52 escape that puts ``text`` on the terminal's clipboard.

    With ``tmux=True`` it is wrapped for tmux's DCS passthrough (needs ``allow-passthrough``).
    """
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\x07"
    if tmux:
        return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    return sequence
