"""Who said what across the library: statements filtered by speaker, role, organisation,
tag and date, newest first. Shared by ``diplotui statements`` and the Statements view."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from diplotui.cite import curly_quotes, without_closing_comma
from diplotui.dates import date_doubted as article_date_doubted
from diplotui.dating import Period, UnreadDate, dateline, typed_period
from diplotui.entities.folding import fold
from diplotui.layout import listed_name
from diplotui.lazy_patterns import lazy_compile
from diplotui.library.query import LibraryQuery, MatchContext, QueryError, date_span, read_dates
from diplotui.library.reading import ARCHIVED
from diplotui.library.speaker_names import (
    article_joined_starts,
    close_names,
    did_you_mean,
    found_as_organisation,
    joined_starts,
    places_pass,
    places_ready,
    spelt_apart,
    typed_places,
    whole_key,
    word_runs,
)
from diplotui.library.statement_cache import StatementCache
from diplotui.library.statement_lines import (
    Said,
    _held,
    names_itself,
    said_in,
    said_lead,
    said_words,
    shown_statement,
    speaker_label,
)
from diplotui.model import Article, Statement
from diplotui.statements.persons import SUFFIX_WORDS, name_key, persons
from diplotui.statements.spelling import (
    has_marks,
    speakers_of,
    spellings_agree,
    spelt_words,
    starts_agree,
)
from diplotui.statements.when import ARTICLE_DATE, UNPLACED, in_the_past, said_date
from diplotui.store import Store, StoreError
from diplotui.text.plural import plural
from diplotui.text.tag_names import names_tag, tags_starting


@dataclass(frozen=True, slots=True)
class LibraryStatement:
    """One statement with the article it was found in."""

    article: Article
    statement: Statement

    def label(self) -> str:
        """ "Ngo Le Van (Deputy Minister of Foreign Affairs) said", as the reader shows it."""
        return speaker_label(self.statement)


def standing_in(date_from: str, article: Article) -> str:
    """The article's date as it stands in for a statement's that nothing else dates: its own,
    "" where the statement's own date is :data:`UNPLACED` (it is not the day it was said)."""
    return "" if date_from == UNPLACED else article.date


def date_doubted(when: Period | None, article: Article) -> bool:
    """Whether a listing marks the date with "?": the article's date standing in (``when``
    None) where every view marks it (:func:`dates.date_doubted`: a guess, a day diplotui
    counts nothing from; never a month or a year the article states)."""
    return when is None and article_date_doubted(article.date, article.date_is_guess)


def date_label(when: Period | None, date_from: str, article: Article) -> str:
    """A date as a listing shows it: ``when``, else the article's date, "?" after it when
    it is doubted (:func:`date_doubted`); "(article date)" after the article's date standing
    in for a statement's own; "undated" for none."""
    shown = when.label() if when is not None else standing_in(date_from, article)
    if not shown:
        return "undated"
    mark = "?" if date_doubted(when, article) else ""
    taken = " (article date)" if date_from == ARTICLE_DATE else ""
    return f"{shown}{mark}{taken}"


Span = tuple[str, str]  # the first and last day of a date, ISO


def said_span(statement: Statement, article: Article) -> Span | None:
    """The days the statement was made on, as ISO strings to sort and filter by: those its
    attribution gives (:func:`said_date`), up to the article's day ("this month" in an
    article of July 19 was said by then: no answer to ``--since`` July 20), else the days
    the article's date covers, a guessed one too (as the library's date filter reads it);
    None when undated."""
    when, date_from = said_date(statement, article)
    if when is not None:
        anchor = dateline(article.date, article.date_is_guess)
        last = when.last if anchor is None else min(when.last, anchor)
        return (when.first.isoformat(), last.isoformat())
    return date_span(standing_in(date_from, article))


def said_label(statement: Statement, article: Article) -> str:
    """When the statement was made as listings show it, without their marks: ISO day, month
    ("2025-06": an article dated by month, never its first day), year or range ("FIRST..LAST");
    the article's date as stored when nothing else dates it; "" when undated."""
    when, date_from = said_date(statement, article)
    return when.label() if when is not None else standing_in(date_from, article)


def statement_date(statement: Statement, article: Article) -> dict[str, str | bool | None]:
    """A JSON record's ``said_date`` (:func:`said_label`; null when undated), whether it is
    doubted (``said_date_is_guess``: the listing's "?", which a script reading the JSON had
    no way to see) and ``date_from`` ("sentence", "article"; null when undated)."""
    shown = said_label(statement, article)
    when, date_from = said_date(statement, article)
    return {
        "said_date": shown or None,
        "said_date_is_guess": bool(shown) and date_doubted(when, article),
        "date_from": date_from if shown else None,
    }


def shown_as_stored(store: Store, article_id: str, statement: Statement) -> str:
    """:func:`shown_statement` in the article's text as stored now, read only for words
    across a line break or of a Markdown article (a JSON listing reads no text for the
    rest)."""
    try:
        markdown = store.article(article_id).markdown
        if "\n" not in statement.text and not markdown:
            return statement.text
        return shown_statement(statement, store.article_text(article_id), markdown)
    except StoreError:
        return statement.text


def said_as_stored(
    store: Store, article_id: str, statement: Statement, cache: StatementCache | None = None
) -> Said:
    """:func:`said_in` the article's text as stored now (its finder's words and kind when
    the text cannot be read): a listing's row, which holds no text. A read a row (the store
    keeps the last 64 texts read), and the decision ``cache`` keeps for the text as stored
    now, else about 70 µs of marks."""
    try:
        text = store.article_text(article_id)
        article = store.article(article_id)
    except StoreError:
        return said_in(statement, "")
    # the article as stored now: its text hash is the text's just read
    decided = None if cache is None else cache.decision(article, statement)
    return said_in(statement, text, decided, article.markdown)


def still_placed(store: Store, article_id: str, statement: Statement) -> bool:
    """Whether the article's text as stored now holds the statement's words at its offsets
    (True when it, or its text, cannot be read: what opens it says so): a row listed before
    its text changed (``R``, ``S``, another process) opened the reader on the words now
    standing there, another speaker's."""
    try:
        markdown = store.article(article_id).markdown
        text = store.article_text(article_id)
    except StoreError:
        return True
    return _held(text, markdown)[statement.start : statement.end] == statement.text


def said_row(
    statement: Statement,
    said: Said,
    words: str | None = None,
    names: Mapping[str, str] | None = None,
    roles: Mapping[tuple[str, str], str] | None = None,
) -> tuple[str, str]:
    """A listing's "speaker (role) verb" and what follows it (:func:`said_words`), joined as
    a copy joins them (``statements.said.said_verb``): "Ngo Le Van (Deputy Minister) called
    on" and " delegates to reflect", "Wang Yi (Foreign Minister) said" and ": both sides
    would ..." (the article's "told reporters that": "told: both sides" is no English).
    ``words``: said's words shortened to fit, or None for all of them. ``names``: each
    spelling's one name in the listing (:func:`speaker_names`), so "Volker Turk" and "Volker
    Türk" are one speaker row by row, as in the speakers' pane; ``roles``: their roles'
    forms (:func:`role_forms`), "Venezuelan President" on every row of Maduro's. A
    paraphrase ending on a quotation's comma ends without it, as a copy ends it
    (``cite.without_closing_comma``)."""
    verb = said_lead(said.direct, said.verb, statement.verb_past)[0]
    shown = said.words if words is None else words
    if not said.direct:
        shown = without_closing_comma(shown)
    speaker = (names or {}).get(statement.speaker, statement.speaker)
    if names_itself(statement, shown, said.direct, verb, speaker):
        return "", curly_quotes(shown)
    role = (roles or {}).get((speaker, statement.role), statement.role)
    # "spokesperson (Ministry of Foreign Affairs) said", as the speakers' pane lists them
    described = listed_speaker((speaker, statement.role, statement.organisation))
    role = described if described != speaker and role == speaker else role
    named = replace(statement, speaker=listed_name(described), role=listed_name(role))
    return speaker_label(named, verb=verb), said_words(shown, said.direct, said.verb)


def name_words(text: str) -> list[str]:
    """The words names are compared by: folded runs of letters and digits ("Lê Hoài-Trung"
    -> le, hoai, trung). A name without any names no one."""
    return [word for word in "".join(c if c.isalnum() else " " for c in fold(text)).split()]


# English words that name no one on their own (a name of them all, "the", "of the", made a
# timeline of every statement whose words hold them); never a name's syllable: "An", "To",
# "Do" (An, Tô, Đỗ) and particles such as "de" or "al" are left out
_NO_ONE = """the a of and or nor but in into at by for from with without about as than then
is are was were be been it its this that these those their his her our upon over under"""
_FUNCTION_WORDS = frozenset(_NO_ONE.split())


def names_no_one(name: str) -> bool:
    """Whether ``name`` has words and all of them are function words ("the", "of and"):
    a name of no one, whose timeline would be every statement holding such a word."""
    words = name_words(name)
    return bool(words) and all(word in _FUNCTION_WORDS for word in words)


ONLY_FUNCTION_WORDS = "only words such as 'the', 'of', 'and'"
"""Why a name or a filter of function words alone is refused (``timeline``, ``--role``)."""

# The words nearly every title and body holds ("Minister of the Interior"): a role or
# organisation filter of them alone listed nearly every statement. A filter's words are
# starts of words, so the others stay: "under" finds an Under-Secretary, "for" a Foreign
# Minister; and a speaker's "the" may start Theresa (a name is not a title's words)
_EVERY_TITLES = frozenset({"the", "of", "a", "and"})


def filters_nothing(typed: str, whose: str) -> str:
    """Why a role or organisation filter (``whose``: "role") of :data:`_EVERY_TITLES` words
    alone is refused, or "" for one that filters: "'the': only words such as ..."."""
    words = name_words(typed)
    if not words or any(word not in _EVERY_TITLES for word in words):
        return ""
    shown = " ".join(typed.split())
    return f"{shown!r}: {ONLY_FUNCTION_WORDS}, which nearly every {whose} holds; type its own words"


ROLE_WORDS, ORG_WORDS = "role", "organisation's name"  # what a role:, an org: filter reads


def names_speaker(query: str, statement: Statement) -> bool:
    """Whether ``query`` names the statement's speaker: its words, diacritics optional, are
    words of the speaker's name ("Trung", "Le Hoai Trung" and "Lê Hoài Trung" all name Le
    Hoai Trung); a query in double quotes ('"Le Hoai"') names only the speaker of exactly
    those words, not a longer name holding them (Le Hoai Trung). An Arabic article is no
    word of the name, and words apart may be one joined ("el-burhan", "abdel fattah" name
    Abdelfattah al-Burhan: :mod:`speaker_names`). A timeline asks this: it is of one
    person, where a filter (:class:`TypedWords`) narrows as letters are typed."""
    wanted = name_key(query)
    if is_whole_name(query):
        named = bool(wanted) and "".join(wanted) == "".join(name_key(statement.speaker))
    else:
        have = set(name_words(statement.speaker)) | word_runs(statement.speaker)
        named = bool(wanted) and (all(word in have for word in wanted) or "".join(wanted) in have)
    # typed with its marks, a name is that spelling's: Lê Văn Thạnh is not Lê Văn Thành
    return named and spellings_agree(query, statement.speaker)


def is_whole_name(query: str) -> bool:
    """Whether ``query`` is a name in double quotes: the whole name, every word of it."""
    query = query.strip()
    return len(query) > 1 and query[0] == query[-1] == '"' and bool(name_words(query))


def not_named_whole(speaker: str, started: Sequence[str]) -> str:
    """Why a name typed in double quotes (``speaker``, quotes and all) finds no one: no
    speaker has it whole; and the speakers its words start (``started``), whom the user
    likely meant ('"Le Hoai"': Lê Hoài Trung). It was answered 'no speaker's name has the
    words "\\"Le Hoai\\""', words that "may be cut short", which in quotes they may not."""
    found = f"; without them it finds {', '.join(started)}" if started else ""
    whole = f"in double quotes a name is whole{found}"
    return f"no speaker is named {speaker.strip()} in full ({whole})"


TYPED_SHOWN = 80
"""The characters of a name or tag typed that an answer repeats, as ``statements`` cuts
them: a page pasted in the filter was repeated whole over a thousand rows of the pane."""


def _typed_shown(typed: str) -> str:
    """``typed`` as an answer repeats it: cut to ``TYPED_SHOWN`` with "…" (a closing
    double quote kept, so a whole name still reads as one)."""
    if len(typed) <= TYPED_SHOWN:
        return typed
    closing = '"' if typed.endswith('"') else ""
    return typed[: TYPED_SHOWN - 1 - len(closing)].rstrip() + "…" + closing


def listed_apart(apart: Sequence[tuple[str, int]]) -> str:
    """The speakers a name typed with a suffix names without it (``named_apart``), as an
    answer offers them: "named without its suffix, Ferdinand Marcos (3) is listed apart:
    the same person, or another"."""
    named = ", ".join(f"{name} ({count:,})" for name, count in apart)
    verb = "is" if len(apart) == 1 else "are"
    return f"named without its suffix, {named} {verb} listed apart: the same person, or another"


def whole_name(speaker: str) -> str:
    """The filter naming ``speaker`` alone ('"Le Hoai"'), as ``enter`` on a speaker types it;
    an unnamed speaker listed with its organisation (:func:`listed_speaker`) as the name and
    that organisation ('"spokesperson" org:"Ministry of Foreign Affairs of China"')."""
    unnamed_in = _UNNAMED_IN.fullmatch(speaker)
    if unnamed_in is not None and unnamed(unnamed_in["name"]):
        organisation = unnamed_in["organisation"].replace('"', " ")
        return f'"{unnamed_in["name"]}" org:"{organisation}"'
    return f'"{speaker}"'


_UNNAMED_IN = lazy_compile(r"(?P<name>[^()]+) \((?P<organisation>.+)\)")
"""An unnamed speaker's name and the organisation the speakers' pane lists it with."""


def unnamed(speaker: str) -> bool:
    """Whether ``speaker`` describes a person the article does not name: its last word a
    common noun ("spokesperson", "South Korean official"), where a name ends in one holding
    a capital ("Lê Hoài Trung", "Teodoro Locsin Jr.", "Ahmad of Wimbledon", "Majed
    al-Ansari": not unnamed for its article's small letter); listed with its organisation,
    "spokesperson (Ministry of Foreign Affairs)", still unnamed."""
    unnamed_in = _UNNAMED_IN.fullmatch(speaker)
    words = (unnamed_in["name"] if unnamed_in else speaker).split()
    last = words[-1] if words else ""
    return last[:1].isalpha() and not any(letter.isupper() for letter in last)


def listed_speaker(speaker: Speaker) -> str:
    """The name the speakers' pane lists ``speaker`` (name, role, organisation) under: an
    unnamed person ("a spokesperson for the Chinese foreign ministry said") with the
    organisation the article gives them, "spokesperson (Ministry of Foreign Affairs)", as
    one "spokesperson" listed every country's and ministry's spokespeople together; anyone
    else, their name."""
    name, _, organisation = speaker
    if organisation and unnamed(name) and fold(organisation) not in fold(name):
        return f"{name} ({organisation})"
    return name


def word_starts(text: str) -> str:
    """``text``'s words (:func:`name_words`) each after a space (" le hoai trung"): a word
    starts one of them where it is found in this string with a space before it, one search
    in C for the filter to run on every keystroke."""
    return "".join(f" {word}" for word in name_words(text))


@dataclass(frozen=True, slots=True)
class TypedWords:
    """What a typed name, role or organisation asks of a value, read as the user types it:
    each of its words starts a word of the value, diacritics optional ("le ho" and "Lê Ho"
    name Lê Hoài Trung, "dep min" a Deputy Minister), so the list narrows with each letter
    instead of emptying until a word is whole; words in double quotes are a phrase, as the
    search box reads one: side by side and in order, the last a start ('role:"deputy
    spokes"' finds a Deputy Spokesperson of the Ministry); a name quoted whole ('"Le Hoai"')
    is that whole name only, every word and no other (not Le Hoai Trung). Typing without
    letters or digits names nothing. Values are compared as :func:`word_starts` gives them,
    a speaker's name as :func:`name_starts` does: a name typed is read without its Arabic
    articles, and its words may be the name's joined, or the name's its words joined
    ("el-burhan", "abdelfattah": :mod:`speaker_names`)."""

    starts: tuple[str, ...]  # " le", " deputy spokes": each must be in the value's word starts
    whole: str | None  # the name's key (:func:`whole_key`), for a name in double quotes
    # the words as typed, when one carries marks ("Thạnh"): then a value's words must carry
    # the same or none (:mod:`statements.spelling`); () for none, the filter's fast path
    spelt: tuple[str, ...] = ()
    joined: str | None = None  # a name's words typed apart, as one word: " abdelfattah"

    @classmethod
    def typed(cls, text: str, *, whole_name: bool = False) -> TypedWords | None:
        """None for nothing typed, a quote just opened ('"') included: no filter (it read
        as a name no one has while the quote was still open). ``whole_name``: ``text``
        quoted whole is the whole value (a speaker's name: ``enter`` on a speaker types it
        so), not a phrase."""
        if not text.replace('"', " ").strip():
            return None
        spelt = spelt_words(text) if has_marks(text) else ()
        if whole_name and is_whole_name(text):
            return cls((), "".join(name_key(text)), spelt)
        words = name_key if whole_name else name_words
        starts: list[str] = []
        typed_bare: list[str] = []
        for term in _TYPED_TERM.finditer(text):
            phrase = term.group(1)
            if phrase is None:
                typed_bare.append(term.group(0))
            elif phrase_starts := word_starts(phrase):
                starts.append(phrase_starts)
        bare = words(" ".join(typed_bare))  # "El Burhan": an article is read with its word
        starts += [f" {word}" for word in bare]
        joined = f" {''.join(bare)}" if whole_name and len(bare) > 1 and not spelt else None
        return cls(tuple(starts), None, spelt, joined)

    def passes(self, value_starts: str, value: str | None = None) -> bool:
        """Whether a value (its word starts, and ``value`` itself for a filter typed with
        marks: without it, its words are compared folded) passes."""
        if self.whole is not None:
            passed = whole_key(value_starts.partition(_JOINED)[2]) == self.whole
        else:
            passed = bool(self.starts) and all(start in value_starts for start in self.starts)
            passed = passed or (self.joined is not None and self.joined in value_starts)
        if not passed or not self.spelt or value is None:
            return passed
        return starts_agree(self.spelt, value, whole=self.whole is not None)


_TYPED_TERM = lazy_compile(r'"([^"]*)(?:"|$)|[^\s"]+')
"""A phrase in double quotes (the quote still open: to the end), or a run typed bare."""

_JOINED = " |"  # between a name's word starts and its words joined: no word holds "|"


def name_starts(name: str) -> str:
    """A speaker's name as its filter reads it: its word starts (:func:`word_starts`), then
    its words without Arabic articles, joined (:func:`joined_starts`), then each word with
    its article (:func:`article_joined_starts`): " abdel fattah al burhan | abdelfattahburhan
    fattahburhan burhan alburhan"."""
    return f"{word_starts(name)}{_JOINED}{joined_starts(name)}{article_joined_starts(name)}"


Speaker = tuple[str, str, str]  # a statement's speaker, role and organisation


def speaker_of(statement: Statement) -> Speaker:
    return (statement.speaker, statement.role, statement.organisation)


def speaker_starts(speaker: Speaker) -> Speaker:
    """The word starts of a speaker's name (:func:`name_starts`), role and organisation
    (:func:`word_starts`, with :func:`initials_starts`)."""
    name, role, organisation = speaker
    return (
        name_starts(name),
        word_starts(role) + initials_starts(role),
        word_starts(organisation) + initials_starts(organisation),
    )


_LINKING_WORDS = frozenset({"of", "the", "for", "and", "on", "&"})  # inside a body's name


def initials_starts(text: str) -> str:
    """The initials of each run of two or more capitalised words in ``text``, as word starts
    (" iaea" for "director general of the International Atomic Energy Agency"): ``org:iaea``
    found Rafael Grossi where an article titles him "IAEA Director General", not where
    another spells the agency out, so his statements seemed to be three where they were 14."""
    runs: list[list[str]] = [[]]
    for word in text.split():
        if word.lower() in _LINKING_WORDS and runs[-1]:
            continue
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            runs[-1].append(word[0])  # an acronym is one already ("IAEA Director General")
        elif runs[-1]:
            runs.append([])
    return "".join(f" {fold(''.join(run))}" for run in runs if len(run) > 1)


@dataclass(frozen=True, slots=True)
class Who:
    """The speaker side of a :class:`StatementQuery`, read once for the many speakers it
    is asked about; ``None`` asks nothing."""

    speaker: TypedWords | None
    role: TypedWords | None
    organisation: TypedWords | None
    # the countries the organisation filter names, with their words (:func:`typed_places`)
    places: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = ()

    def asks(self) -> bool:
        asked = (self.speaker, self.role, self.organisation)
        return bool(self.places) or any(typed is not None for typed in asked)

    def passes(self, starts: Speaker, speaker: Speaker) -> bool:
        """Whether a speaker (as :func:`speaker_of` and :func:`speaker_starts` give it)
        passes."""
        asked = (self.speaker, self.role, self.organisation)
        return all(
            typed is None or typed.passes(value_starts, value)
            for typed, value_starts, value in zip(asked, starts, speaker, strict=True)
        ) and (not self.places or places_pass(self.places, speaker[2], speaker[1]))


def made(count: int, days: Span) -> str:
    """How many statements, made when, ``days`` the first and last as listings show them
    (:func:`said_label`): "2 statements, made on 2025-07-18", "1 statement, made in
    2025-06", "16 statements, made from 2025-06 to 2025-12-30"."""
    first, last = days
    if first != last:
        when = f"from {first} to {last}"
    else:
        when = f"on {first}" if len(first) == len("2025-07-18") else f"in {first}"
    return f"{count:,} statement{'' if count == 1 else 's'}, made {when}"


def undated_statements(count: int) -> str:
    """How a listing filtered by dates names the undated statements it leaves out ("1
    undated statement", "3 undated statements")."""
    return f"{count:,} undated statement{'' if count == 1 else 's'}"


def archived_articles(count: int) -> str:
    """How a listing of statements names the archived articles it leaves out ("1 archived
    article", "3 archived articles")."""
    return f"{count:,} archived article{'' if count == 1 else 's'}"


@dataclass(slots=True)
class StatementQuery:
    """Filters over the library's statements; empty fields filter nothing."""

    speaker: str = ""
    role: str = ""
    organisation: str = ""
    tag: str = ""
    since: str = ""
    until: str = ""
    # False: a country in ``organisation`` is read as words until the gazetteer's places
    # are read (:func:`places_ready`): a keystroke of the view does not wait a second for it
    places_now: bool = True
    # the articles' state asked: "" all but the archived (as the list), ARCHIVED those alone
    # (``statements ID --since ...`` of an archived article, which ``statements ID`` lists)
    state: str = ""

    @classmethod
    def parse(cls, typed: str) -> StatementQuery:
        """What a user types in the Statements view: speaker words, and ``role:``, ``org:``,
        ``tag:``, ``since:``, ``until:`` terms ("trung since:2025-07 role:minister")."""
        fields: dict[str, list[str]] = {}
        for _, field, value in _terms(typed):
            if field == "tag":
                fields[field] = [_typed_tag(value)]
            elif field in _DATES:
                fields[field] = [value.replace('"', " ")]
            elif field in _ONE_WORD:
                fields[field] = [value]
            elif value:
                fields.setdefault(field, []).append(value)
        typed_in = {name: " ".join(words) for name, words in fields.items()}
        return cls(
            speaker=typed_in.get("speaker", ""),
            role=typed_in.get("role", ""),
            organisation=typed_in.get("organisation", ""),
            tag=typed_in.get("tag", ""),
            since=typed_in.get("since", ""),
            until=typed_in.get("until", ""),
        )

    def nothing_found(
        self,
        tags_in_use: Iterable[str],
        archived: int = 0,
        undated: tuple[int, Span] | None = None,
        unnamed: bool = False,
        started: Sequence[str] = (),
        pending: int = 0,
        close: Sequence[tuple[str, int]] = (),
        apart: Sequence[tuple[str, int]] = (),
        as_org: int = 0,
        every_tag: Iterable[str] = (),
    ) -> str:
        """Why this filter lists no statement, and what the box searches: an empty list
        said nothing, and a tag with a space typed bare (``tag:east sea``) or a topic
        typed in the box looked like a library with nothing on it. ``archived``: the
        archived articles in the filter's scope (:meth:`archived_in_scope`), whose
        statements are left out, as the list leaves them out: "No statement matches" of a
        speaker quoted in an article read and archived read as nobody having quoted them.
        ``undated``: what the filter finds without its dates
        (:meth:`StatementIndex.made_without_dates`); ``unnamed``: no speaker has the name
        typed (:meth:`StatementIndex.names_no_speaker`), and ``started`` the speakers its
        words start, for a name in double quotes (:meth:`StatementIndex.names_started`).
        ``pending``: the articles whose statements are still being found, which may hold
        them: "No speaker's name has the words" showed for the minutes a long text took.
        ``close``: the speakers a name no one has nearly names, with their statements
        (:meth:`StatementIndex.close_speakers`), offered: "did you mean ...?"; ``apart``:
        those the name names without its suffix (:meth:`StatementIndex.named_apart`);
        ``as_org``: the statements the name's words find as ``org:``
        (:meth:`StatementIndex.as_organisation`). ``tags_in_use``: the articles' tags, which
        ``tag:`` reads; ``every_tag``: those and the highlights', one only highlights carry
        said so (newuser64:
        ``tag:people`` offered ``tag:"people diplomacy"``, a highlight's, which found nothing
        and said no more)."""
        reason = "No statement matches this filter."
        speaker = _typed_shown(self.speaker.strip())
        if pending:
            reason = (
                "No statement matches yet: still finding statements in "
                f"{plural(pending, 'article')}."
            )
        elif unnamed and is_whole_name(self.speaker) and not (close and not started):
            answer = not_named_whole(speaker, started)
            reason = f"{answer[0].upper()}{answer[1:]}."
        elif unnamed and close:
            reason = f'No speaker\'s name has the words "{speaker}"; {did_you_mean(close)}'
        elif unnamed and as_org:
            offered = found_as_organisation(speaker, as_org, "org:")
            reason = f'No speaker\'s name has the words "{speaker}"; {offered}.'
        elif unnamed:
            reason = f'No speaker\'s name has the words "{speaker}": words may be cut short.'
        elif undated is not None:
            reason = (
                f"No statement matches these dates: without since: and until:, {made(*undated)}."
            )
        if archived:
            reason = (
                "No statement matches this filter in the articles listed: "
                f"{archived_articles(archived)} left out (a in the list brings one back)."
            )
        if apart:
            offered = listed_apart(apart)
            reason += f" {offered[0].upper()}{offered[1:]}."
        if self.tag and not names_tag(tags_in_use, self.tag):
            reason = f"No article is tagged #{_typed_shown(self.tag)}."
            tags_in_use = list(tags_in_use)
            on_highlights = [tag for tag in every_tag if not names_tag(tags_in_use, tag)]
            started = tags_starting(tags_in_use, self.tag)
            spaced = [tag for tag in started if " " in tag]
            highlights_only = [self.tag] if names_tag(on_highlights, self.tag) else []
            if spaced:
                reason += f' A tag with a space goes in quotes: tag:"{spaced[0]}".'
            elif started:
                reason += f" A tag is typed whole: tag:{started[0]}."
            elif not highlights_only:
                highlights_only = tags_starting(on_highlights, self.tag)[:1]
            if highlights_only:
                tag = _typed_shown(highlights_only[0])
                reason += (
                    f' #{tag} tags highlights only: `diplotui export --tag "{tag}"` gives them.'
                )
        return (
            f"{reason} The box finds who spoke: a name, role:, org:, tag:, since:, until:; "
            "not the words of a statement (/ in the reader searches those)."
        )

    def archived_in_scope(self, store: Store) -> list[Article]:
        """The archived articles the filter's tag would take (their statements are left out
        of the view and ``diplotui statements``); raises QueryError on a bad date."""
        return replace(self.library_query(), since="", until="", state=ARCHIVED).apply(store)

    def library_query(self) -> LibraryQuery:
        """The article side of the filter (tag, dates); raises QueryError on a bad date, or
        a role or organisation of words nearly every one holds (:func:`filters_nothing`),
        refused as ``timeline the`` is: "role:the" listed every role holding "the"."""
        for field, typed, whose in (
            ("role:", self.role, ROLE_WORDS),
            ("org:", self.organisation, ORG_WORDS),
        ):
            why = filters_nothing(typed, whose)
            if why:
                raise QueryError(f"{field}{why}")
        dates = read_dates(self.since, self.until)
        query = LibraryQuery(
            tags=[self.tag] if self.tag else [],
            since=dates.since,
            until=dates.until,
            since_typed=dates.since_typed,
            until_typed=dates.until_typed,
            state=self.state,
        )
        query.validate(said=True)
        return query

    def dates_read(self) -> str:
        """How the dates typed in words were read ("since 2026-07-01" for ``since:July``),
        said with the answer so a wrong reading is seen; raises QueryError as
        :meth:`library_query` does."""
        return read_dates(self.since, self.until).said()

    def articles(self, store: Store) -> list[Article]:
        """The articles in scope (tag and dates), newest first; raises QueryError on bad dates."""
        return self.library_query().apply(store)

    def who(self) -> Who:
        """The speaker, role and organisation filters, as :class:`TypedWords`; the words of
        the organisation filter naming a country ask for that country's bodies
        (:func:`places_pass`), not for organisations holding the word ("sudan" is not South
        Sudan's)."""
        organisation = TypedWords.typed(self.organisation)
        places: list[tuple[frozenset[str], tuple[str, ...]]] = []
        if organisation is not None and (self.places_now or places_ready()):
            bare = [start[1:] for start in organisation.starts if " " not in start[1:]]
            places = typed_places(bare)
            named = {word for _, words in places for word in words}
            left = tuple(s for s in organisation.starts if s[1:] not in named)
            if places:
                organisation = replace(organisation, starts=left) if left else None
        return Who(
            TypedWords.typed(self.speaker, whole_name=True),
            TypedWords.typed(self.role),
            organisation,
            tuple(places),
        )

    def select(self, articles: Iterable[Article], cache: StatementCache) -> list[LibraryStatement]:
        """The statements of ``articles`` (already in order) that pass the filters; each
        speaker is tested once."""
        who = self.who()
        passing: dict[Speaker, bool] = {}
        found = []
        for article in articles:
            for statement in cache.listed(article):
                speaker = speaker_of(statement)
                passes = passing.get(speaker)
                if passes is None:
                    passes = passing[speaker] = who.passes(speaker_starts(speaker), speaker)
                if passes:
                    found.append(LibraryStatement(article, statement))
        return found


_WORD = lazy_compile(r'(?:[^\s"]|"[^"]*(?:"|$))+')
"""A word typed, spaces inside its double quotes kept: ``tag:"east sea"`` is one word."""


def _typed_tag(value: str) -> str:
    """The tag a ``tag:`` term names: its quotes and a leading ``#`` are not the tag's."""
    return " ".join(value.replace('"', " ").strip().lstrip("#").split())


def _terms(typed: str) -> Iterator[tuple[str, str, str]]:
    """Each word typed, with the field it fills and its value there: words after ``role:``
    or ``org:`` go on filling it, a ``tag:``/``since:``/``until:`` term is one word (a tag
    with a space in double quotes, as the command line's ``--tag "east sea"``)."""
    current = "speaker"
    words = _WORD.findall(typed)
    at = 0
    while at < len(words):
        word = words[at]
        prefix, colon, rest = word.partition(":")
        at += 1
        if colon and prefix.lower() in _PREFIXES:
            field = _PREFIXES[prefix.lower()]
            current = "speaker" if field in _ONE_WORD else field
            if field in _DATES:  # "since:1 July 2025", "since:3 days ago": the words of a date
                taken = _date_words(rest, words[at : at + _DATE_WORDS_AFTER])
                rest = " ".join([rest, *words[at : at + taken]])
                word = " ".join(words[at - 1 : at + taken])
                at += taken
            yield word, field, rest
        elif word.lower() in _DATES and (taken := _bare_date_words(words[at:])):
            # "le hoai trung since July", as the question is asked: since:July, where it was
            # a name's words ("No speaker's name has the words ... since July")
            field, rest = word.lower(), " ".join(words[at : at + taken])
            current = "speaker"
            at += taken
            yield f"{field}:{rest}", field, rest
        else:
            yield word, current, word


def _bare_date_words(after: Sequence[str]) -> int:
    """How many of the words ``after`` a bare "since" or "until" make its date ("July", "1
    July 2025", "last week"); 0 where the next word reads as no date: "since" is a name's
    word then, as typed."""
    if not after:
        return 0
    first = after[0]
    if ":" in first:  # a term of its own ("since role:minister")
        return 0
    taken = _date_words(first, after[1 : 1 + _DATE_WORDS_AFTER])
    if taken:
        return 1 + taken
    try:
        typed_period(first.replace('"', ""))
    except UnreadDate as error:
        return 1 if str(error) else 0  # a date's form naming no day is refused as one
    return 1


_DATES = ("since", "until")
_DATE_WORDS_AFTER = 5
"""The words after a date term's first its date may take: "since:3 days ago", "since:the 1st
of July 2025", "since:ngày 4 tháng 7 năm 2025" (six words)."""


def _date_words(first: str, after: Sequence[str]) -> int:
    """How many of the words ``after`` a date term's first word (``since:3``) are its date's:
    the most that make a date read with it ("3 days ago"), none where it is a date alone or
    no more words make one ("since:July may": "may" is a name typed). Words of a date's form
    naming no day ("since:31 June", "since:9999 years ago") are its too, refused whole: read
    as "since:9999" and two names, they asked about the year 9999 unsaid."""
    for count in range(len(after), 0, -1):
        try:
            typed_period(" ".join([first, *after[:count]]).replace('"', ""))
        except UnreadDate as error:
            if str(error):  # a date's form, no day: refused with its reason
                return count
            continue
        return count
    return 0


_SAID_WORDS = frozenset({"said", "say", "says", "saying", "stated", "told"})
_ASKING_WORDS = frozenset(
    {"what", "who", "has", "have", "had", "did", "does", "do", "is", "was", "the", "a", "an"}
)


def question_filter(typed: str) -> str:
    """The Statements view's filter a question typed in the palette asks: "What has Lê Hoài
    Trung said since July?" is ``Lê Hoài Trung since July`` (its asking words before the
    name, its verb of saying and its question mark left out); "" for words asking no one's
    words (no "said", "say" ...), and for "who said", which names no one (the key's own
    command, ``W``). The palette said "No matches found" to the question as asked."""
    words = typed.replace("?", " ").split()
    if not any(word.casefold() in _SAID_WORDS for word in words):
        return ""
    while words and words[0].casefold() in _ASKING_WORDS:
        words.pop(0)
    kept = [word for word in words if word.casefold() not in _SAID_WORDS]
    query = StatementQuery.parse(" ".join(kept))
    return " ".join(kept) if query.speaker.strip() else ""


def narrowed_to(typed: str, speaker: str) -> str:
    """What the filter ``typed`` becomes when a speaker is chosen (``enter`` on a speaker):
    that whole name in place of the name typed, its other terms kept ("since:2025-07" still
    asks what they said since July)."""
    kept = [word for word, field, _ in _terms(typed) if field != "speaker"]
    return " ".join([whole_name(speaker), *kept])


_ONE_WORD = ("tag", "since", "until")
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


@dataclass(frozen=True, slots=True)
class _Group:
    """The rows of one speaker (name, role and organisation), by position in the index."""

    speaker: Speaker
    starts: Speaker  # the name's, role's and organisation's word starts
    positions: list[int]

    @property
    def name(self) -> str:
        return self.speaker[0]


class Found(NamedTuple):
    """The rows passing a query, newest first, and their speakers (:func:`_speaker_counts`)."""

    rows: list[LibraryStatement]
    speakers: list[tuple[str, int]]


class StatementIndex:
    """Every statement of the library, newest first by the day it was made (its
    attribution's date, else its article's), filtered fast enough to run on each keystroke:
    rows are grouped by (speaker, role, organisation), so a query tests each distinct speaker
    once and counts each one's statements by group, not row by row (a first letter typed
    leaves tens of thousands of rows at 10,000 articles); the unfiltered list's speakers are
    kept ready."""

    def __init__(self, rows: list[LibraryStatement], left_out: int = 0) -> None:
        """``rows`` newest article first: a day's statements keep that order (their articles
        newest first, each in reading order); ``left_out``: the articles whose statements
        could not be found (:meth:`TextCache.failed`), which the view's title names."""
        self.left_out = left_out
        spans = _said_spans(rows)
        firsts = [span[0] if span else "" for span in spans]  # the undated ("") last
        # stable: reverse keeps the rows of equal days in their order
        order = sorted(range(len(rows)), key=firsts.__getitem__, reverse=True)
        self.rows = [rows[n] for n in order]
        self._firsts = [firsts[n] for n in order]
        self._dated = sum(1 for first in firsts if first)  # the undated rows come after these
        # the rows made over more than a day ("last week", an article dated "2025-07"), with
        # their last day: the only ones a date filter's bounds do not find by bisection
        self._longer = [
            (position, span[1])
            for position, span in enumerate(spans[n] for n in order)
            if span is not None and span[0] != span[1]
        ]
        groups: dict[Speaker, list[int]] = {}
        for position, row in enumerate(self.rows):
            groups.setdefault(speaker_of(row.statement), []).append(position)
        # each speaker's word starts, worked out here (in the worker), not on a keystroke
        self._groups = [
            _Group(speaker, speaker_starts(speaker), positions)
            for speaker, positions in groups.items()
        ]
        self._everyone: list[tuple[str, int]] | None = None
        self._persons: dict[str, str] | None = None  # each speaker's person, when first asked
        self._names: dict[str, str] | None = None  # each spelling's one name, when first asked
        self._roles: dict[tuple[str, str], str] | None = None  # their roles' forms, so

    @property
    def names(self) -> dict[str, str]:
        """Each speaker's spelling's one name (:func:`speaker_names`), as rows show them."""
        if self._names is None:
            counts = {group.name: len(group.positions) for group in self._groups}
            self._names = speaker_names(counts)
        return self._names

    @property
    def roles(self) -> dict[tuple[str, str], str]:
        """Each speaker's roles' forms (:func:`role_forms`), as rows show them."""
        if self._roles is None:
            listed = ((row.statement, row.article.id) for row in self.rows)
            self._roles = role_forms(listed, self.names)
        return self._roles

    @classmethod
    def build(cls, articles: Sequence[Article], cache: StatementCache) -> StatementIndex:
        """``articles`` newest first (as ``LibraryQuery().apply`` orders them)."""
        return cls(StatementQuery().select(articles, cache), len(cache.failed(articles)))

    def find(self, query: StatementQuery, store: Store | None = None) -> Found:
        """The rows passing ``query`` and their speakers; raises QueryError on bad dates.
        With ``store``, the tag and date terms test each article as stored now, not as it was
        when indexed (a tag given since counts; an article deleted since passes none)."""
        library_query = query.library_query()
        who = query.who()
        if not who.asks() and library_query.is_empty():
            if self._everyone is None:
                self._everyone = _counted(self._groups)
            return Found(self.rows, self._everyone)
        groups = self._passing(who)
        if library_query.since or library_query.until:
            # the dates test each statement's own day; the rest (tags), its article
            within = self._within(*library_query.date_range())
            groups = [
                _Group(group.speaker, group.starts, within(group.positions)) for group in groups
            ]
        if not library_query.is_empty():
            context = MatchContext()
            in_scope: dict[str, bool] = {}
            articles_asked = replace(library_query, since="", until="")

            def passes(position: int) -> bool:
                article = self.rows[position].article
                kept = in_scope.get(article.id)
                if kept is None:
                    now = _as_stored(article, store)
                    kept = now is not None and articles_asked.matches(now, context)
                    in_scope[article.id] = kept
                return kept

            groups = [
                _Group(group.speaker, group.starts, [p for p in group.positions if passes(p)])
                for group in groups
            ]
        positions = sorted(position for group in groups for position in group.positions)
        return Found([self.rows[position] for position in positions], _counted(groups))

    def _passing(self, who: Who) -> list[_Group]:
        """The groups passing ``who``. A name asks for a person: a spelling it names passes
        each other name of that person (:func:`persons`: '"Shehbaz Sharif"', as ``enter`` on
        him types it, finds what Muhammad Shehbaz Sharif said too, as his timeline does)."""
        named = who.speaker
        if named is None:
            return [group for group in self._groups if who.passes(group.starts, group.speaker)]
        if self._persons is None:
            self._persons = persons({group.name for group in self._groups})
            alone = surnames_alone(self._persons)
            self._persons.update({name: self._persons[full] for name, full in alone.items()})
        person = self._persons
        wanted = {
            person[group.name]
            for group in self._groups
            if named.passes(group.starts[0], group.name)
        }
        rest = replace(who, speaker=None)
        # a whole name asks for the speaker the pane lists by it: '"spokesperson"' ("enter"
        # on it) is not "spokesperson (Ministry of Foreign Affairs)", unless org: says so
        as_listed = named.whole is not None and who.organisation is None and not who.places
        return [
            group
            for group in self._groups
            if person[group.name] in wanted
            and rest.passes(group.starts, group.speaker)
            and not (as_listed and listed_speaker(group.speaker) != group.name)
        ]

    def names_no_speaker(self, query: StatementQuery) -> bool:
        """Whether ``query`` asks for a name no speaker of the index has: then that is why
        it finds nothing (a misspelt name was answered as a speaker silent in the dates
        asked), whatever its other terms."""
        name = TypedWords.typed(query.speaker, whole_name=True)
        if name is None:
            return False
        return not any(name.passes(group.starts[0], group.name) for group in self._groups)

    def names_started(self, query: StatementQuery, most: int = 3) -> list[str]:
        """For a name typed in double quotes, the speakers its words start, read as typed
        without them (at most ``most``): whom '"Le Hoai"', a whole name no one has, likely
        meant (Lê Hoài Trung)."""
        if not is_whole_name(query.speaker):
            return []
        bare = TypedWords.typed(query.speaker.replace('"', " "))
        if bare is None:
            return []
        names: dict[str, str] = {}  # one spelling of a name: Le Hoai Trung, Lê Hoài Trung
        for group in self._groups:
            if bare.passes(group.starts[0], group.name):
                names.setdefault(group.starts[0], group.name)
        return list(names.values())[:most]

    def named_apart(
        self, query: StatementQuery, store: Store | None = None
    ) -> list[tuple[str, int]]:
        """For a name typed with a generational suffix ("Ferdinand Marcos Jr."), the speakers
        named without it ("Ferdinand Marcos") and the statements ``query`` finds of each: a
        suffix sets a person apart (:func:`persons`: Ali Khan Jr is not Ali Khan), yet news
        often drops a sitting president's, and "no statement matches" read as his silence."""
        words = name_key(query.speaker.replace('"', " "))
        if len(words) < 3 or words[-1] not in SUFFIX_WORDS:
            return []
        asked = replace(query, speaker=whole_name(" ".join(words[:-1])))
        return [
            (name, count)
            for name, count in self.find(asked, store).speakers
            if name_key(name)[-1:] != words[-1:]
        ]

    def close_speakers(
        self, query: StatementQuery, store: Store | None = None, most: int = 3
    ) -> list[tuple[str, int]]:
        """For a name no speaker has (:meth:`names_no_speaker`), the speakers it nearly
        names (:func:`close_names`: "Daglo" of Mohamed Hamdan Dagalo), with the statements
        ``query`` finds of each when it names them: what to offer, never what to list."""
        if not query.speaker.replace('"', " ").strip():
            return []
        quoted = query.speaker.replace('"', " ")
        totals: Counter[str] = Counter()
        for group in self._groups:
            totals[group.name] += len(group.positions)
        # one offer per person, not one per spelling, in the spelling the speakers' pane shows
        spellings = {name for name, _ in _speaker_counts(totals)}
        close = [name for name in close_names(quoted, totals) if name in spellings]
        close.sort(key=lambda name: -totals[name])
        found = []
        for name in close[: most * 2]:
            asked = replace(query, speaker=whole_name(name))
            count = len(self.find(asked, store).rows)
            if count:
                found.append((name, count))
        return sorted(found, key=lambda entry: -entry[1])[:most]

    def as_organisation(self, query: StatementQuery, store: Store | None = None) -> int:
        """For a name no speaker has (:meth:`names_no_speaker`), the statements ``org:``
        finds for the same words ("rsf": the Rapid Support Forces, by its initials), to
        offer: never what to list, as :meth:`close_speakers` offers names."""
        words = query.speaker.strip()
        if not words or query.organisation or is_whole_name(words):
            return 0
        return len(self.find(replace(query, speaker="", organisation=words), store).rows)

    def made_without_dates(
        self, query: StatementQuery, store: Store | None = None
    ) -> tuple[int, Span] | None:
        """What ``query`` finds without its ``since``/``until``, when they leave nothing:
        how many statements, and the first and last date they were made on, as listings
        show them (:func:`said_label`: "2025-06" for a month, not the "2025-06-01" and
        "2025-06-31" it is filtered by), None when the dates are not the cause, or nothing
        it finds is dated. An empty answer to dates past the library's read as a speaker
        never quoted. The rows are newest first by their first day, the undated last: only
        the ends are dated here, not every row (a keystroke's work at 10,000 articles)."""
        if not (query.since or query.until):
            return None
        rows = self.find(replace(query, since="", until=""), store).rows
        if not rows or said_span(rows[0].statement, rows[0].article) is None:
            return None
        for row in reversed(rows):
            if said_span(row.statement, row.article) is not None:
                oldest = said_label(row.statement, row.article).partition("..")[0]
                newest = said_label(rows[0].statement, rows[0].article).rpartition("..")[2]
                return len(rows), (oldest, newest)
        return None

    def undated_left_out(self, query: StatementQuery, store: Store | None = None) -> int:
        """How many statements ``query`` finds without its ``since``/``until`` that no date
        dates (their articles' undated): no day passes the dates, and leaving them out unsaid
        hid a leader's words from "what has X said since July 20" (newuser43). The undated
        rows come last: only they are read."""
        if not (query.since or query.until):
            return 0
        rows = self.find(replace(query, since="", until=""), store).rows
        count = 0
        for row in reversed(rows):
            if said_span(row.statement, row.article) is not None:
                break
            count += 1
        return count

    def _within(self, low: str, high: str) -> Callable[[list[int]], list[int]]:
        """What keeps of a group's positions (ascending) the rows made between the days
        ``low`` and ``high``: the rows are newest first by their first day, so those
        beginning in the range are one run of positions, found by bisection; before the run
        begin the rows after the range, after it those before, of which only a span of
        days (:attr:`_longer`) can reach into the range. A filter keystroke then tests no
        row one by one (tens of thousands at 10,000 articles)."""
        firsts, dated = self._firsts, self._dated
        start = _bisected(dated, lambda position: firsts[position] <= high)
        end = _bisected(dated, lambda position: firsts[position] < low)
        reaching = {position for position, last in self._longer if position >= end and last >= low}

        def within(positions: list[int]) -> list[int]:
            kept = positions[bisect_left(positions, start) : bisect_left(positions, end)]
            if reaching:
                kept += [p for p in positions[bisect_left(positions, end) :] if p in reaching]
            return kept

        return within


def _bisected(rows: int, after: Callable[[int], bool]) -> int:
    """The first of ``rows`` positions for which ``after`` holds (it holds for all that
    follow), or ``rows``."""
    return bisect_left(range(rows), True, key=after)


def _said_spans(rows: Sequence[LibraryStatement]) -> list[Span | None]:
    """Each row's :func:`said_span`, worked out once per attribution date, article date
    and tense: most statements have none of their own, and the spans are shared, not copied
    (tens of thousands of rows at 10,000 articles)."""
    known: dict[tuple[str, str, bool, bool], Span | None] = {}
    spans = []
    for row in rows:
        article, statement = row.article, row.statement
        # the verb's tense too: "said on May 8" is the latest May 8, "says on May 8" not
        key = (statement.said_on, article.date, article.date_is_guess, in_the_past(statement))
        if key not in known:
            known[key] = said_span(statement, article)
        spans.append(known[key])
    return spans


def _as_stored(article: Article, store: Store | None) -> Article | None:
    """``article`` as ``store`` holds it now (None once deleted), or as given without one."""
    if store is None:
        return article
    return store.article(article.id) if article.id in store.article_ids() else None


def _counted(groups: Iterable[_Group]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for group in groups:
        if group.positions:
            counts[listed_speaker(group.speaker)] += len(group.positions)
    return _speaker_counts(counts)


def _speaker_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(speaker, number of statements) from each spelling's count, most quoted first, each
    speaker in its one name (:func:`speaker_names`)."""
    names = speaker_names(counts)
    totals: Counter[str] = Counter()
    for name, count in counts.items():
        totals[names[name]] += count
    return sorted(totals.items(), key=lambda entry: (-entry[1], fold(entry[0])))


def speaker_names(counts: Mapping[str, int]) -> dict[str, str]:
    """Each spelling's speaker's one name, which every listing shows (the speakers' pane,
    the rows of ``W`` and of a timeline, their titles, ``statements`` and ``timeline``):
    spellings with and without diacritics, in other case, or with another Arabic article
    or none (:func:`spelt_apart`: Majed al-Ansari, Majed Al Ansari), and the names of one
    person (:func:`persons`: Shehbaz Sharif, Muhammad Shehbaz Sharif) are one speaker, unless
    their diacritics set them apart (:func:`spelling.speakers_of`: Lê Văn Thành and Lê Văn
    Thạnh are two). The name is the spelling with the most diacritics, the fullest ("Volker
    Türk", however many articles wrote "Volker Turk": ``W`` listed "Volker Turk ×20" where
    ``L``'s title said "Volker Türk"), then the most used, among the spellings holding no
    character a name is not written with (:func:`_name_fullness`); ``counts``: each
    spelling's statements."""
    spellings: dict[str, dict[str, int]] = {}
    apart = {name: spelt_apart(name) for name in counts}
    speakers = speakers_of(set(apart.values()))
    person = persons(counts)
    alone = surnames_alone(person)
    for name, count in counts.items():
        if name in alone:
            continue  # named as the fuller name's person, below
        key = speakers[apart[name]] if person[name] == name else person[name]
        spellings.setdefault(key, {})[name] = count
    names: dict[str, str] = {}
    for spelt in spellings.values():
        if len(spelt) == 1:  # most speakers: one spelling, nothing to weigh
            name = next(iter(spelt))
        else:
            name = max(spelt, key=lambda n: (*_name_fullness(n), spelt[n], n))
        names.update(dict.fromkeys(spelt, name))
    names.update({name: names[fuller] for name, fuller in alone.items()})
    return names


def surnames_alone(person: Mapping[str, str]) -> dict[str, str]:
    """Each speaker named by a surname alone ("Westerwelle", an article's whole mention of
    him) with a fuller name of the one person of that surname the library quotes ("Guido
    Westerwelle", another article's): ``W`` listed "Guido Westerwelle ×2" and "Westerwelle
    ×2" as two speakers. Never where two people share the surname (Jeb Bush and George W.
    Bush leave "Bush" alone); ``person``: each name's person (:func:`persons`)."""
    people: dict[str, set[tuple[str, ...]]] = {}  # surname -> its persons' folded names
    fuller: dict[str, str] = {}  # surname -> a spelling of one of them
    for name, key in person.items():
        if unnamed(name):  # "spokesperson" is no surname of a Chinese ministry's spokesperson
            continue
        words = name_key(name)
        while words and words[-1] in SUFFIX_WORDS:  # Ali Khan Jr is a Khan too
            words.pop()
        if len(words) > 1:
            people.setdefault(words[-1], set()).add(tuple(name_key(key.lstrip("\0"))))
            fuller.setdefault(words[-1], name)
    alone: dict[str, str] = {}
    for name in person:
        if unnamed(name):
            continue
        words = name_key(name)
        if len(words) == 1 and len(people.get(words[0], ())) == 1:
            alone[name] = fuller[words[0]]
    return alone


_NOT_OF_A_NAME = ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "So")


_LETTERS = lazy_compile(r"[^\W\d_]+")
_BEYOND_ASCII = lazy_compile(r"[^\x00-\x7f]")


def _name_fullness(name: str) -> tuple[int, int, int]:
    """How fit ``name`` is to be its speaker's one name: the fewest characters no name is
    written with (controls, zero-width and bidi marks, symbols: an article's "Volker Türk"
    with two joiners after it had the most characters beyond ASCII, so every statement of
    his was listed under it, its stand-in shown), then the most letters with diacritics
    (written as combining marks or not), then the fewest words as an outlet's type sets
    them, not as the name is written: in capitals ("VOLKER TÜRK said" in a headline, French
    and EU texts' "Volker TÜRK"), or the whole name in lowercase."""
    name = unicodedata.normalize("NFC", name)
    beyond = _BEYOND_ASCII.findall(name)  # a few letters of a name, if any: looked at alone
    looked_at = beyond if name.isprintable() else name  # printable: a symbol is all it holds
    odd = sum(unicodedata.category(char) in _NOT_OF_A_NAME for char in looked_at)
    marked = sum(char.isalpha() for char in beyond)
    return -odd, marked, -(_set_in_capitals(name) + name.islower())


def _set_in_capitals(text: str) -> int:
    """How many words of ``text`` an outlet's type sets in capitals ("VOLKER TÜRK said" in a
    headline, "VENEZUELAN PRESIDENT"), a letter alone not counted (an initial)."""
    return sum(len(word) > 1 and word.isupper() for word in _LETTERS.findall(text))


def listed_names(statements: Iterable[Statement]) -> dict[str, str]:
    """:func:`speaker_names` of the speakers of ``statements``, a listing's rows."""
    return speaker_names(Counter(statement.speaker for statement in statements))


def role_forms(
    listed: Iterable[tuple[Statement, str]], names: Mapping[str, str]
) -> dict[tuple[str, str], str]:
    """The form each speaker's role is shown in on a listing's rows, by (one name in
    ``names``, role as written), for ``listed`` (each row's statement and article id): a
    speaker's roles that differ only in letter case, "Venezuelan President" and "Venezuelan
    president" (Maduro's, as two outlets write it), are one role in the form most articles
    write, then in a title's capitals, an outlet's capitals ("VENEZUELAN PRESIDENT") only
    where no other is written, as :func:`speaker_names` names him. A copy's citation keeps
    its own article's words."""
    written: dict[tuple[str, str], dict[str, set[str]]] = {}
    for statement, article_id in listed:
        if statement.role:
            speaker = names.get(statement.speaker, statement.speaker)
            forms = written.setdefault((speaker, statement.role.casefold()), {})
            forms.setdefault(statement.role, set()).add(article_id)
    shown: dict[tuple[str, str], str] = {}
    for (speaker, _), forms in written.items():
        if len(forms) > 1:
            form = max(
                forms,
                key=lambda role: (
                    -_set_in_capitals(role),
                    len(forms[role]),
                    sum(char.isupper() for char in role),
                    role,
                ),
            )
            shown.update({(speaker, role): form for role in forms if role != form})
    return shown


def one_name(name: str, names: Mapping[str, str]) -> str:
    """``name`` (a spelling, or a name typed or chosen: "volker turk") as its speaker's one
    name in ``names`` (:func:`speaker_names`), for a timeline's title; ``name`` itself where
    no spelling, or more than one speaker (Lê Văn Thành, Lê Văn Thạnh), folds as it does."""
    if name in names:
        return names[name]
    folded = fold(name)
    alike = {shown for spelt, shown in names.items() if fold(spelt) == folded}
    return alike.pop() if len(alike) == 1 else name
