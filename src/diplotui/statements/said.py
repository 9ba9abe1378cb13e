"""Which words of a passage are its speaker's, decided once for highlights, copies and exports.

A highlight of a statement stores its speaker's words (:func:`spoken_span`), and a copy, the
sidebar, the brief and the exports all read those words, and whether they are a direct
quotation, from :func:`said_part`: what a copy puts inside quotation marks is what an export
calls ``direct``, and a paraphrase is never quoted as the speaker's words.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from diplotui.cite import attribution, goes_on, read_marks, unpaired
from diplotui.layout import Block, highlight_text, visible_text
from diplotui.lazy_patterns import lazy_compile
from diplotui.model import Highlight, Statement
from diplotui.statements.verbs import (
    FORMS,
    holds_listed_verb,
    introducing_verb,
    reads_before_colon,
    verb_before,
)

TRAILING = ",;: \t\n"  # left off a statement's words: the comma before "he said"
Span = tuple[int, int]


class SaidPart(NamedTuple):
    """The speaker's words ``text[start:end]`` of a passage, whether they are a direct
    quotation (else the reporter's paraphrase), and the verb that introduced a paraphrase
    ("called on": ``cite.indirect``); whether the words stop short of their sentence or
    quotation (:func:`ellipses`: a copy ends them in an ellipsis, never a full stop)."""

    start: int
    end: int
    direct: bool
    verb: str
    cut: bool = False
    colon: str = "said"
    """The verb a copy puts before a colon when no verb of the reporter's leads the words:
    the statement's, as the reader's label names it (:func:`colon_verb`)."""
    opens_mid: bool = False
    """Whether the words start inside their sentence (:func:`opens_mid`): a copy opens them
    with an ellipsis."""

    @property
    def kind(self) -> str:
        """ "direct" or "reported", as exports name a statement's speech."""
        return "direct" if self.direct else "reported"


def said_span(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """The part of ``text[start:end]`` a citation gives its speaker, and whether those are
    the speaker's own words (inside quotation marks: a direct quotation).

    A passage cut by a quotation mark ('Hang said: "Viet Nam's consistent stance') is cut to
    the quoted part: the reporter's "Hang said:" are no words of Hang's, and a lone mark would
    stand unbalanced in the copy; so is a quotation whose only other words are its
    attribution (:func:`_attributed_quotation`). A passage with the reporter's words around a
    quotation, or with none inside marks, is the reporter's: a reported statement, whose words
    the article's own quotation marks keep theirs ('China "has indisputable sovereignty" over
    the islands', 'it was a "short but productive visit"'). Marks are read in the passage's
    paragraphs (``cite.read_marks``): whether a mark opens or closes, and whether single marks
    quote, depends on what stands around it.
    """
    read, begin = _read_around(text, start, end)
    passage = read[begin : begin + end - start]
    lone_close, open_at = unpaired(passage)
    if _quoted_parts(passage) is not None:
        return start, end, True
    if lone_close is not None and passage[:lone_close].strip():
        return start, start + lone_close, True
    if open_at is not None and passage[open_at + 1 :].strip():
        return start + open_at + 1, end, True
    if "“" in passage or "”" in passage:
        words = _attributed_quotation(passage)
        if words is None:
            return start, end, False
        return start + words[0], start + words[1], True
    return start, end, read.rfind("“", 0, begin) > read.rfind("”", 0, begin)  # left open


def _read_around(text: str, start: int, end: int) -> tuple[str, int]:
    """``text[start:end]``'s paragraph with its marks read (``cite.read_marks``), and where
    the passage starts in it."""
    paragraph = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    read = _read_paragraph(text, paragraph, len(text) if paragraph_end < 0 else paragraph_end)
    return read, start - paragraph


def quoted_parts(text: str, start: int, end: int) -> list[Span] | None:
    """Where the quoted parts of ``text[start:end]`` are in ``text`` when the passage runs
    from inside one quotation into another with only their attributions between
    (:func:`_quoted_parts`), else None."""
    read, begin = _read_around(text, start, end)
    parts = _quoted_parts(read[begin : begin + end - start])
    return None if parts is None else [(start + a, start + b) for a, b in parts]


@functools.lru_cache(maxsize=4)
def _read_paragraph(text: str, start: int, end: int) -> str:
    """``cite.read_marks`` of a paragraph, read once for all its statements (read again for
    each, a paragraph of thousands cost the square of their number)."""
    return read_marks(text[start:end])


_ATTRIBUTION_REACH = 160
"""Characters an attribution between two quoted parts of one passage may hold."""
_QUOTED = lazy_compile(r"“[^“”\n]*”")


def _quoted_parts(passage: str) -> list[Span] | None:
    """Where the quoted parts of ``passage`` are, when it runs from inside one quotation into
    another with only attributions between them ('We will work together,” Son said. “The
    region needs calm.'): each part's words, or None. A highlight of both parts of a
    speaker's quotation was copied as its first part alone, the rest silently dropped."""
    lone_close, open_at = unpaired(passage)
    if lone_close is None or open_at is None or open_at < lone_close:
        return None
    if not passage[:lone_close].strip() or not passage[open_at + 1 :].strip():
        return None
    parts: list[Span] = [(0, lone_close)]
    gap_start = lone_close + 1
    for found in _QUOTED.finditer(passage, gap_start, open_at):
        parts.append((found.start() + 1, found.end() - 1))
        if not _attribution(passage[gap_start : found.start()]):
            return None
        gap_start = found.end()
    if not _attribution(passage[gap_start:open_at]):
        return None
    return [*parts, (open_at + 1, len(passage))]


# a sentence's end inside an attribution: a word's stop (not "Gen." or "U.S.") and more words
_SENTENCE_INSIDE = lazy_compile(r"[a-z]{3}[.!?]\s+\S")


def _attribution(gap: str) -> bool:
    """Whether ``gap``, between two quoted parts, is only their attribution ("Son said.",
    ", he added,"): short, one sentence, with a listed verb. Words of the reporter's story
    after it ("Son said as talks opened. The delegates left.") make the next quotation no
    part of the first's: it may be anyone's."""
    return (
        len(gap) <= _ATTRIBUTION_REACH
        and "\n" not in gap
        and _SENTENCE_INSIDE.search(gap) is None
        and holds_listed_verb(gap)
    )


def _attributed_quotation(passage: str) -> tuple[int, int] | None:
    """Where the quotation of ``passage`` is, when it is its one quotation and its other words
    are only its attribution: before it, ending in a colon or a listed verb ('Hang said:
    "..."', 'Hang said, "..."'), not a comma alone ('since X took office, "Argentina is ..."'
    is a clause of the reporter's); after it, behind a comma or a question's or an
    exclamation's mark ('"We must act," Lee said.', '"We must act", Lee said.'). Else (the
    reporter's words around it, several quotations) None: the passage is the reporter's."""
    opening, closing = passage.find("“"), passage.rfind("”")
    if not (0 <= opening < closing and passage.count("“") == passage.count("”") == 1):
        return None
    before, after = passage[:opening], passage[closing + 1 :]
    bare_before = not before.strip(" ,:;—–-")
    bare_after = not after.strip(" .,;:!?—–-")
    attributed_before = before.rstrip().endswith(":") or bool(verb_before(before, len(before)))
    quoted = passage[opening + 1 : closing].rstrip()
    attributed_after = after.lstrip().startswith((",", "—", "–")) or quoted.endswith(
        (",", "?", "!", "—", "–")
    )
    if (bare_before and (bare_after or attributed_after)) or (bare_after and attributed_before):
        return opening + 1, closing
    return None


_PARAGRAPH_REACH = 80
"""Blanks read back from a passage for the line break that makes it open its paragraph."""


def quoted_start(text: str, start: int, end: int) -> int:
    """Where a quotation of ``text[start:end]`` starts: after the dateline its paragraph opens
    with ("WVR - ", "HANOI (VNA) – "), when the passage opens that paragraph, else ``start``.
    The outlet and the place it filed from are nobody's words: a copy of an article's first
    sentence quoted “WVR - On July 18, the Conference ...”. A passage that is a dateline and
    nothing more is quoted whole."""
    from diplotui.statements.subjects import dateline_end  # with the finder, not at start-up

    before = text[max(0, start - _PARAGRAPH_REACH) : start].rstrip(" \t")
    if before.endswith("\n") or (not before and start <= _PARAGRAPH_REACH):
        after = dateline_end(text, start, end)
        if after < end and text[after:end].strip():
            return after
    return start


def highlight_quoted(
    text: str, highlight: Highlight, blocks: Sequence[Block] | None = None, markdown: bool = False
) -> str:
    """A highlight's words as a quotation of it gives them: as the reader shows them
    (``layout.highlight_text``), from after a dateline its paragraph opens with
    (:func:`quoted_start`; where the text no longer holds it, read in its stored prefix)."""
    if text[highlight.start : highlight.end] == highlight.quote:
        start = quoted_start(text, highlight.start, highlight.end)
        return visible_text(text, start, highlight.end, blocks, markdown)
    context = highlight.prefix + highlight.quote
    begin = len(highlight.prefix)
    skipped = quoted_start(context, begin, len(context)) - begin
    if skipped:
        highlight = dataclasses.replace(highlight, quote=highlight.quote[skipped:])
    return highlight_text(text, highlight, blocks, markdown)


def said_part(text: str, start: int, end: int, statements: Sequence[Statement] = ()) -> SaidPart:
    """The part of ``text[start:end]`` a citation gives its speaker (:func:`said_span`: the
    reporter's "Hang said:" cut off; a dateline the passage opens with, :func:`quoted_start`),
    and for a paraphrase the verb introducing it, cut off too when the passage opens with it
    ("called on delegates to ..."). ``statements``, the speaker's statements the passage
    touches, narrow it to their words first ("Deputy Minister Ngo Le Van called on delegates
    to ..." selected whole is the words after "called on"); a passage holding none of their
    words is read whole."""
    start = quoted_start(text, start, end)
    touched = [s for s in statements if s.start < end and start < s.end]
    relayed = _relayed(text, touched)
    if relayed is not None:
        (start, end), direct = relayed, False
    else:
        if touched:
            start = max(start, min(s.start for s in touched))
            end = min(end, max(s.end for s in touched))
        start, end, direct = said_span(text, start, end)
    verb, start = ("", start) if direct else introducing_verb(text, start, end)
    opens, cut = ellipses(text, start, end, direct, bool(verb))
    return SaidPart(start, end, direct, verb, cut, opens_mid=opens)


def relays(statement: Statement) -> bool:
    """Whether ``statement`` is a source's report of what may be another's words ("Y,
    according to X"): a citation of a highlight of it reads it with it (:func:`_relayed`)."""
    return statement.kind == "reported" and statement.verb.lower() == "according to"


def _relayed(text: str, statements: Sequence[Statement]) -> tuple[int, int] | None:
    """The words of a report relaying another's quotation ('"...," Lazaro said, according to
    Philstar': the finder's and the gold's statement of Philstar), when ``statements`` are
    one: the quotation with its own attribution, whatever part of them a passage holds. Cut
    to the quotation alone, it was copied as the relayer's own words, “There is already a
    sense ...” — Philstar; the reporter's "Lazaro said" now stays with it. Else None."""
    if len(statements) != 1 or not relays(statements[0]):
        return None
    statement = statements[0]
    _, closing, direct = said_span(text, statement.start, statement.end)
    attribution = text[closing + 1 : statement.end].strip(" .,;:!?—–-\"'”’")
    return (statement.start, statement.end) if direct and attribution else None


def ellipses(text: str, start: int, end: int, direct: bool, led: bool = False) -> tuple[bool, bool]:
    """Whether a copy of the speaker's words ``text[start:end]`` opens and ends in an
    ellipsis: the one rule every copy, listing and brief follows, an ellipsis exactly where
    words of the source's sentence or quotation are left out at that end. None where the
    words start at the start of a sentence, of the quoted words or of the reported clause
    (after its lead-in, ``led`` by the verb introducing it: :func:`opens_mid`); none where
    they end at the end of their sentence or quotation (a quotation: :func:`quotation_goes_on`;
    a paraphrase: :func:`stops_short`, its attribution after it no words left out)."""
    if _ends_sentence(text, end):  # 'ceasefire.”': whatever sentence follows
        return opens_mid(text, start, led), False
    cut = quotation_goes_on(text, end) if direct else stops_short(text, end)
    return opens_mid(text, start, led), cut


# a quotation its attribution interrupts: '“The talks,” Wang said, “went well.”' (the comma
# inside or outside the first part's closing mark, a colon or a comma before the second's)
_INTERRUPTED = lazy_compile(
    r'[“"](?P<first>[^“”"\n]+?)(?:,[ \t]*[”"]|[”"][ \t]*,)'
    r'(?P<attribution>[^“”"\n.!?;]{1,80}?)[,:][ \t]*[“"](?P<second>[^“”"\n]+)[”"]'
)
QUOTATION_JOINT = " … "
"""What stands for the attribution between a quotation's two parts in a copy or a row."""


_QUOTATION_REACH = 4_000
"""Characters read either side of a part for its quotation: the reader asks on every move of
its cursor, and a paragraph of megabytes (a hostile or a scraped file) was read whole each
time."""


def quotation_parts(text: str, start: int, end: int) -> tuple[Span, Span] | None:
    """Where the two parts of the quotation its attribution interrupts are in ``text``
    ('“The talks,” Wang said, “went well.”': the finder's two statements), when the quoted
    words ``text[start:end]`` lie inside it; else None (no such quotation, or the reporter's
    words between two quotations, no attribution)."""
    reach = max(0, start - _QUOTATION_REACH)
    paragraph = max(text.rfind("\n", reach, start) + 1, reach)
    paragraph_end = text.find("\n", end, end + _QUOTATION_REACH)
    if paragraph_end < 0:
        paragraph_end = min(len(text), end + _QUOTATION_REACH)
    line = text[paragraph:paragraph_end]
    for found in _INTERRUPTED.finditer(line):
        first, second = found.span("first"), found.span("second")
        if not first[0] <= start - paragraph < end - paragraph <= second[1]:
            continue
        if not holds_listed_verb(found["attribution"]):
            return None
        return (
            (paragraph + first[0], paragraph + first[1]),
            (paragraph + second[0], paragraph + second[1]),
        )
    return None


def across_attribution(
    text: str, start: int, end: int, show: Callable[[int, int], str]
) -> str | None:
    """When the quoted words ``text[start:end]`` are one part of a quotation its attribution
    interrupts (:func:`quotation_parts`), the quotation's words as a copy or a row gives
    them: both parts (each as ``show`` gives a span), an ellipsis for the attribution; else
    None. A row reading “The talks” alone made no sense, and a highlight of the whole was
    copied as its first part. The second part ends at its closing mark, so nothing of the
    quotation is left out after it."""
    parts = quotation_parts(text, start, end)
    if parts is None:
        return None
    (first_start, first_end), (second_start, second_end) = parts
    first_words = show(first_start, first_end).rstrip(TRAILING)
    return f"{first_words}{QUOTATION_JOINT}{show(second_start, second_end)}"


def continues_quotation(text: str, said: Span, before: Statement | None, speaker: str) -> bool:
    """Whether a direct statement whose speaker's words are ``text[said]`` is the second part
    of a quotation its attribution interrupts whose first part is ``before``, the statement
    found just before it, of the same ``speaker``: one statement to a reader, listed once
    (its row reads both parts), where the finder, as the guidelines count them, gives two."""
    if before is None or before.speaker != speaker:
        return False
    parts = quotation_parts(text, *said)
    if parts is None or said[0] < parts[1][0]:
        return False
    first_start, first_end = parts[0]
    return before.start < first_end and first_start < before.end


def shown_whole(text: str, said: SaidPart, show: Callable[[int, int], str]) -> tuple[str, SaidPart]:
    """``said``'s words as ``show`` gives a span, and ``said``; both parts of a quotation its
    attribution interrupts (:func:`across_attribution`), which stops short of nothing; the
    quoted parts of a passage that runs over several with only their attributions between
    (:func:`quoted_parts`), an ellipsis for each attribution."""
    if not said.direct:
        return show(said.start, said.end), said
    whole = across_attribution(text, said.start, said.end, show)
    if whole is not None:
        return whole, said._replace(cut=False)
    parts = quoted_parts(text, said.start, said.end)
    if parts is None:
        return show(said.start, said.end), said
    return QUOTATION_JOINT.join(show(a, b).strip().rstrip(TRAILING) for a, b in parts), said


class Elision(Protocol):
    """What :func:`elided` reads of a decision: ``SaidPart`` or a listing's own."""

    @property
    def direct(self) -> bool: ...
    @property
    def cut(self) -> bool: ...
    @property
    def opens_mid(self) -> bool: ...


def elided(words: str, said: Elision) -> str:
    """``words`` as a copy gives them (:func:`ellipses`): after an ellipsis when they start
    inside their sentence, and a quotation's before one when it stops short of its sentence
    (“We urge restraint…” of “We urge restraint, and we urge dialogue”); a paraphrase's
    closing ellipsis is ``cite.indirect``'s, which also keeps a full stop off it."""
    if not words.strip():
        return words
    if said.opens_mid and not words.startswith("…"):
        words = "…" + words.lstrip()
    if said.direct and said.cut and not words.endswith("…"):
        words = words.rstrip(TRAILING + ".") + "…"
    return words


_CLAUSE_END = lazy_compile(r"[,;.!?\n]")
_LEAD_IN = lazy_compile(
    r"(?:\bthat|\baccording to\b[^.!?\n]*,|[.!?:;“\"‘„‚«‹(—–-])[\s”’\"]*\Z", re.IGNORECASE
)
_LOOK = 120  # characters read around a passage: a clause, an attribution


_CLOSERS = "”’\"'»›"
_SENTENCE_END = ".!?…"


def _ends_sentence(text: str, end: int) -> bool:
    """Whether words ending at ``end`` end in their sentence's stop, inside closing marks or
    not ('ceasefire.”'): no words of it are left out after them."""
    own = text[max(0, end - 3) : end].rstrip(" \t").rstrip(_CLOSERS)[-1:]
    return bool(own) and own in _SENTENCE_END


def quotation_goes_on(text: str, end: int) -> bool:
    """Whether quoted words ending at ``end`` stop short of their quotation's sentence: words
    of it follow before its closing mark or its sentence's end ("We urge restraint" of “We
    urge restraint, and we urge dialogue,” goes on; “We urge restraint,” he said, ends).
    A paragraph break the quotation runs on over (no closing mark before it, the next
    paragraph opening with one) is no end where its sentence goes on after it."""
    rest = text[end : end + _LOOK].lstrip(" \t")
    if not rest or rest[0] in _SENTENCE_END:
        return False
    rest = rest.lstrip(",;:—–- \t")
    if not rest or rest[0] in _CLOSERS:
        return False
    return goes_on(rest.lstrip(" \t\n")[:3])


def stops_short(text: str, end: int) -> bool:
    """Whether words ending at ``end`` stop short of their sentence, for a copy to end them
    in an ellipsis and never a full stop the article lacks there: a word goes on after them,
    or a comma, semicolon or dash and words that are no attribution ("growth, and improved
    ..." goes on; "growth, Hang said." ends the speaker's words); after a comma inside the
    words' closing mark, only a clause the sentence goes on with ('cooperation,” the China
    Daily reported' ends them, 'cooperation,” but ...' goes on)."""
    words = text[max(0, end - 3) : end].rstrip(" \t")
    own = words.rstrip(_CLOSERS)[-1:]
    after = text[end : end + _LOOK]
    if own and own in ",;—–" and words[-1:] in _CLOSERS:  # the reporter's words follow
        return _subordinate(_CLAUSE_END.split(after, maxsplit=1)[0])
    if goes_on(after[:3]):
        return True
    rest = after.lstrip(" ")
    if not rest[:1] or rest[0] not in ",;—–-":
        return False
    clause = _CLAUSE_END.split(rest[1:], maxsplit=1)[0]
    return _subordinate(clause) or not holds_listed_verb(clause)


# words opening a clause the sentence goes on with, never an attribution (newuser42: "a real
# chance of a deal, although the rebels still demanded X" is cut short, not "said" by the rebels)
_SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "because", "since"})
_SUBORDINATORS |= {"but", "and", "if", "unless", "even", "with", "which", "who", "when"}


def _subordinate(clause: str) -> bool:
    """Whether ``clause`` opens with a conjunction or a relative word: a listed verb in it is
    its own, no attribution of the words before ("..., although X demanded Y")."""
    return clause.lstrip(" ").partition(" ")[0].lower() in _SUBORDINATORS


# a listed verb and what may stand between it and its reported clause: "said on Sunday",
# "said in a statement on Monday", "told reporters in Phnom Penh" (newuser43b: "said: …his
# country agreed" opened a clause whose start it copied)
_OCCASION = (  # what a verb is said on, in or at ("in a statement", "on Sunday night")
    "statement|interview|news|press|conference|briefing|speech|call|phone|meeting|summit"
    "|morning|afternoon|evening|night|week|weekend|month|year|day|post|message|video|address"
    "|social|media|television|radio|state|national|camera|record"
)
_WHEN = (  # a date with no preposition: "said on social media July 26", "said Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4}(?:st|nd|rd|th)?,?"
)
_ADJUNCT = (
    r"(?:\s+(?:yesterday|today|tonight|overnight|earlier|later|again|also|separately|publicly"
    r"|reporters|journalists|lawmakers|parliament"
    + _WHEN
    + r"|(?:on|in|at|during|after|before|late|early|last|this|from|via)"
    r"(?:\s+(?:the|a|an|his|her|its|their))?(?:\s+(?:[A-Z0-9][\w’'.-]*|" + _OCCASION + r")){1,3}))"
)
_VERB_LEAD = lazy_compile(r"\b([A-Za-z]+)" + _ADJUNCT + r"{0,4}\s*\Z")


def opens_mid(text: str, start: int, led: bool = False) -> bool:
    """Whether words starting at ``start`` start inside their sentence, after words that are
    no lead-in (a sentence's or paragraph's start, an opening mark, a colon, "that", "According
    to X,", the verb introducing them, ``led``, or a listed verb and when or where it was
    said, "said on Sunday"): "cooperative partnership with Vietnam" from "partnership" opens
    "…partnership", never as though the speaker had begun there."""
    before = text[max(0, start - _LOOK) : start]
    if led or not before.strip(" \t") or before.endswith("\n"):
        return False
    if _LEAD_IN.search(before) or verb_before(text, start):
        return False
    found = _VERB_LEAD.search(before)
    return found is None or found.group(1).lower() not in FORMS


def spoken_span(
    text: str, start: int, end: int, statements: Sequence[Statement] = ()
) -> tuple[int, int]:
    """Where a new highlight of a statement over ``text[start:end]`` goes: on its speaker's
    words as a copy of the passage gives them (:func:`said_part` of ``statements``, the
    speaker's statements there), so its stored quote is theirs, not the reporter's 'Hang
    said: “...”' around them; a passage of no words stays as it is."""
    said = said_part(text, start, end, statements)
    words = text[said.start : said.end].rstrip(TRAILING)
    if not words.strip():
        return start, end
    lead = len(words) - len(words.lstrip())
    return said.start + lead, said.start + len(words)


def colon_verb(statement: Statement | None) -> str:
    """The verb a copy of a paraphrase no verb of the reporter's leads puts before a colon:
    the statement's where it reads so, as the reader's label and the listings name it
    ("added" for "adding on Tuesday that both sides ..."), else "said" (no statement holds
    the words). ``y`` on a statement, on its highlight, the sidebar, ``quote``,
    ``annotations`` and the brief all take it from here: a highlight said "said:" under a
    label "added"."""
    return said_verb(True, "", statement.verb_past if statement else "")[0]


def said_verb(direct: bool, verb: str, verb_past: str = "") -> tuple[str, str]:
    """The verb between a statement's speaker and its words, and what joins them, as a copy,
    the statement listings, the Statements view's rows and the timelines all give it: a
    paraphrase as a copy of it reads (``cite.indirect``: "called on delegates to ...", or
    "said: ..." when no verb of the reporter's leads its words); a quotation after the
    finder's verb (``verb_past``) where that reads before a colon ('stressed: “...”'), else
    "said" ("told: “...”" and "called on: “...”" are no English)."""
    if not direct:
        return attribution(verb)
    return attribution("", verb_past if reads_before_colon(verb_past) else "said")


def statement_reach(text: str, statement: Statement) -> Span:
    """Where a statement's words run in ``text``, as the reader marks them for the label: a
    direct one that is part of a quotation its attribution interrupts, over both parts (the
    Statements view lists it once, and ``enter`` there marks the quotation it read whole)."""
    direct = statement.kind == "direct"
    parts = quotation_parts(text, statement.start, statement.end) if direct else None
    if parts is None:
        return statement.start, statement.end
    return parts[0][0], parts[1][1]
