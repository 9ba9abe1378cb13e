"""How an article is laid out for reading: blocks over the stored text, then wrapped lines.

The stored text is kept exactly as imported; cleaning is only a view. Blocks are ranges of the
stored text (so every offset the reader shows is an offset into the stored text) classified as
the title, body paragraphs, photo captions (set apart), or the trailing "RELATED NEWS" list. A
file's text starts with its headline; a feed's or a page's is stored without it (the article's
title is kept apart), and all of its lines are body: the reader draws the title above them.
Scraped debris ("![]() |", a stray "Latest", alt-text lines that merely repeat a headline) is
left out of the view.
"""

from __future__ import annotations

import functools
import itertools
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple, overload

from rich.cells import cell_len

from diplotui.entities.soft_wraps import joined_at, soft_breaks, soft_wraps_joined
from diplotui.inert import inert
from diplotui.markup import HIDDEN, marks_blanked, marks_hidden, without_marks

if TYPE_CHECKING:
    from diplotui.model import Highlight


class BlockKind(str, Enum):
    TITLE = "title"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    RELATED_HEADING = "related-heading"
    RELATED_ITEM = "related-item"


class Block(NamedTuple):
    """A piece of the article view: ``text[start:end]`` of the stored text (a tuple: every
    line of every article the finder reads makes one, and a frozen dataclass costs several
    times as much to build)."""

    kind: BlockKind
    start: int
    end: int


class VisualLine(NamedTuple):
    """One screen line: ``text[start:end]`` of block ``block`` (``block == -1`` is a spacer;
    a tuple, as ``Block`` is: a 10 MB article makes 90,000 of them)."""

    block: int
    start: int
    end: int


_IMAGE_DEBRIS = re.compile(r"^[\s|]*(!\[[^\]]*\]\([^)]*\)[\s|]*)+$")
_STRAY_WORDS = {"latest", "advertisement", "read more", "share", "print", "tags:"}
_STRAY_LONGEST = max(map(len, _STRAY_WORDS))  # casefold never shortens: longer lines are body
_PHOTO_CREDIT = re.compile(r"\((?:photo|photos|image|source)\s*:[^)]*\)\.?\s*$", re.IGNORECASE)
_RELATED = re.compile(r"^\s*related (?:news|articles|stories)\s*:?\s*$", re.IGNORECASE)
_WORD = re.compile(r"\w+")


# ASCII's non-word characters as spaces: its words are then ``split``'s, without a regex
_ASCII_NON_WORD = {c: " " for c in range(128) if not re.fullmatch(r"\w", chr(c))}


_FULL_STOPS = (".", ".”", '."', ".’")  # a full stop, a quotation's closing mark after it


def _words(line: str) -> set[str]:
    if line.isascii():  # casefold is lower there: one translate and split, no regex
        return set(line.lower().translate(_ASCII_NON_WORD).split())
    return {w.casefold() for w in _WORD.findall(line)}


def _may_repeat_headline(line: str, title: str) -> bool:
    """Whether a line is short and unpunctuated, as an alt-text line is."""
    return bool(title) and len(line) <= 160 and not line.rstrip().endswith((".", ":", ")"))


def _repeats_headline(line: str, title_words: set[str]) -> bool:
    """An alt-text line (``_may_repeat_headline``): mostly the headline's words."""
    line_words = _words(line)
    if len(line_words) < 3:
        return False
    return len(line_words & title_words) / len(line_words) >= 0.6


# ``Block``'s own constructor is a Python function around this; the tuple's is called directly
_new_block = _new_line = tuple.__new__


_OTHER_LINE_ENDS = re.compile("\r(?!\n)|[\u2028\u2029]")
"""Line ends other than LF: a lone CR (old Mac files) and Unicode's line and paragraph
separators, which an import's ``str.splitlines`` reads as line ends when it finds the title."""


def _lines(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The (start, end) of each line that is not blank, trimmed of whitespace (a leading BOM
    is left out), and its text: found with ``str.strip``, not a call per line."""
    ranges: list[tuple[int, int]] = []
    texts: list[str] = []
    position = 1 if text.startswith("\ufeff") else 0
    body = text[position:]
    if "\r" in body or "\u2028" in body or "\u2029" in body:  # one character for one
        body = _OTHER_LINE_ENDS.sub("\n", body)
    for raw in body.split("\n"):
        line = raw.strip()  # the whitespace ``str.isspace`` tells, "\r" among it
        if line:
            # a line that starts as its trimmed text does starts with no whitespace
            start = position if raw[0] == line[0] else position + len(raw) - len(raw.lstrip())
            ranges.append((start, start + len(line)))
            texts.append(line)
        position += len(raw) + 1
    return ranges, texts


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# What parts a site's name from the headline it follows ("Border talks | Mekong Monitor")
_TITLE_TAILS = ("|", "-", "–", "—", ":", "·", "•", "»", "/")
_CUT_TITLE = 200  # a title this long that starts a line is that line cut short (500 on import)


def _is_headline(line: str, title: str) -> bool:
    """Whether a line of the text is the article's ``title``: the same words, perhaps as a
    Markdown heading, followed by a site's name, or cut short."""
    heading = " ".join(line.lstrip("#").split()) if line.startswith("#") else line
    if not heading.startswith(title):
        return False
    rest = heading[len(title) :].lstrip()
    return not rest or rest.startswith(_TITLE_TAILS) or len(title) >= _CUT_TITLE


def _carries_title(line_texts: list[str], title: str) -> bool:
    """Whether the text starts with its headline: its first line is the title, or a Markdown
    heading, or a headline worded otherwise (a page's own, under a feed's title); or its
    second is the title under a banner or date line, which ends no sentence (as a file's
    title is found in its text). Else the text was stored without it, as a feed's or a
    page's is, and its first line is a lede."""
    first = line_texts[0]
    title = " ".join(title.split())
    if not title or first.startswith("# "):  # no title to look for, or a Markdown headline
        return True
    if first.endswith((".", "!", "?", "…", '"', "”")):
        return _is_headline(" ".join(first.split()), title)
    return any(_is_headline(" ".join(line.split()), title) for line in line_texts[:2]) or (
        _may_repeat_headline(first, title) and _repeats_headline(first, _words(title))
    )


_BODY_LINE_CHARS = 100  # a full sentence at least: a headline or a cut teaser is shorter
_ELLIPSES = ("...", "…")


def _resumes_body(line: str) -> bool:
    """Whether a line after a "Related stories" list is the article's body again: a long
    sentence with its full stop, not a linked headline (no stop) nor a teaser cut with an
    ellipsis. Pages list related links above their body too, not only at the end."""
    return (
        len(line) >= _BODY_LINE_CHARS
        and line.endswith(_FULL_STOPS)
        and not line.rstrip('”"’').endswith(_ELLIPSES)
    )


def article_blocks(text: str, title: str = "") -> list[Block]:
    """Classify the stored text's lines into the blocks a reader sees.

    ``title`` is the article's stored title ("" when unknown: a bare file's text, whose first
    line is read as its headline). A text that does not start with it has no title block:
    its first line is body, and it is the stored title that repeated lines are compared with.
    """
    lines, line_texts = _lines(text)
    if not lines:
        return []
    # a Counter only when a line repeats (most articles repeat none, and it costs)
    repeated = Counter(line_texts) if len(set(line_texts)) < len(line_texts) else None
    blocks: list[Block] = []
    body_from = 0
    if not title or _carries_title(line_texts, title):
        title_start, title_end = lines[0]
        title = line_texts[0]
        if title[0] == "#":
            title_start += _heading_marks(title)
        blocks.append(_new_block(Block, (BlockKind.TITLE, title_start, title_end)))
        body_from = 1
    title_words: set[str] | None = None  # found when a line may repeat the headline
    in_related = False
    for (start, end), line in zip(lines[body_from:], line_texts[body_from:], strict=True):
        if (  # most lines: a sentence's full stop ends no heading, stray word, caption,
            # debris or repeated headline, so none of the tests below is met
            line[-1] == "."
            and line[-2:] != ")."
            and not in_related
            and line != title
            and "![" not in line
        ):
            blocks.append(_new_block(Block, (BlockKind.PARAGRAPH, start, end)))
            continue
        if line[:7].lower() == "related" and _RELATED.match(line):  # the regex only there
            in_related = True
            blocks.append(Block(BlockKind.RELATED_HEADING, start, end))
            continue
        if in_related and not _resumes_body(line):
            blocks.append(Block(BlockKind.RELATED_ITEM, start, end))
            continue
        in_related = False
        stray = len(line) <= _STRAY_LONGEST and line.casefold() in _STRAY_WORDS
        if stray or line == title or ("![" in line and _IMAGE_DEBRIS.match(line)):
            continue
        if line.startswith("|") and line.endswith("|"):
            inner_start, inner_end = _trim(text, start + 1, end - 1)
            if inner_end > inner_start:
                blocks.append(Block(BlockKind.CAPTION, inner_start, inner_end))
            continue
        if line.endswith((")", ").")) and _PHOTO_CREDIT.search(line):  # lines are trimmed
            blocks.append(Block(BlockKind.CAPTION, start, end))
            continue
        if repeated is not None and repeated[line] > 1 and not line.endswith(_FULL_STOPS):
            continue  # debris ("Share"); a sentence the scraper repeated is text
        if _may_repeat_headline(line, title):
            title_words = _words(title) if title_words is None else title_words
            if _repeats_headline(line, title_words):
                continue
        if line[0] == "#":
            start += _heading_marks(line)
        blocks.append(_new_block(Block, (BlockKind.PARAGRAPH, start, end)))
    return blocks


_HEADING_MARKS = re.compile(r"#{1,6}[ \t]+(?=\S)")


def _heading_marks(line: str) -> int:
    """How many characters of ``line`` are a Markdown heading's marks ("## "): markup, not
    the heading's words, so a block starts after them (the reader showed "# Arctic Council
    resumes work", and a copy of the headline quoted the marks)."""
    marks = _HEADING_MARKS.match(line)
    return marks.end() if marks else 0


_TOKEN = re.compile(r"\S+\s*|\s+")


class WrappedLines(Sequence[VisualLine]):
    """An article's screen lines, kept as arrays of numbers: a 10 MB article makes 90,000,
    and as many tuples kept alive had the garbage collector walk the whole heap several times
    while it opened (half a second)."""

    __slots__ = ("_blocks", "_ends", "starts")

    def __init__(self) -> None:
        self._blocks = array("q")
        self.starts = array("q")  # sorted: ``bisect`` finds the line showing an offset
        self._ends = array("q")

    def append(self, line: VisualLine) -> None:
        self._blocks.append(line.block)
        self.starts.append(line.start)
        self._ends.append(line.end)

    def add_block(self, block: int, start: int, ends: array[int]) -> None:
        """Block ``block``'s lines: the first starts at ``start``, each next where the last
        one ended."""
        self._blocks.extend(itertools.repeat(block, len(ends)))
        self.starts.append(start)
        self.starts.extend(ends[:-1])
        self._ends.extend(ends)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> VisualLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[VisualLine]: ...

    def __getitem__(self, index: int | slice) -> VisualLine | list[VisualLine]:
        if isinstance(index, slice):
            parts = (self._blocks[index], self.starts[index], self._ends[index])
            return [_new_line(VisualLine, line) for line in zip(*parts, strict=True)]
        return _new_line(VisualLine, (self._blocks[index], self.starts[index], self._ends[index]))

    def __iter__(self) -> Iterator[VisualLine]:
        for line in zip(self._blocks, self.starts, self._ends, strict=True):
            yield _new_line(VisualLine, line)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WrappedLines):
            return NotImplemented
        return (self.starts, self._ends, self._blocks) == (
            other.starts,
            other._ends,
            other._blocks,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, as a list is


def wrap_blocks(
    text: str,
    blocks: list[Block],
    width: int,
    lines: WrappedLines | None = None,
    first: int = 0,
    stop: int | None = None,
    item_width: int | None = None,
) -> WrappedLines:
    """Greedy word wrap of every block (or those from ``first`` up to ``stop``: a long article
    is laid out a stretch at a time) to ``width`` cells, with a spacer line between blocks,
    added to ``lines`` (new ones when not given).

    Related-news items are kept tight (no spacer between them) like a list, and wrapped to
    ``item_width`` when given (narrower: a pane whose text takes every cell it shows leaves
    an item none for its bullet).
    """
    width = max(width, 8)
    item_width = width if item_width is None else max(min(item_width, width), 8)
    lines = WrappedLines() if lines is None else lines
    for index in range(first, len(blocks) if stop is None else min(stop, len(blocks))):
        block = blocks[index]
        tight = (
            block.kind is BlockKind.RELATED_ITEM
            and index
            and (blocks[index - 1].kind in (BlockKind.RELATED_ITEM, BlockKind.RELATED_HEADING))
        )
        if index and not tight:
            lines.append(VisualLine(-1, block.start, block.start))
        wrapped = item_width if block.kind is BlockKind.RELATED_ITEM else width
        lines.add_block(index, block.start, _line_ends(text, block.start, block.end, wrapped))
    return lines


# A character the fast wrap cannot count as one cell: any but those of one cell that ``inert``
# leaves as they are (Latin with Vietnamese, Greek, Cyrillic, the general punctuation of news
# text: “ ” ’ —, currency signs). A test checks each against the slow path's measures.
_COMPLEX_CHAR = re.compile(
    "[^\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u1e00-\u1eff"
    "\u2000-\u200a\u2010-\u2027\u202f-\u205f\u20a0-\u20bf]"
)


@functools.cache
def _line_pattern(width: int) -> re.Pattern[str]:
    """One wrapped line of one-cell text: the words that end within ``width`` cells and the
    spaces after them, else ``width`` characters of a longer word (hard-broken), else the
    spaces a text opens with when its first word does not fit after them."""
    return re.compile(rf"(?:.{{1,{width}}}(?=\s|\Z)|\S{{{width}}}|\s+)\s*")


_match_end = re.Match.end


def _line_ends(text: str, start: int, end: int, width: int) -> array[int]:
    """Where each line of ``text[start:end]`` wrapped to ``width`` cells ends (the next one
    starts there). Text of one-cell characters (nearly every article) is cut a line at a
    time by a regex, not a word at a time: a 10 MB article holds a million and a half words."""
    if end > start and _COMPLEX_CHAR.search(text, start, end) is None:
        return array("q", map(_match_end, _line_pattern(width).finditer(text, start, end)))
    return array("q", [line.end for line in _wrap_words(text, 0, start, end, width)])


def _wrap_range(text: str, block: int, start: int, end: int, width: int) -> list[VisualLine]:
    """Greedy wrap of ``text[start:end]``: a word goes on the line if it ends within ``width``
    cells, a word longer than a line is hard-broken."""
    ends = _line_ends(text, start, end, width)
    return [VisualLine(block, *line) for line in zip([start, *ends[:-1]], ends, strict=True)]


def _wrap_words(text: str, block: int, start: int, end: int, width: int) -> list[VisualLine]:
    """``_wrap_range`` a word at a time, each measured: any text (wide, zero-width,
    control characters, a Markdown article's hidden marks)."""
    lines: list[VisualLine] = []
    line_start = start
    used = 0
    for match in _TOKEN.finditer(text, start, end):
        token = inert(without_marks(match.group()))  # a hidden Markdown mark takes no cell
        word_cells = cell_len(token.rstrip())
        if used and used + word_cells > width:
            lines.append(VisualLine(block, line_start, match.start()))
            line_start, used = match.start(), 0
        if word_cells > width:  # a token longer than the line: hard-break it
            cut = _hard_break(lines, block, line_start, token, word_cells, width)
            line_start += cut
            token = token[cut:]
        used += cell_len(token)
    lines.append(VisualLine(block, line_start, end))
    return lines


def _hard_break(
    lines: list[VisualLine], block: int, start: int, token: str, cells: int, width: int
) -> int:
    """Append the lines of ``width`` cells cut off the head of ``token`` (``cells`` wide
    without its trailing spaces) until the rest fits one line; how many characters they took.
    The rest is measured by what each line took off it: sliced off and measured again whole
    at each line, a line of 200,000 Chinese characters took 190 s to open."""
    taken = 0
    while cells > width:
        cut = _fit(token, width, taken)
        lines.append(VisualLine(block, start + taken, start + taken + cut))
        cells -= cell_len(token[taken : taken + cut])
        taken += cut
        if cells <= width:  # measured whole once it seems to fit: a joiner or an emoji's
            cells = cell_len(token[taken:].rstrip())  # selector is measured with its neighbour
    return taken


def _fit(token: str, width: int, start: int = 0) -> int:
    """How many characters of ``token`` from ``start`` fit in ``width`` cells (at least one)."""
    used = 0
    for index in range(start, len(token)):
        used += cell_len(token[index])
        if used > width:
            return max(index - start, 1)
    return len(token) - start


def wrap_label(text: str, width: int, max_lines: int) -> list[str]:
    """Wrap a one-line label (a title) to at most ``max_lines``, ending in "…" when cut,
    after a word: a last line too full for the "…" lost its last letter, not its last word,
    and the quote history read "new ways o…"."""
    text = inert(text).replace("\t", " ")
    pieces = [
        text[line.start : line.end].rstrip() for line in _wrap_range(text, 0, 0, len(text), width)
    ]
    if len(pieces) <= max_lines:
        return pieces
    kept = pieces[:max_lines]
    last = kept[-1]
    if cell_len(last) + 1 > width:  # no room for the "…": its last word goes, not a letter
        head, space, _ = last.rpartition(" ")
        if space and head.strip():
            last = head
    while last and cell_len(last) + 1 > width:  # a line of one word
        last = last[:-1]
    kept[-1] = last.rstrip() + "…"
    return kept


def name_rows(name: str, width: int, most: int = 0, then: int = 0) -> list[str]:
    """A speaker's name on rows of ``width`` cells (``then``: the rows after the first, when
    wider), broken between its words (a word longer than a row folded over rows); with
    ``most``, on that many rows at most, the last then "…" and the name's last words that
    fit, its surname ("Recep" / "… Erdoğan": cut at its end, a narrow pane lost the surname a
    name is known and found by), a body's country in brackets whole ("… (Peru)", never "…
    Arabia)"), else the words after the first row's, cut. A name folded a letter at a time
    ("Mevl" / "üt" / "Çavu") read as no name at all."""
    from rich.cells import chop_cells

    then = then or width
    words = name.split()
    rows: list[tuple[str, int]] = []  # each row, and the words ended by it
    row = ""
    for ended, word in enumerate(words, 1):
        room = then if rows else width
        joined = f"{row} {word}" if row else word
        if cell_len(joined) <= room:
            row = joined
            continue
        if row:
            rows.append((row, ended - 1))
        pieces = chop_cells(word, max(then if rows else width, 1))
        rows += [(piece, ended - 1) for piece in pieces[:-1]]
        row = pieces[-1]
    rows.append((row, len(words)))
    if not most or len(rows) <= most:
        return [text for text, _ in rows]
    kept = rows[: most - 1]
    rest = words[kept[-1][1] :] if kept else words
    tail = ""
    for start in range(len(rest) - 1, -1, -1):
        fitting = f"… {' '.join(rest[start:])}"
        if cell_len(fitting) > then:
            break
        if fitting.count("(") >= fitting.count(")"):  # never half a bracket
            tail = fitting
    if not tail and rest[-1].endswith(")"):  # a body's country too long: its words go on
        tail = wrap_label(" ".join(rest), then, 1)[0]
    elif not tail:  # not even the last word fits after the "…": its start, cut
        tail = f"{chop_cells(rest[-1], max(then - 1, 1))[0]}…"
    return [text for text, _ in kept] + [tail]


def row_lines(
    title: str, head: str, tags: Sequence[str], width: int
) -> tuple[list[str], list[str]]:
    """A list row's title lines and details lines in ``width`` cells, three lines at most:
    the title on two and the details on one while ``head``, the details but the tags, fits
    on it with a sign of the tags at least ("#×3"), else the title on one and the details on
    two (at 80 columns "2024-02-20 ·…" lost its source; at 120 a source filling the line
    hid that the row had tags); a title of one line leaves its second to the details. The
    tags come after the head in what room is left (:func:`tags_lines`)."""
    whole = f"{head} · {' '.join(tags)}" if tags else head
    if cell_len(whole) <= width:
        return wrap_label(title, width, 2), [whole]
    titles = wrap_label(title, width, 2)
    room = width - cell_len(head) - 3  # for the tags after the head and " · "
    if len(titles) == 2 and room >= 0 and tags_fitted(tags, room):
        return titles, tags_lines(head, tags, width, 1)
    details = tags_lines(head, tags, width, 2)
    return wrap_label(title, width, 1), _marks_given_way(head, tags, width, details)


TAG_CUT_LEAST = 5
"""Cells a tag cut short keeps, its "#" and "…" counted ("#mar…"): a shorter cut names no tag."""


def tags_lines(head: str, tags: Sequence[str], width: int, max_lines: int) -> list[str]:
    """``head`` wrapped to ``max_lines`` of ``width`` cells, then ``tags`` (each "#tag") after
    it, whole tags first; those left over are summed up in the room that remains: the next
    tag cut short and "+N" for the rest, else their count, "#×3". A row whose tags ended in a
    bare "…" told the reader nothing; a tag is never broken across lines ("#people" above
    "diplomacy" read as two tags)."""
    lines = head_lines(head, width)
    if len(lines) > max_lines:  # the head itself is cut: no room for tags
        return _date_kept(head, width, max_lines) or [
            *lines[: max_lines - 1],
            _head_cut(lines[max_lines - 1], width),
        ]
    lines = lines or [""]
    base, earlier = lines[-1], 0
    placed: list[str] = []
    for tag in tags:
        if cell_len(_after(base, [*placed, tag])) <= width:
            placed.append(tag)
        elif len(lines) < max_lines and cell_len(tag) <= width:
            lines[-1] = _after(base, placed)
            earlier += len(placed)
            base, placed = "", [tag]
            lines.append("")
        else:
            break
    if len(placed) + earlier == len(tags):
        lines[-1] = _after(base, placed)
        return lines
    if base and not placed and len(lines) < max_lines:  # more room on a line of its own
        lines[-1], base = base, ""
        lines.append("")
    room = width - cell_len(base) - (3 if base else 0)
    summary = tags_fitted(tags[earlier:], room, earlier)
    lines[-1] = f"{base} · {summary}" if base and summary else base or summary
    if summary or earlier or not tags:
        return lines
    return _counted_at_end(lines, len(tags), width)


_DATE_PART = re.compile(r"\d{4}(?:-\d\d){0,2}\??|undated")
"""A row's date as the details show it (``dates.date_shown``), or its stand-in."""


def _date_kept(head: str, width: int, max_lines: int) -> list[str] | None:
    """A cut head's lines with its date whole on the last, the marks before it ("archived",
    "✎ 12", "note") on the lines above, the last of them cut after a mark; None where the
    date is on a kept line anyway. Cut at its end, a row's marks took both its lines at 12
    cells, "archived · ✎" above "12 · note ·…", and the date it is sorted by was gone."""
    parts = head.split(" · ")
    at = next((n for n, part in enumerate(parts) if _DATE_PART.fullmatch(part)), None)
    if at is None or max_lines < 2 or cell_len(parts[at]) > width:
        return None
    if len(head_lines(" · ".join(parts[: at + 1]), width)) <= max_lines:
        return None
    above = head_lines(" · ".join(parts[:at]), width)
    for kept in range(at - 1, -1, -1):  # "·…" for the marks left out, after a whole mark
        if len(above) < max_lines and cell_len(above[-1]) <= width:
            break
        above = head_lines(" · ".join(parts[:kept]), width) or [""]
        above[-1] = f"{above[-1]} ·…".lstrip(" ·") if above[-1] else "…"
    dated = head_lines(" · ".join(parts[at:]), width)
    date = _head_cut(dated[0], width) if len(dated) > 1 else dated[0]
    return [*above, date]


def _marks_given_way(head: str, tags: Sequence[str], width: int, lines: list[str]) -> list[str]:
    """A row's two details lines with its marks ("archived", "✎ 1", "note") giving way to
    what tells the article apart, the source and the tags' count: as many marks as fit beside
    the date, "…" for the others, and the source and the count on the line below, where that
    shows more of them than ``lines`` do. At 80 columns "✎ 1 · note ·" above "2025-11-27 ·…"
    had lost both. Where not even "…" fits beside the date (40 columns), ``lines`` stand."""
    parts = head.split(" · ")
    at = next((n for n, part in enumerate(parts) if _DATE_PART.fullmatch(part)), 0)
    date, source = parts[at], " · ".join(parts[at + 1 :])
    if not at or not (source or tags):  # no marks, or nothing for them to give way to
        return lines
    for kept in range(at, -1, -1):
        above = " · ".join([*parts[:kept], *(["…"] if kept < at else []), date])
        if cell_len(above) <= width:
            break
    else:
        return lines
    below = tags_lines(source, tags, width, 1)
    if tags and cell_len(source) > width:  # a source too long for its line: cut for the count
        below = _counted_at_end([source], len(tags), width)
    given = [above, *below]
    return (
        given
        if _identity_shown(given, date, source) > _identity_shown(lines, date, source)
        else lines
    )


def _identity_shown(lines: list[str], date: str, source: str) -> tuple[bool, int]:
    """Whether ``lines`` show a sign of the row's tags after its date, and how many of its
    source's characters they show there."""
    text = " ".join(lines)
    after = text[text.find(date) + len(date) :].lstrip(" ·") if date in text else ""
    shown = 0
    while shown < min(len(after), len(source)) and after[shown] == source[shown]:
        shown += 1
    return "#" in after[shown:], shown


def head_lines(head: str, width: int) -> list[str]:
    """A row's details but the tags (parts joined by " · ": marks, date, source) wrapped to
    ``width`` cells a part at a time: a part of one word (a date, "note") that does not fit
    after the last starts a line of its own (the " ·" ending the one before, where it fits),
    as does one of words (a source, "✎ 3") that fits a line whole; only a longer one wraps by
    its words after the last, where its first word fits there. Wrapped as prose, a "·" alone
    on a line pushed the date a line down, where the cut took it ("✎ 1 · note" above "·…"), a
    source's line began with it ("· The Straits Ti… · #×2"), and an outlet broke at a space
    at 80 columns ("2025-12-30? · World &" above "Vietnam Report")."""
    lines: list[str] = []
    for part in head.split(" · ") if head else []:
        if not lines:
            lines = wrap_label(part, width, cell_len(part))
        elif cell_len(f"{lines[-1]} · {part}") <= width:
            lines[-1] += f" · {part}"
        elif (
            cell_len(part) > width and cell_len(f"{lines[-1]} · {part.partition(' ')[0]}") <= width
        ):
            lines[-1:] = wrap_label(f"{lines[-1]} · {part}", width, cell_len(head))
        else:
            if cell_len(lines[-1]) + 2 <= width:
                lines[-1] += " ·"
            lines.extend(wrap_label(part, width, cell_len(part)))
    return lines


def _head_cut(line: str, width: int) -> str:
    """The last line kept of a cut head, ending in "…" where there is room, else its last
    word giving way for it; never a part of one word (a date, its own line's end), which
    then stands without the "…" ("2025-03-0…" said less than "2025-03-04")."""
    if cell_len(line) < width:
        return line + "…"
    head, space, _ = line.rpartition(" ")
    if space and " " in line.rpartition(" · ")[2] and head.strip():
        return head.rstrip() + "…"
    return line


def _counted_at_end(lines: list[str], count: int, width: int) -> list[str]:
    """``lines`` with the count of a row's tags at the end of the last, cut to make room
    ("The Sudan Ti… · #×3"): a row whose tags were hidden read as a row without tags."""
    counted = f"#×{count}"
    if cell_len(counted) > width:
        return lines
    kept = label_cut(lines[-1].removesuffix("…"), width - cell_len(counted) - 3)
    return [*lines[:-1], f"{kept} · {counted}" if kept else counted]


def _after(base: str, tags: Sequence[str]) -> str:
    """``tags`` after ``base`` on one line (after " · " when there is a base)."""
    if not tags:
        return base
    return f"{base} · {' '.join(tags)}" if base else " ".join(tags)


def tags_fitted(tags: Sequence[str], room: int, earlier: int = 0) -> str:
    """``tags`` in ``room`` cells: as many whole as fit, "+N" for the rest ("#asean +2"), else
    the first cut short ("#maritime-coop… +1"), else their count ("#×3"; "+3" after
    ``earlier`` tags shown before), else nothing."""
    for count in range(len(tags), 0, -1):
        rest = len(tags) - count
        shown = " ".join(tags[:count]) + (f" +{rest}" if rest else "")
        if cell_len(shown) <= room:
            return shown
    more = f" +{len(tags) - 1}" if len(tags) > 1 else ""
    if room - cell_len(more) >= TAG_CUT_LEAST:
        return label_cut(tags[0], room - cell_len(more)) + more
    counted = f"+{len(tags)}" if earlier else f"#×{len(tags)}"
    return counted if tags and cell_len(counted) <= room else ""


APART_NAME_KEPT = 3  # "De…": the fewest cells of a feed's name kept before its address is cut


def label_cut(label: str, width: int) -> str:
    """A label (a folder's name, a tag) in ``width`` cells, cut where the room ends ("Desk
    Dipl…"): a name is not prose, and cut after its last whole word, "Desk Diplomacy" read
    "Desk…" beside its count at 80 columns, the room for four letters more left blank."""
    if cell_len(label) <= width:
        return label
    kept = label[: 2 * width + 2]  # a cell or more a character, but for marks
    while kept and cell_len(kept.rstrip()) + 1 > width:
        kept = kept[:-1]
    return kept.rstrip() + "…" if kept.strip() else ""


def apart_cut(label: str, apart: str, width: int) -> str:
    """``label``, ending in `` (apart)``, in ``width`` cells, ``apart`` kept whole where it can
    be: it is what tells two feeds of one name apart, so the name is cut first ("  · Desk…
    (gone.xml)"), then left out ("  · gone.xml"), then ``apart`` cut from its start ("  ·
    …one.xml"): cut at its end, three rows read "Desk Wi…" at 80 columns."""
    ending = f" ({apart})"
    if cell_len(label) <= width or not apart or not label.endswith(ending):
        return label_cut(label, width)
    head = label[: -len(ending)]
    lead = head[: len(head) - len(head.lstrip(" ·▸▾"))]  # the row's marks: "  · "
    name = label_cut(head, width - cell_len(ending))
    if cell_len(name) >= cell_len(lead) + APART_NAME_KEPT:
        return name + ending
    if cell_len(lead + apart) <= width:
        return lead + apart
    rest = apart
    while rest and cell_len(lead) + 1 + cell_len(rest) > width:
        rest = rest[1:]
    return f"{lead}…{rest}" if cell_len(rest) > APART_NAME_KEPT else label_cut(label, width)


def one_line(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` cells, cut after a word and ending in "…"
    when it is longer (a title or quote in a list: cut mid-word, "key comp" read as a typo)."""
    return (wrap_label(" ".join(text.split()), width, 1) or [""])[0]


NOTE_SHOWN_CHARS = 5000
"""The most of an article's note the sidebar shows (a page of its rows or more): a note of
2.5 MB (a report pasted into it) was wrapped whole into the sidebar each time the article
opened, 2.4 s of CPU, 8 s at a load of 10; the note dialog (``n``) holds it whole."""


def note_shown(note: str, limit: int = NOTE_SHOWN_CHARS) -> str:
    """``note`` as the sidebar shows it: whole up to ``limit`` characters, else cut after a
    word there, and a line saying how much more there is and where it is read whole."""
    if len(note) <= limit:
        return note
    cut = note[:limit]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > limit - 80:  # after a word, not back past a long one
        cut = cut[:space]
    cut = cut.rstrip()
    rest = len(note) - len(cut)
    return f"{cut}…\n({rest:,} more characters: n in the reader opens the whole note)"


NAME_CHARS = 160
"""The most of a speaker's name, or of a role, that a listing shows (the dev set's
longest speaker is a list of three bodies, 119 characters): a name of 10,000 letters, an
article's or a hostile file's, filled the whole Statements view with one row."""


def listed_name(name: str) -> str:
    """``name`` as a listing shows it: whole up to ``NAME_CHARS``, else cut after a word and
    ending in "…" (the record, the JSON and every filter keep it whole)."""
    return name if len(name) <= NAME_CHARS else one_line(name, NAME_CHARS)


@functools.lru_cache(maxsize=2)
def shown_text(text: str, markdown: bool = False) -> str:
    """``text`` as the reader lays it out, and as every copy, listing and export gives it: a
    hard-wrapped text's soft line breaks as spaces (:func:`soft_wraps_joined`), and with
    ``markdown`` (an article imported from a Markdown file) its marks as ``HIDDEN``
    (:func:`marks_hidden`); the same length, so an offset into it is one into ``text``. Kept
    for the last two texts (an export or a listing asks again for each highlight or
    statement of one article), not more: a 10 MB article's copy is 10 MB more held."""
    if not markdown:
        return soft_wraps_joined(text)
    hidden = marks_hidden(text)
    joined = soft_wraps_joined(text, hidden)  # its lines measured as shown, marks left out
    if joined is text:
        return hidden
    return "".join(
        mark if mark == HIDDEN else char for char, mark in zip(joined, hidden, strict=True)
    )


def words_read(text: str, markdown: bool = False) -> str:
    """``text`` as the recogniser and the statement finder read it, the same length: with
    ``markdown`` (an article imported from a Markdown file) its marks as spaces
    (:func:`~diplotui.markup.marks_blanked`: a link's address is no name nor speaker) and
    its soft wraps, judged on its lines as the reader shows them (:func:`shown_text`), as
    spaces; judged on the blanked copy, a link's address widened its line and a line
    opening with a mark looked indented, and a statement crossing the wrap was lost."""
    return _markdown_read(text) if markdown else text


@functools.lru_cache(maxsize=2)
def _markdown_read(text: str) -> str:
    """A Markdown article as :func:`words_read` reads it (asked again for each statement
    of the article the finder read it for: kept for the last two texts)."""
    return joined_at(marks_blanked(text), soft_breaks(text, marks_hidden(text)))


def laid_out(shown: str) -> str:
    """A :func:`shown_text` copy as its lines and sentences are found: a hidden mark as a
    space (a line of marks, "---", is blank; a link's address is no words)."""
    return shown.replace(HIDDEN, " ") if HIDDEN in shown else shown


def shown_span(text: str, start: int, end: int, markdown: bool = False) -> str:
    """``text[start:end]`` as the reader shows it (:func:`shown_text`): a sentence across a
    soft wrap on one line, one space where a CR LF was joined, a blank line between
    paragraphs kept, a Markdown article's marks left out. A plain span without a line
    break is the stored one (the joined copy is made only for a span that holds one)."""
    span = text[start:end]
    if "\n" not in span and not markdown:
        return span
    shown = shown_text(text, markdown)[start:end]
    if "\r" in span:
        shown = "".join(
            char for char, stored in zip(shown, span, strict=True) if stored != "\r" or char != " "
        )
    return without_marks(shown)


def shown_blocks(text: str, title: str = "", markdown: bool = False) -> list[Block]:
    """The blocks the reader lays ``text`` out in (:func:`article_blocks` of its
    :func:`shown_text`): a hard-wrapped paragraph is one block, not one per line."""
    return article_blocks(laid_out(shown_text(text, markdown)), title)


def visible_text(
    text: str,
    start: int,
    end: int,
    blocks: Sequence[Block] | None = None,
    markdown: bool = False,
) -> str:
    """What a reader sees of ``text[start:end]``: one line per block it touches, a soft
    wrap inside one a space (:func:`shown_span`), a Markdown article's marks left out.

    Hidden debris (image lines, alt text, a caption's ``|`` marks) is left out, so a quote
    copied, listed or exported never carries what the view hid; each citation style decides
    how the lines (paragraphs) are joined. ``blocks`` (:func:`shown_blocks`) saves laying the
    article out again.
    """
    blocks = shown_blocks(text, markdown=markdown) if blocks is None else blocks
    first = bisect_right(blocks, start, key=lambda block: block.end)  # blocks are in order
    pieces = []
    for block in itertools.islice(blocks, first, None):
        if block.start >= end:
            break
        span = shown_span(text, max(block.start, start), min(block.end, end), markdown)
        pieces.append(span.strip())
    return "\n".join(piece for piece in pieces if piece)


def _visible_fragment(quote: str) -> str:
    """A quote that no longer stands in its article, as the reader would show it there:
    image lines dropped, a caption's ``|`` marks and the spaces around lines trimmed."""
    lines = (line.strip().strip("|").strip() for line in quote.split("\n"))
    return "\n".join(line for line in lines if line and not _IMAGE_DEBRIS.match(line))


def highlight_text(
    text: str,
    highlight: Highlight,
    blocks: Sequence[Block] | None = None,
    markdown: bool = False,
) -> str:
    """What the reader shows of a highlight: the one text every copy, list and export uses.

    Where the article no longer holds the quote at the highlight's place (an orphan, a drift),
    the stored quote is shown, cleaned of the same debris.
    """
    if text[highlight.start : highlight.end] == highlight.quote:
        return visible_text(text, highlight.start, highlight.end, blocks, markdown)
    return _visible_fragment(highlight.quote)
