"""Command palette providers: jump to any article, tag or entity by a fuzzy name."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.markup import escape

from diplotui.inert import inert_line

if TYPE_CHECKING:
    from diplotui.tui.screens.main import MainScreen

MAX_HITS = 100
Candidate = tuple[str, str | Callable[[], str], Callable[[], None]]
"""A name, its help (or how to work it out, for the few hits shown) and what choosing does."""
_CHUNK = 500  # candidates scored between yields to the event loop


def _is_subsequence(query: str, candidate: str) -> bool:
    """A cheap pre-check: every query character appears in order (FuzzySearch is slow)."""
    position = 0
    for char in query:
        position = candidate.find(char, position) + 1
        if not position:
            return False
    return True


def _match(fuzzy: FuzzySearch, query: str, name: str, folded: str) -> tuple[float, list[int]]:
    """The ``query``'s letters in ``name`` (both folded by ``fold_in_place``, ``folded``
    being the name's): where it appears whole, else each at its first place after the one
    before, scored as the palette scores them. Textual's ``FuzzySearch.match`` lists every
    way the letters could align, first: "minister receives" against a title of a few
    hundred characters made 15 million lists, gigabytes, and the app hung."""
    if (at := folded.find(query)) >= 0:
        offsets = list(range(at, at + len(query)))
        whole = 2.0 if folded == query else 1.5
        return fuzzy.score(name, offsets) * whole, offsets
    wanted = [char for char in query if not char.isspace()]
    offsets = []
    for offset, char in enumerate(folded):
        if wanted and char == wanted[len(offsets)]:
            offsets.append(offset)
            if len(offsets) == len(wanted):
                return fuzzy.score(name, offsets), offsets
    return 0.0, []


def _help(help_text: str | Callable[[], str]) -> str:
    """A hit's help, escaped: Textual reads it as markup, and it holds the library's words (a
    source "[/b]Wire" raised MarkupError and the palette failed)."""
    return escape(help_text if isinstance(help_text, str) else help_text())


def _display(name: str, offsets: Iterable[int]) -> Content:
    """The name as plain content (never markup) with the matched characters underlined."""
    content = Content(name)
    for offset in offsets:
        content = content.stylize("underline", offset, offset + 1)
    return content


class _LibraryProvider(Provider):
    """Shared matching over (name, help, callback) candidates of the main screen."""

    def _main(self) -> MainScreen | None:
        from diplotui.tui.screens.main import MainScreen

        return self.screen if isinstance(self.screen, MainScreen) else None

    _cached: list[Candidate] | None = None
    _folded: list[str] | None = None

    def candidates(self, main: MainScreen) -> list[Candidate]:
        raise NotImplementedError

    def _candidates(self, main: MainScreen) -> list[Candidate]:
        """Built once per palette opening, not once per keystroke."""
        if self._cached is None:
            self._cached = self.candidates(main)
        return self._cached

    def _folded_names(self, main: MainScreen) -> list[str]:
        """Each candidate's name without accents or case, as the Statements filter and the
        search fold them ("le hoai" finds "Lê Hoài Trung"), once per palette opening."""
        if self._folded is None:
            from diplotui.entities.folding import fold_in_place  # not before the first frame

            self._folded = [fold_in_place(name) for name, _, _ in self._candidates(main)]
        return self._folded

    async def search(self, query: str) -> Hits:
        main = self._main()
        if main is None:
            return
        from diplotui.entities.folding import fold_in_place

        query = fold_in_place(query)
        wanted = query.replace(" ", "")
        fuzzy = FuzzySearch()
        found = 0
        candidates = zip(self._candidates(main), self._folded_names(main), strict=True)
        for number, ((name, help_text, callback), folded) in enumerate(candidates):
            if number % _CHUNK == 0:
                await asyncio.sleep(0)
            if not _is_subsequence(wanted, folded):
                continue
            score, offsets = _match(fuzzy, query, name, folded)
            if score:
                yield Hit(
                    score, _display(name, offsets), callback, text=name, help=_help(help_text)
                )
                found += 1
                if found >= MAX_HITS:
                    return

    async def discover(self) -> AsyncIterator[DiscoveryHit]:
        main = self._main()
        if main is None:
            return
        for name, help_text, callback in self._candidates(main)[:10]:
            yield DiscoveryHit(Content(name), callback, text=name, help=_help(help_text))


class ArticleProvider(_LibraryProvider):
    """Open any article by its title."""

    def candidates(self, main: MainScreen) -> list[Candidate]:
        from diplotui.library.query import LibraryQuery  # loaded by then; not before frame one

        return [
            (
                inert_line(article.title),
                inert_line(
                    " · ".join(p for p in ("Open article", article.source, article.date) if p)
                ),
                partial(main.read_article, article.id),
            )
            for article in LibraryQuery().sorted(main.store.articles())
        ]


class TagProvider(_LibraryProvider):
    """Show the articles with a tag."""

    def candidates(self, main: MainScreen) -> list[Candidate]:
        counts = main.store.tag_counts()
        return [
            (
                f"#{inert_line(tag)}",
                f"Filter by tag ({counts[tag]})",
                partial(_filter_tag, main, tag),
            )
            for tag in sorted(counts, key=lambda t: -counts[t])
        ]


class EntityProvider(_LibraryProvider):
    """Show the articles that mention an entity: its hit counts them as choosing it lists
    them (within the filter, else in the library, else archived: ``EntityChoice``)."""

    def candidates(self, main: MainScreen) -> list[Candidate]:
        from diplotui.tui.controllers.library import EntityHits
        from diplotui.tui.widgets.legend import TYPE_LABELS

        actions = main.library_actions
        cache = actions.state.entities
        if cache is None:
            return []
        lookup = cache.lookup(main.store)
        hits = EntityHits(actions, lookup)

        def help_of(display: str, entity_type: str) -> str:
            label = TYPE_LABELS.get(entity_type, entity_type.lower()).capitalize()
            return f"{label} · {hits.choice(display).help()}"

        def choose(display: str) -> None:
            actions.choose_entity(hits.choice(display))

        return [
            (inert_line(display), partial(help_of, display, entity_type), partial(choose, display))
            for _key, display, entity_type, _count in lookup.entities()
        ]


def _filter_tag(main: MainScreen, tag: str) -> None:
    from diplotui.library.query import LibraryQuery  # loaded by then; not before frame one

    query = LibraryQuery(sort=main.library_actions.query.sort, tags=[tag])
    main.library_actions.set_library_query(query)
    main.library.focus()


class ShareProvider(_LibraryProvider):
    """Sync with the team's library from anywhere: in the reader, ``S`` is a statement key,
    so the palette lists the sync itself (with the list or sidebar focused, the binding's own
    entry stands)."""

    def candidates(self, main: MainScreen) -> list[Candidate]:
        if any(a.binding.action == "sync" for a in main.active_bindings.values()):
            return []
        return [
            ("Sync", "with the team's library (key: S in the list or sidebar)", main.action_sync)
        ]
