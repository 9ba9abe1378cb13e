"""Find statements: direct quotations and reported clauses, each with its speaker.

Follows ``shared/statements/GUIDELINES.md``. Only body paragraphs are read (captions, the
headline and the related-news trailer are not). Per paragraph, double quotations attributed by a
listed verb in the same sentence, or continuing a quoted speaker, are direct statements; per
sentence, each listed verb of communication with a speaker as its subject (or as the subject of
its main clause, for ", adding that ...") starts a reported statement that runs to the clause's
end. Subjects are read from the recogniser's spans: a PERSON is the speaker, a ROLE is resolved to
the person holding it, a pronoun to the person last speaking or named as a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from diplotui.entities.folding import fold
from diplotui.layout import BlockKind, article_blocks
from diplotui.model import EntitySpan, Statement
from diplotui.text import double_quotations, sentences

from . import lexicon as lx
from .cast import Cast, Speaker, role_words
from .verbs import FORMS, PARTICLES, VERB_RE, VerbForm

_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”—–]+")
_LAST_WORD = re.compile(r"([\w’'-]+)\W*$")
_PARTICLE = re.compile(r"\s+(for|on|upon|out)\b")
_THAT_OR_MARK = re.compile(r"\s*(?:that\b|[:,])\s*,?")
_UP_TO_THAT = re.compile(r"\s+((?:[^\s,;:\"“”]+\s+){1,7}?)that\b\s*,?")
_OPINION_BEFORE_THAT = re.compile(r"(?:the|his|her|their|its|our)\s+(?:\w+\s+)?(\w+)\s+$")
_EXPRESSED = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?([\w’'-]+)\b")
_INTRO = re.compile(r"(?:\s+(?:out|for|on|upon))?(?:\s+[^,:;\"“”.]{1,60}?)?\s*(?:[,:]|\s+that)\s*")
_COORDINATED = re.compile(r",? and\s*$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_CLAUSE_DELIMITERS = (", ", "; ", " - ", " – ", " — ", ": ")
_TRAILING = " \t.,;:"
_RECENT_SENTENCES = 3
_NOUN_WORDS = (
    lx.DETERMINERS | lx.GROUP_NOUNS | lx.ROLE_NOUNS | lx.PROXY_NOUNS | lx.PREPOSITIONS | {"and"}
)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A word, or a whole entity mention, of a candidate subject."""

    kind: str  # "WORD" or an entity type
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


@dataclass(slots=True)
class _Claim:
    """A statement found in a sentence, before its end is known."""

    kind: str
    start: int
    speaker: Speaker
    verb: re.Match[str] | None
    form: VerbForm | None
    cut: int  # where the statement before this one in the sentence must end
    end: int = -1  # a fixed end (an attribution after its content), else the clause's end


def find_statements(text: str, spans: Sequence[EntitySpan] | None = None) -> list[Statement]:
    """The statements of ``text``, in text order, with offsets into ``text`` as given.

    ``spans`` are the recogniser's entities for ``text`` (recognised here when not given).
    """
    if spans is None:
        from diplotui.entities import recognise

        spans = recognise(text)
    return _Finder(text, spans).run()


class _Finder:
    def __init__(self, text: str, spans: Sequence[EntitySpan]) -> None:
        self.text = text
        self.spans = sorted(spans, key=lambda s: s.start)
        self.span_starts = [s.start for s in self.spans]
        self.body = [
            (b.start, b.end) for b in article_blocks(text) if b.kind is BlockKind.PARAGRAPH
        ]
        self.cast = Cast(text, self.spans, self.body)
        self.found: list[Statement] = []
        self.used_verbs: set[int] = set()
        self.sentence_index = 0
        self.last_person: tuple[int, Speaker] | None = None
        self.last_other: dict[str, tuple[int, Speaker]] = {}  # type -> (sentence, speaker)
        self.last_direct: tuple[int, Speaker] | None = None  # (sentence, speaker)

    def run(self) -> list[Statement]:
        all_sentences = sentences(self.text)
        starts = [s for s, _ in all_sentences]
        for block_start, block_end in self.body:
            first = bisect_left(starts, block_start)
            last = bisect_left(starts, block_end)
            quotes = double_quotations(self.text, block_start, block_end)
            for sentence in all_sentences[first:last]:
                self.sentence_index += 1
                self._direct(sentence, quotes, all_sentences[first:last])
                self._reported(sentence, quotes)
        return _without_overlaps(self.found)

    # -- units and subjects -------------------------------------------------------------------

    def _units(self, start: int, end: int) -> list[_Unit]:
        units: list[_Unit] = []
        text, spans = self.text, self.spans
        position = start
        while position < end:
            match = _TOKEN.search(text, position, end)
            if match is None:
                break
            index = bisect_right(self.span_starts, match.start()) - 1
            span = spans[index] if index >= 0 else None
            if span and span.start <= match.start() < span.end and span.end <= end:
                units.append(_Unit(span.type, span.start, span.end, span.text))
                position = span.end
                continue
            units.append(_Unit("WORD", match.start(), match.end(), match.group()))
            position = match.end()
        return units

    def _classify(self, units: list[_Unit], position: int) -> Speaker | None:
        """The speaker a candidate subject names, or None when it names none."""
        while units and units[0].kind == "WORD" and units[0].low in ("and", "but", "while"):
            units = units[1:]
        if not units or len(units) > 14:
            return None
        head = units
        rest: list[_Unit] = []
        preposition = ""
        for index, unit in enumerate(units):
            if unit.kind == "WORD" and unit.low in lx.PREPOSITIONS and index:
                head, rest, preposition = units[:index], units[index + 1 :], unit.low
                break
        if not self._plausible(head):
            return None
        persons = [u for u in head if u.kind == "PERSON"]
        if persons:
            return self.cast.person(self._span_at(persons[0].start))
        last = head[-1]
        if last.kind == "ROLE":
            words = role_words(" ".join(u.text for u in head if u.kind != "WORD"))
            return self.cast.person_by_role(words, position)
        if last.kind in ("ORG", "GPE", "EVENT"):
            return self.cast.organisation(self._span_at(last.start))
        if last.kind != "WORD":
            return None
        low = last.low
        if len(head) == 1 and low in lx.SUBJECT_PRONOUNS:
            return self._pronoun(lx.SUBJECT_PRONOUNS[low], position)
        if low in lx.PROXY_NOUNS:
            if rest and preposition in ("from", "of", "by"):
                return self._classify(rest, position)
            return None
        if low in lx.ROLE_NOUNS:
            return self.cast.person_by_role(role_words(self._named(head)), position)
        if low in lx.GROUP_NOUNS:
            name = self._named(head)
            return Speaker(name, fold(name), "GROUP")
        if low in lx.ORG_HEADS:
            span = self.cast.organisation_by_head(low, position)
            if span is not None:
                return self.cast.organisation(span)
            name = self._named(head)
            return Speaker(name, fold(name), "ORG")
        return None

    def _plausible(self, head: list[_Unit]) -> bool:
        """A noun phrase: names, determiners, known nouns; lowercase words only as modifiers."""
        known = (
            lx.DETERMINERS | lx.ROLE_NOUNS | lx.GROUP_NOUNS | lx.ORG_HEADS | lx.PROXY_NOUNS
        ) | {"and", "'s", "’s"}
        for index, unit in enumerate(head):
            if unit.kind != "WORD":
                continue
            low = unit.low
            if low in lx.CLAUSE_WORDS or low in lx.BE_FORMS or low in lx.DOCUMENT_NOUNS:
                return False
            if unit.text[0].isupper() or low in known or low in lx.SUBJECT_PRONOUNS:
                continue
            if index == len(head) - 1 or head[-1].kind != "WORD":
                return False
            if head[-1].low not in known - lx.DETERMINERS:
                return False
        return True

    def _named(self, head: list[_Unit]) -> str:
        """A group's or role's words without a leading determiner ("the two sides")."""
        while len(head) > 1 and head[0].kind == "WORD" and head[0].low in lx.DROPPED_DETERMINERS:
            head = head[1:]
        return self.text[head[0].start : head[-1].end]

    def _span_at(self, start: int) -> EntitySpan:
        return self.spans[bisect_left(self.span_starts, start)]

    def _pronoun(self, speaker_type: str, position: int) -> Speaker | None:
        if speaker_type != "PERSON":
            recent = self.last_other.get(speaker_type)
            if recent and self.sentence_index - recent[0] <= _RECENT_SENTENCES:
                return recent[1]
            return None
        candidates: list[tuple[int, Speaker]] = []
        if self.last_person is not None:
            candidates.append(self.last_person)
        mention = self._last_subject_mention(position)
        if mention is not None:
            candidates.append((mention.start, self.cast.person(mention)))
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def _last_subject_mention(self, position: int) -> EntitySpan | None:
        """The last person named at the head of a clause before ``position``."""
        index = bisect_left(self.span_starts, position) - 1
        looked = 0
        while index >= 0 and looked < 40:
            span = self.spans[index]
            index -= 1
            if span.type != "PERSON" or not self.cast.in_body(span.start):
                continue
            looked += 1
            clause_start = max(self.text.rfind(mark, 0, span.start) for mark in ".\n,;:") + 1
            units = self._units(clause_start, span.start)
            if all(u.kind != "WORD" or u.text[0].isupper() or u.low in lx.DETERMINERS
                   or u.low == "and" for u in units):  # fmt: skip
                return span
        return None

    def _strip_back(self, start: int, end: int) -> int:
        """``end`` moved back over adverbs and auxiliaries ("has also")."""
        while True:
            match = _LAST_WORD.search(self.text, start, end)
            if match is None or (match.end() < end - 1 and self.text[match.end() : end].strip()):
                return end
            word = match.group(1)
            is_adverb = word.islower() and word.endswith("ly") and len(word) > 4
            if word.lower() not in lx.ADVERBS and not is_adverb:
                return end
            end = match.start()

    def _subject_before(self, start: int, verb_start: int) -> Speaker | None:
        """The speaker named right before a verb, within its clause (or None)."""
        end = self._strip_back(start, verb_start)
        before = self.text[start:end].rstrip()
        last_word = _LAST_WORD.search(before)
        if last_word and last_word.group(1).lower() in lx.BE_FORMS | {"to"}:
            return None  # a passive, or "wanted to stress"
        if before.endswith(","):
            return self._apposition(start, start + len(before) - 1, verb_start)
        clause_start = start
        for delimiter in _CLAUSE_DELIMITERS:
            found = self.text.rfind(delimiter, start, end)
            if found >= 0:
                clause_start = max(clause_start, found + len(delimiter))
        return self._classify(self._units(clause_start, end), verb_start)

    def _apposition(self, start: int, comma: int, position: int) -> Speaker | None:
        """ "Mr. X, Assistant to the Director General, Ministry of ..., said": X."""
        index = bisect_left(self.span_starts, comma) - 1
        while index >= 0 and self.spans[index].start >= start:
            span = self.spans[index]
            index -= 1
            if span.type != "PERSON":
                continue
            if self.text[span.end : span.end + 2] != ", ":
                return None
            units = self._units(span.end + 2, comma)
            if units and all(
                u.kind != "WORD" or u.text[0].isupper() or u.low in lx.PREPOSITIONS | {"the", "and"}
                for u in units
            ):
                return self.cast.person(span)
            return None
        return None

    def _main_subject(self, start: int, limit: int) -> Speaker | None:
        """The subject of a sentence's main clause, past a leading adverbial phrase."""
        units = self._units(start, limit)
        if units and units[0].kind == "WORD":
            first = units[0].low
            if first in lx.ADJUNCT_STARTS or first.endswith("ing") or first in lx.ADVERBS:
                comma = self.text.find(", ", start, limit)
                if comma >= 0:
                    units = self._units(comma + 2, limit)
        subject: list[_Unit] = []
        for unit in units:
            if unit.kind == "WORD" and not unit.text[0].isupper() and unit.low not in _NOUN_WORDS:
                break
            subject.append(unit)
        return self._classify(subject, limit) if subject else None

    def _subject_after(self, start: int, limit: int) -> Speaker | None:
        """ "..., said the minister." : the subject after an inverted verb."""
        stop = limit
        for mark in (",", ".", ";", ":"):
            found = self.text.find(mark, start, stop)
            if found >= 0:
                stop = found
        units = self._units(start, stop)
        return self._classify(units, start) if units else None

    # -- direct quotations --------------------------------------------------------------------

    def _direct(
        self,
        sentence: tuple[int, int],
        quotes: list[tuple[int, int]],
        paragraph: list[tuple[int, int]],
    ) -> None:
        s_start, s_end = sentence
        for number, (open_at, close_at) in enumerate(quotes):
            if not s_start <= open_at < s_end:
                continue
            content = _trim(self.text, open_at + 1, close_at)
            if content is None:
                continue
            head_start = s_start
            if number and quotes[number - 1][1] >= s_start:
                head_start = quotes[number - 1][1] + 1
            tail_end = self._sentence_end_after(close_at, paragraph)
            if number + 1 < len(quotes):
                tail_end = min(tail_end, quotes[number + 1][0])
            speaker, verb = self._attribution_after(close_at + 1, tail_end)
            if speaker is None:
                speaker, verb = self._attribution_before(s_start, head_start, open_at)
            if speaker is None and not self.text[head_start:open_at].strip(" ,.;:\t"):
                speaker = self._continued_speaker()
                verb = None
            if speaker is None:
                continue
            self.last_direct = (self.sentence_index, speaker)
            if verb is not None:
                self.used_verbs.add(verb.start())
            self._emit(_Claim("direct", content[0], speaker, verb, _form(verb), -1), content[1])

    def _sentence_end_after(self, offset: int, paragraph: list[tuple[int, int]]) -> int:
        for start, end in paragraph:
            if start <= offset < end:
                return end
        return paragraph[-1][1] if paragraph else offset

    def _attribution_after(
        self, start: int, limit: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """' "...," he said.' / ' "...," said Ngo Le Van, Deputy Minister ...'."""
        verb = VERB_RE.search(self.text, start, min(limit, start + 120))
        if verb is None or FORMS[verb.group()].participle:
            return None, None
        between = self.text[start : verb.start()].strip(" ,")
        if not between:
            return self._subject_after(verb.end(), limit), verb
        if any(mark in between for mark in '.;:"“”'):
            return None, None
        first = (
            start
            + len(self.text[start : verb.start()])
            - len(self.text[start : verb.start()].lstrip(" ,"))
        )
        return self._subject_before(first, verb.start()), verb

    def _attribution_before(
        self, s_start: int, start: int, open_at: int
    ) -> tuple[Speaker | None, re.Match[str] | None]:
        """'He said: "..."' / 'X told reporters, "..."' / ', adding: "..."'."""
        verbs = list(VERB_RE.finditer(self.text, start, open_at))
        if not verbs:
            return None, None
        verb = verbs[-1]
        between = self.text[verb.end() : open_at]
        if between.strip() and not _INTRO.fullmatch(between):
            return None, None
        if FORMS[verb.group()].participle:
            return self._main_subject(s_start, verb.start()), verb
        return self._subject_before(start, verb.start()), verb

    def _continued_speaker(self) -> Speaker | None:
        """A quotation standing alone continues the quoted speaker of the sentence before."""
        if self.last_direct and self.sentence_index - self.last_direct[0] <= 1:
            return self.last_direct[1]
        return None

    # -- reported speech ----------------------------------------------------------------------

    def _reported(self, sentence: tuple[int, int], quotes: list[tuple[int, int]]) -> None:
        s_start, s_end = sentence
        claims: list[_Claim] = []
        according = self._according_to(s_start, s_end)
        if according is not None:
            claims.append(according)
        for verb in VERB_RE.finditer(self.text, s_start, s_end):
            if verb.start() in self.used_verbs or _inside(quotes, verb.start()):
                continue
            form = FORMS[verb.group()]
            claim = self._claim(verb, form, sentence, claims)
            if claim is None:
                continue
            if claim.cut == s_start:  # an attribution after the content claims it whole
                claims = [claim]
            else:
                claims.append(claim)
        claims.sort(key=lambda c: c.start)
        for index, claim in enumerate(claims):
            end = s_end
            if index + 1 < len(claims) and claims[index + 1].cut > claim.start:
                end = claims[index + 1].cut
            if claim.end >= 0:
                end = claim.end
            self._emit(claim, end)

    def _claim(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int], claims: list[_Claim]
    ) -> _Claim | None:
        s_start, s_end = sentence
        text = self.text
        before = text[s_start : verb.start()]
        open_claim = claims[-1] if claims else None
        if form.participle:
            attach = _attachment(before)
            if attach < 0:
                return None
            speaker = (
                open_claim.speaker if open_claim else self._main_subject(s_start, verb.start())
            )
            content = self._content_start(verb, form, s_end)
            if speaker is None or content is None:
                return None
            return _Claim("reported", content, speaker, verb, form, s_start + attach)
        ending = self._end_attribution(verb, form, sentence)
        if ending is not None:
            return ending
        stripped = self._strip_back(s_start, verb.start())
        coordinated = _COORDINATED.search(text, s_start, stripped)
        if coordinated and form.base is False:
            content = self._content_start(verb, form, s_end)
            if open_claim is not None and not text.startswith("that", verb.end() + 1):
                return None
            speaker = (
                open_claim.speaker if open_claim else self._main_subject(s_start, verb.start())
            )
            if speaker is None or content is None:
                return None
            return _Claim("reported", content, speaker, verb, form, s_start + coordinated.start())
        if open_claim is not None:
            return None  # inside another statement's content: only the outermost counts
        previous = _LAST_WORD.search(text, s_start, verb.start())
        if previous and previous.group(1).lower() in lx.DROPPED_DETERMINERS:
            return None  # "the call for", "a note"
        speaker = self._subject_before(s_start, verb.start())
        if speaker is None:
            return None
        content = self._content_start(verb, form, s_end)
        if content is None:
            return None
        return _Claim("reported", content, speaker, verb, form, -1)

    def _end_attribution(
        self, verb: re.Match[str], form: VerbForm, sentence: tuple[int, int]
    ) -> _Claim | None:
        """ "X, he said." / "X, said the minister." / "X, Y stated while addressing ...": the
        content is the sentence up to the comma."""
        s_start, s_end = sentence
        text = self.text
        end = self._strip_back(s_start, verb.start())
        comma = text.rfind(", ", s_start, end)
        if comma < 0 or len(text[s_start:comma].split()) < 3:
            return None
        after = verb.end()
        rest = text[after:s_end].strip(' .!?"”’')
        subject_between = text[comma + 2 : end].strip()
        if subject_between:
            speaker = self._classify(self._units(comma + 2, end), verb.start())
            if speaker is None or not _attribution_tail(rest, form):
                return None
        else:
            speaker = self._subject_after(after, s_end)
            if speaker is None:
                return None
            tail = re.split(r"[,.;:]", rest, maxsplit=1)
            if len(tail) > 1 and not _attribution_tail(tail[1].strip(), form):
                return None
        return _Claim("reported", s_start, speaker, verb, form, s_start, end=comma)

    def _according_to(self, s_start: int, s_end: int) -> _Claim | None:
        """ "According to X, Y" and "Y, according to X": a statement of X (not of a document)."""
        match = _ACCORDING.search(self.text, s_start, s_end)
        if match is None:
            return None
        if not self.text[s_start : match.start()].strip():
            comma = self.text.find(", ", match.end(), s_end)
            if comma < 0:
                return None
            speaker = self._classify(self._units(match.end(), comma), match.start())
            if speaker is None:
                return None
            return _Claim("reported", comma + 2, speaker, None, None, -1)
        return None

    def _content_start(self, verb: re.Match[str], form: VerbForm, s_end: int) -> int | None:
        """Where a reported clause starts: after the verb and any "that", or after "that"
        when an addressee or adverbial stands between them."""
        text = self.text
        position = verb.end()
        particles = PARTICLES.get(form.lemma)
        if particles:
            particle = _PARTICLE.match(text, position)
            if particle is None or particle.group(1) not in particles:
                return None
            position = particle.end()
        if form.lemma == "express":
            expressed = _EXPRESSED.match(text, position, s_end)
            if expressed is None or expressed.group(1).lower() not in lx.EXPRESSED_CONTENT:
                return None
            that = re.compile(r"\s+that\b\s*").match(text, expressed.end(), s_end)
            position = that.end() if that else position
        elif (mark := _THAT_OR_MARK.match(text, position, s_end)) is not None:
            position = mark.end()
        elif (up_to := _UP_TO_THAT.match(text, position, s_end)) is not None and (
            self._may_stand_before_that(up_to.group(1), form)
        ):
            position = up_to.end()
        while position < s_end and text[position] in " ,":
            position += 1
        if not text[position:s_end].strip(_TRAILING + '"”'):
            return None
        return position

    def _may_stand_before_that(self, words: str, form: VerbForm) -> bool:
        if form.lemma == "tell":
            return True
        if words.split()[0].lower() in lx.ADDRESSEE_STARTS:
            return True
        opinion = _OPINION_BEFORE_THAT.fullmatch(words)
        return opinion is not None and opinion.group(1).lower() in lx.OPINION_NOUNS

    # -- output -------------------------------------------------------------------------------

    def _emit(self, claim: _Claim, end: int) -> None:
        text = self.text
        if claim.kind != "direct":
            for clause in lx.REPORTER_CLAUSES:
                found = text.find(clause, claim.start, end)
                if found >= 0:
                    end = found
            while end > claim.start and text[end - 1] in _TRAILING:
                end -= 1
        if end <= claim.start:
            return
        speaker = claim.speaker
        verb, past = "according to", "said"
        if claim.verb is not None and claim.form is not None:
            verb, past = claim.verb.group(), claim.form.past
            particle = _PARTICLE.match(text, claim.verb.end())
            if claim.form.lemma in PARTICLES and particle is not None:
                verb = text[claim.verb.start() : particle.end()]
                past = f"{past} {particle.group(1)}"
        self.found.append(
            Statement(
                start=claim.start,
                end=end,
                text=text[claim.start : end],
                kind="direct" if claim.kind == "direct" else "reported",
                speaker=speaker.name,
                speaker_key=speaker.key,
                speaker_type=speaker.type,
                role=speaker.role,
                organisation=speaker.organisation,
                verb=verb,
                verb_past=past,
            )
        )
        position = claim.verb.start() if claim.verb else claim.start
        if speaker.type == "PERSON":
            self.last_person = (position, speaker)
        else:
            self.last_other[speaker.type] = (self.sentence_index, speaker)


def _form(verb: re.Match[str] | None) -> VerbForm | None:
    return FORMS[verb.group()] if verb is not None else None


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _inside(quotes: list[tuple[int, int]], offset: int) -> bool:
    return any(open_at < offset < close_at for open_at, close_at in quotes)


def _attachment(before: str) -> int:
    """Where a participle attribution (", adding that") attaches, or -1."""
    for joint in (", and ", ", while ", ", ", " and ", " while "):
        if before.endswith(joint):
            return len(before) - len(joint)
    return -1


def _attribution_tail(rest: str, form: VerbForm) -> bool:
    """What may follow an attribution at a sentence's end: nothing, or an adjunct."""
    if not rest:
        return True
    words = rest.split()
    if " that " in f" {rest} " or VERB_RE.search(rest):
        return False
    if words[0].lower() in lx.ADJUNCT_STARTS:
        return True
    return form.lemma == "tell" and len(words) <= 4


def _without_overlaps(found: list[Statement]) -> list[Statement]:
    """Text order; where two overlap, a direct quotation wins, then the earlier statement."""
    ranked = sorted(found, key=lambda s: (s.kind != "direct", s.start))
    kept: list[Statement] = []
    for statement in ranked:
        if all(statement.end <= k.start or statement.start >= k.end for k in kept):
            kept.append(statement)
    return sorted(kept, key=lambda s: s.start)
