"""W3C Web Annotation selectors for highlights, and re-anchoring them after an article changes.

A highlight stores a TextPositionSelector (``start``/``end``) and a TextQuoteSelector
(``quote``/``prefix``/``suffix``). When the article's text changes, each highlight gets one of
the statuses of :class:`~diplotui.model.AnchorStatus`:

* anchored: the quote is at the same offsets;
* moved: the very same words are found at other offsets (text was inserted or removed
  before them, or their paragraph moved) and the diff or the context confirms it;
* drifted: a close fuzzy match with agreeing context; ``drift_text`` says what the article
  says there now, while ``quote`` keeps what the user highlighted;
* orphan: no good place, or several equally good ones. Orphans keep their old offsets and
  selectors (the offsets may no longer fit the new text) so they can be shown and re-attached.

Trust matters more than recall (Hypothesis users lost faith in annotations that silently
jumped onto lookalike text), so every placement needs evidence: the diff between old and new
text, or context that picks out a single place. Ties are orphans.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any, Literal

from diplotui.lazy_patterns import lazy_compile
from diplotui.model import (
    AnchorStatus,
    Highlight,
    SpeakerCorrection,
    SpeakerSource,
    Statement,
    new_id,
    now_iso,
)

CONTEXT_CHARS = 32
# A fuzzy match must keep at least 70% of the quote's characters (difflib ratio): a few words
# edited in a sentence-long quote pass, a different sentence sharing some words does not.
FUZZY_MIN_QUOTE_SIMILARITY = 0.7
# ...and its surroundings must agree: mean word-level similarity of prefix and suffix. One side
# intact is enough (0.5); unrelated prose shares few words in 32 characters and stays below it.
FUZZY_MIN_CONTEXT_SIMILARITY = 0.5
# An exact quote found elsewhere needs its context to agree: the fractions of prefix and
# suffix still bordering it must sum to 1 (half of each side, or one whole side). A single
# side half intact is not enough: "the minister said " borders many a lookalike.
EXACT_MIN_CONTEXT_AGREEMENT = 1.0
# A diff-mapped highlight is confirmed by the unchanged text around it, up to this far.
EVIDENCE_CHARS = 1024
# Two places whose evidence differs by less than this (a quarter of a side) are a tie.
TIE_MARGIN = 0.25
# How far around the diff-mapped place a fuzzy match is looked for; without a diff the
# highlight's old offsets are all we know, so the window is wider.
MAPPED_SLACK_CHARS = 256
UNMAPPED_SLACK_CHARS = 4096
# A changed region is diffed word by word only if it is mostly the same text (70% of its
# words shared, i.e. an edited paragraph): a rewritten one still shares stock phrases
# ("the Ministry of Foreign Affairs") that must not pull highlights across.
FINE_DIFF_MIN_RATIO = 0.7
FINE_DIFF_MAX_TOKENS = 5000
MAX_FUZZY_CANDIDATES = 5
# A place found for a quote the old text holds more than once must be where the highlight's own
# copy went, not another's: context agreeing with another old copy's further than with its own
# (compared up to this far each side) is that copy's. Each check reads the old text once, so
# only the best few exact places are checked.
DESCENT_CONTEXT_CHARS = 256
MAX_DESCENT_CHECKS = 8
# How far past the end the edit distance chose a fuzzy match may reach for the quote's
# rewritten last words, up to where its stored suffix begins (their cost is the same left
# out, and ties end early).
END_REACH_CHARS = 32
# Fuzzy matching costs the quote's length times the window's, so a quote longer than this is
# placed by its two ends instead (each searched like a short quote, with its own context) and
# the stretch between them must keep the quote's text (in-order pieces, found with str.find).
LONG_QUOTE_CHARS = 512
END_PROBE_CHARS = 128
END_PROBE_TRIES = 3  # an edit at an end: the next pieces inward are looked for exactly
EDGE_CONTEXT_CHARS = 16  # ...and the edge is where this much of the stored context meets it
SIMILARITY_PIECE_CHARS = 64
SIMILARITY_MAX_PIECES = 200  # longer quotes get longer pieces: a bounded number of searches
# Stored context beyond this is not compared (ours is CONTEXT_CHARS; an import may carry more).
MAX_CONTEXT_CHARS = 256
NORMAL_FORMS: tuple[Literal["NFC", "NFD"], ...] = ("NFC", "NFD")
"""The two spellings of accented letters a text comes in: composed, and decomposed."""

# Diff units: sentence-sized chunks, so a 20,000-word article diffs in milliseconds.
_CHUNK = lazy_compile(r"[^\n]*?(?:[.!?]+[ \t]+|\n|\Z)")
# Words and single punctuation marks: the units of the fine diff and of fuzzy matching
# (whitespace is compared between tokens).
_TOKEN = lazy_compile(r"\w+|[^\w\s]")
_MARK = lazy_compile(r"[^\w\s]")
_FIRST_WORD = lazy_compile(r"\W*\w+")
_LAST_WORD = lazy_compile(r"\w+\W*\Z")

Span = tuple[int, int]
Excluded = Callable[[int, int], bool] | None


def make_selectors(
    text: str, start: int, end: int, context: int = CONTEXT_CHARS
) -> tuple[str, str, str]:
    """The TextQuoteSelector (exact, prefix, suffix) of ``text[start:end]``."""
    _check_span(text, start, end)
    return text[start:end], text[max(0, start - context) : start], text[end : end + context]


def new_highlight(article_id: str, text: str, start: int, end: int, **fields: Any) -> Highlight:
    """A highlight of ``text[start:end]`` carrying both selectors; ``fields`` sets note, tags..."""
    if start >= end:
        raise ValueError(f"empty highlight span {start}:{end}")
    quote, prefix, suffix = make_selectors(text, start, end)
    fields.setdefault("id", new_id())
    return Highlight(
        article_id=article_id,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        **fields,
    )


def reattach(highlight: Highlight, text: str, start: int, end: int) -> Highlight:
    """Anchor a highlight (usually an orphan) on the user's selection; note, tags, colour stay."""
    if start >= end:
        raise ValueError(f"empty highlight span {start}:{end}")
    quote, prefix, suffix = make_selectors(text, start, end)
    return dataclasses.replace(
        highlight,
        start=start,
        end=end,
        quote=quote,
        prefix=prefix,
        suffix=suffix,
        status=AnchorStatus.ANCHORED.value,
        drift_text="",
        updated_at=now_iso(),
    )


def reanchor(highlight: Highlight, new_text: str) -> Highlight:
    """Re-anchor one highlight from its selectors alone (no old text, so no diff to help)."""
    return _Anchorer(new_text, None).anchor(highlight)


def placed(highlight: Highlight, text: str) -> Highlight:
    """Where a stored highlight stands in its article's ``text``: as stored while its offsets
    hold its words (an orphan stays one), else where its words are found by its selectors
    (moved, drifted) or among the orphans. Offsets that no longer hold their words mean the
    store changed outside diplotui (a hand edit, a flipped digit); the app, ``annotations``,
    ``quote`` and ``doctor`` all take this one answer, so none calls anchored what another
    shows as moved. Nothing is written: the place is stored when the highlight next changes."""
    if highlight.status == AnchorStatus.ORPHAN.value or highlight.holds_its_place(text):
        return highlight
    return reanchor(highlight, text)


def cited(highlight: Highlight, text: str) -> Highlight:
    """The highlight as every citation quotes it from ``text`` (the reader's and the Statements
    view's ``y``, ``quote``, the brief, the CSV): :func:`placed`, and a drifted one holding its
    place with the article's words there now as its quote, since a reader following the
    citation finds those, not the words stored when it was made (``drift_text`` of the
    stored record keeps them; a format that can says it drifted)."""
    where = placed(highlight, text)
    if where.status == AnchorStatus.DRIFTED.value and where.holds_its_place(text):
        return dataclasses.replace(where, quote=where.drift_text)
    return where


def reanchor_all(highlights: Iterable[Highlight], old_text: str, new_text: str) -> list[Highlight]:
    """Re-anchor every highlight of an article whose text changed from ``old_text``.

    The texts are diffed once; highlights in unchanged stretches are mapped through the diff
    (anchored, or moved when their offsets shift) and only those touched by an edit are searched.
    Highlights whose offsets no longer fit ``old_text`` (stale, orphaned) are anchored as by
    :func:`reanchor`. The result is in the same order; nothing is dropped.
    """
    text_map = None if old_text == new_text else _TextMap(old_text, new_text)
    anchorer = _Anchorer(new_text, text_map, old_text)
    results = []
    for highlight in highlights:
        if highlight.holds_its_place(old_text):
            results.append(anchorer.anchor_known(highlight))
        else:
            results.append(anchorer.anchor(highlight))
    return results


def _check_span(text: str, start: int, end: int) -> None:
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} outside a text of {len(text)} characters")


class _TextMap:
    """Where the unchanged runs of the old text sit in the new text, from one two-level diff.

    Sentence-sized chunks are diffed first; changed regions that are still mostly the same
    text are then diffed word by word. Each equal run is (old start, new start, length).
    """

    def __init__(self, old: str, new: str) -> None:
        # what the two texts share at their starts and ends is one run each, and only what
        # lies between them is diffed: a text of one paragraph repeated 6,400 times (580 KB)
        # with a sentence changed took the diff 9 s of CPU for each highlight (its matching
        # blocks quadratic over equal chunks), and the highlight, its words repeated
        # everywhere, was orphaned though the text before it had only lost a few words
        head = _chunk_start_before(old, _shared_length(old, new))
        tail = min(_shared_length(old[::-1], new[::-1]), len(old) - head, len(new) - head)
        tail -= _chunk_start_after(old, len(old) - tail)  # the run starts where a chunk does
        old_hi, new_hi = len(old) - tail, len(new) - tail
        old_chunks = _chunks(old, head, old_hi)
        new_chunks = _chunks(new, head, new_hi)
        matcher = SequenceMatcher(
            None, [c for c, _ in old_chunks], [c for c, _ in new_chunks], autojunk=False
        )
        old_at = [offset for _, offset in old_chunks] + [old_hi]
        new_at = [offset for _, offset in new_chunks] + [new_hi]
        runs: list[tuple[int, int, int]] = [(0, 0, head)] if head else []
        if tail > 0:
            runs.append((old_hi, new_hi, tail))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                runs.append((old_at[i1], new_at[j1], old_at[i2] - old_at[i1]))
            elif tag == "replace":
                runs.extend(_fine_runs(old, old_at[i1], old_at[i2], new, new_at[j1], new_at[j2]))
        self.runs = _merge(_extend(runs, old, new))
        self.old_starts = [run[0] for run in self.runs]
        self.new_starts = [run[1] for run in self.runs]

    def map_span(self, start: int, end: int) -> Span | None:
        """The new offsets of an old span lying wholly inside one unchanged run."""
        index = bisect_right(self.old_starts, start) - 1
        if index < 0:
            return None
        old_start, new_start, length = self.runs[index]
        if end > old_start + length:
            return None
        return new_start + start - old_start, new_start + end - old_start

    def old_span_of(self, start: int, end: int) -> Span | None:
        """The old offsets of a new span lying wholly inside one unchanged run, if it does."""
        index = bisect_right(self.new_starts, start) - 1
        if index < 0:
            return None
        old_start, new_start, length = self.runs[index]
        if end > new_start + length:
            return None
        return old_start + start - new_start, old_start + end - new_start

    def new_run_around(self, offset: int) -> Span:
        """The new-text bounds of the unchanged run holding new ``offset``."""
        index = bisect_right(self.new_starts, offset) - 1
        _, new_start, length = self.runs[index]
        return new_start, new_start + length

    def map_offset(self, offset: int) -> int:
        """Best guess for an old offset in the new text, also inside changed regions."""
        index = bisect_right(self.old_starts, offset) - 1
        if index < 0:
            return min(offset, self.new_starts[0]) if self.runs else offset
        old_start, new_start, _ = self.runs[index]
        mapped = new_start + offset - old_start
        if index + 1 < len(self.runs):
            mapped = min(mapped, self.new_starts[index + 1])
        return mapped


def _shared_length(first: str, second: str) -> int:
    """How many characters ``first`` and ``second`` share from their starts, found by halving
    (each comparison of slices in C: a character-by-character loop over two 10 MB texts that
    differ at their ends took a second)."""
    low, high = 0, min(len(first), len(second))
    while low < high:
        middle = (low + high + 1) // 2
        if first[low:middle] == second[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


_CHUNK_END = lazy_compile(r"[.!?]+[ \t]+(?=[^ \t])|\n")
CHUNK_SOUGHT = 4000
"""How far before (after) the texts' shared start (end) a chunk's edge is sought: none that
near, the whole is diffed (a word cut in two at the edge of the shared run was no word of
the diff's, and a highlight of it was orphaned)."""


def _chunk_start_before(text: str, at: int) -> int:
    """The start of a chunk at or before ``at``, whatever follows ``at`` (0 if none is near):
    the chunk's end is sought wholly before ``at``."""
    if at == 0:
        return 0
    last = 0
    for match in _CHUNK_END.finditer(text, max(0, at - CHUNK_SOUGHT), at):
        last = match.end()
    return last


def _chunk_start_after(text: str, at: int) -> int:
    """How far after ``at`` a chunk starts, whatever comes before ``at`` (all of the rest if
    none is near): the chunk's end is sought wholly after ``at``."""
    if at == len(text):
        return 0
    match = _CHUNK_END.search(text, at, at + CHUNK_SOUGHT)
    return match.end() - at if match else len(text) - at


def _chunks(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    """The sentence-sized chunks of ``text[start:end]``, each with its offset in ``text``."""
    stop = len(text) if end is None else end
    return [
        (match.group(), match.start())
        for match in _CHUNK.finditer(text, start, stop)
        if match.group()
    ]


def _fine_runs(
    old: str, old_lo: int, old_hi: int, new: str, new_lo: int, new_hi: int
) -> list[tuple[int, int, int]]:
    """Word-level equal runs inside one changed region, if the two sides are mostly alike."""
    old_tokens = list(_TOKEN.finditer(old, old_lo, old_hi))
    new_tokens = list(_TOKEN.finditer(new, new_lo, new_hi))
    if max(len(old_tokens), len(new_tokens)) > FINE_DIFF_MAX_TOKENS:
        return []
    matcher = SequenceMatcher(
        None, [t.group() for t in old_tokens], [t.group() for t in new_tokens], autojunk=False
    )
    if matcher.ratio() < FINE_DIFF_MIN_RATIO:
        return []
    runs = []
    for i, j, size in matcher.get_matching_blocks():
        for k in range(size):
            old_token, new_token = old_tokens[i + k], new_tokens[j + k]
            runs.append((old_token.start(), new_token.start(), len(old_token.group())))
            if k + 1 < size:
                old_gap = old[old_token.end() : old_tokens[i + k + 1].start()]
                if old_gap == new[new_token.end() : new_tokens[j + k + 1].start()]:
                    runs.append((old_token.end(), new_token.end(), len(old_gap)))
    return runs


def _extend(runs: list[tuple[int, int, int]], old: str, new: str) -> list[tuple[int, int, int]]:
    """Grow each run over identical characters at its edges ("remarks" vs "remarks " tokens)."""
    runs = sorted(runs)
    grown: list[tuple[int, int, int]] = []
    for index, (old_start, new_start, length) in enumerate(runs):
        old_floor, new_floor = (
            (grown[-1][0] + grown[-1][2], grown[-1][1] + grown[-1][2]) if grown else (0, 0)
        )
        while (
            old_start > old_floor
            and new_start > new_floor
            and old[old_start - 1] == new[new_start - 1]
        ):
            old_start, new_start, length = old_start - 1, new_start - 1, length + 1
        old_ceiling, new_ceiling = (
            (runs[index + 1][0], runs[index + 1][1])
            if index + 1 < len(runs)
            else (len(old), len(new))
        )
        while (
            old_start + length < old_ceiling
            and new_start + length < new_ceiling
            and old[old_start + length] == new[new_start + length]
        ):
            length += 1
        grown.append((old_start, new_start, length))
    return grown


def _merge(runs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    merged: list[tuple[int, int, int]] = []
    for old_start, new_start, length in sorted(runs):
        if merged:
            last_old, last_new, last_length = merged[-1]
            if last_old + last_length == old_start and last_new + last_length == new_start:
                merged[-1] = (last_old, last_new, last_length + length)
                continue
        merged.append((old_start, new_start, length))
    return merged


class _Anchorer:
    """Places highlights in ``new_text``, helped by a diff from the old text when there is one."""

    def __init__(
        self, new_text: str, text_map: _TextMap | None, old_text: str | None = None
    ) -> None:
        self.text = new_text
        self.text_map = text_map
        self.old_text = old_text

    def anchor(self, highlight: Highlight) -> Highlight:
        """Place a highlight from its selectors and old offsets alone."""
        start, end = highlight.start, highlight.end
        if 0 <= start < end <= len(self.text) and self.text[start:end] in (
            highlight.quote,
            highlight.words_at_place,
        ):
            return self._placed(highlight, start, end)
        return self._search(highlight, start, end, UNMAPPED_SLACK_CHARS, excluded=None)

    def anchor_known(self, highlight: Highlight) -> Highlight:
        """Place a highlight whose offsets held its text in the old text, using the diff."""
        if self.text_map is None:
            return self._placed(highlight, highlight.start, highlight.end)
        text_map = self.text_map
        mapped = text_map.map_span(highlight.start, highlight.end)
        if mapped is not None and self._unambiguous(text_map, *mapped):
            return self._placed(highlight, *mapped)

        def excluded(start: int, end: int) -> bool:
            """A place that is unchanged old text other than the highlight's own: a lookalike."""
            old = text_map.old_span_of(start, end)
            return old is not None and not (old[0] < highlight.end and highlight.start < old[1])

        return self._search(
            highlight,
            text_map.map_offset(highlight.start),
            text_map.map_offset(highlight.end),
            MAPPED_SLACK_CHARS,
            excluded,
            self._another_copys(highlight),
        )

    def _another_copys(self, highlight: Highlight) -> Callable[[int, int], bool] | None:
        """Whether a new place is where another copy of the highlight's quote in the old text
        went: the old text holds the quote elsewhere with context agreeing with the place's at
        least as far on both sides as the highlight's own, and further on one. A diff that found
        no unchanged run there (a rewritten region, a text cut short) excluded nothing, and a
        highlight on the first of a sentence written twice, its copy edited and the rest cut,
        moved onto the second copy, its own words still in the text."""
        old, new, quote = self.old_text, self.text, highlight.quote
        if old is None or not quote or old.find(quote, old.find(quote) + 1) == -1:
            return None  # one copy: no other to be
        cap = DESCENT_CONTEXT_CHARS

        def foreign(start: int, end: int) -> bool:
            before = common_prefix_length(
                old[max(0, highlight.start - cap) : highlight.start][::-1],
                new[max(0, start - cap) : start][::-1],
            )
            after = common_prefix_length(
                old[highlight.end : highlight.end + cap], new[end : end + cap]
            )
            for more_before, more_after in ((1, 0), (0, 1)):
                first, last = start - before - more_before, end + after + more_after
                if (
                    first < 0
                    or last > len(new)
                    or max(before + more_before, after + more_after) > cap
                ):
                    continue  # past an edge of the text, or of what is compared
                pattern = new[first:start] + quote + new[end:last]
                found = old.find(pattern)
                while found != -1:
                    if found + start - first != highlight.start:
                        return True
                    found = old.find(pattern, found + 1)
            return False

        return foreign

    def _unambiguous(self, text_map: _TextMap, start: int, end: int) -> bool:
        """Whether a diff-mapped span is the only new place its unchanged surroundings fit.

        A diff aligns one copy of a repeated passage arbitrarily, so if the unchanged text
        around the span also occurs in new or changed text, the mapping is a guess. Copies
        inside other unchanged runs are other passages that were already there: no rivals.
        """
        run_start, run_end = text_map.new_run_around(start)
        evidence_start = max(run_start, start - EVIDENCE_CHARS)
        evidence = self.text[evidence_start : min(run_end, end + EVIDENCE_CHARS)]
        found = self.text.find(evidence)
        while found != -1:
            rival = found != evidence_start
            if rival and text_map.old_span_of(found, found + len(evidence)) is None:
                return False
            found = self.text.find(evidence, found + 1)
        return True

    def _placed(self, highlight: Highlight, start: int, end: int) -> Highlight:
        found = self.text[start:end]
        if found != highlight.quote:
            status, drift_text = AnchorStatus.DRIFTED.value, found
        elif (start, end) == (highlight.start, highlight.end):
            status, drift_text = AnchorStatus.ANCHORED.value, ""
        else:
            status, drift_text = AnchorStatus.MOVED.value, ""
        return _updated(highlight, start=start, end=end, status=status, drift_text=drift_text)

    def _search(
        self,
        highlight: Highlight,
        expected_start: int,
        expected_end: int,
        slack: int,
        excluded: Callable[[int, int], bool] | None,
        foreign: Callable[[int, int], bool] | None = None,
    ) -> Highlight:
        """Look for the quote exactly anywhere, then fuzzily near where it should be
        (``foreign``: whether a place is another old copy's, :meth:`_another_copys`)."""
        if not highlight.quote:
            return _orphaned(highlight)
        exact = self._exact_place(highlight, excluded, foreign)
        if exact == "tie":
            return _orphaned(highlight)
        if exact is not None:
            return self._placed(highlight, *exact)
        spelled = self._spelled_otherwise(highlight, excluded)
        if spelled is not None:
            return spelled
        if len(highlight.quote) > LONG_QUOTE_CHARS:
            expected = (expected_start, expected_end)
            return self._search_by_ends(highlight, expected, slack, excluded)
        window = (
            max(0, min(expected_start, expected_end) - slack - len(highlight.quote)),
            min(len(self.text), max(expected_start, expected_end) + slack + len(highlight.quote)),
        )
        fuzzy = self._fuzzy_place(highlight, window, excluded, foreign)
        if fuzzy is None:
            return _orphaned(highlight)
        return self._placed(highlight, *fuzzy)

    def _spelled_otherwise(
        self, highlight: Highlight, excluded: Callable[[int, int], bool] | None
    ) -> Highlight | None:
        """The quote found exactly in the other Unicode normal form, where the new text
        spells the same words so ("ể" as "e" and two combining marks, as a file saved again
        on macOS may): it moves there and takes that spelling, with the context around it
        now. Searched fuzzily instead, its words matched no token and the highlight drifted
        onto a slice starting with a combining mark."""
        for form in NORMAL_FORMS:
            quote, prefix, suffix = (
                unicodedata.normalize(form, part)
                for part in (highlight.quote, highlight.prefix, highlight.suffix)
            )
            if (quote, prefix, suffix) == (highlight.quote, highlight.prefix, highlight.suffix):
                continue
            place = self._exact_place(
                dataclasses.replace(highlight, quote=quote, prefix=prefix, suffix=suffix), excluded
            )
            if place == "tie":  # as for the quote as stored: no place to choose
                return _orphaned(highlight)
            if isinstance(place, tuple):
                quote, prefix, suffix = make_selectors(self.text, *place)
                same = place == (highlight.start, highlight.end)
                status = AnchorStatus.ANCHORED if same else AnchorStatus.MOVED
                return _updated(
                    highlight,
                    start=place[0],
                    end=place[1],
                    quote=quote,
                    prefix=prefix,
                    suffix=suffix,
                    status=status.value,
                    drift_text="",
                )
        return None

    def _search_by_ends(
        self, highlight: Highlight, expected: Span, slack: int, excluded: Excluded
    ) -> Highlight:
        """Place a long quote by finding its first and last ``END_PROBE_CHARS`` (bounded work
        whatever its length), then checking that what lies between still reads as the quote."""
        start = self._place_end(highlight, True, expected[0], slack, excluded)
        end = self._place_end(highlight, False, expected[1], slack, excluded)
        if start is None or end is None or end - start < 2 * END_PROBE_CHARS:
            return _orphaned(highlight)
        if _piecewise_similarity(highlight.quote, self.text[start:end]) < (
            FUZZY_MIN_QUOTE_SIMILARITY
        ):
            return _orphaned(highlight)
        return self._placed(highlight, max(0, start), min(len(self.text), end))

    def _place_end(
        self,
        highlight: Highlight,
        at_start: bool,
        expected: int,
        slack: int,
        excluded: Callable[[int, int], bool] | None,
    ) -> int | None:
        """Where the long quote now starts (or ends): its end piece found exactly, else a piece
        further in (the edge then moves by that piece's distance), else the end piece fuzzily."""
        pieces = [
            _end_piece(highlight, at_start, step * END_PROBE_CHARS)
            for step in range(END_PROBE_TRIES)
        ]
        for step, piece in enumerate(pieces):
            exact = self._exact_place(piece, excluded)
            if exact == "tie":
                return None
            if isinstance(exact, tuple):
                return (
                    self._edge_before(highlight, exact[0], step * END_PROBE_CHARS)
                    if (at_start)
                    else self._edge_after(highlight, exact[1], step * END_PROBE_CHARS)
                )
        first = pieces[0]
        size = len(first.quote)
        span = (expected, expected + size) if at_start else (expected - size, expected)
        placed = self._search(first, *span, slack, excluded)
        if placed.status == AnchorStatus.ORPHAN.value:
            return None
        return placed.start if at_start else placed.end

    def _edge_before(self, highlight: Highlight, piece_start: int, inward: int) -> int:
        """The quote's start when its piece ``inward`` characters in starts at ``piece_start``:
        where its stored prefix ends, if that is near, else ``inward`` before the piece."""
        guess = piece_start - inward
        tail = highlight.prefix[-EDGE_CONTEXT_CHARS:]
        if not inward or not tail:
            return guess
        found = self.text.rfind(tail, max(0, guess - inward), piece_start)
        return found + len(tail) if found != -1 else guess

    def _edge_after(self, highlight: Highlight, piece_end: int, inward: int) -> int:
        """The quote's end when its piece ``inward`` characters from the end ends at
        ``piece_end``: where its stored suffix begins, if that is near."""
        guess = piece_end + inward
        head = highlight.suffix[:EDGE_CONTEXT_CHARS]
        if not inward or not head:
            return guess
        found = self.text.find(head, piece_end, guess + inward + len(head))
        return found if found != -1 else guess

    def _exact_place(
        self,
        highlight: Highlight,
        excluded: Callable[[int, int], bool] | None,
        foreign: Callable[[int, int], bool] | None = None,
    ) -> Span | str | None:
        """The one occurrence of the quote that context singles out; "tie" if context can't.
        Of the best, those ``foreign`` says are another old copy's are left out."""
        quote = highlight.quote
        scored: list[tuple[float, int]] = []
        found = self.text.find(quote)
        while found != -1:
            if excluded is None or not excluded(found, found + len(quote)):
                scored.append((self._exact_context(highlight, found), found))
            found = self.text.find(quote, found + 1)
        scored.sort(reverse=True)
        if foreign is not None:
            kept: list[tuple[float, int]] = []
            for checked, (agreement, start) in enumerate(scored):
                if len(kept) == 2:
                    break
                if checked < MAX_DESCENT_CHECKS and foreign(start, start + len(quote)):
                    continue
                kept.append((agreement, start))
            scored = kept
        if not scored:
            return None
        agreement, start = scored[0]
        if agreement < EXACT_MIN_CONTEXT_AGREEMENT:
            return None
        if len(scored) > 1 and agreement - scored[1][0] < TIE_MARGIN:
            return "tie"
        return start, start + len(quote)

    def _exact_context(self, highlight: Highlight, start: int) -> float:
        """How much of the stored prefix and suffix still borders the quote at ``start`` (0..2)."""
        end = start + len(highlight.quote)
        prefix, suffix = _bounded_context(highlight)
        if prefix:
            before = self.text[max(0, start - len(prefix)) : start]
            prefix_side = common_prefix_length(prefix[::-1], before[::-1]) / len(prefix)
        else:
            prefix_side = 1.0 if start == 0 else 0.0
        if suffix:
            after = self.text[end : end + len(suffix)]
            suffix_side = common_prefix_length(suffix, after) / len(suffix)
        else:
            suffix_side = 1.0 if end == len(self.text) else 0.0
        return prefix_side + suffix_side

    def _fuzzy_place(
        self,
        highlight: Highlight,
        window: Span,
        excluded: Callable[[int, int], bool] | None,
        foreign: Callable[[int, int], bool] | None = None,
    ) -> Span | None:
        """The single close match in ``window`` with agreeing context, or None."""
        quote_tokens = _TOKEN.findall(highlight.quote)
        tokens = list(_TOKEN.finditer(self.text, *window))
        if not quote_tokens or not tokens:
            return None
        max_cost = int(len(quote_tokens) * (1 - FUZZY_MIN_QUOTE_SIMILARITY)) + 1
        accepted: list[tuple[float, Span]] = []
        token_words = [t.group() for t in tokens]
        for first, last in _approximate_matches(quote_tokens, token_words, max_cost):
            first, last = _without_stray_marks(quote_tokens, token_words, first, last)
            start = self._start_at_prefix(highlight, tokens[first].start())
            end = self._end_at_suffix(highlight, tokens[last - 1].end())
            best = self._best_edges(highlight, start, end, excluded, foreign)
            if best is not None and best[1] not in [span for _, span in accepted]:
                accepted.append(best)  # two matches moved onto one span are one place
        if not accepted:
            return None
        accepted.sort(reverse=True)
        if len(accepted) > 1 and accepted[0][0] - accepted[1][0] < TIE_MARGIN:
            return None
        return accepted[0][1]

    def _best_edges(
        self,
        highlight: Highlight,
        start: int,
        end: int,
        excluded: Excluded,
        foreign: Excluded,
    ) -> tuple[float, Span] | None:
        """A fuzzy match's span with its start and its end moved to where the highlight's
        stored context or its own first (last) words say they are, when that reads closer
        to the highlight (quote and context similarity); with its score, or None when no
        such span is close enough, or when the best leaves out the highlight's own first
        (last) words where its stored context says it begins (ends). A sentence inserted
        inside a highlight of several, next to its first or last, costs as many edits taken
        as rewriting that first or last sentence into it, and ties left the highlight's own
        sentence out, intact in the text, for the inserted one (or began inside it); a
        first or last sentence cut from the text was replaced by the sentence before or
        after it, outside the highlight; two sentences inserted, too much to take in, left
        it drifted onto the second with its own first sentence left out (an orphan now)."""

        def score(span: Span) -> float | None:
            if (excluded is not None and excluded(*span)) or (
                foreign is not None and foreign(*span)
            ):
                return None
            found = self.text[span[0] : span[1]]
            quote_similarity = SequenceMatcher(None, highlight.quote, found, False).ratio()
            context_similarity = self._fuzzy_context(highlight, *span)
            if (
                quote_similarity < FUZZY_MIN_QUOTE_SIMILARITY
                or context_similarity < FUZZY_MIN_CONTEXT_SIMILARITY
            ):
                return None
            return quote_similarity + context_similarity

        starts = {start, *self._starts_said(highlight, start, end)}
        ends = {end, *self._ends_said(highlight, start, end)}
        best: tuple[float, Span] | None = None
        for span in sorted((first, last) for first in starts for last in ends if first < last):
            value = score(span)
            if value is not None and (best is None or value > best[0]):
                best = (value, span)
        if best is None:
            return None
        # the highlight's own first (last) words stand where its stored context says it
        # begins (ends), outside the match: a span leaving them out is no place of it
        known_start, known_end = (
            self._known_start(highlight, start),
            self._known_end(highlight, end),
        )
        if (known_start is not None and known_start != best[1][0]) or (
            known_end is not None and known_end != best[1][1]
        ):
            return None
        return best

    def _known_start(self, highlight: Highlight, start: int) -> int | None:
        """Where, before ``start``, the stored prefix ends (or the text begins, for a quote
        that began it) and the quote's own first words stand right after: its start, known."""
        lead = _FIRST_WORD.match(highlight.quote)
        if lead is None:
            return None
        if highlight.prefix:
            tail = highlight.prefix[-EDGE_CONTEXT_CHARS:]
            if not tail.strip():
                return None
            found = self.text.rfind(tail, max(0, start - len(highlight.quote)), start)
            edge = found + len(tail) if found != -1 else -1
        else:
            edge = 0
        if 0 <= edge < start and self.text.startswith(lead.group(), edge):
            return edge
        return None

    def _known_end(self, highlight: Highlight, end: int) -> int | None:
        """Where, after ``end``, the stored suffix begins (or the text ends, for a quote that
        ended it) and the quote's own last words stand right before: its end, known."""
        trail = _LAST_WORD.search(highlight.quote)
        if trail is None:
            return None
        if highlight.suffix:
            head = highlight.suffix[:EDGE_CONTEXT_CHARS]
            if not head.strip():
                return None
            edge = self.text.find(head, end, end + len(highlight.quote) + len(head))
        else:
            edge = len(self.text)
        if edge > end and self.text.endswith(trail.group(), 0, edge):
            return edge
        return None

    def _starts_said(self, highlight: Highlight, start: int, end: int) -> set[int]:
        """Where else a fuzzy match from ``start`` to ``end`` may start: where the stored
        prefix's last words end, inside the match, or before it where the quote's own first
        words follow (words inserted between them and the prefix are no part of it); and
        where those first words stand before it."""
        text, reach = self.text, len(highlight.quote)
        lo = max(0, start - reach)
        lead = _FIRST_WORD.match(highlight.quote)
        first_words = lead.group() if lead else None
        edges: set[int] = set()
        tail = highlight.prefix[-EDGE_CONTEXT_CHARS:].rstrip()
        if not highlight.prefix:
            edges.add(0)
        elif tail.strip():
            inside = text.find(tail, max(0, start - len(tail) + 1), end)  # may cross start
            for found in (text.rfind(tail, lo, start), inside):
                if found != -1:
                    edge = found + len(tail)
                    while edge < end and text[edge].isspace():
                        edge += 1
                    edges.add(edge)
        starts = {
            edge
            for edge in edges
            if edge > start or (first_words is not None and text.startswith(first_words, edge))
        }
        if first_words is not None:
            found = text.rfind(first_words, lo, start)
            if found != -1:
                starts.add(found)
        starts.discard(start)
        return {edge for edge in starts if not self._inside_a_word(edge)}

    def _ends_said(self, highlight: Highlight, start: int, end: int) -> set[int]:
        """Where else a fuzzy match from ``start`` to ``end`` may end: where the stored
        suffix's first words begin, inside the match, or after it where the quote's own last
        words come just before; and just after those last words where they stand after it."""
        text, reach = self.text, len(highlight.quote)
        hi = min(len(text), end + reach)
        trail = _LAST_WORD.search(highlight.quote)
        last_words = trail.group() if trail else None
        edges: set[int] = set()
        head = highlight.suffix[:EDGE_CONTEXT_CHARS].lstrip()
        if not highlight.suffix:
            edges.add(len(text))
        elif head.strip():
            inside = text.rfind(head, start, min(len(text), end + len(head) - 1))
            for found in (text.find(head, end, hi + len(head)), inside):
                if found > start:
                    edge = found
                    while edge > start and text[edge - 1].isspace():
                        edge -= 1
                    edges.add(edge)
        ends = {
            edge
            for edge in edges
            if edge < end or (last_words is not None and text.endswith(last_words, 0, edge))
        }
        if last_words is not None:
            found = text.find(last_words, end, hi)
            if found != -1:
                ends.add(found + len(last_words))
        ends.discard(end)
        return {edge for edge in ends if not self._inside_a_word(edge)}

    def _inside_a_word(self, offset: int) -> bool:
        """Whether ``offset`` falls between two letters or digits of one word ("an" found in
        "plan" is no place for a quote's first word)."""
        text = self.text
        return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()

    def _start_at_prefix(self, highlight: Highlight, start: int) -> int:
        """A fuzzy match's start moved back to where the highlight's stored prefix now ends,
        when it does within ``END_REACH_CHARS`` on the same paragraph: a word inserted after
        the first ("Tarriela flatly denied") costs no more edits than taking the first word as
        rewritten, and ties started on the inserted word, citing "flatly denied ..." without
        who denied it."""
        tail = highlight.prefix[-EDGE_CONTEXT_CHARS:]
        lead = _FIRST_WORD.match(highlight.quote)
        if not tail.strip() or (lead is not None and self.text.startswith(lead.group(), start)):
            return start  # its own first words begin it: what stands before them is no part
        found = self.text.rfind(tail, max(0, start - END_REACH_CHARS - len(tail)), start)
        edge = found + len(tail)
        if found == -1 or edge >= start or "\n\n" in self.text[edge:start]:
            return start
        return edge

    def _end_at_suffix(self, highlight: Highlight, end: int) -> int:
        """A fuzzy match's end moved on to where the highlight's stored suffix now begins,
        when it does within ``END_REACH_CHARS`` on the same paragraph: leaving a rewritten
        last word out ("anyone" now "any side") costs no more edits than taking it, and ties
        ended early, citing "We will not let al-Fashir fall to" cut short."""
        head = highlight.suffix[:EDGE_CONTEXT_CHARS]
        trail = _LAST_WORD.search(highlight.quote)
        if not head.strip() or (trail is not None and self.text.endswith(trail.group(), 0, end)):
            return end  # its own last words end it: what follows them is no part
        found = self.text.find(head, end, end + END_REACH_CHARS + len(head))
        if found <= end or "\n\n" in self.text[end:found]:
            return end
        return found

    def _fuzzy_context(self, highlight: Highlight, start: int, end: int) -> float:
        """Mean word-level similarity of stored prefix and suffix to the text around a match."""
        sides = []
        prefix, suffix = _bounded_context(highlight)
        for stored, current, at_edge in (
            (prefix, self.text[max(0, start - len(prefix)) : start], start == 0),
            (suffix, self.text[end : end + len(suffix)], end == len(self.text)),
        ):
            if stored:
                sides.append(SequenceMatcher(None, stored.split(), current.split(), False).ratio())
            else:
                sides.append(1.0 if at_edge else 0.0)
        return sum(sides) / len(sides)


def _approximate_matches(pattern: list[str], tokens: list[str], max_cost: int) -> list[Span]:
    """Non-overlapping token ranges matching ``pattern`` within ``max_cost`` edits, best first.

    Sellers' algorithm: edit distance with a free start anywhere in ``tokens``, one column per
    token, so the cost is O(len(pattern) * len(tokens)) on a window, never on the whole article.
    """
    size = len(pattern)
    costs = list(range(size + 1))
    starts = [0] * (size + 1)
    ends: list[tuple[int, int, int]] = []  # (cost, start token, end token)
    for column, token in enumerate(tokens, start=1):
        new_costs = [0] * (size + 1)
        new_starts = [column] * (size + 1)
        for row in range(1, size + 1):
            diagonal = costs[row - 1] + (pattern[row - 1] != token)
            skip_token = costs[row] + 1
            skip_pattern = new_costs[row - 1] + 1
            if diagonal <= skip_token and diagonal <= skip_pattern:
                new_costs[row], new_starts[row] = diagonal, starts[row - 1]
            elif skip_token <= skip_pattern:
                new_costs[row], new_starts[row] = skip_token, starts[row]
            else:
                new_costs[row], new_starts[row] = skip_pattern, new_starts[row - 1]
        costs, starts = new_costs, new_starts
        if costs[size] <= max_cost and starts[size] < column:
            ends.append((costs[size], starts[size], column))
    chosen: list[Span] = []
    for _cost, first, last in sorted(ends):
        if all(last <= other_first or other_last <= first for other_first, other_last in chosen):
            chosen.append((first, last))
            if len(chosen) == MAX_FUZZY_CANDIDATES:
                break
    return chosen


def _without_stray_marks(pattern: list[str], tokens: list[str], first: int, last: int) -> Span:
    """A match's token range less the punctuation at its ends where the quote has a word:
    taking the full stop before a rewritten first word costs no more edits than leaving it,
    and cited "“. In June, ...”", the paragraph before's last mark. A mark standing for the
    quote's own (straight quotes for curly ones) stays."""
    while last - first > 1 and _MARK.fullmatch(tokens[first]) and not _MARK.fullmatch(pattern[0]):
        first += 1
    while (
        last - first > 1 and _MARK.fullmatch(tokens[last - 1]) and not _MARK.fullmatch(pattern[-1])
    ):
        last -= 1
    return first, last


def _end_piece(highlight: Highlight, at_start: bool, inward: int) -> Highlight:
    """A short highlight of the long quote's ``END_PROBE_CHARS`` that lie ``inward`` from its
    start (or end), with the text around them as context."""
    quote, size = highlight.quote, END_PROBE_CHARS
    if at_start:
        first, last = inward, inward + size
        prefix = highlight.prefix if not inward else quote[max(0, first - CONTEXT_CHARS) : first]
        suffix = quote[last : last + CONTEXT_CHARS]
    else:
        first, last = len(quote) - inward - size, len(quote) - inward
        prefix = quote[max(0, first - CONTEXT_CHARS) : first]
        suffix = highlight.suffix if not inward else quote[last : last + CONTEXT_CHARS]
    return dataclasses.replace(highlight, quote=quote[first:last], prefix=prefix, suffix=suffix)


def _bounded_context(highlight: Highlight) -> tuple[str, str]:
    """The stored prefix and suffix, cut to what is worth comparing (hostile imports may carry
    100,000 characters of "context")."""
    return highlight.prefix[-MAX_CONTEXT_CHARS:], highlight.suffix[:MAX_CONTEXT_CHARS]


def _piecewise_similarity(quote: str, found: str) -> float:
    """A near-linear stand-in for difflib's ratio on long texts: the share of the quote's
    pieces found in ``found`` in order (each search starts where the last piece ended, give
    or take a piece, so moved text does not count)."""
    if not quote or not found:
        return 0.0
    matched = cursor = 0
    size = max(SIMILARITY_PIECE_CHARS, len(quote) // SIMILARITY_MAX_PIECES)
    for at in range(0, len(quote), size):
        piece = quote[at : at + size]
        if found.startswith(piece, cursor):  # the common case: no edit since the last piece
            matched += len(piece)
            cursor += len(piece)
            continue
        hit = found.find(piece, max(0, cursor - size))
        if hit == -1:
            cursor += len(piece)
        else:
            matched += len(piece)
            cursor = hit + len(piece)
    return 2 * matched / (len(quote) + len(found))


def common_prefix_length(first: str, second: str) -> int:
    """The letters ``first`` and ``second`` share from their starts, character by character
    (of file names too, where ``os.path.commonpath`` compares whole path parts)."""
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


def _updated(highlight: Highlight, **changes: Any) -> Highlight:
    """A copy with ``changes``; ``updated_at`` moves only if something really changed."""
    if all(getattr(highlight, name) == value for name, value in changes.items()):
        return dataclasses.replace(highlight)
    return dataclasses.replace(highlight, updated_at=now_iso(), **changes)


def _orphaned(highlight: Highlight) -> Highlight:
    """Orphans keep offsets and selectors as they were, to be shown and re-attached."""
    return _updated(highlight, status=AnchorStatus.ORPHAN.value, drift_text="")


def statement_in(statements: Sequence[Statement], start: int, end: int) -> Statement | None:
    """The statement a sentence ``text[start:end]`` holds, whose words ``h`` and ``y`` take
    there: the one covering most of it (at least half of the shorter), however long the
    reporter's words around it ("Speaking in Hanoi on Monday, X said it was good")."""
    best, best_shared = None, 0
    for statement in statements:
        shared = min(end, statement.end) - max(start, statement.start)
        shorter = min(end - start, statement.end - statement.start)
        if shared > best_shared and shared * 2 >= shorter:
            best, best_shared = statement, shared
    return best


def statement_at(statements: Sequence[Statement], start: int, end: int) -> Statement | None:
    """The statement a passage ``text[start:end]`` is of, whose speaker a highlight or a copy
    of it keeps: the one a sentence would hold (``statement_in``), when its speaker's words
    are at least half of the passage, and it holds no more than a few words of another
    speaker's. A passage of paragraphs of the reporter's narration holding one short
    statement was cited as that speaker's words; one holding two speakers' ("X said A. Y
    said B.") was narrowed to X's words, Y's left out of the highlight and cited as X's."""
    best = statement_in(statements, start, end)
    if best is None:
        return None
    said = 0
    for statement in statements:
        shared = max(0, min(end, statement.end) - max(start, statement.start))
        if statement.speaker_key == best.speaker_key:
            said += shared
        elif shared * 2 >= statement.end - statement.start:
            return None  # another speaker's statement, half of it or more, is in it too
    return best if said * 2 >= end - start else None


def follows_the_finder(highlight: Highlight) -> bool:
    """Whether the highlight's speaker is the finder's answer, to be asked again: the user's
    own (``SpeakerSource.USER``) is kept, always, and an orphan has no words to ask about. A
    speaker stored before sources were is taken for the finder's (README, who said what)."""
    return (
        bool(highlight.speaker)
        and highlight.speaker_source != SpeakerSource.USER.value
        and highlight.status != AnchorStatus.ORPHAN.value
    )


def _said_now(highlight: Highlight, text: str, statements: Sequence[Statement]) -> Statement | None:
    """The statement of ``statements`` the highlight's words are of in ``text``, when its
    speaker follows the finder and it holds its place there (else None)."""
    if not (follows_the_finder(highlight) and highlight.holds_its_place(text)):
        return None
    return statement_at(statements, highlight.start, highlight.end)


def spoken_now(highlight: Highlight, text: str, statements: Sequence[Statement]) -> Highlight:
    """The highlight naming the speaker the user sees and copies: one the finder gave takes
    the speaker and role ``statements`` give its words now (the finder's answer for ``text``
    today, the user's speaker corrections applied), since the finder improves and a highlight
    made while it named the wrong speaker kept citing him; the user's own stays, and so does
    a speaker of words no statement is found at now (:func:`speaker_kept`: never dropped).
    Nothing is written: the stored speaker is what the finder said when it was made (or the
    one name the library lists it by: the finder's answer without its marks keeps that,
    :func:`unmarked_spelling`)."""
    said = _said_now(highlight, text, statements)
    if said is None or (said.speaker, said.role) == (highlight.speaker, highlight.speaker_role):
        return highlight
    speaker = (
        highlight.speaker if unmarked_spelling(said.speaker, highlight.speaker) else said.speaker
    )
    return dataclasses.replace(highlight, speaker=speaker, speaker_role=said.role)


def unmarked_spelling(spelt: str, name: str) -> bool:
    """Whether ``spelt`` is ``name`` written without its marks ("Volker Turk" of "Volker
    Türk"): the finder's answer in an article that spells it so, where the app stored the
    speaker under the name the library lists him by (``LibraryNames``). That is no other
    speaker, and a highlight keeps its name; marks of their own ("Thành" for "Thạnh") are,
    and so is a name without any (a case the finder no longer gives is not kept)."""
    from diplotui.entities.folding import fold

    return spelt.isascii() and not name.isascii() and fold(spelt) == fold(name)


KeptSpeaker = Literal["unfound", "unchecked"]
"""Why a highlight shows the finder's speaker of then, not its answer now: it finds no
statement at the words now ("unfound"), or it failed on the text and was not asked
("unchecked": a bug, never to be read as "nobody is quoted here")."""


def speaker_kept(
    highlight: Highlight, text: str, statements: Sequence[Statement], failed: bool = False
) -> KeptSpeaker | None:
    """Why the highlight keeps the finder's speaker of then (None: the finder's answer now,
    ``statements`` for ``text``, names it, or it is the user's): said where the user looks.
    ``failed``: the finder raised on ``text``, so its empty answer says nothing of the words."""
    if not (follows_the_finder(highlight) and highlight.holds_its_place(text)):
        return None
    if failed:
        return "unchecked"
    return "unfound" if statement_at(statements, highlight.start, highlight.end) is None else None


def speaker_source_at(corrections: Iterable[SpeakerCorrection], start: int, end: int) -> str:
    """Whose the speaker is of a highlight of ``[start, end)`` made now on the statement shown
    there: the user's when one of the article's ``corrections`` (placed, naming a speaker)
    gave those words theirs, else the finder's."""
    for correction in corrections:
        placed = correction.status != AnchorStatus.ORPHAN.value
        if placed and correction.speaker and correction.start < end and start < correction.end:
            return SpeakerSource.USER.value
    return SpeakerSource.FOUND.value
