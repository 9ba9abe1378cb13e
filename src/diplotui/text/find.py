"""Find a phrase in an article regardless of case and accents ("Ha Noi" finds "Hà Nội").

The text is folded one character for one, so a match is an offset into the stored text;
only combining marks are dropped (a text stored decomposed, "Ha\u0300", reads "ha" as a
composed one does), and a Markdown article's hidden marks, and where they were is kept to
map a match back.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from diplotui.entities.folding import (
    COMBINING_MARKS,
    MARKS,
    SPELT_OUT,
    fold_for_matching,
    fold_letters,
)
from diplotui.markup import HIDDEN

MAX_MATCHES = 10_000
_DROPPED = re.compile(f"[{MARKS}{HIDDEN}]+")
"""What is dropped from a Markdown article's shown copy: its hidden marks too, so "the
ministry said" finds "the **ministry** said" as the reader shows it."""
_CR_LF = re.compile("\r\n")
# Letters whose folding is two or three letters: ß and ẞ are ss, a ligature ﬁ is fi, þ th.
# Spelt out in the text and the query, "strasse" finds "Straße" in the article, as the
# library's search found the article by it (kept one for one, neither way found the other).
_SPELT_OUT = "ßẞ\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u0133" + "".join(SPELT_OUT)
_SPELT_OUT_LETTER = re.compile(f"[{_SPELT_OUT}]")


def fold_same_length(text: str) -> str:
    """Diacritics stripped and case folded, one character for one (offsets stay valid)."""
    folded = fold_for_matching(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in folded)


@dataclass(frozen=True)
class FoldedText:
    """A text as :func:`find_matches` searches it: folded, without its combining marks.

    ``runs`` are the folded offsets where marks were dropped, ``dropped`` how many had been
    dropped up to and including each run: few, not one offset per character (a 10 MB text
    stored decomposed would have needed hundreds of megabytes)."""

    folded: str
    runs: tuple[int, ...] = ()
    dropped: tuple[int, ...] = ()
    added: tuple[int, ...] = ()  # where a letter spelt out (see ``spelt_out``) added one

    def stored(self, offset: int) -> int:
        """The stored text's offset of the folded one (a character's marks stay with it; an
        offset inside a letter spelt out is after it)."""
        offset -= bisect_left(self.added, offset)
        runs_before = bisect_right(self.runs, offset)
        return offset + (self.dropped[runs_before - 1] if runs_before else 0)


def fold_for_finding(text: str, left_out: Sequence[int] = ()) -> FoldedText:
    """``text`` folded for :func:`find_matches`; the characters at ``left_out`` (ascending
    offsets: the first space of a joined CR LF, so "foreign  minister" reads as typed with
    one) are dropped as combining marks are, and a Markdown article's hidden marks."""
    dropping = COMBINING_MARKS if HIDDEN not in text else _DROPPED
    plain = dropping is COMBINING_MARKS and not left_out
    if plain and (text.isascii() or COMBINING_MARKS.search(text) is None):
        folded, added = spelt_out(fold_same_length(text))
        return FoldedText(folded, added=added)
    spans = heapq.merge(
        ((marks.start(), marks.end()) for marks in dropping.finditer(text)),
        ((offset, offset + 1) for offset in left_out),
    )
    kept: list[str] = []
    runs: list[int] = []
    dropped: list[int] = []
    position = length = 0
    for start, end in spans:
        if start < position:  # a left-out space among hidden marks: dropped with them
            continue
        kept.append(text[position:start])
        length += start - position
        runs.append(length)
        dropped.append((dropped[-1] if dropped else 0) + end - start)
        position = end
    kept.append(text[position:])
    folded, added = spelt_out(fold_same_length("".join(kept)))
    return FoldedText(folded, tuple(runs), tuple(dropped), added)


def spelt_out(folded: str) -> tuple[str, tuple[int, ...]]:
    """``folded`` with each letter whose folding is two or more spelt out (ß: ss), and the
    offsets of the letters that added; ``folded`` itself when it has none (nearly always)."""
    if not any(letter in folded for letter in _SPELT_OUT):
        return folded, ()
    parts: list[str] = []
    added: list[int] = []
    position = length = 0
    for letter in _SPELT_OUT_LETTER.finditer(folded):
        parts.append(folded[position : letter.start()])
        length += letter.start() - position
        spelt = fold_letters(letter.group())
        parts.append(spelt)
        added.extend(range(length + 1, length + len(spelt)))
        length += len(spelt)
        position = letter.end()
    parts.append(folded[position:])
    return "".join(parts), tuple(added)


def joined_returns(stored: str, shown: str) -> list[int]:
    """The offsets of the CRs of ``stored`` that its joined copy ``shown`` (the same length)
    made spaces: a soft wrap's CR LF, two spaces where an LF's is one."""
    if "\r" not in stored or shown is stored:
        return []
    return [found.start() for found in _CR_LF.finditer(stored) if shown[found.start()] == " "]


def find_matches(text: FoldedText, query: str) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``query`` in the stored text ``text`` was folded from."""
    needle = spelt_out(fold_same_length(COMBINING_MARKS.sub("", query.strip())))[0]
    if not needle:
        return []
    spans: list[tuple[int, int]] = []
    start = text.folded.find(needle)
    while start != -1 and len(spans) < MAX_MATCHES:
        end = start + len(needle)
        spans.append((text.stored(start), text.stored(end)))
        start = text.folded.find(needle, end)
    return spans
