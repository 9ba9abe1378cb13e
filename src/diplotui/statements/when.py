"""The date a statement's attribution gives: "X told reporters on November 12 that ...".

An article dated 2025-11-14 that reports "X told reporters on November 12 that ..." dates the
words to November 12, not to the day it ran. Only a date of the attribution counts: after the
reporting verb and before the statement ("said on Thursday that"), just before the verb
("X on Monday said"), after the verb in an attribution that follows the statement ("..., she
said on Thursday"), or the date the sentence opens with ("On July 18, X said"). A date inside
the statement's words ("said the summit on November 20 will ...") is what was talked about,
and a date after a word that opens another clause ("said after the talks on July 3") is that
clause's: neither dates the statement. The date is kept as written with the statement (found
once, with the statements) and resolved against the article's date when it is shown, so a
date corrected later counts.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from diplotui.dating import (
    PAST,
    Period,
    dateline,
    deictic_mentions,
    month_qualified,
    qualifier_end,
    resolve,
    said_when,
)
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import Article, EntitySpan, Statement
from diplotui.text import paragraph_sentences, spans_overlapping

from .subjects import occurrences

LEAD_WORDS = 6  # a sentence's opening date stands within its first six words
# or ends an opening phrase of places and names ("In a speech at the Diplomatic Academy of
# Vietnam on August 1, X said") within its first sixteen
_PHRASE_WORDS = 16
# what makes an opening phrase hold a clause of its own, whose date is that clause's ("In a
# speech at an academy that opened on July 28", "In a letter sent on May 2") or a day it
# recalls ("In a speech marking the anniversary of ties on July 12"): a clause's word, a
# verb's form, a day remembered
_CLAUSE_IN_PHRASE = lazy_compile(
    r"\b(?i:who|whom|whose|which|that|when|where|while|after|before|since|until|till|ahead|"
    r"following|for|and|or|but|as|if|because|ago|is|are|was|were|be|been|being|has|have|had|"
    r"will|would|can|could|may|might|must|shall|should|do|does|did|held|made|sent|given|"
    r"written|taken|set|met|told|said|signed|won|led|seen|shown|known|done|put|begun|chosen|"
    r"spoken|struck|agreed|anniversary|marking|commemorat\w*|celebrat\w*|honou?ring|recall\w*|"
    r"remember\w*)\b|\b[a-z]+(?:ed|en)\b|[\"“”;:()\[\]]"
)
# an opening phrase opens with a preposition ("In a speech at ..."), after a participle
# ("Speaking at a press conference in Hanoi on May 2"); "Qatar's foreign minister spoke with
# ... on Sunday, expressing" is a clause of its own
_PHRASE_OPENER = lazy_compile(r"(?:[A-Z][a-z]+ing\s+)?(?i:in|at|during|on)\s", re.ASCII)
_DATE_AFTER = lazy_compile(r"\b(?:on|in|during)\s+$", re.IGNORECASE)
_AFTER_VERB_WORDS = 8  # "said at a regular press briefing on Thursday": six words
_OTHER_CLAUSE = lazy_compile(
    r"\b(?:who|whom|whose|which|that|when|where|while|after|before|since|until|till|ahead|"
    r"following|for|and|but|as|if|because)\b|[\"“”;:()\[\]]",
    re.IGNORECASE,
)
# an opening date a sentence counts from or to ("Before July 1, ...", "Since the last talks in
# 2019, ...", "Following tensions in January, ...", "By 2030, ...", "A year ago today, ...") or
# speaks of ("Referring to the May 21 elections, ...") is not the day of what it tells
_NOT_ITS_DAY = lazy_compile(
    r"\b(?:before|after|since|until|till|following|ahead\s+of|prior\s+to|ago|referring|"
    r"addressing|recalling|regarding|concerning|commenting|reflecting|about)\b"
    r"|\b(?:by|through|up\s+to)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$",
    re.IGNORECASE,
)
# a bare year a participle takes as its object ("Describing 2023 as a year of trials, ...",
# "Looking back on 2023, ...", "said, reviewing 2023, that") is the year spoken of, as after
# "addressing" or "referring to": the sentence puts no event in it. "During 2023" and "In
# spring 2023" do.
_SPOKEN_OF_YEAR = lazy_compile(
    r"\b(?!(?:during|spring|morning|evening)\b)[a-z]{3,}ing(?:\s+back)?"
    r"(?:\s+(?:on|upon|at|over|about))?\s+$",
    re.IGNORECASE,
)
# the capitalised word before a bare year that makes it a name's ("Vision 2030"), unless
# it is one that dates ("In 2017", "Since 2019", "March 2022", "Spring 2023")
_NAME_WORD_BEFORE = lazy_compile(r"\b([A-Z][A-Za-z-]*)\s+$")
_YEAR_CUES = frozenset(
    re.findall(
        r"\w+",
        "in on at by of for from to since until till through throughout during before after "
        "early late mid end and or the year years fiscal spring summer autumn fall winter "
        "around about between within over circa jan feb mar apr jun jul aug sep sept oct nov "
        "dec january february march april may june july august september october november "
        "december",
    )
)
_WEEKDAY_LEAD = lazy_compile(
    r"(?:on\s+)?(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*", re.IGNORECASE
)
_JOINED = lazy_compile(r"\s*(?:to|and|until|till|through|-|–|—)\s*", re.IGNORECASE)
_RANGE_END = lazy_compile(r"\b(?:between|from)\s+\S+\s+(?:and|to)\s+$", re.IGNORECASE)
# between a date and the reporting verb: a clause of that time or place, its subject a
# pronoun, a name or a noun after "the" ("in 2023 where he reaffirmed", "on May 8, when
# President Marcos also said", "in May, when the minister said")
_WHEN_WHERE = lazy_compile(
    r",?\s+(?i:when|where)\s+(?:(?i:he|she|they|we|i|it)|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
    r"|(?i:the)\s+(?:[\w'’.-]+\s+){0,2}[\w'’.-]+)"
    r"\s+(?:(?:also|again|first|once|reportedly|personally|had|has|have)\s+)?"
)
# a day set off by commas between the speaker and the verb: "X, on Friday (July 25), stated"
_ON_IN_COMMAS = lazy_compile(r", on (?:[A-Z][a-z]+ \()?$")
_COUNTED_FROM = lazy_compile(
    r"\b(?:before|after|since|until|till|by|following|ahead\s+of|prior\s+to|through|from|"
    r"between)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
_MONTH_QUALIFIER = lazy_compile(r"\b(?:last|next|this)\s+$", re.IGNORECASE)
Span = tuple[int, int]


def date_spans(text: str, spans: Sequence[EntitySpan]) -> list[Span]:
    """The text's DATE mentions and "yesterday", "last week" ... (which the recogniser
    leaves out: they are no names), in text order."""
    return outermost(marked_dates(text, spans) + deictic_mentions(text))


def outermost(spans: Sequence[Span]) -> list[Span]:
    """``spans`` in text order without those inside another: "last year" is part of
    "September last year", not a date of its own."""
    kept: list[Span] = []
    reach = -1
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if end <= reach:
            continue
        kept.append((start, end))
        reach = end
    return kept


def marked_dates(text: str, spans: Sequence[EntitySpan]) -> list[Span]:
    """The DATE mentions, a month with the "last", "next" or "this" before it ("Last
    October" in an October article is a year ago, not this month) or its year or week after
    it ("September last year", :func:`qualifier_end`), in text order."""
    found = []
    for span in spans:
        if span.type != "DATE":
            continue
        start = span.start
        if (before := _MONTH_QUALIFIER.search(text, max(0, start - 6), start)) is not None:
            start = before.start() if month_qualified(text[before.start() : span.end]) else start
        found.append((start, qualifier_end(text, span.end)))
    return sorted(found)


def lead_date(text: str, dates: list[Span], sentence: Span) -> Span | None:
    """The date a sentence opens with ("On July 18, ...", "Last week, ..."). A date further
    in ("a vision to 2045") dates something else, so it dates nothing here; nor does one the
    sentence counts from or to ("Before July 1, ...", "A year ago today, ...")."""
    lead_end = text.find(",", sentence[0], sentence[1])
    lead_end = sentence[1] if lead_end < 0 else lead_end
    weekday = _WEEKDAY_LEAD.fullmatch(text, sentence[0], lead_end)
    for index in spans_overlapping(dates, *sentence):
        start, end = dates[index]
        if weekday is not None:  # "On Monday, July 14, ...": the day right after the comma,
            # with its weekday, so it resolves only where it falls on that day ("On Monday,
            # last week's talks ..." are dated by neither)
            on_day = not text[lead_end + 1 : start].strip() and text.startswith(",", end)
            return (weekday.start("day"), end) if on_day else None
        before = text[sentence[0] : start]
        if start >= lead_end or _NOT_ITS_DAY.search(before):
            return None
        if len(before.split()) > LEAD_WORDS and not _ends_phrase(text, before, end, lead_end):
            return None
        if year_spoken_of(text, start, end):
            return None
        if _RANGE_END.search(before):
            return None  # "Between May and June" with no "May" marked: part of the range
        if _stamp_of_another_day(text, dates, index, sentence[1]):
            return None
        following = index + 1  # "From 2019 to 2025": the range, to resolve whole
        if following < len(dates) and _JOINED.fullmatch(text, end, dates[following][0]):
            end = dates[following][1]
        return (start, end)
    return None


_WEEKDAY_NAMES = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_ON_BEFORE = lazy_compile(r"\bon\s+$", re.IGNORECASE)
_INTRODUCED = lazy_compile(r"\b(?:on|in|at|during|of|since|by|from)\s+$", re.IGNORECASE)


def _stamp_of_another_day(text: str, dates: list[Span], index: int, sentence_end: int) -> bool:
    """Whether the sentence's opening date is a page's stamp (a date of numbers after no
    "on" or "in": "date 2023-03-29 KUWAIT: ...", "(posted April 9, 12:30 pm) — ...") with a
    weekday further in that is another day ("... received a call on Tuesday"), or a day after
    "on" ("17.03.2022 ... Popescu on 16 March discussed"): the stamp is when the page was
    posted, the later day when it happened. A stamp whose written year puts it on that
    weekday agrees with it."""
    start, end = dates[index]
    stamp = text[start:end]
    if not any(ch.isdigit() for ch in stamp) or _INTRODUCED.search(text, max(0, start - 8), start):
        return False
    for later in dates[index + 1 :]:
        if later[0] >= sentence_end:
            break
        weekday = _WEEKDAY_LEAD.fullmatch(text, *later)
        if weekday is None:
            if _ON_BEFORE.search(text, max(0, later[0] - 4), later[0]):
                return True  # "17.03.2022 ... Popescu on 16 March discussed"
            continue
        day = resolve(stamp, None)
        named = _WEEKDAY_NAMES.index(weekday.group("day").lower()[:-3])
        return day is None or day.first != day.last or day.first.weekday() != named
    return False


def _ends_phrase(text: str, before: str, end: int, lead_end: int) -> bool:
    """Whether a date further into a sentence than its first words (``before`` it) ends an
    opening phrase (:data:`_PHRASE_OPENER`) of places and names, after "on", "in" or "during"
    ("In a speech at the Diplomatic Academy of Vietnam on August 1, X said"): the day of what
    follows the comma. A phrase holding a clause of its own (:data:`_CLAUSE_IN_PHRASE`), of
    more than sixteen words, or going on after the date, may date something else."""
    opener = _PHRASE_OPENER.match(before)
    phrase = before[opener.end() :] if opener else ""
    return (
        opener is not None
        and len(before.split()) <= _PHRASE_WORDS
        and not text[end:lead_end].strip()
        and _DATE_AFTER.search(phrase) is not None
        and _CLAUSE_IN_PHRASE.search(phrase) is None
    )


_QUOTE_MARKS = lazy_compile(r'["“”«»„]')
_LINE_BREAK = lazy_compile("\n")


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation of its paragraph: after an odd number of
    double quotation marks. A date there is the speaker's, counted from when they spoke."""
    breaks, marks = _breaks_and_marks(text)
    before = bisect_left(breaks, offset)  # the line breaks before ``offset``
    line_start = breaks[before - 1] + 1 if before else 0
    return (bisect_left(marks, offset) - bisect_left(marks, line_start)) % 2 == 1


@functools.lru_cache(maxsize=2)
def _breaks_and_marks(text: str) -> tuple[list[int], list[int]]:
    """Where ``text``'s line breaks and double quotation marks are, found once: a timeline
    asks of every dated event, and counting from the line's start each time took 10 s on a
    400 KB paragraph of one line."""
    breaks = [match.start() for match in _LINE_BREAK.finditer(text)]
    return breaks, [match.start() for match in _QUOTE_MARKS.finditer(text)]


def year_spoken_of(text: str, start: int, end: int) -> bool:
    """Whether the DATE mention at ``start:end`` is a bare year a participle before it takes
    as its object ("Describing 2023 as ...", "looking back on 2023"), one of a name
    ("Vision 2030", "Agenda 2063"), or one a verb takes (:func:`_year_after_a_verb`): what
    is spoken of, not when anything happened."""
    if re.fullmatch(r"\d{4}", text[start:end]) is None:
        return False
    if _SPOKEN_OF_YEAR.search(text, max(0, start - 40), start):
        return True
    if _year_after_a_verb(text, start):
        return True
    name = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and name.group(1).lower() not in _YEAR_CUES


# a word that makes a year after it an attribute of a noun ("the 2003 accord", "its 2021
# budget"): dated only where a cue comes before it ("In the 2019 elections")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_WORDS_BEFORE = lazy_compile(r"(?:(?<![\w'’-])([\w'’-]+)\s+)?\b([\w'’-]+)\s+$")


def _year_after_a_verb(text: str, start: int) -> bool:
    """Whether a bare year at ``start`` stands right after a word in lower case that is no
    year's cue ("welcome 2000 refugees per week": a count), or after a determiner after one
    ("soldiers violated the 2003 cease-fire accord": the accord's year, not the day of the
    violation): a verb's object, not when what the sentence tells happened. "In 2017",
    "The 2019 elections took place" and "at the 2019 summit" date it."""
    words = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if words is None:
        return False
    before, word = words.groups()
    if word in _DETERMINERS:
        word = before or ""
    return word.isalpha() and word.islower() and word not in _YEAR_CUES


def with_dates(
    text: str, spans: Sequence[EntitySpan], statements: Sequence[Statement]
) -> list[Statement]:
    """``statements`` of ``text``, each with the date its attribution gives as written
    (``said_on``), "" where it gives none. Only the paragraphs holding statements are split
    into sentences and searched for "yesterday" and the like: done for the whole text, that
    was a seventh of the finder's time."""
    if not statements:
        return []
    ordered = sorted((s.start, s.end) for s in statements)
    around = _Around(
        text,
        marked_dates(text, spans),
        [start for start, _ in ordered],
        sorted(end for _, end in ordered),
        occurrences(text, "\n"),
    )
    dated = []
    for statement in statements:
        said_on = _said_on(around, statement)
        dated.append(dataclasses.replace(statement, said_on=said_on) if said_on else statement)
    return _made_then(around, spans, _continued(around, dated))


def continues_a_clause(statement: Statement) -> bool:
    """Whether the statement's reporting verb is a participle ("adding", "noting"): it
    continues the sentence's reporting clause ("X said on Tuesday that ..., adding that
    ..."), whose day and tense are its own too."""
    verb = statement.verb.lower()
    return verb.endswith("ing") and verb != statement.verb_past.lower()


def in_the_past(statement: Statement) -> bool:
    """Whether the statement's reporting verb puts it in the past, which counts a bare
    weekday back from the dateline ("said on Tuesday" is the latest Tuesday by it): a verb
    in the past, or a participle continuing a reporting clause (a statement reported was
    made by the time it is reported); "says on Tuesday" leaves it unsure."""
    verb = statement.verb.lower()
    return bool(verb) and (verb == statement.verb_past.lower() or continues_a_clause(statement))


def _continued(around: _Around, statements: list[Statement]) -> list[Statement]:
    """``statements``, each participle one with no date of its own ("..., adding that ...")
    dated as the statement of its speaker before it in its sentence is, when that one's
    verb is in the past: "Berg said on Tuesday that the talks would resume, adding that a
    venue would be chosen" was one sentence, its second statement listed on the article's
    day and its first on Tuesday."""
    order = sorted(range(len(statements)), key=lambda index: statements[index].start)
    for position, index in enumerate(order):
        statement = statements[index]
        if statement.said_on:
            continue
        participle = continues_a_clause(statement)
        if not participle and not in_the_past(statement):
            continue
        sentence = _paragraph(around, statement.start).sentence_at(statement.start)
        for earlier in range(position - 1, -1, -1):  # no copy of the order before it
            sibling = statements[order[earlier]]
            if sibling.start < sentence[0]:
                break
            if sibling.speaker_key == statement.speaker_key:
                if (
                    sibling.said_on
                    and in_the_past(sibling)
                    and (participle or _coordinated(around.text, sibling, statement))
                ):
                    statements[index] = dataclasses.replace(statement, said_on=sibling.said_on)
                break
    return statements


def _coordinated(text: str, sibling: Statement, statement: Statement) -> bool:
    """Whether a statement's verb is joined to the one before's with no subject of its own
    ("X, on Friday (July 25), stated that A, but requested B", newuser43): one reporting
    clause, its day the first verb's."""
    between = text[sibling.end : statement.start]
    if len(between) > _COORDINATED_REACH:  # the cheap test first
        return False
    words = between.strip(" ,").split()
    return (
        1 < len(words) <= 3 and words[0] in ("and", "but") and words[-1] == statement.verb.strip()
    )


_COORDINATED_REACH = 40  # ", but also requested ": the joint between two verbs' contents
# "She made the statement at a regular press conference ... on August 20": the day, given
# in the sentence after the statement
_MADE = lazy_compile(
    r"\bmade\s+(?:the|these|those|this|such)\s+(?:statements?|remarks?|comments?)\b"
)
_MADE_WORDS = 14  # "made the statement at a regular press conference of the Foreign Ministry on"
_PRONOUN = lazy_compile(r"(?:He|She|They)\s+", re.ASCII)
_PARTICIPLE = lazy_compile(r"\b[a-z]+(?:ed|en)\b")  # "in an interview published on May 5"


def _made_then(
    around: _Around, spans: Sequence[EntitySpan], statements: list[Statement]
) -> list[Statement]:
    """``statements``, those of the sentence before one telling when they were made ("...,
    spokesperson Le Thi Thu Hang has said. She made the statement at a regular press
    conference of the Foreign Ministry on August 20, ...") dated so, where they have no date
    of their own. Only when that sentence's statements are all of one speaker, the next
    names them (by a word of their name or role, or "He", "She", "They" where the sentence
    names no other person), and the date is of "made" (:func:`_made_on`). Each sentence and
    statement is looked up, not scanned: a paragraph of thousands costs linear time."""
    text = around.text
    order = sorted(range(len(statements)), key=lambda n: statements[n].start)
    starts = [statements[n].start for n in order]
    persons = sorted((span.start, span.text) for span in spans if span.type == "PERSON")
    split: dict[int, list[Span]] = {}  # the sentences of paragraphs with no date, split once
    for made in _MADE.finditer(text):
        paragraph = _paragraph(around, made.start())
        sentence = paragraph.sentence_at(made.start())
        date = _made_on(text, paragraph.dates, made.end(), sentence[1])
        if date is None:
            continue
        before = _sentence_before(around, paragraph, sentence, split)
        if before is None:
            continue
        said = [
            order[i]
            for i in range(bisect_left(starts, before[0]), bisect_left(starts, before[1]))
            if statements[order[i]].end <= before[1]
        ]
        if len({statements[n].speaker_key for n in said}) != 1:
            continue
        named = persons[bisect_left(persons, (before[0],)) : bisect_left(persons, (before[1],))]
        subject = text[sentence[0] : made.start()]
        if not _names_speaker(subject, statements[said[0]], [name for _, name in named]):
            continue
        for n in said:
            if not statements[n].said_on:
                statements[n] = dataclasses.replace(statements[n], said_on=date)
    return statements


def _sentence_before(
    around: _Around, paragraph: _Paragraph, sentence: Span, split: dict[int, list[Span]]
) -> Span | None:
    """The sentence just before ``sentence`` of ``paragraph``: in it, or the last of the
    paragraph before (split once, in ``split``); None for the text's first."""
    index = bisect_left(paragraph.sentences, sentence)
    if index > 0:
        return paragraph.sentences[index - 1]
    text, end = around.text, sentence[0]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    newlines = bisect_left(around.newlines, end)  # those before the paragraph's end
    line_start = around.newlines[newlines - 1] + 1 if newlines else 0
    if line_start >= end:
        return None
    if line_start not in split:
        split[line_start] = paragraph_sentences(text, line_start, end)
    return split[line_start][-1]


def _made_on(text: str, dates: list[Span], made_end: int, limit: int) -> str | None:
    """The date of "made the statement": the first after it in its clause, within fourteen
    words, with no clause or participle of its own before it ("a day after the talks on May
    3", "in an interview published on May 5")."""
    for index in spans_overlapping(dates, made_end, limit):
        start, end = dates[index]
        if start < made_end or end > limit:
            continue
        between = text[made_end:start]
        if (
            _OTHER_CLAUSE.search(between)
            or _PARTICIPLE.search(between)
            or _NOT_ITS_DAY.search(between)
            or len(between.split()) > _MADE_WORDS
            or year_spoken_of(text, start, end)
        ):
            return None
        return " ".join(text[start:end].split())
    return None


def _names_speaker(subject: str, statement: Statement, persons: Sequence[str]) -> bool:
    """Whether ``subject`` ("She", "Hang", "The spokesperson") names the statement's
    speaker: a pronoun where the sentence before names no other person (``persons``, its
    PERSON mentions), else words all of the speaker's name or role."""
    if _PRONOUN.fullmatch(subject):
        names = set(statement.speaker.split())
        return all(set(person.split()) <= names for person in persons)
    own = {word.lower() for word in f"{statement.speaker} {statement.role}".split()}
    words = [word.lower() for word in subject.split() if word.lower() != "the"]
    return 0 < len(words) <= 6 and all(word in own for word in words)


_SENTENCE_START = itemgetter(0)


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """A paragraph's sentences and dates (DATE mentions and "yesterday", "last week" ...)."""

    sentences: list[Span]
    dates: list[Span]

    def sentence_at(self, offset: int) -> Span:
        index = bisect_right(self.sentences, offset, key=_SENTENCE_START) - 1  # in C
        if index >= 0 and self.sentences[index][0] <= offset < self.sentences[index][1]:
            return self.sentences[index]
        return (offset, offset)


@dataclass(slots=True)
class _Around:
    """What dating each statement looks up, found once for the text and searched: the DATE
    mentions, the statements' starts and ends (in order), the newlines, the paragraphs split
    so far. Scanned for each statement, a paragraph of thousands was quadratic in them."""

    text: str
    marked: list[Span]
    starts: list[int]
    ends: list[int]
    newlines: list[int]
    paragraphs: dict[int, _Paragraph] = field(default_factory=dict)


def _paragraph(around: _Around, offset: int) -> _Paragraph:
    """The paragraph (a trimmed line) holding ``offset``, split once."""
    text, marked, newlines = around.text, around.marked, around.newlines
    after = bisect_left(newlines, offset)  # the newlines before offset, and the next one
    line_start = newlines[after - 1] + 1 if after else 0
    known = around.paragraphs.get(line_start)
    if known is None:
        line_end = newlines[after] if after < len(newlines) else len(text)
        line = text[line_start:line_end]
        start = line_start + len(line) - len(line.lstrip())
        end = max(start, line_end - (len(line) - len(line.rstrip())))
        first = bisect_left(marked, (start,))
        last = bisect_left(marked, (end,))
        dates = outermost(marked[first:last] + deictic_mentions(text, start, end))
        found = paragraph_sentences(text, start, end) if dates else []
        known = around.paragraphs[line_start] = _Paragraph(found, dates)
    return known


def _said_on(around: _Around, statement: Statement) -> str:
    paragraph = _paragraph(around, statement.start)
    if not paragraph.dates:
        return ""
    text, dates = around.text, paragraph.dates
    opening = paragraph.sentence_at(statement.start)
    closing = paragraph.sentence_at(max(statement.start, statement.end - 1))
    # the attribution is between this statement and its neighbours in the sentence: the
    # last end before it, the first start after it
    before = bisect_right(around.ends, statement.start)
    before_from = max(opening[0], around.ends[before - 1]) if before else opening[0]
    after = bisect_left(around.starts, statement.end)
    after_to = min(closing[1], around.starts[after]) if after < len(around.starts) else closing[1]
    after_to = max(after_to, statement.end)
    found = _attribution_date(text, dates, statement, (before_from, statement.start), after_to)
    if found is None:
        lead = lead_date(text, dates, opening)
        if (
            lead is not None
            and before_from <= lead[0]
            and lead[1] <= statement.start
            and ";" not in text[lead[1] : statement.start]  # "In May, talks failed; X said"
            and not text.startswith(("'s", "’s", "´s"), lead[1])  # "Last week's summit, X said"
        ):
            found = lead
    return " ".join(text[found[0] : found[1]].split()) if found else ""


def _attribution_date(
    text: str, dates: list[Span], statement: Statement, before: Span, after_to: int
) -> Span | None:
    verb = statement.verb.strip()
    if not verb:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(verb)}(?!\w)", re.IGNORECASE)
    preceding = list(pattern.finditer(text, *before))
    if preceding:  # "X told reporters on November 12 that ...", "X on Monday said ..."
        verb_at = preceding[-1].span()
        after_verb = _first_after(text, dates, verb_at[1], before[1])
        return after_verb or _just_before(text, dates, before[0], verb_at[0])
    following = pattern.search(text, statement.end, after_to)
    if following is None:
        return None
    return _first_after(text, dates, following.end(), after_to)  # "..., she said on Thursday"


def _first_after(text: str, dates: list[Span], verb_end: int, limit: int) -> Span | None:
    """The first date after the verb, in the verb's own clause, before ``limit``."""
    for index in spans_overlapping(dates, verb_end, limit):
        start, end = dates[index]
        if start < verb_end or end > limit:
            continue
        between = text[verb_end:start]
        if _OTHER_CLAUSE.search(between) or len(between.split()) > _AFTER_VERB_WORDS:
            return None
        if year_spoken_of(text, start, end):  # "said, reviewing 2023, that": another clause
            return None
        return (start, end)
    return None


def _just_before(text: str, dates: list[Span], limit: int, verb_start: int) -> Span | None:
    """A date standing right before the verb ("X on Monday said", "X on Monday also said"),
    or before a clause of "when" or "where" whose subject the verb's is ("his state visit to
    China in 2023 where he reaffirmed", "in May, when the minister said"): the clause is of
    that day. Not after a word counting from it ("since 2019, when he said")."""
    for index in reversed(spans_overlapping(dates, limit, verb_start)):
        start, end = dates[index]
        if start < limit or end > verb_start:
            continue
        between = text[end:verb_start]
        if len(between.split()) <= 1 and not re.search(r"[^\w\s]", between):
            return (start, end)
        if between.strip() in (",", "),") and _ON_IN_COMMAS.search(text, limit, start):
            return (start, end)  # "X, on Friday (July 25), stated" (newuser43)
        if _WHEN_WHERE.fullmatch(between) and not _COUNTED_FROM.search(text, limit, start):
            return None if year_spoken_of(text, start, end) else (start, end)
        return None
    return None


ARTICLE_DATE = "article"  # the article's date stands in: nothing in the sentence dates it
SENTENCE_DATE = "sentence"  # the date the attribution gives ("told reporters on November 12")
# the attribution gives a date ("on July 10") that only the article's date could place, and
# that date is a guess: placed by it, the statement could be dated a year wrong, and the
# guessed day standing in is no day it was said either (issue 17: never guessed wrong)
UNPLACED = "unplaced"


def said_date(statement: Statement, article: Article) -> tuple[Period | None, str]:
    """When the statement was made, and where that comes from: the date its attribution
    gives, resolved against the article's dateline (SENTENCE_DATE), else the article's own
    day (ARTICLE_DATE; None for a period when that day is a guess or partial)."""
    anchor = dateline(article.date, article.date_is_guess)
    # "said on Tuesday" is the latest Tuesday by the dateline: only a verb in the past, or a
    # participle continuing one, says so ("says on Tuesday" leaves it: ``in_the_past``)
    when = said_when(statement.said_on, anchor, PAST if in_the_past(statement) else "")
    if when is not None:
        return when, SENTENCE_DATE
    if statement.said_on and article.date_is_guess:
        return None, UNPLACED
    return (Period(anchor, anchor) if anchor else None), ARTICLE_DATE
