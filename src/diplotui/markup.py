"""Markdown's marks in an article imported from a Markdown file: markup, not words.

A reader expects such an article to read as the page it renders: "the **ministry** said" as
"the ministry said", a link as its text (its address is not part of the sentence). The
stored text keeps every mark, and every offset (highlights anchor on it); what is shown is a
copy of the same length with each mark replaced by ``HIDDEN``, dropped when the copy is
drawn or quoted. Only what is plainly markup is hidden: a lone ``*``, "2 * 3", a
``snake_case_name`` or an address "_a_@b" stay as written. A plain text's ``*`` and ``_``
are data: nothing here is applied to it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

HIDDEN = "\x00"
"""What a mark is replaced by in the shown copy: a character an imported text never holds
(decoding refuses a file with NUL bytes)."""

_NEUTRAL = "\x01"  # in the working copy: a character no rule reads as a mark, or a space

# a thematic break: a line of three or more of one of - * _ (spaces between them allowed)
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
# a line's block quotation marks ("> ", "> > ") and a list item's marker ("- ", "* ", "1. ")
_LINE_MARKS = re.compile(
    r"^[ \t]*((?:>[ \t]?)*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?(#{1,6}[ \t]+)?", re.M
)
_CODE = re.compile(r"(?<!`)(`+)(?!`)(.{1,1000}?)(?<!`)\1(?!`)")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# a link's text holds no "[": a run of them would each look 500 characters on (1 MB: 9 s)
_LINK = re.compile(r"(!?\[)([^\[\]\n]{0,500})(\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,500}\")?\))")
# An emphasis opens after a space, an opening bracket or quotation mark, or a hidden mark;
# it closes before a space or punctuation that ends a word (not "@": "_a_@b" is an address).
# It holds at most ``_LONGEST`` characters (a code span, a link's parts have their bounds
# too): a mark with no partner looks no further, and a line of 20,000 lone "*a" took 20 s.
_LONGEST = 300
_OPENS_AFTER = "\\s(\\[{\"'“‘/\x00\x01-"
_CLOSES_BEFORE = "\\s.,;:!?)\\]}\"'’”/\x00\x01-"
_STRONG = re.compile(
    rf"(?<![^{_OPENS_AFTER}])(\*\*|__)(?=[^\s*_])(.{{1,{_LONGEST}}}?)(?<=\S)\1"
    rf"(?![^{_CLOSES_BEFORE}])"
)
_EMPHASIS = re.compile(
    rf"(?<![^{_OPENS_AFTER}])([*_])(?=[^\s*_])(.{{1,{_LONGEST}}}?)(?<=[^\s*_])\1"
    rf"(?![^{_CLOSES_BEFORE}])"
)


def is_markdown_origin(origin_path: str) -> bool:
    """Whether an article was imported from a Markdown file (a page's address is not one:
    its text was taken from HTML)."""
    if "://" in origin_path:
        return False
    dot = origin_path.rfind(".")
    return dot > max(origin_path.rfind("/"), origin_path.rfind("\\")) and (
        origin_path[dot:].lower() in MARKDOWN_SUFFIXES
    )


def _hide(chars: list[str], work: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        chars[index] = work[index] = HIDDEN


@functools.lru_cache(maxsize=2)
def marks_hidden(text: str) -> str:
    """``text`` with its Markdown marks replaced by ``HIDDEN``, the same length: line marks
    (block quotation, list item, heading), thematic breaks, code spans' backticks, a
    backslash escape's backslash, a link's or image's brackets and address, emphasis marks
    (nested, as in "**a *b* c**"). A mark with no partner (a lone ``*``) is text. Kept for
    the last two texts: opening an article asks for it twice (the reader's copy and the
    recogniser's, :func:`marks_blanked`), ~0.5 s a megabyte each."""
    chars = list(text)
    work = list(text)  # as ``chars``, with what no later rule may read neutralised
    for match in _RULE.finditer(text):
        _hide(chars, work, match.start(), match.end())
    for match in _LINE_MARKS.finditer(text):
        if match.end() > match.start() and work[match.start()] != HIDDEN:
            _hide(chars, work, match.start(1), match.end())
    for match in _CODE.finditer("".join(work)):
        _hide(chars, work, match.start(1), match.end(1))
        _hide(chars, work, match.end(2), match.end())
        work[match.start(2) : match.end(2)] = _NEUTRAL * (match.end(2) - match.start(2))
    for match in _ESCAPE.finditer("".join(work)):
        _hide(chars, work, match.start(), match.start() + 1)
        work[match.start(1)] = _NEUTRAL
    for match in _LINK.finditer("".join(work)):
        _hide(chars, work, match.start(1), match.end(1))
        _hide(chars, work, match.start(3), match.end(3))
    for pattern in (_STRONG, _EMPHASIS):
        windows = [(0, len(text))]
        while windows:  # "*a *b* c*": the inner pair, then the outer one it freed
            windows = _merged(_emphasis_in(pattern, chars, work, windows), len(text))
    return "".join(chars)


def _emphasis_in(
    pattern: re.Pattern[str], chars: list[str], work: list[str], windows: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One pass of ``pattern`` over the matches starting in ``windows``, in reading order
    and not overlapping (as one over the whole text): their marks hidden, their spans."""
    snapshot = "".join(work)
    found: list[tuple[int, int]] = []
    resume = 0
    for first, last in windows:
        for match in pattern.finditer(snapshot, max(first, resume)):
            if match.start() > last:
                break
            _hide(chars, work, match.start(1), match.end(1))
            _hide(chars, work, match.end(2), match.end())
            found.append(match.span())
            resume = match.end()
    return found


def _merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Where a pass after one that matched ``spans`` may match: near them alone. A pair
    freed by hidden marks, or passed over inside a match, starts at most a pair's length
    before one; each level of nesting read the whole text again (96 KB nested: 15 s)."""
    reach = _LONGEST + 8  # a match's length, its marks and the characters either side
    windows: list[tuple[int, int]] = []
    for start, end in spans:
        first, last = max(0, start - reach), min(length, end + 1)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], last))
        else:
            windows.append((first, last))
    return windows


def without_marks(shown: str) -> str:
    """A span of a :func:`marks_hidden` copy as it is read: its marks left out."""
    return shown.replace(HIDDEN, "") if HIDDEN in shown else shown


def found_as_shown(
    text: str, find: Callable[[str], list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The spans ``find`` gives in ``text`` as the reader shows it, its marks left out
    ("ministry agreed" in "**ministry** agreed"), as offsets into ``text``; none when it has
    no marks (what is shown is ``text`` itself)."""
    hidden = marks_hidden(text)
    kept = [index for index, char in enumerate(hidden) if char != HIDDEN]
    if len(kept) == len(text):
        return []
    words = "".join(hidden[index] for index in kept)
    return [(kept[start], kept[end - 1] + 1) for start, end in find(words) if end > start]


@functools.lru_cache(maxsize=2)
def marks_blanked(text: str) -> str:
    """``text`` as the recogniser and the statement finder read a Markdown article: each
    mark a space, the same length (a link's address is no words: "example.org" was taken
    for an organisation, and the speaker of the sentence the link was in)."""
    return marks_hidden(text).replace(HIDDEN, " ")
