"""A rebuildable cache of each article's statements, kept beside the store.

Finding statements needs the recogniser's spans, so it costs about what recognition costs: far
too slow to redo for the whole library when the Statements view opens or a CLI query runs.
The statements of each text are kept in ``<store>.cache/statements.json``, keyed by the text's
hash and its article's title, and thrown away whole when the finder, the recogniser or the
user's corrections change. Derived data: losing it costs only time. Each statement is kept
with which of its words are its speaker's (``statements.said.said_part``), decided once here:
every listing decides them so, and reading the marks again took ~70 µs a statement. A text
is read under its article's title, which says whether the text starts with its headline (a
feed's or a page's does not), so a title edited later (``diplotui meta ID --title``, the
metadata dialog) has the text read again under the new one.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from diplotui.library.text_cache import TextCache, code_version
from diplotui.model import (
    ONE_LINE_CHARS,
    Article,
    EntityCorrection,
    EntitySpan,
    SpeakerCorrection,
    Statement,
)
from diplotui.paths import cache_dir
from diplotui.statements.found import statements_of

if TYPE_CHECKING:
    from pathlib import Path

    from diplotui.store import Store

CACHE_NAME = "statements.json"
_FIELDS = [f.name for f in dataclasses.fields(Statement)]
_SPEAKER, _ROLE, _ORGANISATION = (
    _FIELDS.index(name) - 2 for name in ("speaker", "role", "organisation")
)
"""Where a row's speaker, role and organisation are among its words (after its offsets)."""


class SaidDecision(NamedTuple):
    """Which words of a statement's text its speaker's are (``text[start:end]``), whether
    they are a direct quotation and the verb introducing a paraphrase: ``said_part`` of
    the statement in the text it was found in."""

    start: int
    end: int
    direct: bool
    verb: str
    continues: bool = False
    """Whether it is the second part of a quotation its attribution interrupts, after its
    first part, the same speaker's (``statements.said.continues_quotation``): listed once."""


class FoundStatements(list[Statement]):
    """A text's statements as the finder found them, with each one's :class:`SaidDecision`
    (``said``: None when not known, as for a row of a file written without them)."""

    def __init__(
        self, statements: Sequence[Statement] = (), said: Sequence[SaidDecision] | None = None
    ) -> None:
        super().__init__(statements)
        self.said = None if said is None else list(said)
        self._by_words: dict[tuple[int, int, str], SaidDecision] | None = None

    def decision(self, statement: Statement) -> SaidDecision | None:
        """The decision kept for ``statement``, if it is one of these as found (its speaker
        may since have been corrected: its words were not). Looked up by its words: each
        statement scanned the text's others, and an article of 4,000 took 3 s to list."""
        if self.said is None:
            return None
        by_words = self._by_words
        if by_words is None:  # built whole before it is shared: a worker may ask too
            by_words = {}
            for found, said in zip(self, self.said, strict=True):
                by_words.setdefault((found.start, found.end, found.text), said)
            self._by_words = by_words
        return by_words.get((statement.start, statement.end, statement.text))


def finder_version() -> str:
    """A hash of the finder's and the recogniser's code and word lists, of the layout and
    sentence rules the finder reads by, of the date rules a statement's attribution date
    is found by, and of the quotation-mark reading its speaker's words are decided by
    (``cite``; ``statements.said`` is the finder's package's), and the recogniser's
    statistical pipeline, if one is configured."""
    from diplotui import cite, dating, entities, layout, statements, text
    from diplotui.entities.statistical import version_suffix

    return code_version(entities, statements, text, layout, dating, cite) + version_suffix()


class ArticleStatements:
    """An article's statements as the library lists them (the user's speaker corrections
    applied), from the store's statement cache, found where it misses them: what a brief,
    ``annotations`` and ``quote`` cite a statement's highlight by (its verb), the cache read
    once for all the articles asked about (or, ``only``, theirs alone: ``quote`` of one
    highlight parsed every text's, 2.3 s at 10,000 articles). What was found is written by
    :meth:`save`, once: kept article by article, the whole file (~20 MB at 10,000 articles)
    was rewritten for each one; a cache read in part is never written."""

    def __init__(self, store: Store, only: Sequence[Article] | None = None) -> None:
        self.store = store
        self.cache = StatementCache.load(store, only)

    def __call__(self, article: Article) -> list[Statement]:
        if self.cache.missing([article]):
            self.cache.fill(self.store, [article], save=False)
        return self.cache.statements(article)

    def failed(self, article: Article) -> str:
        """Why the recogniser or the finder raised on the article's text ("" when neither
        did): its empty answer then says nothing of who is quoted there."""
        return next((why for _, why in self.cache.failed([article])), "")

    def save(self) -> None:
        """Keep what was found for the next command (a failure only costs finding again)."""
        self.cache.save()


def article_statements(
    text: str, corrections: Sequence[EntityCorrection], title: str = ""
) -> list[Statement]:
    """Recognise ``text`` and find its statements, under its article's ``title`` (slow: a
    worker's or a command's job)."""
    from diplotui.entities import recognise

    return statements_of(text, recognise(text, corrections), title)


def found_in(text: str, statements: Sequence[Statement]) -> FoundStatements:
    """``statements`` of ``text`` with each one's decision (:func:`said_part`, as
    ``library.statements.said_in`` makes it)."""
    from diplotui.statements.said import continues_quotation, said_part

    decisions = []
    for at, statement in enumerate(statements):
        part = said_part(text, statement.start, statement.end, (statement,))
        before = statements[at - 1] if at else None
        continues = part.direct and continues_quotation(
            text, (part.start, part.end), before, statement.speaker
        )
        decisions.append(SaidDecision(*part[:4], continues))
    return FoundStatements(statements, decisions)


def _decision(row: list[Any], statement: Statement) -> SaidDecision:
    """A decision read from the file, of its types and within its statement's words
    (ValueError when not)."""
    start, end, direct, verb, continues = row
    if not (type(start) is int and type(end) is int):
        raise ValueError("offsets are no numbers of a text")
    if not statement.start <= start <= end <= statement.end:
        raise ValueError("a decision outside its statement's words")
    if type(direct) is not bool or type(verb) is not str or type(continues) is not bool:
        raise ValueError("a decision of other types")
    return SaidDecision(start, end, direct, verb, continues)


def _statement(row: list[Any]) -> Statement:
    """A statement read from the file, its fields of their types: a cache file holding text
    for an offset made every timeline of the statement's speaker fail (a TypeError)."""
    if len(row) != len(_FIELDS):
        raise ValueError("wrong number of fields")
    start, end, *words = row
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        raise ValueError("offsets are no numbers of a text")
    for word in words:  # a loop, no generator: 185,000 statements of one article read
        if type(word) is not str:
            raise ValueError("words are no text")
    if end - start != len(words[0]):
        # offsets moved by a hand or a stray write: the correction laid over the statement
        # at its true offsets missed it, and the statement was listed twice
        raise ValueError("offsets do not span the statement's words")
    if max(len(words[_SPEAKER]), len(words[_ROLE]), len(words[_ORGANISATION])) > ONE_LINE_CHARS:
        # no finder's (``named_in_a_line``): a 1 MB name was listed, stored whole in a
        # highlight made on the statement, and its timeline took 5 s
        raise ValueError("a speaker, role or organisation longer than a line")
    return Statement(*row)  # the fields in _FIELDS's order: no mapping made per statement


def statements_key(text_hash: str, title: str, markdown: bool = False) -> str:
    """What a text's statements are kept under: its hash, the title it was read under and
    whether it was read as Markdown (its marks as spaces): an article stored as plain text
    and flagged Markdown later (a teammate's, at a sync) kept the statements found with its
    marks, "said: Vietnam supported **the roadmap**", until its text changed. A lone
    surrogate a hand edit left in a title is kept as it is: encoded strictly, it stopped
    ``statements`` and ``timeline`` with a traceback."""
    read_as = f"{text_hash}\n{title}\nmarkdown" if markdown else f"{text_hash}\n{title}"
    return hashlib.sha256(read_as.encode("utf-8", "surrogatepass")).hexdigest()


class StatementCache(TextCache[list[Statement]]):
    """Statements per text and title, as the finder found them; :meth:`statements` gives an
    article's with the user's speaker corrections applied (:meth:`take_speakers`). Thread-safe:
    a worker fills it while the UI reads it."""

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        super().__init__(path, version, corrections)
        self.speakers: dict[str, list[SpeakerCorrection]] = {}
        self.speakers_key = ""  # of no corrections

    @classmethod
    def load(cls, store: Store, only: Sequence[Article] | None = None) -> StatementCache:
        """The cache of ``store``, applying the store's speaker corrections; ``only``: those
        articles' statements alone are read, and never saved (:meth:`TextCache.load_file`)."""
        keys = (
            None
            if only is None
            else [statements_key(a.text_hash, a.title, a.markdown) for a in only]
        )
        path = cache_dir(store.path) / cls.FILE_NAME
        cache = cls.load_file(path, store.corrections(), keys)
        cache.take_speakers(store)
        return cache

    def take_speakers(self, store: Store) -> None:
        """Apply the store's speaker corrections, as they are now, from then on: those whose
        words are where they say in their article's text (read once per corrected article;
        all of an unreadable text's, whose finder's words stand in for it). A hand edit that
        moved one past its text's end, or off its words, had the library list and cite words
        the article never held, which the reader, laying corrections over the text, left out."""
        from diplotui.statements.corrections import is_placed, speaker_corrections_key
        from diplotui.store import StoreError

        corrections = store.speaker_corrections()
        speakers: dict[str, list[SpeakerCorrection]] = {}
        for correction in corrections:
            speakers.setdefault(correction.article_id, []).append(correction)
        for article_id, laid in speakers.items():
            try:
                text = store.article_text(article_id)
            except StoreError:
                continue
            speakers[article_id] = [c for c in laid if is_placed(c, text)]
        self.speakers, self.speakers_key = speakers, speaker_corrections_key(corrections)

    FILE_NAME = CACHE_NAME
    FORMAT = 4
    """4: a decision says whether its statement continues an interrupted quotation (a file
    of 3, without it, listed both parts: read as stale, found again); 3: each statement's
    row followed by its :class:`SaidDecision`; 2: keyed by text and title (1 was by text
    alone, whatever title it was read under)."""
    VERSION_FIELD = "finder"

    @classmethod
    def current_version(cls) -> str:
        return finder_version()

    @classmethod
    def decode(cls, row: Any) -> list[Statement]:
        """A text's statements with their decisions (a row without one is malformed: its
        text is found again, since without it both parts of an interrupted quotation were
        listed)."""
        size, decided = len(_FIELDS), len(_FIELDS) + len(SaidDecision._fields)
        if not all(len(fields) == decided for fields in row):
            raise ValueError("wrong number of fields")
        statements = [_statement(fields[:size]) for fields in row]
        decisions = [
            _decision(fields[size:], statement)
            for fields, statement in zip(row, statements, strict=True)
        ]
        return FoundStatements(statements, decisions)

    @classmethod
    def encode(cls, result: list[Statement]) -> Any:
        said = result.said if isinstance(result, FoundStatements) else None
        rows = [[getattr(statement, name) for name in _FIELDS] for statement in result]
        if said is None:
            return rows
        return [row + list(decision) for row, decision in zip(rows, said, strict=True)]

    def from_spans(self, text: str, spans: Sequence[EntitySpan], title: str) -> list[Statement]:
        return found_in(text, statements_of(text, spans, title))

    def key_for(self, text_hash: str, title: str, markdown: bool = False) -> str:
        return statements_key(text_hash, title, markdown)

    def found(self, article: Article) -> list[Statement]:
        """The article's statements as the finder found them, before any correction."""
        return self._results.get(self.key(article), [])

    def decision(self, article: Article, statement: Statement) -> SaidDecision | None:
        """The decision kept for ``statement`` of ``article`` (as its text and title are
        now), made in the text it was found in; None when none is kept."""
        found = self._results.get(self.key(article))
        return found.decision(statement) if isinstance(found, FoundStatements) else None

    def listed(self, article: Article) -> list[Statement]:
        """The article's statements as the library lists them (:meth:`statements`), each
        once: the second part of a quotation its attribution interrupts is left out after
        its first, the same speaker's, whose row reads both ("The talks … went well."); a
        part the user gave another speaker stays, a statement of its own."""
        statements = self.statements(article)
        found = self._results.get(self.key(article))
        if not isinstance(found, FoundStatements) or found.said is None:
            return statements
        listed: list[Statement] = []
        for statement in statements:
            decided = found.decision(statement)
            before = listed[-1] if listed else None
            if (
                decided is not None
                and decided.continues
                and before is not None
                and before.speaker == statement.speaker
                and before.end <= statement.start
            ):
                continue
            listed.append(statement)
        return listed

    def statements(self, article: Article) -> list[Statement]:
        """The article's statements as found under its current title and corrected by the
        user ([] until found)."""
        found = self.found(article)
        corrections = self.speakers.get(article.id)
        if not corrections:
            return found
        from diplotui.statements.corrections import correct_statements

        return correct_statements(found, None, corrections)
