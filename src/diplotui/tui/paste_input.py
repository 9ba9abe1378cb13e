"""A terminal paste taken whole, whatever it holds.

Textual's input parser reads a bracketed paste a character at a time, and an escape character
inside it (text copied from a coloured terminal, a log) starts an escape sequence it then reads
on its own: every character after it arrived as a key press (typed into the note one key at a
time, ``^`` standing for the escape; in the reader each one a command), and the paste's first
part, before the escape, came last, so a report pasted into a note was saved out of order.
Here the text between the terminal's paste brackets is one :class:`~textual.events.Paste`, as
pasted; input outside them goes to Textual's parser as before. The note keeps an escape as its
stand-in, as it keeps any control character pasted (``diplotui.inert``).
"""

from __future__ import annotations

from collections.abc import Iterable
from time import monotonic

from textual import events
from textual._xterm_parser import BRACKETED_PASTE_END, BRACKETED_PASTE_START, XTermParser
from textual.message import Message

PASTE_QUIET_S = 1.0
"""Seconds without input after which a paste whose end mark never came is taken as ended:
a paste's start mark without its end (a terminal's or multiplexer's fault, a program's
output echoed, a line cut) made every key after it part of a paste that never ended, the
app deaf to keys, ``q`` too, until killed. A terminal sends a paste in one burst."""


class WholePasteParser(XTermParser):
    """Textual's parser, with the text of a bracketed paste cut out whole before it."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pasted: list[str] | None = None  # the paste's text so far, while one is open
        self._held = ""  # the end of a read that may be the start of the paste's end mark
        self._opening = ""  # ...or of its start mark (3 characters of it at least)
        self._quiet_at = 0.0  # when an open paste, fed nothing more, is taken as ended

    def tick(self) -> Iterable[Message]:
        """An open paste fed nothing for ``PASTE_QUIET_S`` ends, its text so far one paste
        (its end mark lost), and the keys after it are keys again; then Textual's own ticks."""
        ended: list[Message] = []
        if (self._pasted is not None or self._opening) and monotonic() >= self._quiet_at:
            if self._pasted is not None:
                ended.append(events.Paste(self._paste_text(self._held)))
                self._pasted, self._held = None, ""
            else:  # a start mark's beginning held and nothing after it: keys after all
                data, self._opening = self._opening, ""
                ended.extend(super().feed(data))
        return [*ended, *super().tick()]

    def _paste_text(self, last: str) -> str:
        assert self._pasted is not None
        return ("".join(self._pasted) + last).replace("\x00", "")

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # the end of input
            return super().feed(data)
        if self._pasted is None:
            data, self._opening = self._opening + data, ""
            if BRACKETED_PASTE_START not in data:
                return self._keys(data)
        self._quiet_at = monotonic() + PASTE_QUIET_S
        return self._fed(data)

    def _keys(self, data: str) -> Iterable[Message]:
        """``data``, outside a paste, to Textual's parser, but for an end that may begin a
        paste's start mark, held for the next read: given to Textual's parser, the paste it
        opens was read there, a key an escape on. A read ending a paste may end so too (two
        pastes in a row, the second's mark cut by the read)."""
        # "\x1b[2" ends no key's sequence; "\x1b[" alone is alt+[, never held back
        kept = _mark_started(data, BRACKETED_PASTE_START)
        if kept >= 3:
            data, self._opening = data[:-kept], data[-kept:]
            self._quiet_at = monotonic() + PASTE_QUIET_S
        return super().feed(data) if data else []

    def _fed(self, data: str) -> list[Message]:
        messages: list[Message] = []
        while data:
            if self._pasted is None:
                at = data.find(BRACKETED_PASTE_START)
                if at == -1:
                    messages.extend(self._keys(data))
                    break
                if at:
                    messages.extend(super().feed(data[:at]))
                self._pasted = []
                data = data[at + len(BRACKETED_PASTE_START) :]
                continue
            data = self._held + data
            self._held = ""
            end = data.find(BRACKETED_PASTE_END)
            if end == -1:
                kept = _mark_started(data, BRACKETED_PASTE_END)
                self._pasted.append(data[: len(data) - kept])
                self._held = data[len(data) - kept :]
                break
            messages.append(events.Paste(self._paste_text(data[:end])))
            self._pasted = None
            data = data[end + len(BRACKETED_PASTE_END) :]
        return messages


def _mark_started(text: str, mark: str) -> int:
    """How many of ``text``'s last characters begin ``mark`` (0 if none)."""
    for size in range(min(len(mark) - 1, len(text)), 0, -1):
        if mark.startswith(text[-size:]):
            return size
    return 0


def take_pastes_whole() -> None:
    """Have Textual's terminal drivers read input with :class:`WholePasteParser`."""
    from textual.drivers import linux_driver

    setattr(linux_driver, "XTermParser", WholePasteParser)  # noqa: B010 (Textual's own name)
