"""The domain model: plain dataclasses shared by every layer (no Textual, no TinyDB).

Every record converts to and from a JSON-ready dict with ``to_dict``/``from_dict`` so the
store, the exporters and the CLI all speak the same shape.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any, TypeVar

from diplotui.markup import is_markdown_origin

T = TypeVar("T")


def now_iso() -> str:
    """UTC timestamp used for every created/updated field (sortable as text)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def local_day(stamp: str) -> str:
    """The reader's own day of a stamp ``now_iso`` wrote ("2026-12-01" for a highlight made
    at 06:30 in Hanoi, stamped 23:30 the day before in UTC); a stamp that is no moment
    keeps its first ten characters."""
    return local_minute(stamp)[:10]


def local_minute(stamp: str) -> str:
    """A stamp ``now_iso`` wrote on the reader's own clock, to the minute ("2026-12-05
    20:17" for 13:17 UTC in Hanoi); a stamp that is no moment keeps its first sixteen
    characters, its "T" a space."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        return stamp[:16].replace("T", " ")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def new_id() -> str:
    """A random 12-hex-digit id; short enough to type, with ample room against collisions."""
    return os.urandom(6).hex()  # what secrets.token_hex does, without importing it


class EntityType(str, Enum):
    """The entity types of ``shared/entities/GUIDELINES.md``."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    DATE = "DATE"
    ROLE = "ROLE"
    LAW = "LAW"
    EVENT = "EVENT"


class AnchorStatus(str, Enum):
    """Where a highlight stands after its article's text last changed."""

    ANCHORED = "anchored"  # exact position still holds the quote
    MOVED = "moved"  # quote found elsewhere with matching context
    DRIFTED = "drifted"  # close fuzzy match; the changed text is kept in ``drift_text``
    ORPHAN = "orphan"  # no good place, or several equally good ones: never dropped


class SpeakerSource(str, Enum):
    """Who gave a highlight its speaker, which decides whether it may be given another: the
    finder improves every session, and a highlight kept the speaker of its day, cited wrong
    for ever; the user's own answer is never taken back by the finder's."""

    FOUND = "found"  # the finder's (with the user's speaker corrections applied as they
    # were): what the user sees follows its answer for the words now (``anchoring.spoken_now``)
    USER = "user"  # the user's own correction of the words' speaker: kept, always


SPEAKER_SOURCES = frozenset(source.value for source in SpeakerSource)


class ReadState(str, Enum):
    """Where an article stands in the analyst's reading: new from a feed, seen, or put away."""

    UNREAD = "unread"  # arrived from a feed and not opened yet
    READ = "read"  # opened (and every article saved by hand before states existed)
    ARCHIVED = "archived"  # out of the default list, still found by a search


_IMMUTABLE = (str, int, float, bool, type(None))


def json_copy(value: T) -> T:
    """A copy sharing nothing mutable with ``value``, for the JSON-shaped data of records
    and stored documents (dicts, lists, tuples of plain values): what ``copy.deepcopy`` and
    ``dataclasses.asdict`` do, at a fifth of their cost (they were a third of storing a
    refresh's 1,000 articles); anything else is deep-copied as before."""
    if isinstance(value, _IMMUTABLE):
        return value
    if isinstance(value, dict):
        return {key: json_copy(item) for key, item in value.items()}  # type: ignore[return-value]
    if isinstance(value, list):
        return [json_copy(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(json_copy(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, _Record):
        return value.to_dict()  # type: ignore[return-value]
    import copy

    return copy.deepcopy(value)


_FIELDS: dict[type, tuple[tuple[str, ...], frozenset[str]]] = {}


def _fields(cls: type) -> tuple[tuple[str, ...], frozenset[str]]:
    """A record class's field names, in order and as a set (looked up once per class)."""
    known = _FIELDS.get(cls)
    if known is None:
        names = tuple(f.name for f in dataclasses.fields(cls))
        known = _FIELDS[cls] = (names, frozenset(names))
    return known


class _Record:
    """Mixin giving dataclasses a lossless dict round trip that ignores unknown keys."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in _fields(type(self))[0]:
            value = getattr(self, name)
            data[name] = value.value if isinstance(value, Enum) else json_copy(value)
        return data

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = _fields(cls)[1]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class EntitySpan(_Record):
    """One entity mention: ``text == article_text[start:end]``."""

    start: int
    end: int
    type: str
    text: str


@dataclass(slots=True)
class Article(_Record):
    """An article's metadata. Its text lives in the store's body folder, keyed by ``text_hash``."""

    id: str
    title: str
    text_hash: str
    source: str = ""
    url: str = ""
    author: str = ""
    date: str = ""  # ISO date, possibly partial ("2025", "2025-07")
    date_is_guess: bool = False
    origin_path: str = ""  # file (or web address) it was imported from, for updates
    tags: list[str] = field(default_factory=list)
    note: str = ""
    imported_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    last_annotated_at: str = ""
    state: str = ReadState.READ.value  # stores from before reading states open as read
    feed_id: str = ""  # the feed it arrived from ("" for files and pages saved by hand)
    text_changed_at: str = ""  # when an update last replaced its text ("" if never)
    text_is_summary: bool = False  # the feed's summary, kept because its page gave no article
    conflict: str = ""  # set by a sync that kept two people's notes; cleared by editing the note
    edited: list[str] = field(default_factory=list)  # the details (title, source, date, url,
    # author) corrected by hand (``i``, ``meta``): an update of the text leaves them as they are
    earlier_texts: list[str] = field(default_factory=list)  # the hashes of the texts updates
    # replaced, oldest first: kept in the body folder, never taken for an import's leftovers

    @property
    def markdown(self) -> bool:
        """Whether it was imported from a Markdown file: its marks are shown as markup
        (left out), a plain text's ``*`` and ``_`` as data."""
        return is_markdown_origin(self.origin_path)


@dataclass(slots=True)
class Highlight(_Record):
    """A highlighted passage, anchored by W3C TextQuote and TextPosition selectors."""

    id: str
    article_id: str
    start: int
    end: int
    quote: str  # TextQuoteSelector.exact
    prefix: str = ""  # TextQuoteSelector.prefix
    suffix: str = ""  # TextQuoteSelector.suffix
    color: str = "key"  # a palette key, see annotations palette
    note: str = ""
    tags: list[str] = field(default_factory=list)
    status: str = AnchorStatus.ANCHORED.value
    drift_text: str = ""  # for drifted highlights: what the article says there now
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    speaker: str = ""  # who said the highlighted words, when they are a statement
    speaker_role: str = ""  # the speaker's role as the article gives it
    speaker_source: str = ""  # a SpeakerSource: whose the speaker is; "" for no speaker, and
    # for one stored before sources were (read as the finder's: README, who said what)
    author: str = ""  # who made it (set by a shared library's sync, see diplotui.share)
    conflict: str = ""  # why a sync kept it flagged (deleted vs edited, two notes); "" if none

    @property
    def words_at_place(self) -> str:
        """What the article said at its offsets when it was last anchored."""
        return self.drift_text if self.status == AnchorStatus.DRIFTED.value else self.quote

    def holds_its_place(self, text: str) -> bool:
        """Whether its offsets still hold those words in ``text`` (an orphan has no place)."""
        return (
            self.status != AnchorStatus.ORPHAN.value
            and 0 <= self.start < self.end <= len(text)
            and text[self.start : self.end] == self.words_at_place
        )


FEED_MIN_INTERVAL = 60
"""Seconds between two fetches of one feed unless the user sets another interval."""

ONE_LINE_CHARS = 500
"""The most of a title, source or author that is kept, whoever states it (a text's headline,
a file's front matter, a feed): a feed sent a title of a megabyte, stored and printed whole."""


def too_long_for_a_line(value: str, what: str) -> str | None:
    """Why ``value``, typed as a title, source, author or speaker's name, is refused (it is
    longer than ``ONE_LINE_CHARS``), or None: a whole article pasted into a title was
    stored, and listed, whole. The command line and the app say the same."""
    if len(value) <= ONE_LINE_CHARS:
        return None
    return f"{what} is {len(value):,} characters long: at most {ONE_LINE_CHARS}"


@dataclass(slots=True)
class Feed(_Record):
    """A subscribed feed: where it is, what it is called, and what its last fetch learnt."""

    id: str
    url: str  # updated when the server redirects permanently
    name: str = ""  # the user's name for it; else its own title names it
    title: str = ""  # the feed's own title
    site_url: str = ""
    tags: list[str] = field(default_factory=list)  # given to every article it brings
    etag: str = ""  # validators for the next conditional GET
    last_modified: str = ""
    last_fetched: str = ""  # when a fetch last got an answer (the minimum interval counts from it)
    min_interval: int = FEED_MIN_INTERVAL  # seconds between two fetches, whoever asks
    retry_after: str = ""  # the server asked (429/503) not to be asked again before this time
    gone: bool = False  # HTTP 410: never fetched again
    items: dict[str, list[str]] = field(default_factory=dict)  # guid -> [article id, stamp]
    # articles holding the feed's summary because their page failed: article id -> [failed
    # tries, last try (ISO time)]; retried with a doubling pause on later refreshes
    summary_retries: dict[str, list[str]] = field(default_factory=dict)
    added_at: str = field(default_factory=now_iso)

    @property
    def display_name(self) -> str:
        return self.name or self.title or self.url


@dataclass(frozen=True, slots=True)
class RemovedArticle:
    """An article taken out of the store, with everything needed to put it back as it was."""

    article: Article
    highlights: list[Highlight]
    speaker_corrections: list[SpeakerCorrection] = field(default_factory=list)


@dataclass(slots=True)
class EntityCorrection(_Record):
    """A user's correction to the recogniser, applied to every article.

    kind: "add" (``text`` is an entity of ``type``), "remove" (``text`` is not an entity),
    or "alias" (``text`` names the same entity as ``canonical``).
    """

    id: str
    kind: str
    text: str
    type: str = ""
    canonical: str = ""
    created_at: str = field(default_factory=now_iso)


@dataclass(slots=True)
class SpeakerCorrection(_Record):
    """A user's correction of who made one statement of one article: the finder gave the
    words to the wrong speaker, or read a statement where there is none (``speaker`` "").

    The words are anchored like a highlight (``quote`` with its ``prefix``/``suffix``, at
    ``start``/``end``), so a changed text keeps the correction where they still are; when they
    are gone it becomes an orphan (``status``), listed, never dropped.
    """

    id: str
    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    speaker: str = ""  # "" : the words are no statement
    role: str = ""
    organisation: str = ""
    status: str = AnchorStatus.ANCHORED.value
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)


QUOTE_STYLES: tuple[str, ...] = ("plain", "markdown", "chicago", "apa")
"""The citation styles a copy is made in (``cite``), the only ones a quote record names."""


@dataclass(slots=True)
class QuoteRecord(_Record):
    """One copied quote, kept in the quote history before any clipboard is tried."""

    id: str
    text: str  # exactly what was copied (quote plus citation)
    style: str
    article_id: str = ""
    highlight_id: str = ""
    created_at: str = field(default_factory=now_iso)


@dataclass(slots=True)
class SavedFilter(_Record):
    """A named library filter shown as a virtual folder (like newsboat's query feeds)."""

    name: str
    query: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Statement(_Record):
    """Something a speaker said, as the article reports it: ``text == article_text[start:end]``.

    kind is "direct" (the words inside quotation marks) or "reported" (the clause governed by
    a verb of communication); speaker_type is "PERSON", "ORG" or "GROUP".
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str
    speaker_key: str
    speaker_type: str
    role: str = ""
    organisation: str = ""
    verb: str = ""  # the reporting verb as written ("stressed", "adding")
    verb_past: str = ""  # its past tense, for "X said"-style labels ("added")
    said_on: str = ""  # the date its attribution gives, as written ("November 12"): when
    # it was said, resolved against the article's date when shown (statements.when)
    named_as: str = ""  # the speaker as the article names them where the library lists them
    # under another name (``speaker`` "Ministry of Foreign Affairs (Mali)" for "Mali's foreign
    # ministry": statements.countries); "" when the two are the same


def named_in_a_line(statement: Statement) -> Statement:
    """``statement`` with its speaker, role and organisation each cut to ``ONE_LINE_CHARS``,
    as statements leave the finder: it names a speaker with the article's words, and a
    "name" of 10,000 letters went into the highlights made on the statement, which the
    library's own export then could not import again, nor a teammate's sync read (every
    door that takes a speaker takes one line at most)."""
    fields = (statement.speaker, statement.role, statement.organisation)
    if max(map(len, fields)) <= ONE_LINE_CHARS:
        return statement
    speaker, role, organisation = (value[:ONE_LINE_CHARS] for value in fields)
    return dataclasses.replace(statement, speaker=speaker, role=role, organisation=organisation)


def version_label(author: str) -> str:
    """The line heading one author's note in a note two authors wrote at once."""
    return f"--- {author}'s version ---"


def is_version_label(line: str) -> bool:
    """Whether ``line`` heads one version of a conflicting note (``version_label``)."""
    return line.startswith("--- ") and line.endswith("'s version ---")
