"""Soft wraps: the line breaks of a hard-wrapped text that only wrap a paragraph.

Kept below the recogniser, which reads a name broken over two lines as one, and the sentence
splitter and statement finder, which read a sentence or quotation crossing a wrap whole.
"""

from __future__ import annotations

import re

from diplotui.markup import HIDDEN

# A hard-wrapped text (a newsletter, an e-mail, ``fmt`` output): paragraphs between blank
# lines, their lines broken near one width. Its lines are not paragraphs: the breaks inside a
# paragraph are read as spaces, so a sentence or a quotation crossing one is read whole.
_WRAP_NARROWEST = 40  # characters: the narrowest width a text is wrapped at
_WRAP_WIDEST = 120  # a text with a longer line keeps a paragraph per line
# a line that starts a list's item, a heading, a block quotation, a table's row or a
# dateline ("HANOI - ", "WASHINGTON, Dec. 4", "HANOI (VNA) -"): never a paragraph going on
_LINE_OPENING = re.compile(r"\s|[-*+•]\s|[#>|]|\d+[.)]\s|[A-Z]{2,}[A-Z .]*[-–—,(]")
_WRAP_SENTENCE_ENDS = (".", "!", "?", ":", "…", '."', ".”", "?”", "!”", '?"', '!"')


def soft_wraps_joined(text: str, shown: str | None = None) -> str:
    """``text`` with each soft wrap's line break (CR LF included) replaced by spaces, same
    length, so offsets into it are offsets into ``text``; ``text`` itself when not wrapped.

    A break is soft when the line after goes on a paragraph (no list's item, heading or
    dateline) and either the line before was broken because the next word did not fit in the
    text's widest line, or it stops mid-sentence before a lowercase word; a short line before
    a capital (a headline over its lede, an address) stays a line. A text is wrapped when its
    paragraphs are separated by blank lines, no line is longer than ``_WRAP_WIDEST``, and at
    least two breaks, and half of those between two lines, are soft: the widest line always
    looks broken, and a text of a short paragraph per line has few others.

    ``shown``: a Markdown article's copy with its marks as ``markup.HIDDEN``
    (``markup.marks_hidden``): its lines are measured, and their words read, as the reader
    shows them, so a link's hidden address does not widen its line into the widest, nor a
    line opening with a link's bracket or an emphasis look indented; list markers, headings
    and block quotations are still read from ``text``'s own marks.
    """
    return joined_at(text, soft_breaks(text, shown))


def soft_breaks(text: str, shown: str | None = None) -> list[int]:
    """The offsets of the line feeds of ``text``'s soft wraps (:func:`soft_wraps_joined`);
    none when it is not wrapped."""
    if "\n\n" not in text and "\n\r\n" not in text:
        return []  # no blank line: a paragraph per line (the cheap test first)
    lines = text.split("\n")
    read = lines if shown is None else [line.replace(HIDDEN, "") for line in shown.split("\n")]
    widths = [len(line.rstrip()) for line in read]
    widest = max(widths)
    if not _WRAP_NARROWEST <= widest <= _WRAP_WIDEST:
        return []
    soft: list[int] = []  # the offsets of the soft breaks' line feeds
    inner = 0  # breaks between two lines that are not blank
    offset = -1
    first = next(index for index, width in enumerate(widths) if width)
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        offset += len(line) + 1
        if not widths[index] or not widths[index + 1]:
            continue
        inner += 1
        if _LINE_OPENING.match(following) or line.endswith(("  ", "\\", "  \r", "\\\r")):
            continue  # a list's item, a heading, a dateline; Markdown's hard line break
        ends = read[index].rstrip().endswith(_WRAP_SENTENCE_ENDS)
        next_word = read[index + 1].split(None, 1)[0]
        lower = next_word[0].islower()
        if widths[index] + 1 + len(next_word) <= widest:
            if ends or not lower:
                continue  # the next word fitted: broken on purpose
        elif index == first and not lower and not ends:
            continue  # a long headline over its lede
        soft.append(offset)
    if len(soft) < 2 or 2 * len(soft) < inner:
        return []
    return soft


def joined_at(text: str, feeds: list[int]) -> str:
    """``text`` with the line feeds at ``feeds`` (:func:`soft_breaks`), and a carriage
    return before one, as spaces; ``text`` itself when there are none."""
    if not feeds:
        return text
    pieces: list[str] = []
    kept_from = 0
    for feed in feeds:  # slices between the breaks: no list of every character
        cut = feed - 1 if text[feed - 1] == "\r" else feed
        pieces += (text[kept_from:cut], " " * (feed + 1 - cut))
        kept_from = feed + 1
    pieces.append(text[kept_from:])
    return "".join(pieces)
