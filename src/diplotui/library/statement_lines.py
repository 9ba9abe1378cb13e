"""A statement's line as the listings give it, apart from the library's queries (the store,
the search index, the statement cache): "speaker (role) verb" (``speaker_label``), its
words as the reader shows them (``shown_statement``) and as a copy gives them (``said_in``,
``said_lead``, ``quotation``). ``diplotui statements FILE`` prints its lines with these alone;
:mod:`diplotui.library.statements` gives them to every listing."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len, set_cell_size

from diplotui.cite import curly_quotes, names_its_speaker, nested_quotes
from diplotui.layout import shown_span, words_read
from diplotui.model import Statement
from diplotui.statements.said import SaidPart, ellipses, said_part, said_verb, shown_whole

if TYPE_CHECKING:
    from diplotui.library.statement_cache import SaidDecision


def speaker_label(statement: Statement, width: int | None = None, verb: str = "") -> str:
    """ "Ngo Le Van (Deputy Minister of Foreign Affairs) said"; in at most ``width``
    characters, the role cut short at a word's end ("Le Hoai Trung (Member of the Party…)
    affirmed"): cut at its end, the label lost its verb, and a reported clause whether it was
    said at all. The name matters more than the role: where not one word of the role fits,
    "(…)" stands for it, or nothing; a name too long for the width is cut at a word's end
    ("Secretariat Standing…"), never mid-word, as the pane cut it ("Tran Cam Tu (Politbu…)").
    ``width`` is in cells, as the border draws it: counted in characters, a name in Chinese
    (two cells each) made a label twice as wide, cut by the border mid-name, verb lost.
    ``verb``: the one its words follow (:func:`said_row`), else the finder's (a label alone,
    over the sentence that holds its object: "Antonio Guterres called for")."""
    verb = verb or statement.verb_past or "said"
    speaker = statement.speaker
    role = _role_apart(statement)
    label = f"{speaker_named(statement)} {verb}"
    if width is None or cell_len(label) <= width:
        return label
    if role:
        room = width - cell_len(f"{speaker} (…) {verb}")
        cut = _words_within(role, room)
        if cut or room >= 0:
            return f"{speaker} ({cut}…) {verb}"
    if cell_len(f"{speaker} {verb}") <= width:
        return f"{speaker} {verb}"
    room = max(width - 1, 0)
    return f"{_words_within(speaker, room) or set_cell_size(speaker, room).rstrip()}…"


def speaker_named(statement: Statement) -> str:
    """ "Bui Thanh Son (Foreign Minister)": who made the statement, without a verb, where
    the label stands alone (the verb "told" ended a line, its reporters left behind)."""
    role = _role_apart(statement)
    return f"{statement.speaker} ({role})" if role else statement.speaker


def _role_apart(statement: Statement) -> str:
    """The role a label names after the speaker: none for a speaker the article names by
    a role alone ("spokeswoman said"), not named twice."""
    return statement.role if statement.role != statement.speaker else ""


_JOINING_WORDS = frozenset({"and", "&", "of", "the", "for", "to", "in", "on", "at", "or", "with"})


def _words_within(words: str, room: int) -> str:
    """The first whole words of ``words`` in at most ``room`` cells ("" when not one
    fits), without a trailing comma or semicolon before the ellipsis that follows them, and
    never ending on a word that joins ("Politburo Member and…" promises what is cut)."""
    fitting = ""
    for end in [i for i, char in enumerate(words) if char == " "] + [len(words)]:
        prefix = words[:end].rstrip(" ,;")
        if cell_len(prefix) > room:
            break
        if end == len(words) or prefix.rpartition(" ")[2].lower() not in _JOINING_WORDS:
            fitting = prefix
    return fitting


class Said(NamedTuple):
    """A statement's words as ``y`` and every export give them (its speaker's), whether they
    are a direct quotation (else the reporter's paraphrase), and the verb that introduced a
    paraphrase the words opened with ("called on": ``cite.indirect``); whether the words stop
    short of their sentence or quotation and start inside it (``statements.said.ellipses``: a
    copy ends or opens them in an ellipsis, as ``y`` in the reader does)."""

    words: str
    direct: bool
    verb: str = ""
    cut: bool = False
    opens_mid: bool = False


def said_in(
    statement: Statement,
    text: str,
    decided: SaidDecision | None = None,
    markdown: bool = False,
) -> Said:
    """The statement's words and speech as ``y`` and the exports decide them, by the quotation
    marks around the words in the article's ``text`` (``statements.said.said_part``): the
    finder's kind took 'Iran is a “neighboring country' for a paraphrase that a copy quoted
    as “neighboring country”, and the reverse, for about 2% of statements (125 of the dev
    set's 5,292). A ``text`` that no longer holds the statement (one changed since it was
    found, or "" for one unreadable) leaves the finder's words and kind. ``decided``: the
    statement cache's decision, made in this very ``text`` (~70 µs a statement spared).
    ``markdown``: an article imported from Markdown, whose marks the words leave out."""
    if not text or _held(text, markdown)[statement.start : statement.end] != statement.text:
        return Said(statement.text, statement.kind == "direct")
    held = _held(text, markdown)
    said = decided or said_part(held, statement.start, statement.end, (statement,))
    opens, cut = ellipses(held, said.start, said.end, said.direct, bool(said.verb))
    part = SaidPart(said.start, said.end, said.direct, said.verb, cut, opens_mid=opens)
    # one part of a quotation its attribution interrupts reads whole, as ``y`` reads it
    words, part = shown_whole(held, part, partial(shown_span, text, markdown=markdown))
    return Said(words, part.direct, part.verb, part.cut, part.opens_mid)


def _held(text: str, markdown: bool) -> str:
    """The text a statement was found in: a Markdown article's with its marks as spaces
    (``layout.words_read``: a link's address is no speaker), the same length."""
    return words_read(text, markdown)


def shown_statement(statement: Statement, text: str, markdown: bool = False) -> str:
    """The statement's words as the reader shows them in the article's ``text``
    (``layout.shown_span``: a hard-wrapped text's soft wraps as spaces, a Markdown article's
    marks left out, its offsets kept); the finder's words where ``text`` no longer holds
    them."""
    if _held(text, markdown)[statement.start : statement.end] != statement.text:
        return statement.text
    if "\n" not in statement.text and not markdown:
        return statement.text
    return shown_span(text, statement.start, statement.end, markdown)


def said_lead(direct: bool, verb: str, verb_past: str) -> tuple[str, str]:
    """The verb between a statement's speaker and its words and what joins them, as a copy
    and every listing give them (``statements.said.said_verb``); a paraphrase no verb of the
    reporter's leads takes the finder's verb (``verb_past``) where that reads before a colon,
    as the reader's label names it: "adding on Tuesday that both sides ..." is copied "X
    added: both sides ...", never "X said:" under a label "X added"."""
    return said_verb(direct or not verb, verb, verb_past)


def names_itself(statement: Statement, words: str, direct: bool, verb: str, *names: str) -> bool:
    """Whether reported ``words`` hold their own attribution to their speaker, by the name
    the article gives, or one of ``names`` ("Wang Yi said so." given to Wang Yi with ``P``,
    where the finder found no statement): a listing's row gives them alone, as a copy of a
    highlight of them does (:func:`cite.names_its_speaker`), where "Wang Yi (Foreign
    Minister) said: Wang Yi said so." named him twice. A quotation's words are the
    speaker's own: their row names him."""
    if direct:
        return False
    named = {statement.named_as, statement.speaker, *names} - {""}
    return any(names_its_speaker(name, words, verb) for name in named)


def said_words(words: str, direct: bool, verb: str = "") -> str:
    """What follows the speaker's label: a direct quotation in quotation marks (': “...”',
    its own marks nested inside them as a copy nests them), a reported clause without them
    (': the talks would resume', or ' delegates to reflect' after the ``verb`` that leads
    it, "called on"), since its words are the reporter's: marks would present a paraphrase
    as what the speaker said word for word (:func:`said_in` decides which, as ``y`` does); the
    marks the article quotes inside it curled as a copy curls them ('said there was “a
    substantial chance”'). A quotation's last comma is the quoting sentence's ('"We are
    ready," he said'), left out as citations leave it out."""
    joint = said_verb(direct, verb)[1]
    return f"{joint}{quotation(words)}" if direct else f"{joint}{curly_quotes(words)}"


def quotation(words: str) -> str:
    """A direct quotation's words as listings show them: in “ ”, its own marks nested, the
    quoting sentence's last comma left out."""
    return f"“{nested_quotes(words.rstrip(',;:').rstrip() or words)}”"
