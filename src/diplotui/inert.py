"""Article text is data: make it safe to put on a terminal, one character for one character.

Control characters (C0, C1, DEL), bidi overrides, invisible formatting characters and the
emoji skin-tone modifiers (whose width terminals disagree on) are replaced by visible
stand-ins of the same count (but the joiners of a word's letters, which are its spelling),
so offsets into the stored text still index the displayed text, and no escape sequence or
reordering ever reaches the terminal. Markup is never parsed from this
text anywhere: callers build ``rich.text.Text`` or segments from it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_CONTROL_PICTURE_BASE = 0x2400  # U+2400 "SYMBOL FOR NULL" .. U+241F
_REPLACEMENT = "\ufffd"

# C0 (but tab) and DEL and C1 controls; bidi embeddings/overrides/isolates and the Arabic
# letter mark; zero-width and other invisible format characters (soft hyphen, Mongolian vowel
# separator, the tag characters of the U+E0000 block); line/paragraph separators that terminals
# treat as breaks; lone surrogates, which no terminal or UTF-8 stream can carry; the emoji
# skin-tone modifiers, which Rich (and so every layout) counts as no cell after their emoji and
# terminals as two (tmux 3.3a, measured: 👍🏽 is four cells) or none (those that join the pair
# into one glyph): drawn, a line holding one pushed the pane's right border out of place.
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u2028\u2029\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U0001f3fb-\U0001f3ff\U000e0000-\U000e007f]"
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS_AND_SPACES = re.compile("[ \t\r\n]+")
_LINE_BREAK = re.compile("\r\n|\r|\n")


_JOINERS = "\u200c\u200d"
_SPELLING = ("L", "M")


def _stand_in(match: re.Match[str]) -> str:
    char = match.group()
    if char in _JOINERS and _joins_letters(match.string, match.start()):
        return char
    code = ord(char)
    if code < 0x20:
        return chr(_CONTROL_PICTURE_BASE + code)
    if code == 0x7F:
        return "\u2421"  # SYMBOL FOR DELETE
    return _REPLACEMENT


def _joins_letters(text: str, at: int) -> bool:
    """Whether the (non-)joiner at ``at`` follows a letter or a mark: part of a word's
    spelling in Persian, Urdu and Indic scripts (می‌خواهیم), zero cells wide wherever it is
    drawn. After an emoji it makes a sequence that terminals draw as one glyph or several,
    which the layout cannot know: there it keeps its stand-in."""
    return at > 0 and unicodedata.category(text[at - 1])[0] in _SPELLING


def inert(text: str) -> str:
    """Return ``text`` with every unsafe character replaced by a visible stand-in (same length)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_stand_in, text)


_TYPED_UNPRINTABLE = ("Cf", "Zs")


def typed_as_is(char: str, before: str) -> bool:
    """Whether a key's ``char``, typed after ``before`` (the text before the cursor), goes in
    as it is though Python does not call it printable (Textual's fields dropped it): a
    format character a script spells with (the non-joiner of می‌خواهیم, the joiner of an
    Indic conjunct, where ``inert`` keeps them) or a space other than ASCII's (no-break,
    French narrow no-break, ideographic). Never a control character: an escape's first."""
    return (
        len(char) == 1
        and unicodedata.category(char) in _TYPED_UNPRINTABLE
        and inert(before[-1:] + char).endswith(char)
    )


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (from JSON ``\\ud800`` escapes or undecodable command
    line bytes) replaced by U+FFFD: such text cannot be written as UTF-8 or shown."""
    if _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub(_REPLACEMENT, text)


NOT_UTF8 = "a terminal set to another encoding?"
"""Where such bytes most often come from, said with the refusal."""


def not_utf8_shown(text: str) -> str | None:
    """``text`` with the bytes the command line could not decode as UTF-8 shown as ``\\xe9``
    (any other lone surrogate as ``\\ud800``), or None when it holds none: a tag or title
    typed in a terminal set to another encoding lost those letters silently ("café" was
    stored "caf")."""
    if _LONE_SURROGATE.search(text) is None:
        return None
    return _LONE_SURROGATE.sub(_escaped_surrogate, text)


def _escaped_surrogate(match: re.Match[str]) -> str:
    point = ord(match.group())
    return f"\\x{point - 0xDC00:02x}" if 0xDC80 <= point <= 0xDCFF else f"\\u{point:04x}"


def utf8_kept(text: str) -> bytes:
    """``text`` as UTF-8 for a file or pipe diplotui reads back itself (a cache, a helper
    process's answers): a lone surrogate an article's text holds (the store keeps it, reading
    bodies with ``surrogatepass``) stays its three bytes, which ``json.loads`` reads back,
    rather than stopping the write and losing every result written with it."""
    return text.encode("utf-8", "surrogatepass")


def inert_line(text: str) -> str:
    """Like :func:`inert`, but tabs become spaces too: for one-line labels in lists and toasts."""
    return inert(text).replace("\t", " ")


def inert_words(text: str) -> str:
    """One inert line with single spaces: line breaks and runs of spaces become one space,
    every other unsafe character its visible stand-in (for a note or title shown on one line
    of a listing, as the app shows it: an escape is seen, never dropped nor obeyed)."""
    return inert(_BREAKS_AND_SPACES.sub(" ", text).strip())


def inert_block(text: str) -> str:
    """Like :func:`inert`, but line breaks stay line breaks: for notes shown over several lines
    (a lone CR is one too: terminals paste a text's line breaks as CRs)."""
    return "\n".join(inert(line) for line in _LINE_BREAK.split(text))


def sieve(caught: Callable[[str], bool]) -> re.Pattern[str]:
    """A pattern for ``re.sub`` matching each character below U+10000 that ``caught`` is true
    of and every character beyond, which the replacement sorts with ``caught``. The ~120
    format characters beyond U+FFFF named one by one in a class made ``re`` test each
    character of a text against them: 24 times slower (3.8 s of CPU against 0.16 s for 21 MB).
    Built from 65,536 characters: callers keep it (``functools.cache``)."""
    below = "".join(re.escape(chr(code)) for code in range(0x10000) if caught(chr(code)))
    return re.compile(f"[{below}\U00010000-\U0010ffff]")
