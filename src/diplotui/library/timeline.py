"""A per-entity timeline: what a person or body said, and what happened to it, in date order.

Statements come from the statement cache: those the entity made, or, for one that made none
in the library (a place, a body never quoted), those whose words name it; events are body
sentences that mention the entity with a date ("On July 18, the Conference ... was held").
A statement is dated by the date of its attribution ("told reporters on November 12 that
...", found with the statements: :mod:`diplotui.statements.when`), an event by the date its
sentence opens with, each resolved against the article's dateline; else the article's date
stands in, and the entry says so ("2025-11-14 (article date)").
The sentences that open with a date are kept in a cache of their own (:class:`TimelineCache`),
so a timeline reads caches only, and a text is recognised once for every name asked about.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplotui.dating import Period, clause_tense, dateline, resolve
from diplotui.entities.folding import fold
from diplotui.inert import inert_line
from diplotui.layout import BlockKind, shown_blocks, shown_span, shown_text, words_read
from diplotui.library.query import date_span, read_dates
from diplotui.library.speaker_names import close_names
from diplotui.library.statement_cache import StatementCache, statements_key
from diplotui.library.statement_lines import Said, said_in, shown_statement
from diplotui.library.statements import (
    StatementQuery,
    date_doubted,
    date_label,
    listed_names,
    name_words,
    names_no_one,
    names_speaker,
    role_forms,
    said_span,
    standing_in,
    unnamed,
)
from diplotui.library.text_cache import (
    TextCache,
    code_version,
    corrections_key,
    failed_in,
    fill_together,
    missing_in,
    save_all,
)
from diplotui.model import Article, EntityCorrection, EntitySpan, Statement
from diplotui.statements.persons import name_key, persons
from diplotui.statements.spelling import spellings_agree
from diplotui.statements.when import (
    ARTICLE_DATE,
    SENTENCE_DATE,
    date_spans,
    in_quotation,
    lead_date,
    said_date,
)
from diplotui.store import Store, StoreError
from diplotui.text import sentences
from diplotui.text.tag_names import names_tag

if TYPE_CHECKING:
    from diplotui.library.search import SearchIndex


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated line of a timeline; ``when`` is None when nothing dates it."""

    when: Period | None
    kind: str  # "statement" or "event"
    article: Article
    start: int
    end: int
    text: str
    statement: Statement | None = None
    date_from: str = SENTENCE_DATE  # or ARTICLE_DATE: the article's date stands in
    said: Said | None = None  # a statement's words and speech, as ``y`` gives them
    # an event's day named by its sentence, its year the article's guessed date's ("On July
    # 18" in an article dated 2025-07-18?): listed "2025-07-18?", not as the article's date
    year_guessed: bool = False

    def day(self) -> str:
        """The day it is listed under: its own, else its article's ("9999" for none)."""
        if self.when:
            return self.when.first.isoformat()
        return standing_in(self.date_from, self.article) or "9999"

    def date_text(self) -> str:
        """The entry's date: ISO day, month, year or range, else the article's date ("" for
        none), without the "?" of :meth:`date_label` (a JSON reader gets that apart)."""
        return (
            self.when.label()
            if self.when is not None
            else standing_in(self.date_from, self.article)
        )

    def date_is_guess(self) -> bool:
        """Whether the date is only the article's own and doubted (a guess, a day not taken
        as one): the "?" of :meth:`date_label`; a month the article states is no guess."""
        return bool(self.date_text()) and (
            self.year_guessed or date_doubted(self.when, self.article)
        )

    def date_source(self) -> str | None:
        """Where the date comes from: SENTENCE_DATE, ARTICLE_DATE, or None when undated."""
        return self.date_from if self.date_text() else None

    def date_label(self) -> str:
        """The date as a listing shows it: "?" after an uncertain one, "(article date)" after
        the article's date standing in for the statement's own, "undated" for none."""
        label = date_label(self.when, self.date_from, self.article)
        return f"{label}?" if self.year_guessed else label


def entry_span(entry: TimelineEntry) -> tuple[str, str] | None:
    """The first and last day (ISO) an entry was made or happened on, as ``--since`` and
    ``--until`` test it: a statement's as ``W`` and ``statements --since`` read it
    (:func:`said_span`), an event's its own date's, else its article's; None when undated."""
    if entry.statement is not None:
        return said_span(entry.statement, entry.article)
    if entry.when is not None:
        return entry.when.first.isoformat(), entry.when.last.isoformat()
    return date_span(standing_in(entry.date_from, entry.article))


def within_dates(
    entries: Sequence[TimelineEntry], low: str, high: str
) -> tuple[list[TimelineEntry], int]:
    """The entries made or happening between the days ``low`` and ``high`` (ISO, "" and
    "\uffff" open), in their order, and how many no date places (left out: no date passes
    them, as ``statements --since`` leaves an undated article's statements out)."""
    kept: list[TimelineEntry] = []
    undated = 0
    for entry in entries:
        span = entry_span(entry)
        if span is None:
            undated += 1
        elif span[1] >= low and span[0] <= high:
            kept.append(entry)
    return kept, undated


def tagged(entries: Sequence[TimelineEntry], tag: str) -> list[TimelineEntry]:
    """The entries of the articles tagged ``tag``, named as ``tag:`` and ``--tag`` name
    one (any case; typed without diacritics, any spelling of them)."""
    return [entry for entry in entries if names_tag(entry.article.tags, tag)]


@dataclass(frozen=True, slots=True)
class TimelineDates:
    """The days a timeline is asked about, as typed (``since:July``, "2025-12", ""), and
    the tag its articles carry: the Statements view's ``since:``, ``until:`` and ``tag:``,
    kept by the timeline ``L`` opens there (its ``role:`` and ``org:`` chose the speaker
    whose timeline it is)."""

    since: str = ""
    until: str = ""
    tag: str = ""

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.tag)

    def said(self) -> str:
        """The tag and days as the title says them ("tagged #asean, since 2026-07-01",
        "since 2025-12, until 2026-01-31"): a word typed ("July") as the day it was read
        as; raises QueryError on a date no reading finds, as the Statements view's filter
        does."""
        self._range()  # a date no calendar has refused, as the view refuses it
        read = read_dates(self.since, self.until)
        tagged_as = [f"tagged #{inert_line(self.tag)}"] if self.tag else []
        return ", ".join(
            tagged_as
            + [
                f"{bound} {day}"
                for bound, day in (("since", read.since), ("until", read.until))
                if day
            ]
        )

    def kept(self, entries: Sequence[TimelineEntry]) -> tuple[list[TimelineEntry], int]:
        """The entries of articles with the tag made or happening in these days and how
        many no date places (left out), as ``timeline --tag --since`` keeps them; raises
        QueryError as :meth:`said` does."""
        if self.tag:
            entries = tagged(entries, self.tag)
        if not (self.since or self.until):
            return list(entries), 0
        return within_dates(entries, *self._range())

    def _range(self) -> tuple[str, str]:
        query = StatementQuery(since=self.since, until=self.until)
        return query.library_query().date_range()


def date_width(entries: Sequence[TimelineEntry]) -> int:
    """The width a listing gives its dates: its longest label's, one space after that on its
    row. A floor of 12 columns left three spaces after each date of a listing of sure dates
    (two in ``statements``, whose floor was 11), where a listing with a guessed one had one."""
    return max((len(entry.date_label()) for entry in entries), default=0)


def entry_naming(
    entries: Sequence[TimelineEntry],
) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Each speaker's one name on a timeline's rows and their roles' forms
    (:func:`listed_names`, :func:`role_forms`), as ``W``'s rows show them."""
    said = [(e.statement, e.article.id) for e in entries if e.statement is not None]
    names = listed_names(statement for statement, _ in said)
    return names, role_forms(said, names)


def _words(text: str) -> set[str]:
    return set(name_words(text))


class TimelineName:
    """The name a timeline is of, with its answer for each speaker and mention kept: the
    articles of a library ask about the same few hundred spellings tens of thousands of times,
    and splitting each into words again took seconds at 10,000 articles."""

    def __init__(self, name: str) -> None:
        self.name = name
        # "el-Burhan" is Burhan's: an Arabic article is no word a mention must hold
        self.words = set(name_key(name)) or _words(name)
        self._speakers: dict[str, bool] = {}
        self._mentions: dict[tuple[str, str], bool] = {}
        # a name that made no statement in the library (a place, a body never quoted) has
        # the statements whose words name it instead: what was said about the East Sea
        self.spoken_of = False

    def holds(self, statement: Statement) -> bool:
        """Whether the statement is on the name's timeline: said by it, or, for a name that
        made none, naming it (the words of every statement are folded and searched then:
        a person's timeline is what the person said, and costs no more)."""
        return self.speaks(statement) or (self.spoken_of and self.in_text(statement.text))

    def speaks(self, statement: Statement) -> bool:
        """Whether the name names the statement's speaker (:func:`names_speaker`)."""
        said = self._speakers.get(statement.speaker)
        if said is None:
            said = self._speakers[statement.speaker] = names_speaker(self.name, statement)
        return said

    def of_persons(self, statements: Iterable[Statement]) -> None:
        """Let the name speak for each other name of a person it names (:func:`persons`):
        "Muhammad Shehbaz Sharif"'s timeline holds what Shehbaz Sharif said, as ``W``'s
        filter on either name finds both."""
        named: dict[str, Statement] = {}
        for statement in statements:
            named.setdefault(statement.speaker, statement)
        person = persons(named)
        wanted = {person[name] for name, statement in named.items() if self.speaks(statement)}
        for name, whose in person.items():
            if whose in wanted:
                self._speakers[name] = True
        self._of_a_person(named)

    def _of_a_person(self, named: dict[str, Statement]) -> None:
        """A name some person speaks by is that person's timeline: a body named after them
        is not the person ("Nicolás Maduro"'s timeline held what "the Nicolás Maduro-led
        administration" said, as "Trump"'s would the Trump administration's); the body's own
        name, typed whole, still finds it. A group naming them ("Donald Trump and Marco
        Rubio") spoke with them: kept."""
        if not any(s.speaker_type == "PERSON" and self.speaks(s) for s in named.values()):
            return
        own = name_key(self.name)
        for name, statement in named.items():
            if statement.speaker_type == "ORG" and name_key(name) != own:
                self._speakers[name] = False

    def is_in(self, sentence: DatedSentence) -> bool:
        """Whether a mention in the sentence names it: all its words, or a person's name
        that is part of it ("Trung" for Le Hoai Trung)."""
        return any(self._names(mention) for mention in sentence.mentions)

    def _names(self, mention: tuple[str, str]) -> bool:
        named = self._mentions.get(mention)
        if named is None:
            wanted, have = self.words, _words(mention[0])
            named = (
                bool(wanted and have)
                and (wanted <= have or (mention[1] == "PERSON" and have <= wanted))
                # Thạnh's timeline holds no event of Thành's
                and spellings_agree(self.name, mention[0])
                and spellings_agree(mention[0], self.name)
            )
            self._mentions[mention] = named
        return named

    def in_text(self, text: str) -> bool:
        """Whether every word of the name is a word of ``text`` (``words <= _words(text)``)
        without splitting the whole text into words (4.7 s for 6,000 texts): a word is there
        where it stands between characters that are no letters or digits."""
        # an ASCII text folds to its lower case (but for spaces, which divide words either
        # way): a timeline asks this of every statement of the library (its words may name it)
        folded = text.lower() if text.isascii() else fold(text)
        return all(_has_word(folded, word) for word in self.words)


def _has_word(folded: str, word: str) -> bool:
    at = folded.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not folded[at - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return True
        at = folded.find(word, at + 1)
    return False


@dataclass(frozen=True, slots=True)
class DatedSentence:
    """A body sentence that opens with a date, as the timeline cache keeps it: the only
    sentences that date a statement or make an event. The date is kept as written and resolved
    when read, against the article's dateline as it is then (a date edited later counts)."""

    start: int
    end: int
    date: str
    mentions: tuple[tuple[str, str], ...]  # (text, type) of the non-DATE mentions opening in it


def _dated(fields: list[Any]) -> DatedSentence:
    """One dated sentence read from the timeline cache (ValueError when malformed)."""
    start, end, when, mentions = fields
    if not (type(start) is int and type(end) is int and 0 <= start < end):
        raise ValueError("offsets are no words of a text")
    if type(when) is not str or not when or type(mentions) is not list:
        raise ValueError("a date or mentions of other types")
    named = []
    for mention in mentions:
        if not (type(mention) is list and len(mention) == 2):
            raise ValueError("a mention is no name and type")
        text, kind = mention
        if type(text) is not str or type(kind) is not str:
            raise ValueError("a mention is no name and type")
        named.append((text, kind))
    return DatedSentence(start, end, when, tuple(named))


def fits(text: str, statements: Sequence[Statement], dated: Sequence[DatedSentence]) -> bool:
    """Whether the statements and dated sentences kept for a text are its own: each
    statement's words at its offsets, each sentence within it with its date there (``text``
    as they were found in, a Markdown article's marks as spaces). A cache file holds them by
    the text's hash alone; a row it holds of other offsets, moved by a hand or a stray write,
    put an event of no words, or of other words, on the timeline. A date may run into the
    sentence from before it: a recognised "April 29\n\nThis week" opened "This week ..." in
    one text of the 2,200 of the statements dev set."""
    return all(text[s.start : s.end] == s.text for s in statements) and all(
        s.end <= len(text) and _dates(text, s) for s in dated
    )


def _dates(text: str, sentence: DatedSentence) -> bool:
    """Whether the sentence's date stands in it, or runs into or out of it."""
    reach = len(sentence.date)
    return text.find(sentence.date, max(sentence.start - reach, 0), sentence.end + reach) >= 0


def dated_sentences(text: str, spans: Sequence[EntitySpan], title: str) -> list[DatedSentence]:
    """The body sentences of ``text`` (read under its article's ``title``) that open with a
    date, with the mentions in each: all a timeline needs of the text's recognised spans.
    Read as the reader lays it out (``layout.shown_text``): a sentence across a hard-wrapped
    text's soft wrap is whole, not cut at its line's end."""
    blocks = shown_blocks(text, title)  # a feed's lede is body, not a headline
    body = [(b.start, b.end) for b in blocks if b.kind is BlockKind.PARAGRAPH]
    sentence_spans = [s for s in sentences(shown_text(text)) if any(a <= s[0] < b for a, b in body)]
    dates = date_spans(text, spans)
    named = sorted((s.start, s.text, s.type) for s in spans if s.type != "DATE")
    found: list[DatedSentence] = []
    for sentence in sentence_spans:
        lead = lead_date(text, dates, sentence)
        if lead is None:
            continue
        first = bisect_left(named, (sentence[0],))
        last = bisect_left(named, (sentence[1],))
        mentions = tuple((mention, kind) for _start, mention, kind in named[first:last])
        found.append(DatedSentence(sentence[0], sentence[1], text[lead[0] : lead[1]], mentions))
    return found


def article_timeline(
    name: TimelineName,
    article: Article,
    text: str,
    dated: Sequence[DatedSentence],
    statements: Sequence[Statement],
    said: StatementCache | None = None,
) -> list[TimelineEntry]:
    """The entries of one article for ``name``: its statements (:meth:`TimelineName.holds`),
    each dated by its attribution, and its other dated sentences that mention ``name``.
    ``said``: the cache the statements came from, whose decisions of their words were made
    in ``text`` (the article's, as the cache's key says)."""
    anchor = dateline(article.date, article.date_is_guess)
    entries: list[TimelineEntry] = []
    covered: set[int] = set()
    for statement in statements:
        if not name.holds(statement):
            continue
        when, date_from = said_date(statement, article)
        decided = None if said is None else said.decision(article, statement)
        # a sentence holding any of the statement's words is the statement's, shown once: a
        # quotation running into a sentence that opens with a date was listed twice
        covered.update(
            s.start for s in dated if s.start < statement.end and statement.start < s.end
        )
        entries.append(
            TimelineEntry(
                when,
                "statement",
                article,
                statement.start,
                statement.end,
                # a soft wrap a space, a Markdown mark left out: as the reader shows it
                shown_statement(statement, text, article.markdown),
                statement,
                date_from,
                said_in(statement, text, decided, article.markdown),
            )
        )
    spoken: list[Spoken] | None = None  # found for the first event: most articles have none
    for sentence in dated:
        if sentence.start in covered or not name.is_in(sentence):
            continue
        # a date that does not resolve ("On Monday" in an article whose date is a guess)
        # leaves the article's date standing in, as for a statement: the event was left
        # out, and L said no dated sentence named what "On Monday, ..." named
        if spoken is None:
            spoken = spoken_days(statements, article)
        when = event_date(text, sentence, anchor, spoken)
        year_guessed = False
        if when is None and anchor is None:
            when = guessed_year_date(text, sentence, article)
            year_guessed = when is not None
        date_from = SENTENCE_DATE if when is not None else ARTICLE_DATE
        if when is None and anchor is not None:
            when = Period(anchor, anchor)
        entries.append(
            TimelineEntry(
                when,
                "event",
                article,
                sentence.start,
                sentence.end,
                shown_span(text, sentence.start, sentence.end, article.markdown),
                date_from=date_from,
                year_guessed=year_guessed,
            )
        )
    return entries


# a day counted from when it is said: in a quotation, from the speaker's day, which the
# dateline need not be ("today" in words said on Monday, reported on Tuesday)
_SPEAKER_S_DAY = re.compile(
    r"(?:today|yesterday|tomorrow|(?:this|last|next)\s+(?:week|month))", re.IGNORECASE
)


# the line an embedded post ends with: "— Enrique A. Manalo (@SecManalo) March 6, 2023"
_POSTED = re.compile(
    r"[ \t]*\n[—–-]+[ \t][^\n]*\(@\w+\)[ \t]+(?P<day>[^\n]{3,20}?\d{4})[ \t]*$", re.M
)


Spoken = tuple[int, int, date]  # a statement's start and end, and the one day it was made


def spoken_days(statements: Sequence[Statement], article: Article) -> list[Spoken]:
    """The article's statements whose attribution dates them to one day ("said on
    Tuesday"), with that day: a "today" in their words is that day."""
    found = []
    for statement in statements:
        when, date_from = said_date(statement, article)
        if when is not None and date_from == SENTENCE_DATE and when.first == when.last:
            found.append((statement.start, statement.end, when.first))
    return found


def event_date(
    text: str, sentence: DatedSentence, anchor: date | None, spoken: Sequence[Spoken] = ()
) -> Period | None:
    """The period a dated sentence's date names, against the dateline ``anchor``; None for
    one that does not resolve. A day counted from the speaker's day inside a quotation
    ("“We met today,” she said on Monday" in Tuesday's article) is counted from the day of
    the statement holding it (``spoken``: :func:`spoken_days`), else not at all; in an
    embedded post ("Had a good meeting today ... — Name (@name) March 6, 2023"), from the
    post's day."""
    if _SPEAKER_S_DAY.fullmatch(" ".join(sentence.date.split())):
        line_end = text.find("\n", sentence.end)
        posted = _POSTED.match(text, sentence.end if line_end < 0 else line_end)
        if posted is not None and line_end >= 0:
            day = resolve(posted.group("day"), None)
            return resolve(sentence.date, day.first) if day and day.first == day.last else None
        at = text.find(sentence.date, sentence.start, sentence.end)
        if at < 0:
            return None
        if in_quotation(text, at):
            said_on = [day for start, end, day in spoken if start <= at < end]
            return resolve(sentence.date, said_on[0]) if said_on else None
    return resolve(sentence.date, anchor, event_tense(text, sentence))


# a month named: a day the sentence names whatever the dateline, its year alone taken from it
_MONTH_NAMED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=\s|\d|$)", re.I
)


def guessed_year_date(text: str, sentence: DatedSentence, article: Article) -> Period | None:
    """The day a dated sentence names by its month ("On July 18", "On the morning of December
    30") in an article whose date is a guessed day, its year placed by that guess: the
    timeline dated the seeds' "On July 18, the Conference ... was held" by the article's
    date, "(article date)", not the day named. A weekday or a day counted from the dateline
    ("On Monday", "yesterday") is left to the article's date: the guess places no such day."""
    if not article.date_is_guess or not _MONTH_NAMED.search(sentence.date):
        return None
    guess = dateline(article.date, False)  # the guessed day, taken as a day to count from
    if guess is None:
        return None
    return resolve(sentence.date, guess, event_tense(text, sentence))


def event_tense(text: str, sentence: DatedSentence) -> str:
    """The tense a dated sentence's weekday is counted in ("On Tuesday, X met ..." the latest
    Tuesday, "... will meet" the next), and its day or month without a year placed by
    (:func:`~diplotui.dating.resolve`: "On May 8, X met ..." in a September article the
    latest May 8, as a statement "said on May 8" is dated; asked of weekdays alone, the
    event was left on the article's date); "" for one inside a quotation, the speaker's,
    counted from when they spoke."""
    at = text.find(sentence.date, sentence.start, sentence.end)
    if at < 0 or in_quotation(text, at):
        return ""
    return clause_tense(text[at + len(sentence.date) : sentence.end], text[sentence.start : at])


def timeline_version() -> str:
    """A hash of the code dated sentences are found by: the recogniser, the sentence, layout
    and date rules (an opening date: :mod:`diplotui.statements.when`), this module (and the
    recogniser's statistical pipeline, if configured)."""
    import sys

    from diplotui import dating, entities, layout, text
    from diplotui.entities.statistical import version_suffix
    from diplotui.statements import when

    modules = (entities, text, layout, dating, when, sys.modules[__name__])
    return code_version(*modules) + version_suffix()


class TimelineCache(TextCache[list[DatedSentence]]):
    """The dated sentences of each text, under its article's title, kept in
    ``<store>.cache/timeline.json``: a timeline read them by recognising again every article
    that mentioned the name (16.5 s for 6,196 articles at 10,000); a text is recognised once,
    then every name's timeline reads it from here. Thread-safe, like the other caches."""

    FILE_NAME = "timeline.json"
    FORMAT = 1
    VERSION_FIELD = "timeline"

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        super().__init__(path, version, corrections)
        self._shared: dict[tuple[str, str], tuple[str, str]] = {}

    def _kept(self, result: list[DatedSentence]) -> list[DatedSentence]:
        """The sentences with each equal mention shared between texts: a library names the
        same few thousand entities in article after article (at 10,000 articles each text's own
        copies took 16 MB, shared ones 6 MB)."""
        shared = self._shared
        return [
            DatedSentence(
                s.start, s.end, s.date, tuple(shared.setdefault(m, m) for m in s.mentions)
            )
            for s in result
        ]

    @classmethod
    def current_version(cls) -> str:
        return timeline_version()

    @classmethod
    def decode(cls, row: Any) -> list[DatedSentence]:
        """A text's dated sentences, each of its types and of words running forwards
        (ValueError when not): read by ``int()`` and unpacking, an offset written "13", 13.5
        or ``true`` was taken for a number, a mention "AB" for a name "A" of type "B", and a
        sentence ending before it began was listed as an event of no words."""
        return [_dated(fields) for fields in row]

    @classmethod
    def encode(cls, result: list[DatedSentence]) -> Any:
        return [[s.start, s.end, s.date, [list(m) for m in s.mentions]] for s in result]

    def from_spans(self, text: str, spans: Sequence[EntitySpan], title: str) -> list[DatedSentence]:
        return dated_sentences(text, spans, title)

    def key_for(self, text_hash: str, title: str, markdown: bool = False) -> str:
        return statements_key(text_hash, title, markdown)

    def dated(self, article: Article) -> list[DatedSentence]:
        """The article's dated sentences as read under its current title ([] until read)."""
        return self._results.get(self.key(article), [])


def speaker_timeline(speaker: str, speaker_type: str) -> tuple[str, str]:
    """Whose timeline ``L`` on a statement opens: its speaker's name and "", or "" and why
    there is none. A group speaking ("delegates") is no name a timeline follows: its
    statements are those of whoever the article groups so. Nor is a person the article
    leaves unnamed ("a spokesperson said", "the South Korean official"): the words naming
    them are the library's for every such speaker, and "Timeline of spokesperson" gave a
    Philippine spokesperson's words beside a Chinese embassy's as one person's."""
    if speaker_type == "GROUP":
        return "", f"The speaker here, {inert_line(speaker)}, is a group, not a name"
    if speaker_type == "PERSON" and unnamed(speaker):
        return "", f"The speaker here, {inert_line(speaker)}, is unnamed, not a name"
    return speaker, ""


def close_speakers(
    store: Store, name: str, said: StatementCache | None = None, most: int = 3
) -> list[tuple[str, int]]:
    """The speakers of the library ``name`` nearly names (:func:`close_names`: "Daglo" of
    Mohamed Hamdan Dagalo), with their statements, most quoted first: what a timeline that
    found nothing offers. Asked after :func:`entity_timeline`, whose statements it reads
    (``said``: the cache it was given)."""
    said = StatementCache.load(store) if said is None else said
    counts = Counter(
        statement.speaker
        for article in store.articles()
        for statement in said.listed(article)
        if statement.speaker_type != "GROUP"
    )
    people: Counter[tuple[str, ...]] = Counter()  # one offer per person, however spelt
    for speaker, count in counts.items():
        people[tuple(name_key(speaker))] += count
    offers: dict[tuple[str, ...], str] = {}
    for found in sorted(close_names(name, counts), key=lambda spelling: -counts[spelling]):
        offers.setdefault(tuple(name_key(found)), found)
    ranked = sorted(offers.items(), key=lambda offer: -people[offer[0]])
    return [(spelling, people[key]) for key, spelling in ranked][:most]


def entity_timeline(
    store: Store,
    name: str,
    stop: Callable[[], bool] | None = None,
    timeline: TimelineCache | None = None,
    said: StatementCache | None = None,
    unreadable: list[Article] | None = None,
    failures: list[tuple[Article, str]] | None = None,
    fill: Fill | None = None,
) -> list[TimelineEntry]:
    """Statements and dated events of ``name`` across the library, oldest first, from the
    statement and timeline caches (``timeline``, ``said``: ones the caller loaded), filled
    first where they miss an article that can name it (:func:`_read_for`; every article
    when it names no one there, for the close names offered), each text recognised once for
    both. ``stop`` is asked before each article: a timeline closed unseen stops
    there, with what it had found. ``unreadable`` gets the articles passed over because
    their texts could not be read (``doctor`` names the files), ``failures`` those passed
    over because the recogniser or the finder raised on their texts, with why
    (:meth:`TextCache.failed`). ``fill`` fills the caches for some articles (the app's: in a
    helper process when they are many; else :func:`fill_together` here). A name of function
    words alone (:func:`names_no_one`) has none."""
    if names_no_one(name):  # "the": every statement's words hold it
        return []
    if fill is None:
        fill = partial(_fill_here, stop=stop)
    articles = store.articles()
    said = StatementCache.load(store) if said is None else said
    timeline = TimelineCache.load(store) if timeline is None else timeline
    caches = (said, timeline)
    for cache in caches:
        cache.prune(articles)
    read = _read_for(TimelineName(name), store, articles, caches, fill, stop)
    passed_over: list[Article] = []
    entries = _entries(TimelineName(name), store, articles, caches, stop, passed_over)
    if not entries and len(read) < len(articles):
        # none: what it offers instead, the speakers the name nearly names, are every
        # article's (a close spelling is no word the index can be asked for)
        fill(caches, store, articles)
        read, passed_over = articles, []
        entries = _entries(TimelineName(name), store, articles, caches, stop, passed_over)
    if unreadable is not None:
        unreadable += missing_in(caches, read)  # still missing: unreadable
        unreadable += passed_over
    if failures is not None:
        failures += failed_in(caches, read)
    return entries


def _entries(
    wanted: TimelineName,
    store: Store,
    articles: list[Article],
    caches: tuple[StatementCache, TimelineCache],
    stop: Callable[[], bool] | None,
    passed_over: list[Article],
) -> list[TimelineEntry]:
    """The timeline of ``wanted`` from the caches (those filled for it), oldest first;
    ``passed_over`` gets the articles whose texts could not be read."""
    said, timeline = caches
    wanted.of_persons(s for a in articles for s in said.statements(a))
    wanted.spoken_of = not any(wanted.speaks(s) for a in articles for s in said.statements(a))
    entries: list[TimelineEntry] = []
    refound = False  # a cached row that did not fit its text was found otherwise
    for article in articles:
        if stop is not None and stop():
            break
        statements = said.listed(article)
        named = any(wanted.holds(s) for s in statements)
        dated = timeline.dated(article)
        if not named and not any(wanted.is_in(sentence) for sentence in dated):
            continue  # nothing of the name's in it: its text is not even read
        try:
            text = store.article_text(article.id)
        except StoreError:  # passed over, as the statement cache passes it
            passed_over.append(article)
            continue
        kept = said.found(article)
        if not fits(words_read(text, article.markdown), kept, dated):
            _found_again(caches, store, article)
            # the same again is the finder's own: kept, the file not written for it
            refound = refound or (kept, dated) != (said.found(article), timeline.dated(article))
            statements, dated = said.listed(article), timeline.dated(article)
        if not named and not wanted.in_text(text):
            continue
        entries += article_timeline(wanted, article, text, dated, statements, said)
    if refound:
        save_all(caches)
    return in_timeline_order(entries)


def in_timeline_order(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """By day; in a day, the articles whose own sentences date something to it ("told
    reporters on Friday") before those whose date only stands in ("(article date)": reported
    that day, said then or before): a Saturday article's Friday statement came after the
    Friday article's undated one, as if said later; then each article's entries of the day
    together in reading order, whatever dates each (sentence-dated first, an article's "he
    added: ..." was listed before the words it added to)."""
    precise = {(e.day(), e.article.id) for e in entries if e.date_from == SENTENCE_DATE}

    def place(entry: TimelineEntry) -> tuple[str, bool, str, str, int]:
        day = entry.day()
        stood_in = (day, entry.article.id) not in precise
        return (day, stood_in, entry.article.date, entry.article.id, entry.start)

    return sorted(entries, key=place)


def _read_for(
    wanted: TimelineName,
    store: Store,
    articles: list[Article],
    caches: Sequence[TextCache[Any]],
    fill: Fill,
    stop: Callable[[], bool] | None,
) -> list[Article]:
    """Fill the caches for the articles a timeline of ``wanted`` can hold anything of, and
    return them: those whose words can name it (:meth:`Words.naming`), then those naming
    the surname of a speaker it names (:meth:`TimelineName.of_persons` joins "Shehbaz
    Sharif" and "Muhammad Shehbaz Sharif" where no other Sharif speaks); else every article.
    The first timeline at 10,000 articles recognised every text (25 s); the others are read
    when another name, the Statements view or ``statements`` asks for them."""
    with Words.of(store, articles, stop) as words:
        near = words.naming(wanted.name)
        if near is not None:
            fill(caches, store, near)
            surnames = _surnames(wanted, caches[0], near)
            more = words.holding(surnames, apart=near)
            if more is not None:
                near += more
                fill(caches, store, more)
                if not _joined_apart(caches[0], near, surnames):
                    return near
    fill(caches, store, articles)
    return articles


Fill = Callable[[Sequence[TextCache[Any]], Store, list[Article]], object]
"""What fills caches for some articles (:func:`entity_timeline`'s ``fill``)."""


def _fill_here(
    caches: Sequence[TextCache[Any]],
    store: Store,
    articles: list[Article],
    stop: Callable[[], bool] | None = None,
) -> None:
    fill_together(caches, store, articles, stop=stop)  # a text missing in both read once


def _statements(said: TextCache[Any], articles: Iterable[Article]) -> Iterator[Statement]:
    assert isinstance(said, StatementCache)
    return (s for a in articles for s in said.statements(a))


def _surnames(wanted: TimelineName, said: TextCache[Any], read: list[Article]) -> set[str]:
    """The surnames of the speakers ``wanted`` names in ``read`` (of a name of two words or
    more): who else may be the same person (:func:`persons`) is among their holders."""
    spoken = {s.speaker for s in _statements(said, read) if wanted.speaks(s)}
    return {key[-1] for key in map(name_key, spoken) if len(key) > 1}


def _joined_apart(said: TextCache[Any], read: list[Article], surnames: set[str]) -> bool:
    """Whether two names of a surname ``wanted``'s speakers bear were joined as one person
    where the surname is a place's, which a body's speaker may end in though its text does
    not hold it ("Embassy (Van)"): a third of that surname, unread, would keep them apart."""
    risky = surnames & place_last_words()
    if not risky:
        return False
    joined = persons({s.speaker for s in _statements(said, read)})
    return any(
        whose.startswith("\0") and name_key(name)[-1] in risky for name, whose in joined.items()
    )


ADDED_WORDS = frozenset(
    {"ministry", "office", "president", "presidential", "presidency", "prime", "minister"}
    | {"pm", "embassy", "government", "department", "consulate", "cabinet", "commission"}
    | {"parliament", "mfa", "mofa", "foreign", "affairs", "defence", "defense", "interior"}
)
"""Words of the names a body speaking under a generic name is shown by (the library's
"Ministry of Foreign Affairs (China)" of an article's "Beijing's foreign ministry":
``statements.countries``), which its article's text need not hold; with the words of every
name and portfolio the gazetteer knows (:func:`words_not_in_texts`)."""


def _never() -> bool:
    return False


@functools.lru_cache(maxsize=1)
def words_not_in_texts() -> frozenset[str]:
    """The words the library may give a speaker that its article's text need not hold: a
    country's (a capital standing for it), a body's."""
    from diplotui.entities.gazetteer import Entry, load

    gazetteer = load()
    named = [e.canonical for e in gazetteer.names.entries.values() if isinstance(e, Entry)]
    named += [text for text in gazetteer.portfolios.entries if isinstance(text, str)]
    return ADDED_WORDS | frozenset(word for text in named for word in name_words(text))


@functools.lru_cache(maxsize=1)
def place_last_words() -> frozenset[str]:
    """The last word of every place the gazetteer names: what a body's speaker may end in
    ("Ministry of Foreign Affairs (China)" of "Beijing's foreign ministry")."""
    from diplotui.entities.gazetteer import Entry, load

    entries = load().names.entries.values()
    keys = (name_key(e.canonical) for e in entries if isinstance(e, Entry) and e.type == "GPE")
    return frozenset(key[-1] for key in keys if key)


@dataclass(slots=True)
class Words:
    """Which articles hold which words, from the search index (brought up to date first):
    what a timeline asks before reading any article for a name."""

    index: SearchIndex | None
    articles: list[Article]
    corrected: set[str]  # the articles holding a speaker correction
    # each alias (``E``) as the words a text holds and the name they link to
    aliased: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    vocabulary: frozenset[str] | None = None  # the index's words, read when first asked
    # each word of the library's runs of letters within an index term that is more: a word
    # the index keeps with what the tokenizer takes for letters, the linker for none
    # ("wong🇦🇺", "vanʼs", a private-use character), as the linker's word alone
    within: dict[str, set[str]] | None = None
    longest: int = 0  # the longest index term's length: no longer piece of a word is one

    @classmethod
    def of(
        cls, store: Store, articles: list[Article], stop: Callable[[], bool] | None = None
    ) -> Words:
        """The words of ``store``'s articles (an index stopped while brought up to date
        answers none: every article is read, as ``stop`` then stops)."""
        from diplotui.library.search import SearchIndex

        corrected = {c.article_id for c in store.speaker_corrections()}
        aliased = [(c.text, c.canonical) for c in store.corrections() if c.kind == "alias"]
        return cls(SearchIndex.build(store, stop or _never), articles, corrected, aliased)

    def __enter__(self) -> Words:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.index is not None:
            self.index.close()

    def naming(self, name: str) -> list[Article] | None:
        """The articles whose words can name ``name`` (as a speaker, a mention, a word of a
        statement: a speaker the finder gives is the text's words), with those whose text
        the index could not read and those holding a speaker the user corrected (``P``: a
        name the text need never hold), and, for a name sharing a word with a name the user
        made another an alias of (``E``: "Uncle Ho" is Ho Chi Minh, in texts that need not
        write his name), those holding a word of the alias: an alias names him only where
        its words stand. None when every article must be read: a name (or such an alias) all
        of whose words the library may give a speaker its text does not hold, or words the
        index cannot be asked for (:meth:`holding`)."""
        key = name_key(name)
        words = {*key, *name_words(name), "".join(key)} - {""}
        if self.index is None or words <= words_not_in_texts():
            return None
        for text, canonical in self.aliased:
            if words.intersection(name_words(canonical)):
                alias = set(name_words(text))
                if alias <= words_not_in_texts():  # words a text need not hold, or none
                    return None
                words |= alias
        found = self.holding(words)
        if found is None:
            return None
        ids = {a.id for a in found}
        ids.update(self.index.indexed_without_text())
        ids.update(self.corrected)
        return [a for a in self.articles if a.id in ids]

    def holding(
        self, words: AbstractSet[str], apart: Sequence[Article] = ()
    ) -> list[Article] | None:
        """The articles (but those ``apart``) holding any of ``words`` as a word, or words
        that join into one ("abdel fattah" of "abdelfattah", "al burhan" of "alburhan");
        None (read every article) for a word that is not ASCII letters and digits (the index
        and the names may fold it otherwise), or written as too many runs of words."""
        if self.index is None or not all(word.isascii() and word.isalnum() for word in words):
            return None
        if self.vocabulary is None:
            self.vocabulary = self.index.vocabulary()
            if self.vocabulary is None:  # words not in the file yet
                return None
        if self.within is None:
            self.within = _words_within(self.vocabulary)
            self.longest = max(map(len, self.vocabulary), default=0)
        # each word whole, or within a term the linker reads it in: a name's word is a whole
        # word wherever the linker finds it (:func:`name_words`), "le" no start of "leaders"
        ids = set(self.index.holding_words(set().union(*map(self._terms, words))))
        for word in words:
            held = self._runs_held(word)
            if held is None:
                return None
            ids |= held
        ids.difference_update(a.id for a in apart)
        return [a for a in self.articles if a.id in ids]

    def _terms(self, word: str) -> set[str]:
        """The index terms the linker reads as ``word``: itself, and those it is within."""
        assert self.vocabulary is not None and self.within is not None
        return ({word} & self.vocabulary) | self.within.get(word, set())

    def _runs_held(self, word: str) -> set[str] | None:
        """The articles holding ``word`` written as two words or more of the library, one
        after another ("abdel fattah" of "abdelfattah"), each whole. A run is followed only
        while an article holds it: the real vocabulary's one- and two-letter words write
        "pennywong" in thousands of ways ("p e n ny wo ng"), of which no text holds one, and
        listing them all made every two-word name's first timeline read every article. None
        (read every article) past ``RUN_QUERIES_AT_MOST`` queries."""
        assert self.index is not None
        held: set[str] = set()
        queries = 0
        runs: list[tuple[tuple[set[str], ...], int]] = [((), 0)]
        while runs:
            run, start = runs.pop()
            # only pieces as long as a term: every piece of a name's word of 10,000 letters
            # was, 50 million new strings, and its timeline took minutes to say it had none
            for end in range(start + 1, min(len(word), start + self.longest) + 1):
                terms = self._terms(word[start:end])
                if not terms or (not run and end == len(word)):
                    continue  # no word; or the word itself, asked whole
                longer = (*run, terms)
                if len(longer) == 1:  # one word alone stands in nearly every text
                    runs.append((longer, end))
                    continue
                queries += 1
                if queries > RUN_QUERIES_AT_MOST:
                    return None
                phrases = {" ".join(words) for words in itertools.product(*longer)}
                found = self.index.holding_words(phrases)
                if found and end == len(word):
                    held |= found
                elif found:
                    runs.append((longer, end))
        return held


def _words_within(vocabulary: AbstractSet[str]) -> dict[str, set[str]]:
    """The index terms holding each word the linker reads in them but that are more than it
    (:attr:`Words.within`): only terms not ASCII, whose letters and digits alone are a term."""
    within: dict[str, set[str]] = {}
    for term in vocabulary:
        if not term.isascii():
            for word in name_words(term):
                if word != term:
                    within.setdefault(word, set()).add(term)
    return within


RUN_QUERIES_AT_MOST = 256
"""The phrases a timeline asks the index about to find one word of a name written as several
words of the library (:meth:`Words._runs_held`); more (a long word of short ones the library
holds one after another in many ways) and every article is read."""


def _found_again(caches: Sequence[TextCache[Any]], store: Store, article: Article) -> None:
    """Find the article's results again in every cache, from its text: what they kept
    for it does not fit the text (:func:`fits`)."""
    for cache in caches:
        cache.forget(cache.key(article))
    fill_together(caches, store, [article], save=False)


def read_from(store: Store) -> int:
    """What a timeline of ``store`` is read from, as one number: each article's text, title,
    date, outlet and how its text is read, and the speaker and entity corrections. A timeline
    shown while another process writes is read again when it changes: one read before a new
    text of its article put ``enter`` on the sentence standing at its old offsets, another
    speaker's (a highlight or a note changes nothing a timeline shows)."""
    from diplotui.statements.corrections import speaker_corrections_key

    articles = tuple(
        (a.id, a.text_hash, a.title, a.date, a.date_is_guess, a.source, a.markdown)
        for a in store.articles()
    )
    speakers = speaker_corrections_key(store.speaker_corrections())
    return hash((articles, speakers, corrections_key(store.corrections())))
