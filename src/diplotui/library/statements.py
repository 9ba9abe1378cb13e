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


def said_words(statement: Statement, words: str) -> str:
    """What follows the speaker's label: a direct quotation in quotation marks (': “...”'), a
    reported clause without them (': the talks would resume', as ``statements FILE`` prints
    it), since its words are the reporter's: marks would present a paraphrase as what the
    speaker said word for word. A quotation's last comma is the quoting sentence's ('"We are
    ready," he said'), left out as citations leave it out."""
    if statement.kind == "direct":
        return f": “{words.rstrip(',;:').rstrip() or words}”"
    return f": {words}"


def name_words(text: str) -> list[str]:
    """The words names are compared by: folded runs of letters and digits ("Lê Hoài-Trung"
    -> le, hoai, trung). A name without any names no one."""
    return [word for word in "".join(c if c.isalnum() else " " for c in fold(text)).split()]


def names_speaker(query: str, statement: Statement) -> bool:
    """Whether ``query`` names the statement's speaker: its words, diacritics optional, in the
    speaker's name ("Trung", "Le Hoai Trung" and "Lê Hoài Trung" all name Le Hoai Trung)."""
    return names_speaker_text(query, statement.speaker)


def names_speaker_text(query: str, speaker: str) -> bool:
    """As :func:`names_speaker`; a query in double quotes ('"Le Hoai"') names only the speaker
    of exactly those words, not a longer name holding them (Le Hoai Trung)."""
    wanted = name_words(query)
    have = name_words(speaker)
    if is_whole_name(query):
        return wanted == have
    return bool(wanted) and all(word in have for word in wanted)


def is_whole_name(query: str) -> bool:
    """Whether ``query`` is a name in double quotes: the whole name, every word of it."""
    query = query.strip()
    return len(query) > 1 and query[0] == query[-1] == '"' and bool(name_words(query))


def whole_name(speaker: str) -> str:
    """The filter naming ``speaker`` alone ('"Le Hoai"'), as ``enter`` on a speaker types it."""
    return f'"{speaker}"'


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
        return self.names(statement.speaker, statement.role, statement.organisation)

    def names(self, speaker: str, role: str, organisation: str) -> bool:
        """Whether a speaker with this role and organisation passes the filters."""
        return (
            (not self.speaker or names_speaker_text(self.speaker, speaker))
            and _contains(self.role, role)
            and _contains(self.organisation, organisation)
        )

    def select(self, articles: Iterable[Article], cache: StatementCache) -> list[LibraryStatement]:
        """The statements of ``articles`` (already in order) that pass the filters."""
        return [
            LibraryStatement(article, statement)
            for article in articles
            for statement in cache.statements(article)
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
    each keystroke: rows are grouped by (speaker, role, organisation), so a query tests each
    distinct speaker once, and the unfiltered list and its speaker counts are kept ready."""

    def __init__(self, rows: list[LibraryStatement], article_count: int = 0) -> None:
        self.rows = rows
        self.article_count = article_count  # articles indexed, with or without statements
        self._groups: dict[tuple[str, str, str], list[int]] = {}
        for position, row in enumerate(rows):
            statement = row.statement
            key = (statement.speaker, statement.role, statement.organisation)
            self._groups.setdefault(key, []).append(position)
        self._all_speakers: list[tuple[str, int]] | None = None

    @classmethod
    def build(cls, articles: Sequence[Article], cache: StatementCache) -> StatementIndex:
        """``articles`` newest first (as ``LibraryQuery().apply`` orders them)."""
        return cls(StatementQuery().select(articles, cache), len(articles))

    def select(self, query: StatementQuery) -> list[LibraryStatement]:
        """The rows passing ``query``, newest first."""
        library_query = query.library_query()
        rows = self.rows
        if query.speaker or query.role or query.organisation:
            positions = [
                position
                for (speaker, role, organisation), group in self._groups.items()
                if query.names(speaker, role, organisation)
                for position in group
            ]
            rows = [self.rows[position] for position in sorted(positions)]
        if not library_query.is_empty():
            context = MatchContext()
            in_scope: dict[str, bool] = {}
            kept = []
            for row in rows:
                article = row.article
                passes = in_scope.get(article.id)
                if passes is None:
                    passes = in_scope[article.id] = library_query.matches(article, context)
                if passes:
                    kept.append(row)
            rows = kept
        return rows

    def speakers(self, found: list[LibraryStatement]) -> list[tuple[str, int]]:
        """``speakers(found)``, kept for the unfiltered list (the view's first screen)."""
        if found is not self.rows:
            return speakers(found)
        if self._all_speakers is None:
            self._all_speakers = speakers(found)
        return self._all_speakers


def speakers(found: Iterable[LibraryStatement]) -> list[tuple[str, int]]:
    """(speaker, number of statements), most quoted first; spellings with and without
    diacritics count as one speaker, shown in the most used spelling (with diacritics on a tie)."""
    counts: dict[str, int] = {}
    spellings: dict[str, dict[str, int]] = {}
    for item in found:
        name = item.statement.speaker
        key = fold(name)
        counts[key] = counts.get(key, 0) + 1
        seen = spellings.setdefault(key, {})
        seen[name] = seen.get(name, 0) + 1
    named = [
        (max(spellings[key], key=lambda n: (spellings[key][n], not n.isascii())), count)
        for key, count in counts.items()
    ]
    return sorted(named, key=lambda entry: (-entry[1], fold(entry[0])))
