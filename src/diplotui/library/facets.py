"""Filter and sort the library list at 100,000 articles without a Python step per article.

:class:`LibraryFacets` keeps, for every article, the few values the list filters and sorts
by, as columns in one canonical order (the "date" sort: newest first), plus every sort order
the list offers, sorted once (a thread worker's job) and then kept current. A filter turns
each criterion into a byte mask (one byte per article, 1 = kept) with loops that run in C
(``bytes.translate``, ``map``, ``int`` AND) and picks the shown ids in the wanted order with
``itertools.compress``; 100,000 articles take a few milliseconds, and no ``Article`` object
is kept or touched. The answer is a :class:`ShownIds`: the kept ids are not copied into a list
(at 100,000 that alone cost more than the filter), the list pane reads a screenful, the count
and one id's place from the mask.

Adding a filterable value (say an article's read state or its feed id) is one line in
:data:`SINGLE_VALUED` (one value per article) or :data:`MULTI_VALUED` (a list per article,
like tags), then a criterion in :meth:`LibraryFacets.select` asking
``self.where("state", predicate)`` or ``self.having("tags", value)``. Values must be
hashable; the predicate is called once per distinct value, never once per article.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import reduce
from typing import Any, overload

from diplotui.library.query import (
    LibraryQuery,
    MatchContext,
    date_span,
    source_key,
    title_key,
)
from diplotui.library.reading import ARCHIVED, state_of
from diplotui.library.search import AllBut, query_terms
from diplotui.model import Article
from diplotui.tags import distinct_tags, tag_key
from diplotui.text.tag_names import names_tag

SINGLE_VALUED: dict[str, Callable[[Article], Hashable]] = {
    "source": lambda article: article.source,
    "feed": lambda article: article.feed_id,
    "state": state_of,
}
"""Columns with one value per article: name -> how to read it from an ``Article``."""
MULTI_VALUED: dict[str, Callable[[Article], Iterable[Hashable]]] = {
    "tags": lambda article: {tag_key(tag): None for tag in article.tags},  # one per spelling
}
"""Columns with several values per article: name -> how to read them."""
DATE = "date"
"""The column the canonical order is sorted by, kept as runs of equal dates."""
NEVER = "\uffff\uffff"
"""The first day of a date that is no date: after every range's end, so it never overlaps."""
HIGHLIGHTS = "highlights"
"""The column of highlight counts (read from the store's counts, not from the article)."""
_INSERTS_BETWEEN_PAUSES = 16  # about 2 ms of bisecting into an order of 10,000 (see added)


class SingleColumn:
    """One value per article, stored as a small code per article and the distinct values."""

    def __init__(self, values: Iterable[Hashable]) -> None:
        code_of: dict[Hashable, int] = {}
        # setdefault numbers each new value by its arrival (a C call, no Python per article)
        codes = [code_of.setdefault(value, len(code_of)) for value in values]
        self._code_of = code_of
        self.values: list[Hashable] = list(code_of)
        self.codes: bytearray | array[int] = bytearray()
        self._store_codes(codes)

    def _code(self, value: Hashable) -> int:
        code = self._code_of.get(value)
        if code is None:
            code = self._code_of[value] = len(self.values)
            self.values.append(value)
        return code

    def _store_codes(self, codes: Iterable[int]) -> None:
        # One byte per article while there are at most 256 distinct values: a mask is then
        # one bytes.translate; beyond that, four bytes per article and a map.
        self.codes = bytearray(codes) if len(self.values) <= 256 else array("I", iter(codes))

    def value(self, position: int) -> Hashable:
        return self.values[self.codes[position]]

    def inserted(self, values: Iterable[Hashable], places: list[int]) -> SingleColumn:
        """A new column with ``values`` put in at ``places`` (see ``_merged``); this one
        stays as it is."""
        column = SingleColumn(())
        column._code_of, column.values = dict(self._code_of), list(self.values)
        codes = [column._code(value) for value in values]
        column._store_codes(_merged(list(self.codes), codes, places))
        return column

    def kept(self, keep: Callable[[Sequence[Any]], list[Any]]) -> SingleColumn:
        """A new column of the articles ``keep`` keeps (see ``LibraryFacets.removed``)."""
        column = SingleColumn(())
        column._code_of, column.values = dict(self._code_of), list(self.values)
        column._store_codes(keep(self.codes))
        return column

    def set(self, position: int, value: Hashable) -> None:
        code = self._code(value)
        if isinstance(self.codes, bytearray) and code > 255:
            self._store_codes(self.codes)
        self.codes[position] = code

    def mask(self, keep: Callable[[Any], bool]) -> bytes:
        """1 for each article whose value ``keep`` accepts (asked once per distinct value)."""
        table = bytes(bool(keep(value)) for value in self.values)
        if isinstance(self.codes, bytearray):
            return bytes(self.codes.translate(table.ljust(256, b"\0")))
        return bytes(map(table.__getitem__, self.codes))


class MultiColumn:
    """Several values per article, stored as each value's positions (an inverted list)."""

    KEPT_MASKS = 16
    """Masks kept for the values asked most recently (a tag filtered by again is a lookup,
    not a loop over its articles; each mask is one byte per article)."""

    def __init__(self, size: int, values: Iterable[Iterable[Hashable]]) -> None:
        self.size = size
        self.positions: dict[Hashable, array[int]] = {}
        self._masks: dict[Hashable, bytes] = {}
        self.held: list[tuple[Hashable, ...]] = []
        """Each position's values (what :meth:`set` replaces, without searching every list)."""
        for position, held in enumerate(values):
            self.held.append(tuple(held))
            for value in held:
                self.positions.setdefault(value, array("I")).append(position)

    def mask(self, value: Hashable) -> bytes:
        """1 for each article holding ``value``."""
        kept = self._masks.pop(value, None)
        if kept is None:
            found = bytearray(self.size)
            for position in self.positions.get(value, ()):
                found[position] = 1
            kept = bytes(found)
            if len(self._masks) >= self.KEPT_MASKS:
                del self._masks[next(iter(self._masks))]  # the least recently asked
        self._masks[value] = kept  # (re)inserted last: the most recently asked
        return kept

    def inserted(
        self, held: list[tuple[Hashable, ...]], places: list[int], moved: list[int]
    ) -> MultiColumn:
        """A new column with articles holding ``held`` put in at ``places`` (see
        ``_merged``; ``moved`` maps each position here to its new one); this one stays."""
        column = MultiColumn(self.size + len(held), ())
        column.held = _merged(self.held, held, places)
        column.positions = {
            value: array("I", map(moved.__getitem__, positions))
            for value, positions in self.positions.items()
        }
        for n, (place, values) in enumerate(zip(places, held, strict=True)):
            for value in values:
                column.positions.setdefault(value, array("I")).append(place + n)
        return column

    def kept(
        self,
        keep: Callable[[Sequence[Any]], list[Any]],
        keep_positions: Callable[[array[int]], array[int]],
    ) -> MultiColumn:
        """A new column of the articles ``keep`` keeps, each value's positions renumbered by
        ``keep_positions`` (see ``LibraryFacets.removed``)."""
        column = MultiColumn(0, ())
        column.held = keep(self.held)
        column.size = len(column.held)
        column.positions = {value: keep_positions(held) for value, held in self.positions.items()}
        return column

    def set(self, position: int, new: Iterable[Hashable]) -> None:
        old, self.held[position] = self.held[position], tuple(new)
        for value in set(old) ^ set(self.held[position]):
            self._masks.pop(value, None)
        for value in set(old) - set(self.held[position]):
            self.positions[value].remove(position)
        for value in set(self.held[position]) - set(old):
            self.positions.setdefault(value, array("I")).append(position)


class RunColumn:
    """The dates, in the canonical order that is sorted by them: runs of equal values, so a
    mask is a few thousand slices joined (one per distinct date), not 100,000 steps."""

    def __init__(self, values: Iterable[Hashable]) -> None:
        self.values: list[Hashable] = []
        self.starts = array("I")
        size = 0
        for value, run in itertools.groupby(values):
            self.values.append(value)
            self.starts.append(size)
            size += len(list(run))
        self.size = size

    def value(self, position: int) -> Hashable:
        return self.values[bisect.bisect_right(self.starts, position) - 1]

    def expanded(self) -> list[Hashable]:
        """Every article's value, in order (none: an empty library's first arrivals are put
        into it, and its runs' one end, ``size``, had no run to close)."""
        if not self.values:
            return []
        ends = itertools.chain(itertools.islice(self.starts, 1, None), (self.size,))
        runs = zip(self.values, self.starts, ends, strict=True)
        return list(itertools.chain.from_iterable(itertools.repeat(v, e - s) for v, s, e in runs))

    def mask(self, keep: Callable[[Any], bool]) -> bytes:
        """1 for each article whose value ``keep`` accepts (asked once per run)."""
        return self.mask_runs([bool(flag) for flag in map(keep, self.values)])

    def mask_runs(self, kept: list[bool]) -> bytes:
        """1 for each article of a run kept (one flag per run). A date range keeps a few
        stretches of runs: the mask is made of those stretches, found in C, not of one piece
        per run (a few thousand)."""
        if not kept:
            return b""
        changes = itertools.compress(itertools.count(1), map(operator.ne, kept, kept[1:]))
        stretch_starts = [0, *changes]
        bounds = [*(self.starts[run] for run in stretch_starts), self.size]
        pieces = (
            (b"\1" if kept[run] else b"\0") * (end - start)
            for run, start, end in zip(stretch_starts, bounds, bounds[1:], strict=False)
        )
        return b"".join(pieces)


def _merged(old: list[Any], new: list[Any], places: list[int]) -> list[Any]:
    """``old`` with ``new[n]`` put before ``old[places[n]]`` (``places`` ascending)."""
    result: list[Any] = []
    start = 0
    for item, place in zip(new, places, strict=True):
        result.extend(old[start:place])
        result.append(item)
        start = place
    result.extend(old[start:])
    return result


@dataclass(slots=True)
class _Order:
    """One sort order: canonical positions and the ids, both in that order."""

    positions: array[int]
    ids: list[str]
    _gather: Callable[[bytes], Sequence[int]] | None = None

    def gather(self, mask: bytes) -> Sequence[int]:
        """A canonical-order mask in this order (one C call; the getter is kept)."""
        if len(self.positions) < 2:  # itemgetter of one position returns no sequence
            return bytes(mask[p] for p in self.positions)
        if self._gather is None:
            self._gather = operator.itemgetter(*self.positions)
        return self._gather(mask)

    def place(self, position: int) -> int:
        """Where the article at canonical ``position`` comes in this order (a scan in C)."""
        return self.positions.index(position)


class ShownIds(Sequence[str]):
    """The ids a filter keeps, in one order, read from a mask instead of copied into a list
    (which took 2-5 ms at 100,000 articles, more than the rest of the filter): the list pane
    asks for the count, a screenful of ids and where one id is, each answered in C
    (``bytes.count``) or from the 4,096 ids around it. Iterating copies them once.
    Equal to a list (or another ``ShownIds``) holding the same ids in the same order."""

    BLOCK = 4096

    def __init__(self, ids: list[str], kept: bytes, place: Callable[[str], int]) -> None:
        """``ids``: an order's ids; ``kept``: 1 for each one shown, in that order; ``place``:
        an id's index in ``ids`` (-1 when it is not there)."""
        self._ids = ids
        self._kept = kept
        self._place = place
        self._before: list[int] | None = None  # the ids kept before each block, then all
        self._block: tuple[int, list[int]] = (-1, [])  # the last block read: its kept indexes
        self._listed: list[str] | None = None

    def __len__(self) -> int:
        return self._kept_before_blocks()[-1]

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return self._list()[index]
        before = self._kept_before_blocks()
        if index < 0:
            index += before[-1]
        if not 0 <= index < before[-1]:
            raise IndexError("ShownIds index out of range")
        if self._listed is not None:
            return self._listed[index]
        block = bisect.bisect_right(before, index) - 1
        if self._block[0] != block:
            start = block * self.BLOCK
            window = self._kept[start : start + self.BLOCK]
            self._block = (block, list(itertools.compress(itertools.count(start), window)))
        return self._ids[self._block[1][index - before[block]]]

    def _kept_before_blocks(self) -> list[int]:
        if self._before is None:
            kept, size = self._kept, self.BLOCK
            counts = (_ones(kept, start, start + size) for start in range(0, len(kept), size))
            self._before = list(itertools.accumulate(counts, initial=0))
        return self._before

    def _list(self) -> list[str]:
        if self._listed is None:
            self._listed = list(itertools.compress(self._ids, self._kept))
        return self._listed

    def __iter__(self) -> Iterator[str]:
        return iter(self._list())

    def __contains__(self, value: object) -> bool:
        place = self._place(value) if isinstance(value, str) else -1
        return place >= 0 and self._kept[place] == 1

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        place = self._place(value) if isinstance(value, str) else -1
        if place < 0 or not self._kept[place]:
            raise ValueError(f"{value!r} is not shown")
        found = _ones(self._kept, 0, place)
        start, stop, _ = slice(start, stop).indices(len(self))
        if not start <= found < stop:
            raise ValueError(f"{value!r} is not shown in that range")
        return found

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ShownIds | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-like, as a list

    def __repr__(self) -> str:
        return f"ShownIds({self._list()!r})"


def _ones(mask: bytes, start: int, end: int) -> int:
    """How many articles ``mask[start:end]`` keeps (a popcount: faster than ``bytes.count``)."""
    return int.from_bytes(mask[start:end], "little").bit_count()


@dataclass
class LibraryFacets:
    """Columns and sort orders of one state of the library (see the module docstring).

    Build with :meth:`of` (seconds at 100,000 articles: a worker's job); keep current with
    :meth:`update` for a changed tag, note or highlight count (milliseconds), take in
    new articles with :meth:`added` and leave deleted ones out with :meth:`removed` (copies
    of the columns); a change to a title, date or source is the article removed and added
    again (:meth:`update` says so by returning False).
    """

    ids: list[str]
    dates: RunColumn
    single: dict[str, SingleColumn]
    multi: dict[str, MultiColumn]
    orders: dict[str, _Order]
    titles: list[str]
    highlight_tags: set[str] = field(default_factory=set)
    """The tags of highlights (for completing tags; one added is taken in, none is dropped)."""
    highlight_authors: set[str] = field(default_factory=set)
    """Who highlighted (for completing "annotated by"; kept as the tags are)."""
    hidden: set[str] = field(default_factory=set)
    """Articles left out of every answer: deleted, until facets without them are made."""
    tag_spellings: dict[str, str] = field(default_factory=dict)
    """Each article tag's first spelling, by its key (the tags column holds the keys)."""
    _position: dict[str, int] = field(default_factory=dict)
    _all: bytes = b""
    _unindexed: tuple[AbstractSet[str], frozenset[str]] | None = None
    _date_spans: tuple[list[str], list[str]] | None = None

    def __post_init__(self) -> None:
        self._position = dict(zip(self.ids, range(len(self.ids)), strict=True))
        self._all = b"\1" * len(self.ids)

    @classmethod
    def of(
        cls,
        articles: Sequence[Article],
        highlight_counts: Mapping[str, int],
        highlight_tags: Iterable[str] = (),
    ) -> LibraryFacets:
        """Columns and every sort order of ``articles`` (with these highlight counts), ordered
        as ``LibraryQuery.sorted`` orders them."""
        by_date = LibraryQuery(sort="date").sorted(list(articles))
        ids = [article.id for article in by_date]
        single = {name: SingleColumn(map(read, by_date)) for name, read in SINGLE_VALUED.items()}
        single[HIGHLIGHTS] = SingleColumn(highlight_counts.get(a, 0) for a in ids)
        multi = {
            name: MultiColumn(len(ids), map(read, by_date)) for name, read in MULTI_VALUED.items()
        }
        titles = [article.title for article in by_date]
        folded_titles = [title_key(title) for title in titles]
        sources = single["source"]
        source_keys = [source_key(str(value)) for value in sources.values]
        source_order = [source_keys[code] for code in sources.codes]
        fewer_highlights = [-(highlight_counts.get(a) or 0) for a in ids]
        dates = RunColumn(article.date for article in by_date)
        facets = cls(ids, dates, single, multi, {}, titles, set(highlight_tags))
        facets._spell(articles)
        # Every order is the date order sorted again by its key (Python's sort is stable).
        positions = range(len(ids))
        facets._set_order("date", positions)
        facets._set_order("title", sorted(positions, key=folded_titles.__getitem__))
        facets._set_order("source", sorted(positions, key=source_order.__getitem__))
        facets._set_order("annotated", sorted(positions, key=fewer_highlights.__getitem__))
        return facets

    def _set_order(self, sort: str, positions: Iterable[int]) -> None:
        in_order = array("I", positions)
        self.orders[sort] = _Order(in_order, list(map(self.ids.__getitem__, in_order)))  # in C

    def __len__(self) -> int:
        return len(self.ids)

    def _spell(self, articles: Iterable[Article]) -> None:
        """Note the spelling of each tag new to these facets."""
        spellings = self.tag_spellings
        for article in articles:
            for tag in article.tags:
                spellings.setdefault(tag_key(tag), tag)

    def tags(self) -> list[str]:
        """Every tag of an article or a highlight, A-Z, each once in its first spelling (what
        ``t`` completes)."""
        columns = self.multi["tags"].positions.items()
        held = [self.tag_spellings.get(str(key), str(key)) for key, at in columns if at]
        return sorted(distinct_tags([*sorted(held), *sorted(self.highlight_tags)]))

    def article_tags(self) -> list[str]:
        """Every tag an article carries, A-Z, each once in its first spelling: what the list's
        filter matches, so what its dialog completes (a highlight's tag, offered there too,
        listed no article)."""
        columns = self.multi["tags"].positions.items()
        held = [self.tag_spellings.get(str(key), str(key)) for key, at in columns if at]
        return sorted(distinct_tags(sorted(held)))

    def sources(self) -> list[str]:
        """Every source an article has, A-Z (what the filter dialog offers)."""
        return sorted((str(s) for s in self.single["source"].values if s), key=str.casefold)

    # -- keeping it current ---------------------------------------------------------------

    def update(self, article: Article, highlight_count: int) -> bool:
        """Take in one article's new values; False when its place in a sort order may have
        changed (title, date, source) or it is new: then build afresh with :meth:`of`."""
        position = self._position.get(article.id)
        if (
            position is None
            or self.titles[position] != article.title
            or self.dates.value(position) != article.date
            or self.single["source"].value(position) != article.source
        ):
            return False
        for name, read in SINGLE_VALUED.items():
            self.single[name].set(position, read(article))
        for name, read_all in MULTI_VALUED.items():
            self.multi[name].set(position, read_all(article))
        self._spell([article])
        if self.single[HIGHLIGHTS].value(position) != highlight_count:
            self._move_in_annotated(position, highlight_count)
        return True

    def added(
        self,
        articles: Sequence[Article],
        highlight_counts: Mapping[str, int],
        pause: Callable[[], None] = lambda: None,
    ) -> LibraryFacets:
        """New facets holding these articles too (ones held already are passed over), each
        put in its place in every order as :meth:`of` would place it after the articles
        held: a refresh's arrivals cost a few comparisons each and copies in C, not a new
        sort of the library. These facets stay as they are (a list may be showing them).
        ``pause`` is called every few milliseconds of the work (0.15 ms an article, 12 ms
        of copies at 10,000, a few between two calls): a thread doing this can let a key's
        frame go first."""
        fresh = [a for a in articles if a.id not in self._position]
        if not fresh:
            return self
        fresh = LibraryQuery(sort="date").sorted(fresh)
        places = []
        for n, article in enumerate(fresh, 1):
            places.append(self._canonical_place(article))
            if n % _INSERTS_BETWEEN_PAUSES == 0:
                pause()
        pause()
        total = len(self.ids) + len(fresh)
        taken = [place + n for n, place in enumerate(places)]  # their positions
        moved: list[int] = []  # each held article's new position
        ends = [*places, len(self.ids)]
        for n, (start, end) in enumerate(zip([0, *places], ends, strict=True)):
            moved.extend(range(start + n, end + n))
        ids = _merged(self.ids, [a.id for a in fresh], places)
        dates = RunColumn(_merged(self.dates.expanded(), [a.date for a in fresh], places))
        pause()
        single = {
            name: self.single[name].inserted(map(read, fresh), places)
            for name, read in SINGLE_VALUED.items()
        }
        counts = (highlight_counts.get(a.id, 0) for a in fresh)
        single[HIGHLIGHTS] = self.single[HIGHLIGHTS].inserted(counts, places)
        pause()
        multi = {
            name: self.multi[name].inserted([tuple(read(a)) for a in fresh], places, moved)
            for name, read in MULTI_VALUED.items()
        }
        pause()
        titles = _merged(self.titles, [a.title for a in fresh], places)
        facets = LibraryFacets(
            ids,
            dates,
            single,
            multi,
            {},
            titles,
            set(self.highlight_tags),
            set(self.highlight_authors),
            tag_spellings={**self.tag_spellings},
        )
        facets._spell(fresh)
        facets._set_order("date", range(total))
        pause()
        sources = single["source"]
        keys: dict[str, Callable[[int], Any]] = {
            "title": lambda p: (title_key(titles[p]), p),
            "source": lambda p: (source_key(str(sources.value(p))), p),
            "annotated": facets._annotated_key,
        }
        for sort, key in keys.items():
            positions = array("I", map(moved.__getitem__, self.orders[sort].positions))
            for n, position in enumerate(taken, 1):
                positions.insert(bisect.bisect_left(positions, key(position), key=key), position)
                if n % _INSERTS_BETWEEN_PAUSES == 0:
                    pause()
            facets._set_order(sort, positions)
            pause()
        return facets

    def removed(self, article_ids: Iterable[str]) -> LibraryFacets:
        """New facets without these articles (ones not held are passed over): each column
        and order copied with the few articles deleted from it and the later positions
        renumbered, in C, not sorted again; so a deleted article, or one whose title, date or
        source changed (taken out, then put back in its place by :meth:`added`), costs a few
        copies of the library's columns. These facets stay as they are."""
        gone = sorted({self._position[a] for a in article_ids if a in self._position})
        if not gone:
            return self
        # each held position's new one (those of the gone articles are never asked)
        moved = array("I", range(len(self.ids)))
        for n, start in enumerate(gone, 1):
            end = gone[n] if n < len(gone) else len(self.ids)
            moved[start + 1 : end] = array("I", range(start + 1 - n, end - n))

        def keep(values: Sequence[Any]) -> list[Any]:
            kept = list(values)
            for position in reversed(gone):
                del kept[position]
            return kept

        def keep_positions(positions: array[int]) -> array[int]:
            kept = array("I", positions)
            for place in sorted((kept.index(p) for p in gone if p in kept), reverse=True):
                del kept[place]
            return array("I", map(moved.__getitem__, kept))

        ids = keep(self.ids)
        single = {name: column.kept(keep) for name, column in self.single.items()}
        multi = {name: column.kept(keep, keep_positions) for name, column in self.multi.items()}
        facets = LibraryFacets(
            ids,
            RunColumn(keep(self.dates.expanded())),
            single,
            multi,
            {},
            keep(self.titles),
            set(self.highlight_tags),
            set(self.highlight_authors),
            tag_spellings={**self.tag_spellings},
        )
        for sort, order in self.orders.items():
            facets._set_order(sort, keep_positions(order.positions))
        return facets

    def _canonical_place(self, article: Article) -> int:
        """How many held articles come before ``article`` in the date order (newest first,
        then title A-Z, then id: ``LibraryQuery.sorted``'s total order)."""
        key = (article.title.casefold(), article.id)
        low, high = 0, len(self.ids)
        while low < high:
            middle = (low + high) // 2
            date = str(self.dates.value(middle))
            if article.date > date or (
                article.date == date and key < (self.titles[middle].casefold(), self.ids[middle])
            ):
                high = middle
            else:
                low = middle + 1
        return low

    def _annotated_key(self, position: int) -> tuple[int, int]:
        """Most highlights first, then the date order (what ``LibraryQuery.sorted`` does)."""
        return -int(self.single[HIGHLIGHTS].value(position)), position  # type: ignore[call-overload]

    def _move_in_annotated(self, position: int, count: int) -> None:
        """Move one article in the annotated order (the old lists stay as they were: a list
        on screen may be showing them)."""
        old = self.orders["annotated"]
        positions = array("I", old.positions)
        ids = list(old.ids)
        index = positions.index(position)
        del positions[index]
        del ids[index]
        self.single[HIGHLIGHTS].set(position, count)
        key = self._annotated_key
        index = bisect.bisect_left(positions, key(position), key=key)
        positions.insert(index, position)
        ids.insert(index, self.ids[position])
        self.orders["annotated"] = _Order(positions, ids)

    # -- answering ----------------------------------------------------------------------

    def where(self, column: str, keep: Callable[[Any], bool]) -> bytes:
        """The mask of the articles whose single value in ``column`` ``keep`` accepts."""
        return self.single[column].mask(keep)

    def _tagged(self, tag: str) -> bytes:
        """The articles ``tag`` names (``query.names_tag``: "bien dong" is #Biển Đông), as
        ``LibraryQuery.select`` finds them."""
        keys = [key for key in self.multi["tags"].positions if names_tag((str(key),), tag)]
        if len(keys) < 2:
            return self.having("tags", keys[0] if keys else tag_key(tag))
        masks = [self.having("tags", key) for key in keys]
        return bytes(map(max, *masks))

    def having(self, column: str, value: Hashable) -> bytes:
        """The mask of the articles holding ``value`` in the multi-valued ``column``."""
        return self.multi[column].mask(value)

    def _date_mask(self, low: str, high: str) -> bytes:
        """The articles whose date overlaps ``low``..``high`` (as ``date_matcher`` says),
        compared run by run in C against each date's first and last day, worked out once."""
        if self._date_spans is None:
            spans = [date_span(str(value)) or (NEVER, "") for value in self.dates.values]
            self._date_spans = ([span[0] for span in spans], [span[1] for span in spans])
        firsts, lasts = self._date_spans
        ends_after = map(operator.ge, lasts, itertools.repeat(low))
        starts_before = map(operator.le, firsts, itertools.repeat(high))
        return self.dates.mask_runs(list(map(operator.and_, ends_after, starts_before)))

    def among(self, ids: AbstractSet[str]) -> bytes:
        """The mask of the articles in ``ids`` (a search's or an entity's answer)."""
        if isinstance(ids, AllBut):
            return self._all_but(ids)
        found = bytearray(len(self.ids))
        position = self._position
        for article_id in ids:
            index = position.get(article_id)
            if index is not None:
                found[index] = 1
        return bytes(found)

    def _without(self, ids: AbstractSet[str]) -> bytes:
        """The mask of every article but ``ids``."""
        found = bytearray(self._all)
        for article_id in ids:
            index = self._position.get(article_id)
            if index is not None:
                found[index] = 0
        return bytes(found)

    def _all_but(self, ids: AllBut) -> bytes:
        """Most articles: start from all of them and clear the ones left out."""
        indexed, excluded, extra = ids.parts()
        if self._unindexed is None or self._unindexed[0] is not indexed:
            self._unindexed = (indexed, frozenset(self._position.keys() - indexed))
        found = bytearray(self._all)
        position = self._position
        for article_id in itertools.chain(self._unindexed[1], excluded):
            index = position.get(article_id)
            if index is not None and article_id not in extra:
                found[index] = 0
        return bytes(found)

    def shown(self, masks: list[bytes], sort: str) -> Sequence[str]:
        """The ids every mask keeps, in the ``sort`` order (all of them without masks)."""
        order = self.orders[sort]
        if not masks:
            return order.ids
        if len(masks) == 1:
            kept = masks[0]
        else:
            size = len(self.ids)
            joined = reduce(operator.and_, (int.from_bytes(mask, "little") for mask in masks))
            kept = joined.to_bytes(size, "little")
        if kept == self._all:  # e.g. the first letters of a search: every article
            return order.ids
        if sort == DATE:  # the canonical order: positions are places
            position = self._position
            return ShownIds(order.ids, kept, lambda article_id: position.get(article_id, -1))
        return ShownIds(order.ids, bytes(order.gather(kept)), self._place_in(order))

    def _place_in(self, order: _Order) -> Callable[[str], int]:
        """An id's index in ``order`` (-1 when not in the library)."""
        position = self._position

        def place(article_id: str) -> int:
            canonical = position.get(article_id)
            return -1 if canonical is None else order.place(canonical)

        return place

    def select(self, query: LibraryQuery, ctx: MatchContext) -> Sequence[str]:
        """The ids ``query`` shows, in its order (``ctx`` from ``LibraryQuery.context``; its
        annotation counts are not needed: the facets keep their own)."""
        masks = [
            self.among(ids)
            for ids in (ctx.text_ids, ctx.entity_ids, ctx.author_ids)
            if ids is not None
        ]
        if self.hidden:
            masks.append(self._without(self.hidden))
        masks.extend(self._tagged(tag) for tag in query.tags)
        if query.source:
            masks.append(self.where("source", query.source_matcher()))
        if query.since or query.until:
            masks.append(self._date_mask(*query.date_range()))
        if query.annotated is not None:
            wanted = query.annotated
            masks.append(self.where(HIGHLIGHTS, lambda count: bool(count) == wanted))
        if query.feed:
            masks.append(self.where("feed", lambda feed_id: feed_id == query.feed))
        if query.state:
            masks.append(self.where("state", lambda state: state == query.state))
        elif not query_terms(query.text):  # archived articles leave the list, not a search
            masks.append(self.where("state", lambda state: state != ARCHIVED))
        return self.shown(masks, query.sort)
