"""Command palette providers: jump to any article, tag or entity by its words (or, when no
name has them, its letters)."""

from __future__ import annotations

import asyncio
import gc
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual.command import CommandInput, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.system_commands import SystemCommandsProvider
from textual.widgets import Input

from diplotui.dates import date_shown
from diplotui.inert import inert_line

if TYPE_CHECKING:
    from textual.app import App
    from textual.worker import Worker

    from diplotui.library.entity_cache import CachedEntities, EntityCache, Name
    from diplotui.library.name_match import FoldedName, NameMatch
    from diplotui.model import Article
    from diplotui.tui.controllers.library import EntityHits
    from diplotui.tui.screens.main import MainScreen

MAX_HITS = 100
"""Hits of one kind (articles, tags, entities) at most."""
DISCOVERED = 10
"""Candidates of each kind the palette lists before anything is typed."""
Candidate = tuple[str, str | Callable[[], str], Callable[[], None]]
"""A name, its help (or how to work it out, for the few hits shown) and what choosing does."""
_CHUNK = 500  # candidates scored between yields to the event loop
_SLICE = 5_000  # names looked through for a typed word between yields to it
_PIECE = 100  # articles read, candidates made or names folded between a listing's looks at the time
FROZEN_FROM = 10_000
"""Candidates of a kind from which its listing's objects are frozen out of collection."""
TURN = 0.004
"""Seconds a listing works on the event loop at once before it lets the loop answer what
waits (a key, a frame)."""
IDLE_PASS = 0.0005
"""CPU seconds of the UI thread under which a pass of the event loop had nothing but a
listing to run."""
BUSY_PASSES = 100
"""Passes of a busy event loop a listing waits out at most before its next turn."""
T = TypeVar("T")


class Turns:
    """A listing's pace on the UI's event loop: it works ``TURN`` at most, then lets the loop
    run until it has nothing else to do. In a thread beside the UI (scale53) it held the
    interpreter for long stretches, and each pass of the loop waited for the thread to hand
    it back; a turn at each pass still made each of the dozens of passes a key takes from
    the terminal to the screen wait for it: a key typed meanwhile took seconds under load
    either way (bench/bench_palette_open.py)."""

    def __init__(self) -> None:
        self._until = time.perf_counter() + TURN

    async def step(self) -> None:
        """Let the loop run here if this turn has lasted ``TURN``: until a pass of it finds
        nothing else to do (a key, a frame, a search), ``BUSY_PASSES`` at most."""
        if time.perf_counter() < self._until:
            return
        for _ in range(BUSY_PASSES):
            spent = time.thread_time()  # the UI thread's own work, not the machine's load
            await asyncio.sleep(0)
            if time.thread_time() - spent < IDLE_PASS:
                break
        self._until = time.perf_counter() + TURN

    async def through(self, steps: Generator[None, None, T]) -> T:
        """What ``steps`` returns, the loop let run where it yields once a turn has lasted."""
        while True:
            try:
                next(steps)
            except StopIteration as done:
                returned: T = done.value
                return returned
            await self.step()

    async def pieces(self, items: Sequence[T]) -> AsyncIterator[Sequence[T]]:
        """``items`` a piece at a time, the loop let run between pieces once a turn has lasted."""
        for start in range(0, len(items), _PIECE):
            yield items[start : start + _PIECE]
            await self.step()


async def _stored_articles(main: MainScreen, turns: Turns) -> list[Article]:
    """Every article, read a piece at a time from the ids the store held when asked: a write
    meanwhile (a sync, a refresh, in a thread of its own) cannot stop the listing, and the
    listing is made again when it ends (``SOURCES``)."""
    store = main.store
    articles: list[Article] = []
    async for ids in turns.pieces(store.article_id_list()):
        articles += store.articles_of(ids)
    return articles


def as_written(text: str) -> str:
    """``text`` as markup that reads back as written, every "[" escaped: Textual's
    ``escape`` leaves one with no "]" after it, which its parser still reads as a tag (a
    title cut short, “[bold red]ASEAN[/bold…”, raised MarkupError and stopped the app)."""
    return text.replace("[", "\\[")


def _help(help_text: str | Callable[[], str]) -> str:
    """A hit's help, escaped: Textual reads it as markup, and it holds the library's words (a
    source "[/b]Wire" raised MarkupError and the palette failed)."""
    return as_written(help_text if isinstance(help_text, str) else help_text())


def _display(name: str, offsets: Iterable[int]) -> Content:
    """The name as plain content (never markup) with the matched characters underlined."""
    content = Content(name)
    for offset in offsets:
        content = content.stylize("underline", offset, offset + 1)
    return content


async def _articles(main: MainScreen, kept: KeptListings, turns: Turns) -> list[Candidate]:
    """Open any article by its title."""
    from diplotui.library.query import newest_first_in_steps  # not before frame one

    articles = await _stored_articles(main, turns)
    newest_first = await turns.through(newest_first_in_steps(articles))
    return await kept.article_candidates(main, newest_first, turns)


def _article(main: MainScreen, article: Article) -> Candidate:
    return (
        inert_line(article.title),
        partial(_article_help, article),
        partial(main.read_article, article.id),
    )


def _article_help(article: Article) -> str:
    """An article hit's help, worked out for the few hits shown: each article's date read
    when listing them cost seconds of the first ``ctrl+p`` at 100,000 articles (its
    profile in bench/bench_palette_open.py's section of bench/README.md)."""
    date = date_shown(article.date, article.date_is_guess)
    return inert_line(" · ".join(p for p in ("Open article", article.source, date) if p))


async def _tags(main: MainScreen, kept: KeptListings, turns: Turns) -> list[Candidate]:
    """Show the articles with a tag: counted in a thread, as on a store whose note lacks
    the tags column (an older build wrote it) the count reads every article's and
    highlight's record, seconds at 250,000 highlights (one call of the store's)."""
    counts = await asyncio.to_thread(main.store.tag_counts)
    ordered = sorted(counts, key=lambda t: -counts[t])
    found: list[Candidate] = [
        (f"#{inert_line(tag)}", f"Filter by tag ({counts[tag]})", partial(_filter_tag, main, tag))
        for tag in ordered
    ]
    if found and not main.store.read_only:  # a tag across the library, chosen in a list
        found.append(("Rename a tag…", "on every article, highlight and feed carrying it",
                      partial(_tag_name, main, rename=True)))  # fmt: skip
        found.append(("Remove a tag…", "from every article, highlight and feed carrying it",
                      partial(_tag_name, main, rename=False)))  # fmt: skip
    return found


def _tag_name(main: MainScreen, *, rename: bool) -> None:
    from diplotui.tui.controllers.tag_names import TagNameActions

    TagNameActions(main).choose(rename=rename)


async def _entities(main: MainScreen, kept: KeptListings, turns: Turns) -> list[Candidate]:
    """Show the articles that mention an entity: its hit counts them as choosing it lists
    them (within the filter, else in the library, else archived: ``EntityChoice``)."""
    return await kept.entity_candidates(main, turns)


def _filter_tag(main: MainScreen, tag: str) -> None:
    from diplotui.library.query import LibraryQuery  # loaded by then; not before frame one

    query = LibraryQuery(sort=main.library_actions.query.sort, tags=[tag])
    main.library_actions.set_library_query(query)
    main.library.focus()


async def _sync(main: MainScreen, kept: KeptListings, turns: Turns) -> list[Candidate]:
    """Sync with the team's library from anywhere: in the reader, ``S`` is a statement key,
    so the palette lists the sync itself (with the list or sidebar focused, the binding's own
    entry stands)."""
    if any(a.binding.action == "sync" for a in main.active_bindings.values()):
        return []
    return [("Sync", "with the team's library (key: S in the list or sidebar)", main.action_sync)]


def _store_now(main: MainScreen, kept: KeptListings) -> object:
    """What tags and articles are listed from: the store as it holds now (its version
    names one content; a store without one is listed anew)."""
    store = main.store
    return object() if store.version is None else (store, store.version)


def _anew(main: MainScreen, kept: KeptListings) -> object:
    """Listed anew at each opening (what the sync's entry depends on: the focus)."""
    return object()


def _entities_now(main: MainScreen, kept: KeptListings) -> object:
    """What the entities are listed from (``KeptListings.entities_now``)."""
    return kept.entities_now(main)


KINDS: tuple[Callable[[MainScreen, KeptListings, Turns], Awaitable[list[Candidate]]], ...] = (
    _tags,
    _articles,
    _sync,
    _entities,
)
"""What the palette finds beside the keys' commands, in the order their hits come."""
ARTICLES = KINDS.index(_articles)
LISTED_AT_ONCE = frozenset({KINDS.index(_sync)})
"""The kinds listed as the palette asks: the others (seconds of the UI thread at 100,000
articles, bench/bench_palette_open.py) are listed in a worker, a turn at a time."""
PENDING_NAMES = {KINDS.index(_tags): "the tags", KINDS.index(_entities): "the entities"}
"""How the palette names a kind it is still listing (the articles are counted)."""

SOURCES: tuple[Callable[[MainScreen, KeptListings], object], ...] = (
    _store_now,
    _store_now,
    _anew,
    _entities_now,
)
"""What each of ``KINDS`` is listed from: while it is equal, the kind's last listing
stands."""


def _to_scan(
    names: list[FoldedName], typed: str, by_words: bool
) -> tuple[AsyncIterator[int], Callable[[FoldedName], NameMatch | None]]:
    """Which of ``names`` to try for what was ``typed``, and how: by words, those holding the
    longest typed word anywhere; by letters, all."""
    from diplotui.library.name_match import letters_match, word_match

    if not by_words:
        return _holding(names, ""), partial(letters_match, typed)
    words = typed.split()
    return _holding(names, max(words, key=len), len(words) == 1), partial(word_match, words)


async def _holding(
    names: list[FoldedName], part: str, run_together: bool = False
) -> AsyncIterator[int]:
    """The numbers of the ``names`` holding ``part`` (``run_together``: in their words run
    together, where one word typed may be, as well as in their words), found a slice at a
    time (a comprehension: in C but for its loop), the event loop let run between slices:
    100,000 names at once held it for 66 ms under load, at each key."""
    for start in range(0, len(names), _SLICE):
        await asyncio.sleep(0)
        sliced = enumerate(names[start : start + _SLICE], start)
        if run_together:
            found = [n for n, name in sliced if part in name.joined]
        else:
            found = [n for n, name in sliced if part in name.text]
        for number in found:
            yield number


@dataclass(frozen=True, slots=True)
class _Kind:
    """One kind's candidates, and their names folded (see ``name_match``)."""

    candidates: list[Candidate]
    names: list[FoldedName]


def _entities_from(main: MainScreen) -> object:
    """The entity cache and the store as they hold now (a write or a text recognised again
    changes it; a store without a version is listed anew); None without a cache."""
    cache = main.library_actions.state.entities
    if cache is None:
        return None
    store = main.store
    return (cache, cache.changes, store, store.version or object())


async def _entity_lookup(main: MainScreen, cache: EntityCache, turns: Turns) -> CachedEntities:
    """The cache's lookup over the store's articles (``EntityCache.lookup``), their keys
    read a piece at a time."""
    from diplotui.library.entity_cache import CachedEntities

    ids_by_key: dict[str, str] = {}
    async for piece in turns.pieces(await _stored_articles(main, turns)):
        ids_by_key.update((cache.key(article), article.id) for article in piece)
    return CachedEntities(cache, ids_by_key)


def _search_again(app: App[object]) -> None:
    """Have the open palette search again for what is typed in it, taking in a kind just
    listed: the same hits, in the same order, as a search begun after the listing."""
    palette = app.screen
    if isinstance(palette, CommandPalette):
        typed = palette.query_one(CommandInput)
        palette.post_message(Input.Changed(typed, typed.value))


class KeptListings:
    """Each kind's candidates as the palette last listed them, kept by the main screen
    between openings: listing and folding them at every ``ctrl+p`` took 2 s of CPU at
    10,000 articles before an entity's hit came. A kind is listed again only when what it
    is listed from changed (``SOURCES``: the store written, the entities counted again),
    and then each article's and entity's candidate, and each name folded, is taken over
    when it is unchanged. The listing runs in a worker of the main screen, not of the
    palette: a search a keystroke cancels leaves it running for the next one."""

    def __init__(self) -> None:
        self._kinds: dict[int, tuple[object, _Kind]] = {}
        self._listing: dict[int, Worker[None]] = {}
        self._folded: dict[int, dict[str, FoldedName]] = {}
        self._articles: dict[str, tuple[Article, Candidate]] = {}
        self._entities: dict[tuple[str, str], Candidate] = {}
        self._entity_rows: Sequence[Name] = ()
        self._lookup: tuple[object, CachedEntities] | None = None
        self._hits: EntityHits | None = None
        self.ended = 0
        """How many listings in a worker have ended: an open palette asks again for the
        kinds it holds when this changes (one may have been written since it was listed)."""

    async def listed(self, main: MainScreen, number: int) -> _Kind | None:
        """``KINDS[number]``'s candidates and names folded, as listed last if what they
        are listed from is unchanged; else None while a worker lists them (one at a time
        for a kind), the open palette searching again when it has."""
        source = SOURCES[number](main, self)
        kept = self._kinds.get(number)
        if kept is not None and kept[0] == source:
            return kept[1]
        if number in LISTED_AT_ONCE:
            return await self._list(main, number, source)
        running = self._listing.get(number)
        if running is None or running.is_finished:
            self._listing[number] = main.run_worker(
                self._list_aside(main, number, source),
                name=f"palette listing {number}",
                group="palette-listing",
                exit_on_error=False,  # the kind is listed again at the next opening
            )
        return None

    async def _list_aside(self, main: MainScreen, number: int, source: object) -> None:
        """List with the garbage collector paused, and a large listing's objects frozen out
        of later collections: it makes hundreds of thousands of objects and no cycles, and
        each full collection it set off, meanwhile or after, held the UI thread for up to
        2.7 s at 100,000 articles (under load), as start-up's objects would have
        (``resume_after_start_up``)."""
        from diplotui.store.collection import gc_paused

        with gc_paused():
            kind = await self._list(main, number, source)
            if len(kind.candidates) >= FROZEN_FROM:
                gc.freeze()
        self.ended += 1
        _search_again(main.app)

    async def _list(self, main: MainScreen, number: int, source: object) -> _Kind:
        """``KINDS[number]`` listed and its names folded (those folded before taken over),
        kept as listed from ``source``."""
        from diplotui.library.name_match import fold_name  # not before the first frame

        turns = Turns()
        candidates = await KINDS[number](main, self, turns)
        before = self._folded.get(number, {})
        folded: dict[str, FoldedName] = {}
        async for piece in turns.pieces(candidates):
            for name, _, _ in piece:
                folded[name] = before.get(name) or fold_name(name)
        self._folded[number] = folded  # the names listed now: those gone are let go
        kind = _Kind(candidates, [folded[name] for name, _, _ in candidates])
        self._kinds[number] = (source, kind)
        return kind

    async def article_candidates(
        self, main: MainScreen, articles: list[Article], turns: Turns
    ) -> list[Candidate]:
        """Each article's candidate, in the order given, taken over when it is unchanged."""
        was = self._articles
        now = {}
        async for piece in turns.pieces(articles):
            for article in piece:
                kept = was.get(article.id)
                if kept is None or (kept[0] is not article and kept[0] != article):
                    kept = (article, _article(main, article))
                now[article.id] = kept
        self._articles = now
        return [candidate for _, candidate in now.values()]

    def entities_now(self, main: MainScreen) -> object:
        """What the entities are listed from: the cache and the store as they hold now
        (their entities counted again, :meth:`EntityCache.library_names`, only when either
        changed). This opening's filter is read for their hits once they are listed."""
        from diplotui.tui.controllers.library import EntityHits

        source = _entities_from(main)
        self._hits = None
        if self._lookup is not None and self._lookup[0] == source:
            self._hits = EntityHits(main.library_actions, self._lookup[1])
        return source

    async def entity_candidates(self, main: MainScreen, turns: Turns) -> list[Candidate]:
        """Each entity's candidate (its help and choice read this opening's filter), taken
        over when its name and type are unchanged; the entities counted in a thread (one
        call of the cache's)."""
        cache = main.library_actions.state.entities
        source = _entities_from(main)
        if cache is None:
            self._entity_rows = ()
        elif self._lookup is None or self._lookup[0] != source:
            lookup = await _entity_lookup(main, cache, turns)
            self._entity_rows = await asyncio.to_thread(lookup.entities)
            self._lookup = (source, lookup)
        was = self._entities
        now = {}
        async for piece in turns.pieces(self._entity_rows):
            for _key, display, entity_type, _count in piece:
                entity = (display, entity_type)
                now[entity] = was.get(entity) or (
                    inert_line(display),
                    partial(self._entity_help, display, entity_type),
                    partial(self._choose_entity, main, display),
                )
        self._entities = now
        return list(now.values())

    def _entity_help(self, display: str, entity_type: str) -> str:
        from diplotui.tui.widgets.legend import TYPE_LABELS

        assert self._hits is not None  # a hit is shown only after its opening listed it
        label = TYPE_LABELS.get(entity_type, entity_type.lower()).capitalize()
        return f"{label} · {self._hits.choice(display).help()}"

    def _choose_entity(self, main: MainScreen, display: str) -> None:
        assert self._hits is not None
        main.library_actions.choose_entity(self._hits.choice(display))


def _has_the_words(title: str, typed: list[str]) -> bool:
    """Whether each word ``typed`` starts a word of ``title`` (a key's description)."""
    words = re.findall(r"\w+", title.casefold())
    return bool(typed) and all(any(word.startswith(part) for word in words) for part in typed)


def _typed_words(query: str) -> list[str]:
    """The words of ``query`` as a key's description is compared with them."""
    return re.findall(r"\w+", query.casefold())


class KeyProvider(SystemCommandsProvider):
    """The app's keys as commands, found by letters of a key's name ("qt": Quit) or by
    words its description starts ("who said": "Statements: who said what"), never by
    letters strewn through a description: "pham", a name found nowhere in the library,
    found "Quit: Quit the app and return to the command prompt" (a-p-p, t-h-e, a-nd,
    com-m-and), and ``enter`` quit the app."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        typed = _typed_words(query)
        for title, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            name = title.partition(": ")[0]
            by_words = _has_the_words(title, typed)
            if (score := matcher.match(title if by_words else name)) > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


class QuestionProvider(Provider):
    """A question as it is asked, "What has Lê Hoài Trung said since July?": the Statements
    view (``W``) with the filter it asks, "Lê Hoài Trung since July" (the palette said "No
    matches found": a name's command had to be found, then its filter typed apart)."""

    async def search(self, query: str) -> Hits:
        from diplotui.library.statements import question_filter
        from diplotui.tui.screens.main import MainScreen

        main = self.screen
        asked = question_filter(query)
        if not asked or not isinstance(main, MainScreen):
            return
        shown = inert_line(asked)
        yield Hit(
            1.0,
            Content(f"Statements: {shown}"),
            partial(main.action_statements_view, asked),
            text=f"Statements: {shown}",
            help="key: W, the filter typed: who said what, newest first",
        )


class LibraryProvider(Provider):
    """Articles, tags, entities and the sync, by words first, by scattered letters only when
    no name of any of them has the words (``name_match``): one provider, as one for each kind
    could not tell whether another had found the words."""

    _kinds: dict[int, _Kind] | None = None
    _ended = 0  # ``KeptListings.ended`` when ``_kinds`` were asked for

    def _main(self) -> MainScreen | None:
        from diplotui.tui.screens.main import MainScreen

        return self.screen if isinstance(self.screen, MainScreen) else None

    @staticmethod
    def _listings(main: MainScreen) -> KeptListings:
        listings = main.palette_listings
        if listings is None:
            listings = main.palette_listings = KeptListings()
        return listings

    async def _kind(self, main: MainScreen, number: int) -> _Kind | None:
        """``KINDS[number]``'s candidates, looked up once per palette opening (not once
        per keystroke) when first asked for, and again once a listing has ended (a write
        meanwhile, a sync's or a refresh's, may have changed a kind listed before it): as
        listed last, if what they are listed from is unchanged (``KeptListings``); None
        while they are listed."""
        listings = self._listings(main)
        if self._kinds is None or self._ended != listings.ended:
            self._kinds, self._ended = {}, listings.ended
        kind = self._kinds.get(number)
        if kind is None:
            kind = await listings.listed(main, number)
            if kind is not None:
                self._kinds[number] = kind
        return kind

    def _listing(self, main: MainScreen) -> tuple[Content, str, Callable[[], None]] | None:
        """What the palette says of the kinds still being listed ("Listing 100,000
        articles…"), their hits to come: choosing it opens the palette again."""
        listed = self._kinds or {}
        pending = sorted((n for n in range(len(KINDS)) if n not in listed), key=ARTICLES.__ne__)
        if not pending:
            return None
        count = len(main.store.article_ids())
        articles = f"{count:,} article{'' if count == 1 else 's'}"
        names = [articles if n == ARTICLES else PENDING_NAMES[n] for n in pending]
        listing = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        return (
            Content(f"Listing {listing}…"),
            "their hits join this list as soon as they are listed",
            main.app.action_command_palette,
        )

    async def search(self, query: str) -> Hits:
        main = self._main()
        if main is None:
            return
        from diplotui.library.name_match import fold_typed

        typed = fold_typed(query)
        if not typed.split():
            return
        fuzzy = FuzzySearch()
        found = 0
        for by_words in (True, False):
            for number in range(len(KINDS)):
                await asyncio.sleep(0)
                kind = await self._kind(main, number)
                if kind is None:
                    continue
                numbers, matcher = _to_scan(kind.names, typed, by_words)
                shown = 0  # of this kind: each kind's hits are capped alone, as they were
                count = 0
                async for at in numbers:
                    count += 1
                    if count % _CHUNK == 0:
                        await asyncio.sleep(0)
                    folded = kind.names[at]
                    match = matcher(folded)
                    if match is None:
                        continue
                    name, help_text, callback = kind.candidates[at]
                    offsets = folded.offsets(match.offsets)
                    score = fuzzy.score(name, offsets) * match.weight
                    yield Hit(
                        score, _display(name, offsets), callback, text=name, help=_help(help_text)
                    )
                    found += 1
                    shown += 1
                    if shown >= MAX_HITS:
                        break
            if found or self._a_key_has_the_words(query):
                # words matched, a key's ("who said": Statements) too: letters scattered
                # through other names would bury them, an article under W's command
                break
        if listing := self._listing(main):
            prompt, help_text, callback = listing
            yield Hit(0, prompt, callback, text=str(prompt), help=help_text)

    def _a_key_has_the_words(self, query: str) -> bool:
        """Whether a key's description has the words typed (``KeyProvider`` lists it)."""
        typed = _typed_words(query)
        commands = self.app.get_system_commands(self.screen)
        return any(_has_the_words(title, typed) for title, *_ in commands)

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        """The first few of each kind, before anything is typed."""
        main = self._main()
        if main is None:
            return
        for number in range(len(KINDS)):
            kind = await self._kind(main, number)
            for name, help_text, callback in kind.candidates[:DISCOVERED] if kind else ():
                yield DiscoveryHit(Content(name), callback, text=name, help=_help(help_text))
        if listing := self._listing(main):
            prompt, help_text, callback = listing
            yield DiscoveryHit(prompt, callback, text=str(prompt), help=help_text)
