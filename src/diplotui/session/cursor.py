"""The reading cursor and the selection over one article, as the reader shows it.

The cursor moves over the sentences the reader shows (hidden debris lines are skipped). One rule
decides what a key acts on: a selection made with ``v`` grows as the cursor moves; any other
selection (a paragraph, a quotation, words) ends when the cursor moves, so nothing ever acts on
a passage the reader has left.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from diplotui.layout import Block, BlockKind, article_blocks, laid_out, shown_text
from diplotui.text.sentences import quotation_at, sentences, span_index_at, spans_overlapping
from diplotui.text.sentences import words as word_spans

Span = tuple[int, int]
QUOTE_MARKS = "\"“”'‘’"
_ALNUM = re.compile(r"[^\W_]")  # what ``str.isalnum`` is true of, found without a slice


def visible_sentences(
    text: str, blocks: Sequence[Block], split_until: int | None = None
) -> tuple[list[Span], list[int]]:
    """Sentences clipped to the blocks the reader shows, and the block index of each.

    Debris lines the layout hides are skipped, so the cursor never lands on invisible text.
    With ``split_until``, only ``text[:split_until]`` is split into sentences and the rest
    of each block is one unit: provisional units for a text too long to split before it is
    shown (a 10 MB article took 0.3 s), replaced once it is split whole.
    """
    if split_until is None or split_until >= len(text):
        return _units(text, sentences(text), blocks)
    head: list[Block] = []  # the blocks the split reaches, in order: their indexes stay
    for block in blocks:
        if block.start >= split_until:
            break
        head.append(block if block.end <= split_until else block._replace(end=split_until))
    units, owners = _units(text, sentences(text[:split_until]), head)
    for index, block in enumerate(blocks):  # after every unit of the head, in order
        if block.end > split_until:
            units.append((max(block.start, split_until), block.end))
            owners.append(index)
    return units, owners


def _units(
    text: str, all_sentences: list[Span], blocks: Sequence[Block]
) -> tuple[list[Span], list[int]]:
    units: list[Span] = []
    owners: list[int] = []
    for index, block in enumerate(blocks):
        if block.start >= block.end:
            continue  # a block past a provisional split: its whole text is one unit
        for position in spans_overlapping(all_sentences, block.start, block.end):
            sentence = all_sentences[position]
            start, end = max(sentence[0], block.start), min(sentence[1], block.end)
            if end > start and _ALNUM.search(text, start, end):
                # the sentence's own tuple when the block holds it whole (nearly always): a
                # 10 MB article has 36,000 sentences, each new tuple more for the collector
                whole = sentence[0] == start and sentence[1] == end
                units.append(sentence if whole else (start, end))
                owners.append(index)
        if not owners or owners[-1] != index:
            units.append((block.start, block.end))
            owners.append(index)
    return units, owners


def _start_of(span: Span) -> int:
    return span[0]


@dataclass(slots=True)
class ReadingCursor:
    """A sentence cursor and an optional selection (offsets into the stored text)."""

    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    units: list[Span] = field(default_factory=list)
    unit_blocks: list[int] = field(default_factory=list)
    index: int = 0
    selection: Span | None = None
    anchor: Span | None = None  # where ``v`` started a growing selection
    title: str = ""  # the article's stored title ("" when unknown)
    shown: str = ""  # ``text`` as laid out: a hard-wrapped text's soft breaks as spaces
    markdown: bool = False  # an article imported from Markdown: ``shown`` hides its marks
    laid: str = ""  # ``shown`` with a hidden mark as a space: where lines are wrapped
    provisional: bool = False  # units past a split are whole blocks until take_units

    @classmethod
    def over(
        cls,
        text: str,
        title: str = "",
        split_until: int | None = None,
        markdown: bool = False,
    ) -> ReadingCursor:
        """A cursor on the first sentence of ``text``, laid out as the reader shows it
        (``article_blocks``: a text stored without its ``title`` is body from its first line);
        with ``split_until``, on provisional units (see :func:`visible_sentences`).

        A hard-wrapped text is laid out from its joined copy (:func:`shown_text`, the
        same length): a sentence across a wrap is one stop, a paragraph runs to a blank line.
        With ``markdown``, its marks are hidden (``layout.laid_out``): a line of them is none.
        """
        shown = shown_text(text, markdown)
        laid = laid_out(shown)
        blocks = article_blocks(laid, title)
        units, owners = visible_sentences(laid, blocks, split_until)
        provisional = split_until is not None and split_until < len(text)
        cursor = cls(text, blocks, units, owners, title=title, shown=shown, markdown=markdown)
        cursor.provisional = provisional
        return cursor

    def __post_init__(self) -> None:
        if len(self.shown) != len(self.text):  # made without one: the text laid out as stored
            self.shown = self.text
        self.laid = laid_out(self.shown)

    def take_units(self, units: list[Span], owners: list[int]) -> None:
        """Move over these units from now on (the text split whole after provisional units),
        the cursor on the unit holding the start of the one it was on."""
        offset = self.span[0]
        self.units, self.unit_blocks = units, owners
        self.provisional = False
        self.index = min(span_index_at(units, offset), len(units) - 1) if units else 0

    @property
    def headline(self) -> str:
        """The title to draw above the text, which does not hold it ("" when it does)."""
        if self.blocks and self.blocks[0].kind is BlockKind.TITLE:
            return ""
        return self.title

    @property
    def span(self) -> Span:
        """The sentence under the cursor (an empty span when nothing is open)."""
        return self.units[self.index] if self.units else (0, 0)

    @property
    def extending(self) -> bool:
        """True while a ``v`` selection grows with the cursor."""
        return self.anchor is not None

    # -- moving ------------------------------------------------------------------------------

    def move_to(self, index: int) -> None:
        """Put the cursor on sentence ``index``: a ``v`` selection grows, any other one ends."""
        if not self.units:
            return
        self.index = max(0, min(len(self.units) - 1, index))
        if self.anchor is None:
            self.selection = None
            return
        anchor_start, anchor_end = self.anchor
        start, end = self.span
        self.selection = (anchor_start, end) if start >= anchor_start else (start, anchor_end)

    def move_to_offset(self, offset: int) -> None:
        """Put the cursor on the sentence holding ``offset``."""
        if self.units:
            self.move_to(span_index_at(self.units, offset))

    def index_at_or_after(self, offset: int) -> int:
        """The first sentence starting at or after ``offset`` (the top of the view)."""
        return bisect_left(self.units, offset, key=_start_of)

    def paragraph_index(self, delta: int) -> int:
        """The first sentence of the next (``delta`` > 0) or this/previous paragraph."""
        owners = self.unit_blocks
        index = self.index
        block = owners[index]
        if delta > 0:
            while index < len(self.units) - 1 and owners[index] == block:
                index += 1
            return index
        if index > 0 and owners[index - 1] == block:
            while index > 0 and owners[index - 1] == block:
                index -= 1
            return index
        index = max(index - 1, 0)
        previous = owners[index]
        while index > 0 and owners[index - 1] == previous:
            index -= 1
        return index

    # -- selecting ---------------------------------------------------------------------------

    def toggle_selection(self) -> None:
        """``v``: start a selection at the cursor that grows as it moves, or end that one."""
        if not self.units:
            return
        if self.anchor is not None:
            self.clear_selection()
            return
        self.anchor = self.selection = self.span

    def select_range(self, start: int, end: int) -> None:
        """Select an exact range; it ends when the cursor moves."""
        self.anchor = None
        self.selection = (start, end)

    def clear_selection(self) -> None:
        self.anchor = None
        self.selection = None

    def extend_by_word(self, delta: int) -> None:
        """Move the selection's end by one word (starting at the cursor sentence if none). A
        ``v`` selection keeps growing as the cursor moves on: a word ended it, so ``v w j``
        dropped the passage and ``h`` then marked one sentence."""
        if not self.units:
            return
        start, end = self.selection or self.span
        if delta > 0:
            laid = self.laid
            following = word_spans(laid, end, min(len(laid), end + 200))
            if following and "\n" not in laid[end : following[0][1]]:
                end = following[0][1]
        else:
            inside = word_spans(self.laid, start, end)
            if len(inside) > 1:
                end = inside[-2][1]
        if self.extending:
            self.selection = (start, end)
        else:
            self.select_range(start, end)

    def paragraph_span(self) -> Span | None:
        """The paragraph (layout block) under the cursor."""
        if not self.units:
            return None
        block = self.blocks[self.unit_blocks[self.index]]
        return block.start, block.end

    def quotation_span(self) -> Span | None:
        """The quotation the cursor sentence is in or holds, without its quote marks."""
        if not self.units:
            return None
        start, end = self.span
        shown = self.laid
        candidates = [start, *(i + 1 for i in range(start, end) if shown[i] in QUOTE_MARKS)]
        for offset in candidates:
            found = quotation_at(shown, offset)
            if found is not None and found[1] > start and found[0] < end:
                return found
        return None
