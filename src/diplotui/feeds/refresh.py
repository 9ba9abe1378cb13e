"""Refresh feeds: fetch them politely, turn new items into articles, update changed ones.

The network runs in an asyncio loop in the calling thread (never the UI's: the app calls this
from a worker), feed parsing and page extraction in a child process or one thread beside it
(``workers``), and every store access in one more thread through ``access``, in order: the
app hands it to its UI thread (``tui/store_writes.py``), each feed's articles written in small
batches, each one durable write, so new articles show up while other feeds are still being
fetched. ``diplotui refresh`` (``write_in``) fetches with the store read-only, writes the texts
to their files meanwhile (``TextsAhead``) and the records at the end, under the lock.

A feed that fails changes nothing stored, except that HTTP 410 marks it gone and a server's
``Retry-After`` beyond our patience is remembered, so that neither is asked again too soon.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
from collections import Counter
from collections.abc import Callable, Coroutine, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from functools import partial
from typing import Any, TypeVar

from diplotui.feeds.fetch import Fetcher, FetchError, FetchPolicy, Response
from diplotui.feeds.outlet import feed_outlet
from diplotui.feeds.pages import (
    KnownArticles,
    PageError,
    fetch_page,
    fetch_page_or_reason,
    names_a_page,
)
from diplotui.feeds.parse import (
    BY_TITLE,
    FeedItem,
    FeedParseError,
    NotAFeed,
    ParsedFeed,
    links_apart_after_a_hash,
    parse_feed,
    shared_links,
)
from diplotui.feeds.subscriptions import merge_feed, other_feed_at, younger_twins
from diplotui.feeds.workers import ParsingWorker, extraction_executor
from diplotui.ingest.formats import ParsedDocument
from diplotui.ingest.metadata import title_from_text
from diplotui.ingest.update import LostWords, apply_update, new_article, take_details
from diplotui.layout import one_line
from diplotui.library.feed_health import record_outcomes
from diplotui.model import Article, Feed, ReadState, now_iso
from diplotui.store import Store, StoreError, TextsAhead, UnknownId, body_path, text_hash
from diplotui.tags import tag_key
from diplotui.team_deletions import TeamDeletion, team_deletions
from diplotui.text.addresses import addresses_apart, article_url, is_web_address
from diplotui.text.plural import plural

LONGEST_WAIT = timedelta(days=1)
"""A server's wait (``Retry-After``) honoured at most this long: a later time was set by a
clock that has since been put back, or by a server that would silence the feed for good."""
T = TypeVar("T")
Access = Callable[[Callable[[], T]], T]
"""Runs a function where store access is safe and returns its result."""

MAX_NEW_ITEMS = 200
"""New items taken from one feed per refresh; the rest wait for the next refresh."""
FULL_SUMMARY_CHARS = 1500
"""A summary this long, or of three paragraphs or more, is the article itself (RSS 0.9x and
many CMSs put the whole text in the description)."""
STOP_POLL = 0.1
"""Seconds between two looks at a refresh's ``stop``."""
WRITE_CHUNK = 50
"""Articles per durable write when the store is written directly (the CLI)."""
KEYS_PER_TURN = 1000
"""Stored articles read per store turn when a refresh starts (about 10 ms on the UI thread)."""
SHARED_WRITE_CHUNK = 10
"""Articles per durable write when ``access`` hands each write to another thread (the app's
UI thread, which must answer a key within 50 ms: ten articles take about 10 ms)."""

NAMED_ITEM_CHARS = 100
"""How much of an item's title a warning line shows (a feed's title may be megabytes)."""


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """Reported after each feed: how far the refresh is."""

    done: int
    total: int
    feed_id: str
    feed_name: str
    new: int  # new articles so far, all feeds
    new_ids: tuple[str, ...] = ()  # this feed's new articles (stored already)


@dataclass(frozen=True, slots=True)
class PageFailure:
    """One item whose page gave no article, said with its feed's others: a feed whose pages
    all fail gave a warning line per item, 200 lines burying the ones that matter."""

    item: str  # the item's title (or link), one line
    outcome: str  # what became of it: a key of ``PAGE_OUTCOMES``
    reason: str

    def line(self) -> str:
        return f"{self.item}: {self.outcome} ({self.reason})"


NO_PAGE = "the feed's summary is the article"
PAGE_OUTCOMES = {
    "kept the feed's summary": "their summaries kept",
    "not updated": "their articles not updated",
    "skipped, no text": "skipped, no summary to keep",
    "given up, the summary stays": "given up: their summaries stay",  # after their last try
    NO_PAGE: "their summaries are the articles",  # no page to fetch, now or ever
}
"""Each outcome of a failed page, and how a line of many such items says it."""


def page_warnings(failures: list[PageFailure]) -> list[str]:
    """One line per outcome: its count, the commonest reason and what was kept instead (a
    lone item keeps its own line, which names it)."""
    lines = []
    for outcome, plural_said in PAGE_OUTCOMES.items():
        alike = [failure for failure in failures if failure.outcome == outcome]
        if len(alike) == 1:
            lines.append(alike[0].line())
        elif alike:
            (reason, times), *others = Counter(f.reason for f in alike).most_common()
            said = f"{times:,} of them {reason}" if others else reason
            lines.append(f"{len(alike):,} item pages not fetched ({said}), {plural_said}")
    return lines


@dataclass(slots=True)
class FeedResult:
    """What one feed's refresh did."""

    feed_id: str
    name: str
    new: int = 0
    updated: int = 0
    lost: LostWords = field(default_factory=LostWords)  # highlights the updates drifted, orphaned
    unchanged: bool = False  # the server answered 304
    skipped: str = ""  # why it was not fetched (checked recently, gone, asked to wait)
    due_in: float = 0.0  # checked recently: seconds until it may be fetched again
    checked_ago: float = 0.0  # checked recently: seconds since
    summaries: int = 0  # new articles holding the feed's summary: their pages gave no article
    held_already: int = 0  # items new to the feed that another feed or a hand had stored
    same_text: int = 0  # new items whose page gave the text of one of the feed's articles
    deleted_by_team: Counter[str] = field(default_factory=Counter)  # skipped, by deleter
    deleted_items: list[str] = field(default_factory=list)  # their links, for --verbose
    merged_into: str = ""  # moved (301/308) to this feed's address: merged into it
    moved_to: str = ""  # the address a permanent redirect (301/308) moved it to, now kept
    apart: str = ""  # the host or address ``name`` ends with, naming it apart from a namesake
    error: str = ""
    warnings: list[str] = field(default_factory=list)
    page_failures: list[PageFailure] = field(default_factory=list)  # each said in warnings
    article_ids: list[str] = field(default_factory=list)  # the new ones

    @property
    def failed(self) -> bool:
        return bool(self.error)


@dataclass(slots=True)
class RefreshSummary:
    results: list[FeedResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(r.new for r in self.results)

    @property
    def updated(self) -> int:
        return sum(r.updated for r in self.results)

    @property
    def failures(self) -> list[FeedResult]:
        return [r for r in self.results if r.failed]

    def line(self) -> str:
        """One line, e.g. "12 new in 5 feeds, 1 failed: UN News: timeout"."""
        fed = [r for r in self.results if r.new]
        parts = [f"{self.new} new in {_count(len(fed), 'feed')}" if fed else "nothing new"]
        if self.updated:
            lost = sum((r.lost for r in self.results), LostWords()).said()
            parts.append(f"{self.updated} updated" + (f" ({lost})" if lost else ""))
        held = sum(r.held_already for r in self.results)
        if held:  # else a feed just subscribed reads as broken: "nothing new", "0 articles"
            parts.append(f"{_count(held, 'item')} already in the library")
        same = sum(r.same_text for r in self.results)
        if same:  # 30 items behind one consent page were "1 new", 29 gone unsaid
            parts.append(f"{_count(same, 'item')} {SAME_TEXT_SAID}")
        deleted = sum((r.deleted_by_team for r in self.results), Counter[str]())
        if deleted:
            parts.append(skipped_as_deleted(deleted))
        summaries = sum(r.summaries for r in self.results)
        if summaries:  # else a one-line article reads as the whole story
            parts.append(f"{summaries} only the feed's summary (page failed, tried again later)")
        parts += _skipped(
            [r for r in self.results if r.skipped and r.due_in],
            [r for r in self.results if r.skipped and not r.due_in],
        )
        parts += [
            f"{r.name} moved to the address of {r.merged_into}: merged into it"
            for r in self.results
            if r.merged_into
        ]
        parts += [moved_line(r) for r in self.results if r.moved_to]
        if self.failures:
            reasons = "; ".join(f"{r.name}: {r.error}" for r in self.failures)
            parts.append(f"{len(self.failures):,} failed: {reasons}")
        return ", ".join(parts)

    def warning(self) -> str:
        """The feeds' warnings, one a line, the first :data:`WARNINGS_SAID` of them ("" for
        none): the app's one line said "nothing new" of a feed whose XML was malformed, where
        ``diplotui refresh`` warns on stderr of each. Nothing keeps a refresh's warnings, and
        a refresh run next skips the feeds just checked (one forced gets "unchanged" where the
        server answers 304), so "diplotui refresh lists them" sent the user to a command that
        listed none: those past the first few are counted, and the command that prints each
        warning a fetch meets is named whole, on a line of its own."""
        said = [f"{r.name}: {warning}" for r in self.results for warning in r.warnings]
        more = len(said) - WARNINGS_SAID
        if more > 0:
            said[WARNINGS_SAID:] = [
                f"and {_count(more, 'more warning')}, not kept: a fetch meeting them again "
                f"prints them all:\n{REFRESH_VERBOSE}"
            ]
        return "\n".join(said)


SAME_TEXT_SAID = "whose page gave another item's text, kept as its article"
"""Of items new to a feed whose pages gave the text of an article of the feed's (the same
consent or paywall page behind every link): they were counted nowhere, "1 new" of 30."""


NAMED_DELETERS = 3
"""Teammates a refresh's line names for the items it skipped; the others are counted (each
named, a desk of 40 made a line of 40 names)."""


def skipped_as_deleted(deleters: Counter[str]) -> str:
    """The items a refresh skipped as articles teammates deleted: "2 skipped: deleted by mai"
    (several deleters each counted: "3 skipped: deleted by mai (2), bob (1)", beyond
    ``NAMED_DELETERS`` "and 39 others (39)")."""
    total = sum(deleters.values())
    if len(deleters) == 1:
        return f"{total:,} skipped: deleted by {next(iter(deleters))}"
    ranked = deleters.most_common()
    each = ", ".join(f"{who} ({n:,})" for who, n in ranked[:NAMED_DELETERS])
    rest = ranked[NAMED_DELETERS:]
    if rest:
        each += f" and {plural(len(rest), 'other')} ({sum(n for _, n in rest):,})"
    return f"{total:,} skipped: deleted by {each}"


def _item_named(item: FeedItem) -> str:
    """An item as a line names it: its title, else the GUID its feed gave it; never the
    identity diplotui made for one with neither ("item-sha256:ffe6…", a hash that names
    nothing anyone can find in the feed)."""
    if item.title:
        return item.title
    return "an untitled item" if item.guid.startswith((BY_TITLE, "sha256:")) else item.guid


def moved_line(result: FeedResult) -> str:
    """What a permanent redirect did to the subscription: its address changed without a
    word, the refresh's line reading "unchanged", and `feed list` then named an address the
    user never typed."""
    return f"{result.name} moved for good to {result.moved_to}: fetched there from now on"


def _named_apart(summary: RefreshSummary, urls: Mapping[str, str]) -> RefreshSummary:
    """``summary`` with the feeds that share a name (``urls``: each feed's address by id)
    named each by what tells it apart (``addresses_apart``): two feeds titled alike gave
    "Mekong Monitor: cannot connect" twice, and no way to tell which."""
    named = {r.feed_id: (r.name, urls.get(r.feed_id, "")) for r in summary.results}
    apart = addresses_apart(named)
    for result in summary.results:
        if result.feed_id in apart:
            result.apart = apart[result.feed_id]
            result.name = f"{result.name} ({result.apart})"
    return summary


def _skipped(waiting: list[FeedResult], others: list[FeedResult]) -> list[str]:
    """What the feeds not fetched wait for, and until when: "UN News checked 12 s ago, next
    check in 48 s", or for several "3 feeds checked <1 min ago, next check in 48 s" (the
    longest ago, and the soonest check: the app's ``R`` and the CLI say the same)."""
    if len(waiting) == 1:
        parts = [f"{waiting[0].name} {waiting[0].skipped}"]
    elif waiting:
        longest = max(r.checked_ago for r in waiting)
        ago = "<1 min" if longest < 60 else f"up to {duration(longest)}"
        soonest = duration(min(r.due_in for r in waiting))
        parts = [f"{len(waiting):,} feeds checked {ago} ago, next check in {soonest}"]
    else:
        parts = []
    return parts + [f"{r.name}: {r.skipped}" for r in others]


_UNITS = ((90, 1, "s"), (90 * 60, 60, "min"), (math.inf, 3600, "h"))
"""Below how many seconds a duration is said in a unit: (bound, its seconds, its name)."""


def _unit(seconds: float) -> tuple[int, str]:
    return next((size, name) for bound, size, name in _UNITS if seconds < bound)


def duration(seconds: float) -> str:
    """ "48 s", "12 min", "3 h": how long, as a person says it, rounded up (a wait is never
    said shorter than it is)."""
    seconds = max(0.0, seconds)
    size, name = _unit(seconds)
    return f"{math.ceil(seconds / size)} {name}"


def checked_recently(age: float, interval: float) -> tuple[str, int]:
    """ "checked 12 s ago, next check in 48 s" for a feed fetched ``age`` seconds ago that
    waits ``interval`` seconds between fetches, and the seconds until it is due. Both are
    said in the interval's unit and add up to it: the wait rounded up (never promised too
    early), the age being what remains ("<1 min" when nothing does)."""
    wait = math.ceil(interval - age)
    size, name = _unit(interval)
    waited = math.ceil(wait / size)
    ago = max(0, round(interval / size) - waited)
    said = f"{ago} {name}" if ago else f"<1 {name}"
    return f"checked {said} ago, next check in {waited} {name}", wait


WARNINGS_SAID = 3
"""How many of a refresh's warnings the app's line says (then how many more)."""
REFRESH_VERBOSE = "diplotui refresh --verbose"
"""The command printing every warning of the feeds it fetches (and each failed item page)."""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _direct(function: Callable[[], T]) -> T:
    return function()


def refresh(
    store: Store,
    feed_ids: list[str] | None = None,
    *,
    progress: Callable[[RefreshProgress], None] | None = None,
    policy: FetchPolicy | None = None,
    access: Access[object] | None = None,
    force: bool = False,
    write_in: Callable[[], AbstractContextManager[Store]] | None = None,
    separate_process: bool = False,
    pause: Callable[[], None] | None = None,
    stop: Callable[[], bool] | None = None,
    fetched: Mapping[str, Response] | None = None,
    bring_back: bool = False,
) -> RefreshSummary:
    """Fetch the feeds (all, or ``feed_ids``) and store what is new; never raises for a feed.

    Feeds fetched less than their minimum interval ago, gone ones and ones whose server asked
    to wait are skipped (``force`` fetches those not gone anyway). ``progress`` is called from
    this thread after each feed. ``pause`` is called by the thread writing the new texts
    before each batch of them: the app's waits while a key is being handled (that thread's
    Python work took the interpreter lock from the UI thread, turn by turn).

    With ``write_in``, ``store`` is only read (it may be open read-only): everything is
    fetched and extracted first, then written in the store ``write_in()`` opens for writing,
    so a long refresh holds the store's write lock only while it writes. Whatever that open
    raises (another writer holds the lock) propagates, nothing stored.

    ``separate_process`` parses and extracts in a child process (``diplotui.feeds.workers``):
    the app's UI thread then never waits for the interpreter lock behind them, and the CLI
    parses on one core while it fetches and stores on the other.

    ``stop`` is asked every ``STOP_POLL`` seconds; once it says so, the fetches are cancelled
    and RefreshStopped is raised: what was stored stays stored (each write is whole), the
    rest is fetched by the next refresh. An app quitting asks it: a server trickling a page
    held the process's exit for up to the fetch's deadline, a minute.

    ``fetched`` maps a feed's id to its answer fetched just before (``discover_feed``'s, on
    subscribing), read as this refresh's fetch of that feed: the server is not asked twice.

    ``bring_back`` stores again the items whose articles were deleted, here or by a teammate
    (``refresh --bring-back``): the feeds are fetched whole, whenever last checked, and the
    next sync gives the articles back to the team. Else a deleted item stays out for good,
    whatever the feed does, and re-subscribing brought none back.
    """
    worker = ParsingWorker(extraction_executor(separate_process))
    run = _Refresh(
        store, policy or FetchPolicy(), access or _direct, force or bring_back, progress, worker
    )
    run.fetched = dict(fetched or {})
    run.bring_back = bring_back
    if pause is not None:
        run.pause = pause
    try:
        if write_in is None:
            try:
                summary = asyncio.run(_stoppable(run.all(feed_ids), stop))
            except StoreError:
                run.discard_unstored()
                raise
            _keep_outcomes(store, summary)
            return summary
        run.later = []
        run.ahead = TextsAhead(partial(body_path, store.path))
        try:
            summary = asyncio.run(run.all(feed_ids))
        finally:
            unwritten = run.ahead.finish()
        with write_in() as writable:
            try:
                run.write_later(writable, unwritten)
            except StoreError:
                run.discard_unstored()  # under the lock, which ``writable`` holds
                raise
            _keep_outcomes(store, summary)  # under it too: see _keep_outcomes
        return summary
    except StoreError as error:
        if run.stored_ids or run.stored_updates:
            raise RefreshPartlyStored(error, run.stored_ids, run.stored_updates) from error
        raise


def _keep_outcomes(store: Store, summary: RefreshSummary) -> None:
    """Each fetched feed's outcome, kept once what came in is stored (``library.feed_health``):
    the refresh's line is gone by the time a reader asks why a feed brings nothing. Called
    with the store's write lock held: the file is read, changed and written whole, and two
    refreshes writing it side by side kept one's outcomes (177 of 300 feeds' were left)."""
    fetched = ((r.feed_id, r.error) for r in summary.results if not r.skipped)
    record_outcomes(store.path, fetched, {feed.id for feed in store.feeds()})


class RefreshStopped(Exception):
    """A refresh ended early because its ``stop`` said so."""


class RefreshPartlyStored(StoreError):
    """A store write failed (a full disk) after earlier writes of the same refresh were
    stored: the failed write's own line said "nothing was saved", and the app, told so,
    listed none of the articles stored before it while its feeds section counted them."""

    def __init__(self, error: StoreError, article_ids: list[str], updated: int) -> None:
        stored = [plural(len(article_ids), "new article")] if article_ids else []
        stored += [f"{updated:,} updated"] if updated else []
        super().__init__(f"{' and '.join(stored)} stored, then: {error}")
        self.article_ids = article_ids
        self.updated = updated


async def _stoppable(work: Coroutine[Any, Any, T], stop: Callable[[], bool] | None) -> T:
    """``work``, cancelled once ``stop()`` says so (RefreshStopped then)."""
    if stop is None:
        return await work
    task = asyncio.ensure_future(work)
    while not task.done():
        if stop():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            raise RefreshStopped
        await asyncio.wait({task}, timeout=STOP_POLL)
    return task.result()


@dataclass(slots=True)
class _Planned:
    """An item that becomes a new article, or updates the one it made before."""

    item: FeedItem
    article_id: str = ""  # set for an update
    doc: ParsedDocument | None = None
    is_summary: bool = False
    fetched_at: tuple[str, ...] = ()  # where its page was asked for and found (none: no page)
    link_shared: bool = False  # other items give its link too: it names none of them
    failure: PageFailure | None = None  # its page gave no article (kept in the feed's order)
    deleted: TeamDeletion | None = None  # an article deleted here or by the team: not fetched
    team_copy: str = ""  # the article a teammate's sync brought of it: taken, not fetched

    def fetched_for(self, article: Article) -> bool:
        """Whether the item's text may update ``article``: the feed's own text for the item,
        or a page fetched at the article's address (its page's canonical one, or the link
        it was saved from). A page may name any address as canonical: item B's page naming
        A's stored article replaced A's text with B's."""
        if not self.fetched_at:
            return True
        own = {article_url(address) for address in (article.url, article.origin_path) if address}
        return any(article_url(address) in own for address in self.fetched_at if address)


class _Refresh:
    def __init__(
        self,
        store: Store,
        policy: FetchPolicy,
        access: Access[object],
        force: bool,
        progress: Callable[[RefreshProgress], None] | None,
        worker: ParsingWorker,
    ) -> None:
        self.store = store
        self.policy = policy
        self.access = access
        self.chunk = WRITE_CHUNK if access is _direct else SHARED_WRITE_CHUNK
        # a write handed to another thread (the app's UI thread) leaves its journal's fsync
        # to the refresh's own thread, which waits for the disk before it reports the write
        self.sync_in_write = access is _direct
        self.force = force
        self.progress = progress
        self.known = KnownArticles()
        self.feed_of: dict[str, str] = {}  # stored article id -> its feed's ("" for none)
        self.summaries: dict[str, tuple[str, str]] = {}  # articles holding a summary (their
        # pages are retried): article id -> (feed id, URL)
        self.later: list[Callable[[], None]] | None = None  # writes kept for the end
        self.ahead: TextsAhead | None = None  # their texts, written while fetching
        self.unsaved: list[Callable[[], None]] = []  # feed records to save with the next write
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="diplotui-feed-store")
        self.worker = worker
        self.pause: Callable[[], None] = lambda: None  # before each batch of texts written
        self.twins: set[str] = set()  # feeds at an older one's address: merged into it
        self.fetched: dict[str, Response] = {}  # feeds' answers fetched already, by feed id
        self.bring_back = False  # deleted items stored again (``refresh``)
        self.spelling: dict[str, str] = {}  # tag_key -> its spelling on stored articles
        self.other_spelling: dict[str, str] | None = None  # on highlights, feeds (``_spelt``)
        self.stored_ids: list[str] = []  # new articles, and how many updates, stored whole
        self.stored_updates = 0
        self.new_texts: set[str] = set()  # texts, and text folders, not on disk before this
        self.new_folders: set[str] = set()  # refresh wrote them (``discard_unstored``)

    async def in_store(self, function: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self.writer, self._turn, function)
        return result

    def _turn(self, function: Callable[[], T]) -> T:
        """One store access where it is safe; a write made there without its fsync is made
        durable here, before this refresh goes on (and so before it reports the write)."""
        result: T = self.access(function)  # type: ignore[assignment]
        if not self.sync_in_write:
            self.store.sync()
        return result

    async def write(self, function: Callable[[], None]) -> None:
        """A write: done now where store access is safe, or kept for ``write_later``."""
        if self.later is None:
            await self.in_store(function)
        else:
            self.later.append(function)

    def write_later(self, store: Store, unwritten: list[str]) -> None:
        """Do the kept writes, in order, in ``store`` (open for writing now): articles stored
        meanwhile by another writer are found again, not duplicated. Their texts are on disk
        already (``TextsAhead``), but for ``unwritten``, written and logged here first."""
        self.store = store
        self.known = KnownArticles.of(store)
        if unwritten:
            store.prepare_texts(unwritten)
        for function in self.later or []:
            function()

    async def all(self, feed_ids: list[str] | None) -> RefreshSummary:
        stopped = False
        try:
            feeds, keys = await self.in_store(lambda: self._start(feed_ids))
            known: list[tuple[str, str, str]] = []
            known_part = self._known_docs if self.access is _direct else self._known_articles
            for first in range(0, len(keys), KEYS_PER_TURN):
                part = keys[first : first + KEYS_PER_TURN]
                known.extend(await self.in_store(partial(known_part, part)))
            loop = asyncio.get_running_loop()
            self.known = await loop.run_in_executor(self.writer, KnownArticles.from_urls, known)
            summary = RefreshSummary()
            due = []
            for feed in feeds:
                not_due = self._not_due(feed)
                if not_due is not None:
                    summary.results.append(not_due)
                else:
                    due.append(feed)
            urls = {feed.id: feed.url for feed in feeds}
            if not due:
                return _named_apart(summary, urls)
            async with Fetcher(self.policy) as fetcher:
                pending = [self._feed(fetcher, feed) for feed in due]
                for done, finished in enumerate(asyncio.as_completed(pending), start=1):
                    result = await finished
                    summary.results.append(result)
                    if self.progress is not None:
                        step = RefreshProgress(
                            done,
                            len(due),
                            result.feed_id,
                            result.name,
                            summary.new,
                            tuple(result.article_ids),
                        )
                        self.progress(step)
            if self.unsaved:
                await self.write(partial(self._write_feeds, self._take_unsaved()))
            return _named_apart(summary, urls)
        except asyncio.CancelledError:
            stopped = True
            raise
        finally:
            self.writer.shutdown()
            self.worker.shutdown(wait=not stopped)  # stopped: the parsing is not waited for

    def _start(self, feed_ids: list[str] | None) -> tuple[list[Feed], list[str]]:
        """The feeds to refresh and the stored articles' ids (a short turn in the store)."""
        feeds = self.store.feeds()
        keys = list(self.store.article_ids())
        self.twins = younger_twins(feeds)
        if feed_ids is None:
            return feeds, keys
        wanted = set(feed_ids)
        return [feed for feed in feeds if feed.id in wanted], keys

    def _known_docs(self, keys: list[str]) -> list[tuple[str, str, str]]:
        """Some stored articles' (id, URL, text hash), noting their feeds and those holding
        a summary, read from their documents (the CLI: no article object is built)."""
        docs = self.store.article_ids()
        known = []
        for key in keys:
            doc = docs.get(key)
            if doc is not None:
                url = doc.get("url") or ""
                known.append((key, url, doc.get("text_hash") or ""))
                self._note_tags(doc.get("tags") or ())
                feed_id = self.feed_of[key] = doc.get("feed_id") or ""
                if doc.get("text_is_summary") is True:
                    self.summaries[key] = (feed_id, url)
        return known

    def _known_articles(self, keys: list[str]) -> list[tuple[str, str, str]]:
        """The same from the article objects, which the app has built for its list: no file
        read on its UI thread (each would wait for the interpreter lock behind the fetching
        threads). An article deleted since the keys were taken is passed over."""
        known = []
        for key in keys:
            try:
                article = self.store.article(key)
            except UnknownId:
                continue
            known.append((key, article.url, article.text_hash))
            self._note_tags(article.tags)
            self.feed_of[key] = article.feed_id
            if article.text_is_summary:
                self.summaries[key] = (article.feed_id, article.url)
        return known

    def _not_due(self, feed: Feed) -> FeedResult | None:
        """Why ``feed`` is not fetched now (and when it will be), or None to fetch it."""
        skipped = partial(FeedResult, feed.id, feed.display_name)
        if feed.gone:
            return skipped(skipped="gone (HTTP 410)")
        if self.force:
            return None
        now = datetime.now(timezone.utc)
        if feed.retry_after and now < _parse_time(feed.retry_after) <= now + LONGEST_WAIT:
            return skipped(skipped=f"the server asked to wait until {feed.retry_after[:16]}Z")
        if feed.last_fetched:
            age = (now - _parse_time(feed.last_fetched)).total_seconds()
            if 0 <= age < feed.min_interval:  # a fetch "in the future": the clock went back
                checked, wait = checked_recently(age, feed.min_interval)
                return skipped(skipped=checked, due_in=wait, checked_ago=age)
        return None

    async def _feed(self, fetcher: Fetcher, feed: Feed) -> FeedResult:
        result = FeedResult(feed.id, feed.display_name)
        response = self.fetched.pop(feed.id, None)
        if response is None:
            try:
                # bringing items back reads the feed whole: a 304 gives none of them
                validators = ("", "") if self.bring_back else (feed.etag, feed.last_modified)
                response = await fetcher.get(feed.url, *validators)
            except FetchError as error:
                return await self._failed(result, error)
        retries = dict(feed.summary_retries)
        if response.status == 304:
            result.unchanged = True
            await self._retry_pages(fetcher, feed, result, retries, set())
            result.warnings += page_warnings(result.page_failures)
            save = partial(self._save_feed, feed.id, response, None, {}, True, retries, result)
            self.unsaved.append(save)
            return result
        loop = asyncio.get_running_loop()
        try:
            try:
                parsed = await self._parse(response)
            except NotAFeed as page:
                if not page.alternates:
                    raise
                response = await self._named_feed(fetcher, feed, response, page.alternates[0])
                parsed = await self._parse(response)
        except (FeedParseError, FetchError) as error:  # FetchError: the feed a page names
            result.error = str(error)
            return result
        except Exception as error:  # a parser bug on hostile bytes fails this feed alone
            result.error = f"cannot parse ({type(error).__name__}: {error})"[:300]
            return result
        result.warnings.extend(parsed.warnings)
        result.name = feed.name or parsed.title or result.name
        items, complete = self._items(feed, parsed, result)
        # as this fetch describes it: a feed's first fetch cited its items by its address
        described = replace(
            feed, title=parsed.title or feed.title, site_url=parsed.site_url or feed.site_url
        )
        planned = await asyncio.gather(*(self._text(fetcher, described, p, result) for p in items))
        result.page_failures += [p.failure for p in planned if p.failure is not None]
        updating = {p.article_id for p in planned if p.article_id}
        await self._retry_pages(fetcher, feed, result, retries, updating)
        result.warnings += page_warnings(result.page_failures)
        ready = [p for p in planned if p.doc is not None]
        seen = dict(_known_items(feed, parsed))
        for skipped in planned:
            if skipped.deleted is not None:
                _skip_deleted(result, seen, skipped.item, skipped.deleted)
        copies = [p for p in planned if p.team_copy]
        for copy in copies:
            seen[copy.item.guid] = [copy.team_copy, copy.item.stamp]
        if copies:  # stored with the first write, or the feed's record
            result.held_already += len(copies)
            self.unsaved.append(
                partial(self._take_team_copies, feed.id, [p.team_copy for p in copies])
            )
        for start in range(0, len(ready), self.chunk):
            chunk = ready[start : start + self.chunk]
            texts = [p.doc.text for p in chunk if p.doc is not None]
            self._note_new(texts)
            if self.ahead is not None:  # written in the background while fetching goes on
                self.ahead.submit(self._fresh(texts))
            elif self.later is None:  # written in this thread, ahead of the batch
                await loop.run_in_executor(self.writer, self._prepare, texts)
            saves = self._take_unsaved()
            await self.write(partial(self._write, feed, chunk, seen, result, saves, retries))
        save = partial(self._save_feed, feed.id, response, parsed, seen, complete, retries, result)
        self.unsaved.append(save)
        return result

    async def _parse(self, response: Response) -> ParsedFeed:
        return await self.worker.run(
            parse_feed, response.content, response.url, response.content_type, response.charset
        )

    async def _named_feed(self, fetcher: Fetcher, feed: Feed, page: Response, url: str) -> Response:
        """The feed at ``url``, named by the page the feed's address now gives (a site that
        moved its feed and redirects the old address to its home page). Moved there for good
        (301 or 308 all the way), the subscription follows to the feed's own address; else it
        keeps its address, and no validators (the next fetch sends them to that page)."""
        try:
            found = await fetcher.get(url, origin=feed.url)
        except FetchError as error:
            raise FetchError(f"{url} (named by the page {page.url}): {error}") from None
        if page.stored_url == page.url != feed.url:
            return found
        headers = {k: v for k, v in found.headers.items() if k not in ("etag", "last-modified")}
        return replace(found, headers=headers, stored_url="")

    async def _retry_pages(
        self,
        fetcher: Fetcher,
        feed: Feed,
        result: FeedResult,
        retries: dict[str, list[str]],
        updating: set[str],
    ) -> None:
        """Try again the pages of this feed's articles that hold its summary, those whose
        pause is over (whether the feed changed or not): an article is replaced through the
        update path; a page failing again waits twice as long, and is given up after
        ``policy.page_retries`` tries. ``updating``: articles this refresh updates anyway."""
        now = datetime.now(timezone.utc)
        due = [
            (article_id, url)
            for article_id, (feed_id, url) in self.summaries.items()
            if feed_id == feed.id
            and is_web_address(url)  # a summary kept before links were checked: no page
            and article_id not in updating
            and _retry_due(retries.get(article_id), now, self.policy)
        ]
        if not due:
            return
        pages = await asyncio.gather(
            *(fetch_page_or_reason(fetcher, url, self.worker, feed.url) for _id, url in due)
        )
        found: list[tuple[str, ParsedDocument]] = []
        for (article_id, url), page in zip(due, pages, strict=True):
            if isinstance(page, ParsedDocument):
                found.append((article_id, page))
                continue
            state = retries.get(article_id)
            tries = _retry_tries(state) + 1
            retries[article_id] = _retry_record(tries, _day_in_utc(state))
            if tries > self.policy.page_retries:  # said with the others given up: one line
                reason = f"after {tries} tries: {page}"
                result.page_failures.append(PageFailure(url, "given up, the summary stays", reason))
        if found:
            await self.write(partial(self._write_pages, feed, found, result, retries))

    def _write_pages(
        self,
        feed: Feed,
        found: list[tuple[str, ParsedDocument]],
        result: FeedResult,
        retries: dict[str, list[str]],
    ) -> None:
        """Replace kept summaries by their pages' articles, keeping what the feed said
        (title, author, date) over what the page suggests."""
        store = self.store
        updated_before = result.updated
        with store.batch(sync=self.sync_in_write):
            for article_id, page in found:
                in_utc = _day_in_utc(retries.pop(article_id, None))
                if article_id not in store.article_ids():
                    continue  # deleted meanwhile
                article = store.article(article_id)
                if not article.text_is_summary:
                    continue  # replaced meanwhile
                doc = ParsedDocument(
                    text=page.text,
                    title=article.title or page.title,
                    source=article.source,  # as stored: a refresh renames no outlet cited
                    url=page.url or article.url,
                    author=article.author or page.author,
                    date=outlet_day(article.date, in_utc, page.date),
                )
                article.text_is_summary = False
                result.lost += apply_update(store, article, doc)
                result.updated += 1
        self.stored_updates += result.updated - updated_before

    def _note_new(self, texts: list[str]) -> None:
        """Note which of these texts, and of their folders, are not on disk yet: this refresh
        writes them, and deletes them again if its store write fails (``discard_unstored``)."""
        for text in texts:
            path = body_path(self.store.path, text_hash(text))
            if not path.exists():
                self.new_texts.add(path.stem)
                if not path.parent.exists():
                    self.new_folders.add(path.parent.name)

    def discard_unstored(self) -> None:
        """After a store write failed (a full disk): delete the texts and text folders this
        refresh made that no stored article names, so the store's folder is as before but for
        what it stored (doctor listed them left over). What stops it is left as it was: the
        write's own error is the one said."""
        if self.new_texts:
            with contextlib.suppress(StoreError, OSError):
                self._turn(partial(self.store.discard_texts, self.new_texts, self.new_folders))

    def _fresh(self, texts: list[str]) -> list[str]:
        """The texts no stored article has."""
        return [text for text in texts if text_hash(text) not in self.known.by_hash]

    def _prepare(self, texts: list[str]) -> None:
        """Write the texts of new articles before the batch that stores them, in this thread:
        the batch (on the app's UI thread) then costs only its journal line."""
        self.pause()
        self.store.prepare_texts(self._fresh(texts))

    def _take_unsaved(self) -> list[Callable[[], None]]:
        """The feed records waiting to be saved (they ride along the next write: a refresh of
        50 feeds costs one durable write per batch of articles, not one more per feed)."""
        saves, self.unsaved = self.unsaved, []
        return saves

    def _write_feeds(self, saves: list[Callable[[], None]]) -> None:
        with self.store.batch(sync=self.sync_in_write):
            for save in saves:
                save()

    async def _failed(self, result: FeedResult, error: FetchError) -> FeedResult:
        result.error = str(error)
        if error.gone or error.retry_after is not None:
            self.unsaved.append(partial(self._remember_refusal, result.feed_id, error))
        return result

    def _items(
        self, feed: Feed, parsed: ParsedFeed, result: FeedResult
    ) -> tuple[list[_Planned], bool]:
        """The items to turn into articles: new ones (first ``MAX_NEW_ITEMS``) and changed
        ones. Returns them and whether every new item was taken."""
        unique: dict[str, FeedItem] = {}
        for item in parsed.items:
            unique.setdefault(item.guid, item)
        repeated = len(parsed.items) - len(unique)
        if repeated:
            repeat = "item repeats" if repeated == 1 else "items repeat"
            result.warnings.append(f"{repeated} {repeat} another's GUID (the first kept)")
        planned: list[_Planned] = []
        new = 0
        deleted = team_deletions(self.store)
        held = self.store.article_ids()
        shared = shared_links(parsed.items) | links_apart_after_a_hash(parsed.items)
        for item in unique.values():
            entry = _item_entry(feed, item.guid)
            gone = entry is not None and entry[0] not in held  # its article deleted here
            deletion = (
                None if self.bring_back else deleted.before_fetch(item.guid, item.link, item.date)
            )
            if self.bring_back and gone:
                entry = None  # a new item once more
            if entry is None and deletion is not None:  # its page is not fetched for nothing
                planned.append(_Planned(item, deleted=deletion))
            elif gone and not self.bring_back:
                continue  # deleted here: it stays deleted, its changed page left unfetched
            elif entry is None and (copy := self._team_copy(item, held, shared)):
                planned.append(_Planned(item, team_copy=copy))
            elif entry is None:
                new += 1
                if new <= MAX_NEW_ITEMS:
                    planned.append(_Planned(item, link_shared=item.link in shared))
            elif entry[1] != item.stamp and self.feed_of.get(entry[0], feed.id) == feed.id:
                # another feed's article cross-posted here is not this feed's to update: its
                # page is not fetched for nothing, nor a failure to reach it reported
                planned.append(_Planned(item, article_id=entry[0]))
        if new > MAX_NEW_ITEMS:
            result.warnings.append(
                f"{new:,} new items: the first {MAX_NEW_ITEMS} taken, the rest next refresh"
            )
        return planned, new <= MAX_NEW_ITEMS

    def _team_copy(self, item: FeedItem, held: Mapping[str, Any], shared: set[str]) -> str:
        """The id of the article a teammate's sync brought at ``item``'s address and of its
        day (or either undated: not the next issue of a page at a fixed link), or "". A sync
        shares no feed and no address an article was fetched or imported from, so the copy
        has neither: it becomes this feed's item, its page not fetched again, where a
        teammate's feed listed "0 articles" over its copies and fetched every page anew."""
        if not item.link or item.link in shared or not names_a_page(item.link):
            return ""
        article_id = self.known.by_url.get(article_url(item.link), "")
        doc = held.get(article_id)
        if doc is None or doc.get("feed_id") or doc.get("origin_path"):
            return ""  # a feed's, a page saved by hand, a file imported
        day = doc.get("date") or ""
        return article_id if not day or not item.date or day == item.date[:10] else ""

    def _take_team_copies(self, feed_id: str, article_ids: list[str]) -> None:
        """Make the teammates' copies ``feed``'s articles, their time stamps kept (no edit of
        theirs: a sync shares no feed), so the feeds section and ``feed list`` count them."""
        stored = self.store.article_ids()
        taken = [
            replace(self.store.article(key), feed_id=feed_id)
            for key in article_ids
            if key in stored and not stored[key].get("feed_id")
        ]
        self.store.save_as_given(articles=[(article, None) for article in taken])
        for article in taken:
            self.feed_of[article.id] = feed_id

    async def _text(
        self, fetcher: Fetcher, feed: Feed, planned: _Planned, result: FeedResult
    ) -> _Planned:
        """Fill ``planned.doc``: the feed's full text, else the page's article, else the
        summary (said in a warning); an update whose page fails waits for the next refresh."""
        item = planned.item
        if planned.deleted is not None or planned.team_copy:
            return planned
        page: ParsedDocument | None = None
        text = _full_text(item)
        if not text and item.link and not is_web_address(item.link):
            # a mailto: or javascript: link has no page to fetch, now or on any retry: the
            # feed's text is all there is, said once (a known item is not planned again)
            # (said with the feed's others: a feed of 200 such items gave 200 lines)
            name = one_line(item.title or item.guid, NAMED_ITEM_CHARS)
            link = one_line(item.link, NAMED_ITEM_CHARS)
            kept = NO_PAGE if item.content or item.summary else "skipped, no text"
            reason = "not a web address, no page to fetch"
            planned.failure = PageFailure(f"{name} ({link})", kept, reason)
        elif not text and item.link:
            try:
                page = await fetch_page(fetcher, item.link, self.worker, feed.url)
                text = page.text
                planned.fetched_at = (item.link, page.fetched_from)
            except PageError as error:
                name = one_line(item.title or item.link, NAMED_ITEM_CHARS)
                if planned.article_id in self.summaries:
                    # its page failed before and fails again: the article holds the feed's
                    # summary, which the feed has changed since (a corrected headline, a
                    # fuller teaser), so the new summary replaces it (its page tried later)
                    planned.is_summary = True
                elif planned.article_id:
                    planned.failure = PageFailure(name, "not updated", str(error))
                    return planned
                elif item.content or item.summary:
                    planned.failure = PageFailure(name, "kept the feed's summary", str(error))
                    planned.is_summary = True  # counted once stored (it may be a duplicate)
                else:
                    planned.failure = PageFailure(name, "skipped, no text", str(error))
        text = text or item.content or item.summary
        if not text:
            if not item.link:
                result.warnings.append(f"{_item_named(item)}: skipped (no text, no link)")
            return planned
        planned.doc = ParsedDocument(
            text=text,
            title=item.title or (page.title if page else "") or title_from_text(text),
            source=feed_outlet(feed, page.source if page else ""),
            url=(page.url if page else "") or item.link,
            author=item.author or (page.author if page else ""),
            date=outlet_day(item.date, item.date_in_utc, page.date if page else ""),
        )
        return planned

    def _write(
        self,
        feed: Feed,
        chunk: list[_Planned],
        seen: dict[str, list[str]],
        result: FeedResult,
        saves: list[Callable[[], None]],
        retries: dict[str, list[str]],
    ) -> None:
        """One durable write: the chunk's new articles and updates, and the feed records
        waiting to be saved. An article that keeps the feed's summary gets its page retried
        later (``retries``). Only a feed's own articles are updated: an item of another
        feed's article (the same URL or text, cross-posted) or of one saved by hand is a
        duplicate, whatever that feed does to its copy, so the article keeps its source and
        its feed (where the feeds section counts it)."""
        store = self.store
        new_before, updated_before = len(result.article_ids), result.updated
        deleted = team_deletions(store)
        with store.batch(sync=self.sync_in_write):
            for save in saves:
                save()
            for planned in chunk:
                doc = planned.doc
                assert doc is not None
                item = planned.item
                if planned.article_id:
                    if planned.article_id not in store.article_ids():
                        seen[item.guid] = [planned.article_id, item.stamp]
                        continue  # deleted by the user: it stays deleted
                    article = store.article(planned.article_id)
                    if item.guid != item.link or not self._another_issue(article, doc):
                        if article.feed_id == feed.id:  # else a copy of another's article
                            self._update_own(feed, article, planned, result, retries)
                        seen[item.guid] = [article.id, item.stamp]
                        continue
                earlier = self._known_before_by_title(feed, item, doc)
                if earlier is not None:
                    self._update(earlier, planned, result, retries)
                    seen[item.guid] = [earlier.id, item.stamp]
                    continue
                existing = self._known_as(feed, doc, item.link, planned.link_shared)
                if existing is not None and not self._another_issue(existing, doc):
                    own = existing.feed_id == feed.id and names_a_page(existing.url)
                    if own and planned.fetched_for(existing):
                        # its own item again under a new GUID (not a front page items share)
                        self._update(existing, planned, result, retries)
                    elif existing.feed_id != feed.id:
                        result.held_already += 1
                    else:  # another item's page, the same text: one article, said so
                        result.same_text += 1
                    seen[item.guid] = [existing.id, item.stamp]
                    continue
                deletion = deleted.of((item.link, doc.url), text_hash(doc.text), doc.date)
                if (
                    deletion is not None and not self.bring_back
                ):  # a teammate's deletion: not given back to the team
                    _skip_deleted(result, seen, item, deletion)
                    continue
                doc.tags = self._spelt(feed.tags)
                article = _new_article(store, doc, item.link, feed.id, planned.is_summary)
                store.add_article(article, doc.text)
                if planned.is_summary:
                    retries[article.id] = _retry_record(1, item.date_in_utc)
                    result.summaries += 1
                self.known.add(article, item.link)
                seen[item.guid] = [article.id, item.stamp]
                result.new += 1
                result.article_ids.append(article.id)
        self.stored_ids.extend(result.article_ids[new_before:])
        self.stored_updates += result.updated - updated_before

    def _known_as(
        self, feed: Feed, doc: ParsedDocument, link: str, link_shared: bool = False
    ) -> Article | None:
        """The stored article an item new to ``feed`` is: at its address, of its text, of
        its words in another form or layout, or (another door's: a page saved by hand) of
        its headline and day with a version of its text. The feed's own articles are not
        taken by headline: two items of one title on one day are two articles. A link other
        items share (a front page) is no address of the item: the second story of a day
        linking it was taken for the first, and dropped."""
        store = self.store
        known = self.known
        same = known.find_text(store, doc.text) if link_shared else known.find(store, doc, link)
        found = same or known.find_words(store, doc)
        if found is None:
            titled = self.known.story_titled(store, doc)
            found = titled if titled is not None and titled.feed_id != feed.id else None
        return found

    def _another_issue(self, article: Article, doc: ParsedDocument) -> bool:
        """Whether an item at the address of ``article`` (its GUID another one, or its only
        identity that address) is the next issue of what is published there, not an update
        of it: another text, dated another day (a daily briefing at a fixed link overwrote
        yesterday's article, its highlights losing their words). A text stored already is
        that article's, whatever the day."""
        return (
            bool(article.date and doc.date)
            and article.date[:10] != doc.date[:10]
            and text_hash(doc.text) != article.text_hash
            and self.known.find_text(self.store, doc.text) is None
        )

    def _known_before_by_title(
        self, feed: Feed, item: FeedItem, doc: ParsedDocument
    ) -> Article | None:
        """The article an item with no GUID and no link made when such items were known by
        all they said (``sha256:`` and its stamp): the feed's one with its title and day, so
        the first edit after the change updates it rather than adding a twin."""
        if not item.guid.startswith(BY_TITLE):
            return None
        stored = self.store.article_ids()
        for guid in feed.items:
            entry = _item_entry(feed, guid)
            if not guid.startswith("sha256:") or entry is None or entry[0] not in stored:
                continue
            article = self.store.article(entry[0])
            if (article.feed_id, article.title, article.date[:10]) == (
                feed.id,
                doc.title,
                doc.date[:10],
            ):
                return article
        return None

    def _note_tags(self, tags: Iterable[object]) -> None:
        """Keep the first spelling of each of a stored article's tags (read with its id)."""
        for tag in tags:
            if isinstance(tag, str):
                self.spelling.setdefault(tag_key(tag), tag)

    def _spelt(self, tags: Iterable[str]) -> list[str]:
        """``tags`` in the library's spelling, as ``tags_in_use`` orders them (its articles',
        else its highlights', else a feed's): a feed subscribed as #mekong before the library
        said #Mekong kept its spelling, and each refresh tagged its new articles so. The
        articles' were read with their ids; the others are read (all highlights) only for a
        tag no article has."""
        spelt = []
        for tag in tags:
            key = tag_key(tag)
            if key not in self.spelling and self.other_spelling is None:
                on_highlights = sorted(self.store.highlight_values()[0])
                self.other_spelling = {}
                for other in [*on_highlights, *(t for f in self.store.feeds() for t in f.tags)]:
                    self.other_spelling.setdefault(tag_key(other), other)
            spelt.append(self.spelling.get(key) or (self.other_spelling or {}).get(key, tag))
        return spelt

    def _update_own(
        self,
        feed: Feed,
        article: Article,
        planned: _Planned,
        result: FeedResult,
        retries: dict[str, list[str]],
    ) -> None:
        """The update of the article an item (its GUID) made or was found to copy, if its
        page was fetched for that article. One stored before the link it was saved from
        was kept (``origin_path``) is updated by its one item as before, not when another
        item of the feed was found to copy it."""
        items = [_item_entry(feed, guid) for guid in feed.items]
        only_item = [entry[0] for entry in items if entry is not None].count(article.id) == 1
        doc = planned.doc
        assert doc is not None
        if planned.fetched_for(article) or (not article.origin_path and only_item):
            self._update(article, planned, result, retries)
        elif text_hash(doc.text) != article.text_hash:
            name = one_line(planned.item.title or planned.item.link, NAMED_ITEM_CHARS)
            result.warnings.append(
                f"{name}: not updated (its page names article {article.id}, saved from "
                "another address)"
            )

    def _update(
        self,
        article: Article,
        planned: _Planned,
        result: FeedResult,
        retries: dict[str, list[str]],
    ) -> None:
        """A known article's item again: its text changed upstream, the article takes it
        (highlights re-anchored), as ``import --update`` does."""
        doc = planned.doc
        assert doc is not None
        # the outlet it was stored with, cited since: an update renames none (one stored
        # under the feed's title before feeds were cited by their publication keeps it)
        doc.source = article.source or doc.source
        if text_hash(doc.text) == article.text_hash:
            # the same words under a corrected headline (or author, or date): taken too
            if take_details(article, doc):
                self.store.save_article(article)
                result.updated += 1
            return
        article.text_is_summary = planned.is_summary
        result.lost += apply_update(self.store, article, doc)
        result.updated += 1
        if not planned.is_summary:
            retries.pop(article.id, None)

    def _save_feed(
        self,
        feed_id: str,
        response: Response,
        parsed: ParsedFeed | None,
        seen: dict[str, list[str]],
        complete: bool,
        retries: dict[str, list[str]],
        result: FeedResult,
    ) -> None:
        """Record the fetch: validators (unless items were left for later), the address after
        permanent redirects, the feed's title, the items now known and the summaries' pages
        to try again. A feed moved to the address of another (now, or by an earlier refresh)
        is merged into that one."""
        try:
            feed = self.store.feed(feed_id)
        except UnknownId:
            return  # removed while it was being fetched
        feed.last_fetched = now_iso()
        feed.retry_after = ""
        stored = self.store.article_ids()
        feed.summary_retries = {key: state for key, state in retries.items() if key in stored}
        was = feed.display_name  # before this fetch's title: what the user knew it as
        feed.tags = [self.spelling.get(tag_key(tag), tag) for tag in feed.tags]  # as listed
        moved = bool(response.stored_url) and response.stored_url != feed.url
        if moved:
            feed.url = response.stored_url
        if parsed is not None:
            feed.etag = response.headers.get("etag", "") if complete else ""
            feed.last_modified = response.headers.get("last-modified", "") if complete else ""
            feed.title = parsed.title or feed.title
            feed.site_url = parsed.site_url or feed.site_url
            current = {item.guid for item in parsed.items}
            feed.items = {guid: entry for guid, entry in seen.items() if guid in current}
            self._correct_authors(feed, parsed, result)
        into = other_feed_at(self.store, feed) if moved or feed.id in self.twins else None
        if into is not None:
            merge_feed(self.store, feed, into)
            result.name, result.merged_into = was, into.display_name
        else:
            self.store.save_feed(feed)
            if moved:
                result.moved_to = feed.url

    def _correct_authors(self, feed: Feed, parsed: ParsedFeed, result: FeedResult) -> None:
        """Give the feed's articles stored with an author an earlier diplotui misread ("ple
        (Nguyen Van A" for "press@mofa.example (Nguyen Van A)") the name read now: only an
        article whose author is exactly what that version read from the item's author as
        the feed gives it now, so an author the user edited is never touched. Each is said
        in a line."""
        for item in parsed.items:
            entry = feed.items.get(item.guid)
            if not item.earlier_authors or entry is None:
                continue
            try:
                article = self.store.article(entry[0])
            except UnknownId:
                continue
            if article.feed_id != feed.id or article.author not in item.earlier_authors:
                continue
            self.store.with_updates(article, author=item.author)
            result.warnings.append(
                f"{one_line(article.title, NAMED_ITEM_CHARS)}: author “{article.author}” "
                f"corrected to “{item.author}” (an earlier diplotui misread the feed's)"
            )

    def _remember_refusal(self, feed_id: str, error: FetchError) -> None:
        try:
            feed = self.store.feed(feed_id)
        except UnknownId:
            return
        if error.gone:
            feed.gone = True
        if error.retry_after is not None:  # "Retry-After: 99999999999999999999" overflowed
            wait = min(error.retry_after, LONGEST_WAIT.total_seconds())
            until = datetime.now(timezone.utc) + timedelta(seconds=wait)
            feed.retry_after = until.isoformat(timespec="seconds")
        self.store.save_feed(feed)


DAY_IN_UTC = "utc"
"""A retry record's third part where the summary's day is the feed's UTC one: the page that
answers later gives the outlet's own day, as it does a new item (``outlet_day``)."""


def _retry_record(tries: int, day_in_utc: bool) -> list[str]:
    """The retry record of a summary whose page failed just now, the ``tries``-th time."""
    return [str(tries), now_iso(), *([DAY_IN_UTC] if day_in_utc else [])]


def _day_in_utc(state: list[str] | None) -> bool:
    """Whether a retry record says its summary is dated by the feed's UTC day."""
    return isinstance(state, list) and state[2:3] == [DAY_IN_UTC]


def _retry_tries(state: list[str] | None) -> int:
    """How often a summary's page failed (0 for none recorded, or a malformed record)."""
    if isinstance(state, list) and state and isinstance(state[0], str) and state[0].isdigit():
        return int(state[0])
    return 0


def _retry_due(state: list[str] | None, now: datetime, policy: FetchPolicy) -> bool:
    """Whether a summary's page is to be tried now: not given up, and the pause since its
    last try (``page_retry_after``, doubling with each failure) is over. A summary with no
    record (kept before retries were recorded) is due."""
    tries = _retry_tries(state)
    if not tries or state is None or len(state) < 2 or not isinstance(state[1], str):
        return True
    if tries > policy.page_retries:
        return False
    pause = timedelta(seconds=policy.page_retry_after * 2 ** (tries - 1))
    return _parse_time(state[1]) + pause <= now


def outlet_day(feed_day: str, in_utc: bool, page_day: str) -> str:
    """The day an item is cited by: the feed's, else its page's; but the page's own day
    where the feed wrote its date in UTC (``in_utc``) and the page states the day either side
    of it. A WordPress feed dates every item "+0000": a Wellington or Hanoi outlet's morning
    story was cited the day before the one its page prints. So for a summary whose page
    answers a later refresh: it kept the feed's UTC day when completed."""
    if in_utc and _day_apart(feed_day, page_day):
        return page_day
    return feed_day or page_day


def _day_apart(first: str, second: str) -> bool:
    """Whether two ISO days are one day apart (a month or a year is no day to compare)."""
    try:
        apart = date.fromisoformat(first) - date.fromisoformat(second)
    except ValueError:
        return False
    return abs(apart.days) == 1 and len(first) == len(second) == 10


_CUT_SHORT = re.compile(
    r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\b(?:continue|keep) reading|\bread (?:the )?(?:more|full"
    r" (?:story|article))|\bmore\s*»)[\s\W]*$",
    re.IGNORECASE,
)
"""How a teaser a feed gives as its content ends: an ellipsis, "Continue reading"."""


def _full_text(item: FeedItem) -> str:
    """The article as the feed carries it, or "" when only a summary is there. What the feed
    gives as content (``content:encoded``, Atom's content) is the text however short: a
    one-paragraph statement was taken for a teaser, its page fetched and, on a 404, the
    refresh said "only the feed's summary" of an article it held whole. Short content that
    ends as a teaser does ("[…] Continue reading") is one: its page has the article."""
    cut_short = len(item.content) < FULL_SUMMARY_CHARS and _CUT_SHORT.search(item.content)
    if item.content and not cut_short:
        return item.content
    whole = len(item.summary) >= FULL_SUMMARY_CHARS or item.summary.count("\n\n") >= 2
    return item.summary if whole else ""


def _new_article(
    store: Store, doc: ParsedDocument, link: str, feed_id: str, is_summary: bool
) -> Article:
    return new_article(
        store,
        doc,
        text_hash(doc.text),
        list(doc.tags),
        origin_path=link,  # where its page was fetched: what may update it (``fetched_for``)
        feed_id=feed_id,
        text_is_summary=is_summary,
        state=ReadState.UNREAD.value,  # new from a feed: the analyst has not seen it
    )


def _skip_deleted(
    result: FeedResult, seen: dict[str, list[str]], item: FeedItem, deletion: TeamDeletion
) -> None:
    """Count an item skipped as an article deleted (here or by a teammate), known as its
    article so the next refresh passes it over."""
    result.deleted_by_team[deletion.deleted_by] += 1
    result.deleted_items.append(item.link or item.guid)
    seen[item.guid] = [deletion.article_id, item.stamp]


def _item_entry(feed: Feed, guid: str) -> list[str] | None:
    """What the feed record knows of an item: [article id, stamp], or None (a malformed
    entry in a hand-edited store counts as unknown)."""
    entry = feed.items.get(guid)
    if isinstance(entry, list) and len(entry) == 2 and all(isinstance(v, str) for v in entry):
        return entry
    return None


def _known_items(feed: Feed, parsed: ParsedFeed) -> Iterable[tuple[str, list[str]]]:
    """The feed's items it already knows: guid -> [article id, stamp when last stored]."""
    for item in parsed.items:
        entry = _item_entry(feed, item.guid)
        if entry is not None:
            yield item.guid, entry


def _parse_time(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
