"""Who said what across the library: statements filtered by speaker, role, organisation,
tag and date, newest first. Shared by ``diplotui statements`` and the Statements view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diplotui.entities.folding import fold
from diplotui.library.query import LibraryQuery
from diplotui.library.statement_cache import StatementCache
from diplotui.model import Article, Statement
from diplotui.store import Store


@dataclass(frozen=True, slots=True)
class LibraryStatement:
    """One statement with the article it was found in."""

    article: Article
    statement: Statement

    def label(self) -> str:
        """ "Ngo Le Van (Deputy Minister of Foreign Affairs) said", as the reader shows it."""
        return speaker_label(self.statement)


def speaker_label(statement: Statement) -> str:
    role = f" ({statement.role})" if statement.role else ""
    return f"{statement.speaker}{role} {statement.verb_past or 'said'}"


def _words(text: str) -> list[str]:
    return [word for word in "".join(c if c.isalnum() else " " for c in fold(text)).split()]


def names_speaker(query: str, statement: Statement) -> bool:
    """Whether ``query`` names the statement's speaker: its words, diacritics optional, in the
    speaker's name ("Trung", "Le Hoai Trung" and "Lê Hoài Trung" all name Le Hoai Trung)."""
    wanted = _words(query)
    have = _words(statement.speaker)
    return bool(wanted) and all(word in have for word in wanted)


def _contains(query: str, value: str) -> bool:
    return not query or fold(query).strip() in fold(value)


@dataclass(slots=True)
class StatementQuery:
    """Filters over the library's statements; empty fields filter nothing."""

    speaker: str = ""
    role: str = ""
    organisation: str = ""
    tag: str = ""
    since: str = ""
    until: str = ""

    def articles(self, store: Store) -> list[Article]:
        """The articles in scope (tag and dates), newest first; raises QueryError on bad dates."""
        return LibraryQuery(
            tags=[self.tag] if self.tag else [], since=self.since, until=self.until
        ).apply(store)

    def matches(self, statement: Statement) -> bool:
        return (
            (not self.speaker or names_speaker(self.speaker, statement))
            and _contains(self.role, statement.role)
            and _contains(self.organisation, statement.organisation)
        )

    def select(self, articles: Iterable[Article], cache: StatementCache) -> list[LibraryStatement]:
        """The statements of ``articles`` (already in order) that pass the filters."""
        return [
            LibraryStatement(article, statement)
            for article in articles
            for statement in cache.statements(article.text_hash)
            if self.matches(statement)
        ]


def speakers(found: Iterable[LibraryStatement]) -> list[tuple[str, int]]:
    """(speaker, number of statements), most quoted first."""
    counts: dict[str, int] = {}
    for item in found:
        counts[item.statement.speaker] = counts.get(item.statement.speaker, 0) + 1
    return sorted(counts.items(), key=lambda entry: (-entry[1], fold(entry[0])))
