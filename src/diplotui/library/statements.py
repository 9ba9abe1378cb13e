"""Who said what across the library: statements filtered by speaker, role, organisation,
tag and date, newest first. Shared by ``diplotui statements`` and the Statements view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diplotui.entities.folding import fold
from diplotui.library.query import LibraryQuery, MatchContext
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

    @classmethod
    def parse(cls, typed: str) -> StatementQuery:
        """What a user types in the Statements view: speaker words, and ``role:``, ``org:``,
        ``tag:``, ``since:``, ``until:`` terms ("trung since:2025-07 role:minister")."""
        fields: dict[str, list[str]] = {}
        current = "speaker"
        for word in typed.split():
            prefix, colon, rest = word.partition(":")
            if colon and prefix.lower() in _PREFIXES:
                current = _PREFIXES[prefix.lower()]
                word = rest
                if current in ("tag", "since", "until"):
                    fields[current] = [rest]
                    current = "speaker"
                    continue
            if word:
                fields.setdefault(current, []).append(word)
        return cls(**{name: " ".join(words) for name, words in fields.items()})

    def library_query(self) -> LibraryQuery:
        """The article side of the filter (tag, dates); raises QueryError on a bad date."""
        query = LibraryQuery(
            tags=[self.tag] if self.tag else [], since=self.since, until=self.until
        )
        query.validate()
        return query

    def articles(self, store: Store) -> list[Article]:
        """The articles in scope (tag and dates), newest first; raises QueryError on bad dates."""
        return self.library_query().apply(store)

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


_PREFIXES = {
    "role": "role",
    "org": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "tag": "tag",
    "since": "since",
    "until": "until",
    "speaker": "speaker",
}


class StatementIndex:
    """Every statement of the library, newest article first, filtered fast enough to run on
    each keystroke: speakers, roles and organisations are folded once, per distinct value."""

    def __init__(self, rows: list[LibraryStatement], article_count: int = 0) -> None:
        self.rows = rows
        self.article_count = article_count  # articles indexed, with or without statements

    @classmethod
    def build(cls, articles: Sequence[Article], cache: StatementCache) -> StatementIndex:
        """``articles`` newest first (as ``LibraryQuery().apply`` orders them)."""
        return cls(StatementQuery().select(articles, cache), len(articles))

    def select(self, query: StatementQuery, limit: int | None = None) -> list[LibraryStatement]:
        """The rows passing ``query``, at most ``limit`` of them."""
        library_query = query.library_query()
        context = MatchContext()
        checks: dict[tuple[str, str, str], bool] = {}
        articles: dict[str, bool] = {}
        found: list[LibraryStatement] = []
        for row in self.rows:
            article, statement = row.article, row.statement
            in_scope = articles.get(article.id)
            if in_scope is None:
                in_scope = articles[article.id] = library_query.matches(article, context)
            if not in_scope:
                continue
            key = (statement.speaker, statement.role, statement.organisation)
            passes = checks.get(key)
            if passes is None:
                passes = checks[key] = query.matches(statement)
            if passes:
                found.append(row)
                if limit is not None and len(found) >= limit:
                    break
        return found


def speakers(found: Iterable[LibraryStatement]) -> list[tuple[str, int]]:
    """(speaker, number of statements), most quoted first."""
    counts: dict[str, int] = {}
    for item in found:
        counts[item.statement.speaker] = counts.get(item.statement.speaker, 0) + 1
    return sorted(counts.items(), key=lambda entry: (-entry[1], fold(entry[0])))
