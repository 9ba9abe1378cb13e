"""Library queries: which articles to show and in what order, shared by the app and the CLI.

A query is plain data (it round-trips through a dict) so it can be kept as a saved filter.
Criteria that need an index (text search, entities, annotations) are resolved once into sets
by :meth:`LibraryQuery.context`; matching one article is then a handful of set lookups.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from diplotui.dates import ARTICLE_YEARS, EARLIEST_SAID_YEAR, EARLIEST_YEAR, SAID_YEARS
from diplotui.dating import UnreadDate, typed_period
from diplotui.entities.folding import fold
from diplotui.library.reading import ARCHIVED, STATES, state_of
from diplotui.library.rows import SORTS
from diplotui.library.search import AllBut, SearchIndex, query_terms
from diplotui.model import Article
from diplotui.store import Store, UnknownId
from diplotui.text.plural import plural
from diplotui.text.tag_names import names_tag

_ISO_RE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?", re.ASCII)
"""ASCII digits only: dates compare as strings, and "２０２５" (fullwidth) sorts after "9999"."""


DATE_SHOWN = 40
"""The characters of a date typed that an error repeats: a page pasted for one was echoed
whole, a line of 100,000 characters (a name is cut so too)."""


def _typed_date(value: str) -> str:
    """``value`` as an error names it: quoted, cut to ``DATE_SHOWN`` with "…"."""
    return repr(value if len(value) <= DATE_SHOWN else value[: DATE_SHOWN - 1] + "…")


class QueryError(ValueError):
    """A query that cannot run (bad date, unknown sort); the message says which part."""


DATE_FORMS = (
    "2025-07-18, 2025-07, July, July 2025, 1 July, last week, last month, yesterday, 3 days ago"
)
"""The dates a filter reads, as a refusal lists them: what an analyst types ("since July")."""


@dataclass(frozen=True, slots=True)
class DatesRead:
    """A filter's ``since`` and ``until`` as ISO days, and how the words typed were read
    ("since 2026-07-01" for "July"), said with the answer so a wrong reading is seen."""

    since: str = ""
    until: str = ""
    readings: tuple[str, ...] = ()
    # the words typed where they were no ISO date, as LibraryQuery keeps them, so that a day
    # it refuses is named by them: "since '9999 weeks ago' (1835-04-20) is before 1900"
    since_typed: str = ""
    until_typed: str = ""

    def said(self) -> str:
        """The readings in one phrase: "since 2026-07-01, until 2026-11-29"; "" when each
        date was typed as an ISO date, which says itself."""
        return ", ".join(self.readings)


def read_dates(since: str, until: str, today: date | None = None) -> DatesRead:
    """``since`` and ``until`` as typed (an ISO date, "July", "last week", "3 days ago":
    :func:`diplotui.dating.typed_period`), as ISO days: ``since`` a period's first day,
    ``until`` its last. An ISO date stays as typed, for :meth:`LibraryQuery.validate` to
    judge; words no date is read in raise QueryError naming them and the forms read."""
    read = [_read_date(name, typed, today) for name, typed in (("since", since), ("until", until))]
    words = [
        typed.strip().strip('"').strip() if said else ""
        for typed, (_, said) in zip((since, until), read, strict=True)
    ]
    return DatesRead(
        read[0][0], read[1][0], tuple(said for _, said in read if said), words[0], words[1]
    )


def _read_date(name: str, typed: str, today: date | None) -> tuple[str, str]:
    """One bound as an ISO day and how it was read ("" for an ISO date or none typed)."""
    value = typed.strip().strip('"').strip()
    if not value or _ISO_RE.fullmatch(value):
        return value, ""
    try:
        period = typed_period(value, today)
    except UnreadDate as error:
        reason = str(error) or "no date read there"
        raise QueryError(f"{name} {_typed_date(value)}: {reason}; type {DATE_FORMS}") from error
    day = (period.first if name == "since" else period.last).isoformat()
    return day, f"{name} {day}"


class EntityLookup(Protocol):
    """What the entity filter needs from ``diplotui.entities.EntityIndex``."""

    def articles_for(self, name: str) -> Iterable[Any]: ...


@dataclass(slots=True)
class MatchContext:
    """The id sets a query's indexed criteria resolved to (None: criterion not in use)."""

    text_ids: AbstractSet[str] | None = None
    entity_ids: AbstractSet[str] | None = None
    annotation_counts: dict[str, int] | None = None
    author_ids: AbstractSet[str] | None = None  # articles the ``annotated_by`` person annotated


def highlight_counts(store: Store) -> dict[str, int]:
    """How many highlights each annotated article has."""
    return store.highlight_counts()


def annotated_by_ids(store: Store, name: str) -> set[str]:
    """The articles someone highlighted (a shared library's author, case and accents
    ignored)."""
    wanted = fold(name).strip()
    return {h.article_id for h in store.highlights() if fold(h.author).strip() == wanted}


def _date_bounds(value: str) -> tuple[str, str]:
    """The first and last day a partial ISO date covers ("2025-07" -> 07-01 .. 07-31)."""
    low = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    high = value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value
    return low, high


def _on_the_calendar(value: str) -> bool:
    """Whether an ISO date the pattern accepts names a real day ("2025-02-30" and the year
    0 do not: a bound past every date would quietly filter nothing)."""
    try:
        date.fromisoformat(_date_bounds(value)[0])
    except ValueError:
        return False
    return True


@lru_cache(maxsize=65_536)
def date_span(value: str) -> tuple[str, str] | None:
    """The days an article's date covers, None if it is not an ISO date (kept: a library
    has a few thousand distinct dates, and a filter asks about each of them)."""
    if not value or not _ISO_RE.fullmatch(value):
        return None
    return _date_bounds(value)


@dataclass(slots=True)
class LibraryQuery:
    """Filter and sort for the library list; empty fields filter nothing.

    ``tags``: all of them; ``source``: case- and accent-insensitive substring; ``since`` and
    ``until``: inclusive ISO dates, possibly partial ("2025", "2025-07"); ``annotated``: True
    for articles with highlights, False for those without, None for both; ``state``: only
    "unread", "read" or "archived" articles, or "" for all but the archived ones (which a
    text search finds too); ``feed``: only the articles of the feed with this id;
    ``annotated_by``: only articles this person highlighted (a shared library's author, case
    and accents ignored).
    """

    text: str = ""
    tags: list[str] = field(default_factory=list)
    entity: str = ""
    source: str = ""
    since: str = ""
    until: str = ""
    annotated: bool | None = None
    sort: str = "date"
    state: str = ""
    feed: str = ""
    annotated_by: str = ""
    # the words typed for ``since``/``until`` where they were no ISO date ("July", "last
    # week"): a saved filter reads them again each time it is opened, so a folder "since
    # last week" keeps asking for last week, not for the week it was saved in
    since_typed: str = ""
    until_typed: str = ""

    def __post_init__(self) -> None:
        # A date pasted with a space around it (" 2025-07-18") is that date, as a user reads it;
        # a saved filter's date that is no string is left for validate() to refuse.
        if isinstance(self.since, str) and isinstance(self.until, str):
            self.since, self.until = self.since.strip(), self.until.strip()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LibraryQuery:
        """Build from a saved filter's dict, ignoring unknown keys and checking the rest."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        query = cls(**known)
        query.tags = [str(tag) for tag in (query.tags or [])]
        query.read_typed_dates()
        query.validate()
        return query

    def without_dates(self) -> LibraryQuery:
        """The same filter without ``since`` and ``until``: what its dates left out."""
        return replace(self, since="", until="", since_typed="", until_typed="")

    def read_typed_dates(self, today: date | None = None) -> None:
        """``since`` and ``until`` read again from the words typed for them (a saved
        filter's "last week" is the week before today's, not the saved one's); raises
        QueryError for words no date is read in (a value edited by hand)."""
        for name in ("since_typed", "until_typed"):
            if not isinstance(getattr(self, name), str):
                raise QueryError(f"{name} must be text")
        since = self.since_typed if self.since and self.since_typed else ""
        until = self.until_typed if self.until and self.until_typed else ""
        if not (since or until):
            return
        dates = read_dates(since, until, today)
        self.since, self.until = dates.since or self.since, dates.until or self.until

    def validate(self, *, said: bool = False) -> None:
        """Raise QueryError if a date or the sort cannot be understood. ``said``: the dates
        are the days statements were made on, which reach back to 1800 (an article's, 1900)."""
        earliest, years = (
            (EARLIEST_SAID_YEAR, SAID_YEARS) if said else (EARLIEST_YEAR, ARTICLE_YEARS)
        )
        if self.sort not in SORTS:
            raise QueryError(f"unknown sort {self.sort!r} (choose from {', '.join(SORTS)})")
        for name in ("since", "until"):
            value = getattr(self, name)
            typed = self._bound_named(name)
            if value and not _ISO_RE.fullmatch(value):
                # "since": the word of the filter dialog, the Statements view and the CLI alike
                raise QueryError(f"{name} {typed}: no date read there; type {DATE_FORMS}")
            if value and not _on_the_calendar(value):
                raise QueryError(f"{name} {typed}: no such day (use a date on the calendar)")
            if value and int(value[:4]) < earliest:
                # a bound after the window is a true empty answer; one before, a misreading
                raise QueryError(f"{name} {typed} is before {earliest}: {years}")
        if self.since and self.until and _date_bounds(self.since)[0] > _date_bounds(self.until)[1]:
            # swapped bounds match nothing: an empty list would be taken for a true answer
            raise QueryError(
                f"since {self._bound_named('since')} is after until {self._bound_named('until')}"
            )
        if self.state and self.state not in STATES:
            raise QueryError(f"unknown state {self.state!r} (choose from {', '.join(STATES)})")
        if self.annotated not in (None, True, False):
            raise QueryError("annotated must be true, false or null")

    def _bound_named(self, name: str) -> str:
        """``since`` or ``until`` as a refusal names it: the words typed with the day they
        were read as ("'9999 weeks ago' (1835-04-20)"), else the date as it is."""
        value, words = getattr(self, name), getattr(self, f"{name}_typed")
        if isinstance(value, str) and isinstance(words, str) and words and words != value:
            return f"{_typed_date(words)} ({value})"
        return _typed_date(value)

    def is_empty(self) -> bool:
        return not (
            query_terms(self.text)
            or self.tags
            or self.entity
            or self.source
            or self.since
            or self.until
            or self.annotated is not None
            or self.state
            or self.feed
            or self.annotated_by
        )

    def context(
        self,
        store: Store,
        index: SearchIndex | None = None,
        entities: EntityLookup | None = None,
        unsearched: list[str] | None = None,
        indexing: Callable[[int, int], None] | None = None,
    ) -> MatchContext:
        """Resolve the indexed criteria once (text via ``index``, entities via ``entities``).

        Without an index the texts are scanned, and without an entity index each text is run
        through the recogniser: right for a one-off CLI call, too slow for every keystroke.
        ``unsearched`` (without an index) gets the ids of the articles whose texts could not
        be read, so were not searched; ``indexing(done, total)`` hears how the store's index
        file is brought up to date (a first search of a big library waits for it).
        """
        ctx = MatchContext()
        if query_terms(self.text):
            ctx.text_ids = _text_matches(store, self.text, index, unsearched, indexing)
        if self.entity:
            ctx.entity_ids = _entity_ids(store, self.entity, entities)
        if self.annotated_by:
            ctx.author_ids = annotated_by_ids(store, self.annotated_by)
        if self.annotated is not None or self.sort == "annotated":
            ctx.annotation_counts = highlight_counts(store)
        return ctx

    def select(self, articles: Iterable[Article], ctx: MatchContext) -> list[Article]:
        """The articles passing every criterion (``ctx`` from :meth:`context`), in the order
        given: one pass per criterion in use, each a set lookup per article, and sources and
        dates checked once per distinct value, so 100,000 articles take milliseconds."""
        chosen = list(articles)
        for ids in (ctx.text_ids, ctx.entity_ids, ctx.author_ids):
            if isinstance(ids, AllBut):
                chosen = ids.among(chosen)
            elif ids is not None:
                chosen = [a for a in chosen if a.id in ids]
        for tag in self.tags:
            chosen = [a for a in chosen if names_tag(a.tags, tag)]
        if self.source:
            source_matches = self.source_matcher()
            sources = {s for s in {a.source for a in chosen} if source_matches(s)}
            chosen = [a for a in chosen if a.source in sources]
        if self.since or self.until:
            matches = self.date_matcher()
            dates = {d for d in {a.date for a in chosen} if matches(d)}
            chosen = [a for a in chosen if a.date in dates]
        if self.annotated is not None:
            counts = ctx.annotation_counts or {}
            chosen = [a for a in chosen if bool(counts.get(a.id)) == self.annotated]
        if self.feed:
            chosen = [a for a in chosen if a.feed_id == self.feed]
        if self.state:
            chosen = [a for a in chosen if state_of(a) == self.state]
        elif not query_terms(self.text):
            chosen = [a for a in chosen if a.state != ARCHIVED]
        return chosen

    def matches(self, article: Article, ctx: MatchContext) -> bool:
        """Whether one article passes every criterion (``ctx`` from :meth:`context`)."""
        return bool(self.select([article], ctx))

    def source_matcher(self) -> Callable[[str], bool]:
        """Whether a source matches ``source`` (case- and accent-insensitive substring)."""
        needle = fold(self.source).strip()
        return lambda source: needle in fold(source)

    def date_range(self) -> tuple[str, str]:
        """The first and last day ``since``..``until`` covers ("" and "\uffff" when open)."""
        low = _date_bounds(self.since)[0] if self.since else ""
        high = _date_bounds(self.until)[1] if self.until else "\uffff"
        return low, high

    def date_matcher(self) -> Callable[[str], bool]:
        """Whether a (possibly partial) ISO date overlaps ``since``..``until``."""
        low, high = self.date_range()

        def matches(date: str) -> bool:
            span = date_span(date)
            return span is not None and span[1] >= low and span[0] <= high

        return matches

    def apply(
        self,
        store: Store,
        index: SearchIndex | None = None,
        entities: EntityLookup | None = None,
        unsearched: list[str] | None = None,
        indexing: Callable[[int, int], None] | None = None,
    ) -> list[Article]:
        """The matching articles of ``store`` in the query's order (``unsearched`` and
        ``indexing``: see :meth:`context`)."""
        self.validate()
        ctx = self.context(store, index, entities, unsearched, indexing)
        narrowest = min(
            (ids for ids in (ctx.text_ids, ctx.entity_ids) if ids is not None),
            key=len,
            default=None,
        )
        candidates = store.articles() if narrowest is None else _existing(store, narrowest)
        return self.sorted(self.select(candidates, ctx), ctx)

    def sorted(self, articles: list[Article], ctx: MatchContext | None = None) -> list[Article]:
        """Order articles: date (newest first), title (A-Z, then newest), source (A-Z, then
        newest) or annotated (most highlights first, then newest); undated or unsourced
        ones last. Articles of one date and title go by id: a total order, so that every
        path (a build, the facets' insertions) gives the same (by where the store held
        them, a read-only app's catch-up and a restart ordered ties differently)."""
        result = sorted(articles, key=lambda a: (a.title.casefold(), a.id))
        result.sort(key=lambda a: a.date, reverse=True)
        if self.sort == "title":
            result.sort(key=lambda a: title_key(a.title))
        elif self.sort == "source":
            result.sort(key=lambda a: source_key(a.source))
        elif self.sort == "annotated":
            counts = (ctx.annotation_counts if ctx else None) or {}
            result.sort(key=lambda a: counts.get(a.id, 0), reverse=True)
        return result


NEWEST_PIECE = 2_000
"""Articles sorted at once by :func:`newest_first_in_steps`."""
MERGED_AT_ONCE = 500
"""Articles merged between two of its steps."""


def dated_between(articles: Iterable[Article]) -> str:
    """How many ``articles`` and when they are dated: "2 articles, dated from 2025-07-18 to
    2025-12-30", what a filter's dates left out (said by ``list`` and the app's empty list,
    as ``statements`` and ``timeline`` say what theirs left out)."""
    articles = list(articles)
    days = sorted(article.date for article in articles if article.date)
    when = ""
    if days:
        span = days[0] if days[0] == days[-1] else f"from {days[0]} to {days[-1]}"
        when = f", dated {span}"
    return f"{plural(len(articles), 'article')}{when}"


def newest_first_in_steps(articles: list[Article]) -> Generator[None, None, list[Article]]:
    """``LibraryQuery().sorted(articles)`` (newest first, then by title and id), worked out a
    step at a time, for a caller that lets its event loop run between steps (the palette's
    listing): a piece sorted, or a few hundred articles merged. One sort of 100,000
    articles, comparing in C, held the interpreter for 0.23 s of CPU, seconds under load."""
    import heapq

    newest = {day: rank for rank, day in enumerate(sorted({a.date for a in articles}))}
    last = len(newest)

    def order(article: Article) -> tuple[int, str, str]:
        return (last - newest[article.date], article.title.casefold(), article.id)

    pieces = []
    for at in range(0, len(articles), NEWEST_PIECE):
        pieces.append(sorted(articles[at : at + NEWEST_PIECE], key=order))
        yield
    merged: list[Article] = []
    for article in heapq.merge(*pieces, key=order):
        merged.append(article)
        if len(merged) % MERGED_AT_ONCE == 0:
            yield
    return merged


_BEFORE_FIRST_WORD_RE = re.compile(r"^[\W_]+")


def title_key(title: str) -> str:
    """What the title order compares (accents and case ignored), from the title's first
    letter or digit: “We are sure to defeat Daesh” goes under W, "- Category" under C (their
    marks sorted 200 imported titles' quoted ones before every letter). A title of marks
    alone keeps them."""
    folded = fold(title)
    return _BEFORE_FIRST_WORD_RE.sub("", folded) or folded


def source_key(source: str) -> tuple[bool, str]:
    """What the source order compares: A-Z, accents and case ignored, no source last."""
    return not source, fold(source)


def _existing(store: Store, ids: Iterable[str]) -> list[Article]:
    found = []
    for article_id in ids:
        try:
            found.append(store.article(article_id))
        except UnknownId:
            continue
    return found


def _text_matches(
    store: Store,
    text: str,
    index: SearchIndex | None,
    unsearched: list[str] | None = None,
    indexing: Callable[[int, int], None] | None = None,
) -> AbstractSet[str]:
    """Search ``index``, or the store's index file brought up to date for this one call
    (adding to ``unsearched`` the articles indexed by their title alone)."""
    if index is not None:
        return index.search(text)
    opened = SearchIndex.open(store.path)
    try:
        opened.sync(store, progress=indexing)
        found = opened.search(text)
        if opened.needs_sync:  # the file was damaged under the search: rebuilt, ask again
            opened.sync(store)
            found = opened.search(text)
        if unsearched is not None and (without := opened.indexed_without_text()):
            opened.sync(store, article_ids=without)  # a text put back since is read now
            found = opened.search(text)
            unsearched += opened.indexed_without_text()
        return found
    finally:
        opened.close()


def _entity_ids(store: Store, name: str, entities: EntityLookup | None) -> set[str]:
    if entities is None:
        entities = build_entity_index(store)
    return {getattr(item, "id", item) for item in entities.articles_for(name)}


def build_entity_index(store: Store) -> EntityLookup:
    """The entities of every article, honouring the user's corrections (slow: a worker's or a
    one-off command's job): the entity cache filled as every library-wide answer fills it,
    so each text is read as the reader reads it (a Markdown article's marks as spaces: a
    link's address is no organisation) and a text the recogniser fails on is left out
    rather than losing the rest (``EntityCache.failed`` names it)."""
    from diplotui.library.entity_cache import EntityCache

    cache = EntityCache.load(store)
    cache.fill(store)
    return cache.lookup(store)
