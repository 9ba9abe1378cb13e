"""The closed list of verbs of communication (GUIDELINES rule 2) with every inflection.

Each written form maps to its lemma and the past tense the reader shows ("adding" -> "added"),
so the finder needs one regular expression and one dict lookup per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from diplotui.lazy_patterns import lazy_compile

# lemma: (third person, past, -ing); regular verbs are derived, irregular ones spelled out.
_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
}
_REGULAR = [
    "state",
    "stress",
    "emphasise",
    "emphasize",
    "affirm",
    "reaffirm",
    "note",
    "highlight",
    "underscore",
    "add",
    "announce",
    "declare",
    "assert",
    "propose",
    "suggest",
    "call",
    "urge",
    "ask",
    "request",
    "pledge",
    "vow",
    "express",
    "reiterate",
    "point",
    "warn",
    "confirm",
    "recall",
    "remark",
    "share",
    "acknowledge",
    "explain",
    "insist",
    "argue",
]
# Verbs that make a statement only with their particle: "called for/on", "pointed out".
PARTICLES = {"call": ("for", "on", "upon"), "point": ("out",)}
# Verbs that want their object before what was said ("told reporters", "called on delegates",
# "urged the parties", "expressed hope"): "X told: both sides ..." is no English.
_WANTS_OBJECT = frozenset({"tell", "call", "urge", "ask", "request", "express", "share"})


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One written form of a listed verb."""

    lemma: str
    past: str
    participle: bool  # the -ing form: attaches to the subject of its main clause
    base: bool  # the bare form ("will stress", "to share")


def _regular_forms(lemma: str) -> tuple[str, str, str]:
    third = lemma + ("es" if lemma.endswith(("ss", "sh")) else "s")
    if lemma.endswith("e"):
        return third, lemma + "d", lemma[:-1] + "ing"
    return third, lemma + "ed", lemma + "ing"


def _build() -> dict[str, VerbForm]:
    forms: dict[str, VerbForm] = {}
    lemmas = {**_IRREGULAR, **{lemma: _regular_forms(lemma) for lemma in _REGULAR}}
    for lemma, (third, past, ing) in lemmas.items():
        forms[lemma] = VerbForm(lemma, past, participle=False, base=True)
        forms[third] = VerbForm(lemma, past, participle=False, base=False)
        forms[past] = VerbForm(lemma, past, participle=False, base=False)
        forms[ing] = VerbForm(lemma, past, participle=True, base=False)
        forms[ing.capitalize()] = forms[ing]  # "Highlighting X, the minister said ..."
    return forms


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """An alternation of ``words`` nested by shared prefixes ("sa(?:y|id|ying|ys)"): the regex
    engine then tries one branch per letter instead of every word at every position."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [
            re.escape(letter) + pattern(rest) for letter, rest in sorted(node.items()) if letter
        ]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group

    return pattern(trie)


FORMS = _build()
# A whole run of ASCII letters that is a listed form (what a tokeniser on [A-Za-z]+ would see).
# a form right before "’s" is a noun's possessive ("the request’s rejection"; round 616)
VERB_RE = lazy_compile(r"(?<![A-Za-z])" + _trie_pattern(list(FORMS)) + r"(?![A-Za-z]|[’']s\b)")

# Every byte but an ASCII letter made a space: a text's letter runs, offsets kept.
_LETTER_RUNS = bytes(c if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))
_FORM_BYTES = frozenset(form.encode("ascii") for form in FORMS)


def listed_verbs(text: str) -> list[re.Match[str]]:
    """``VERB_RE.finditer(text)``, found without a regex tried at every offset (a seventh of
    the finder's instructions): the text's ASCII letter runs, each other character one byte
    (``encode`` replaces it by one "?"), are looked up as words in C, and only the forms
    present are found and matched."""
    return verbs_and_words(text, _FORM_BYTES)[0]


def scanned_with(words: Iterable[str]) -> frozenset[bytes]:
    """What :func:`verbs_and_words` looks the letter runs up in: the listed forms, and
    ``words`` (ASCII letters, none of them a form)."""
    return _FORM_BYTES.union(word.encode("ascii") for word in words)


def verbs_and_words(
    text: str, scanned: frozenset[bytes]
) -> tuple[list[re.Match[str]], frozenset[bytes]]:
    """``listed_verbs(text)``, and the words of ``scanned`` (:func:`scanned_with`) that are
    whole letter runs of ``text``: looked up in the same pass, where each word searched for
    through the text costs a pass of its own (~5,000 instructions an article)."""
    letters = text.encode("ascii", "replace").translate(_LETTER_RUNS)
    present = scanned.intersection(letters.split())
    words = present - _FORM_BYTES
    if words:
        present -= words
    if not present:
        return [], words
    padded = b" " + letters + b" "  # a form's run is " form " here, at its offset in ``text``
    starts: list[int] = []
    for form in present:
        needle = b" " + form + b" "
        at = padded.find(needle)
        while at >= 0:
            starts.append(at)
            at = padded.find(needle, at + len(needle) - 1)
    starts.sort()
    match = VERB_RE.match
    return [found for at in starts if (found := match(text, at)) is not None], words


def holds_listed_verb(text: str) -> bool:
    """``VERB_RE.search(text) is not None``, answered by ``listed_verbs``' letter runs in C: the
    pattern opens with a lookbehind, so a search enters it at every offset of ``text``."""
    letters = text.encode("ascii", "replace").translate(_LETTER_RUNS)
    return not _FORM_BYTES.isdisjoint(letters.split())


# A listed verb, its particle and "that" (and a comma): the words of a verb phrase.
_VERB_PHRASE = r"([A-Za-z]+)(?: (for|on|upon|out))?( that)?,? +"
_ENDING_VERB = lazy_compile(_VERB_PHRASE + r"\Z")  # right where a statement's words begin
_OPENING_VERB = lazy_compile(_VERB_PHRASE)  # opening a passage that holds its verb


def _past_phrase(found: re.Match[str] | None, opening: bool = False) -> str:
    """The verb phrase ``found`` matched in its past tense ("called on", "stressed that",
    "added" for "adding"), or "" when it is no listed verb with its own particle; a phrase
    ``opening`` a passage counts only in the past or as a participle ("notes were exchanged"
    opens with a noun)."""
    form = FORMS.get(found.group(1).lower()) if found else None
    if found is None or form is None:
        return ""
    if opening and (form.base or (found.group(1).lower() != form.past and not form.participle)):
        return ""
    particle = found.group(2) or ""
    if particle not in PARTICLES.get(form.lemma, ("",)):
        return ""
    return form.past + (f" {particle}" if particle else "") + (found.group(3) or "")


# "expressed hope that", "expressed their belief that", "shared the view that": a verb whose
# object is a stance, then "that" and the words the stance holds
_STANCE_LEMMAS = ("express", "share")
_STANCE_VERB = lazy_compile(
    r"(?<![A-Za-z])("
    + "|".join(form for form, verb in FORMS.items() if verb.lemma in _STANCE_LEMMAS)
    + r") ((?:[a-z]+ ){0,2}[a-z]+) that,? +\Z"
)


def verb_before(text: str, start: int) -> str:
    """The listed verb that introduces the words at ``start``, in its past tense with its
    particle and "that" ("called on", "stressed that", "added" for "adding"; the comma of
    "stressed that, in ..." left out), or "" when the words follow none ("According to X,
    ...", "..., X said"). A copy of a reported statement says "X called on delegates to ..."
    rather than "X said: delegates to ...". A stance the verb takes as its object comes
    with it ("expressed hope that"): "X said: A" made a hope an assertion."""
    return _past_phrase(_ENDING_VERB.search(text, max(0, start - 40), start)) or _stance_phrase(
        _STANCE_VERB.search(text, max(0, start - 60), start)
    )


def _stance_phrase(found: re.Match[str] | None) -> str:
    """The stance phrase ``found`` matched in its past tense ("expressed hope that" for
    "expressing hope that"), or "" when its verb is no listed verb taking a stance."""
    form = FORMS.get(found.group(1).lower()) if found else None
    if found is None or form is None or form.lemma not in _STANCE_LEMMAS:
        return ""
    return f"{form.past} {found.group(2)} that"


def introducing_verb(text: str, start: int, end: int) -> tuple[str, int]:
    """The verb that introduces a reported statement's words ``text[start:end]`` (see
    :func:`verb_before`) and where its words begin: after the verb when the passage opens with
    it ("called on delegates ...", highlighted with its verb), so a copy reads "X called on
    delegates ..." and never "X said: called on delegates ..."."""
    verb = verb_before(text, start)
    if verb:
        return verb, start
    found = _OPENING_VERB.match(text, start, end)
    verb = _past_phrase(found, opening=True) if found and found.end() < end else ""
    return (verb, found.end()) if verb and found else ("", start)


def reads_before_colon(verb_past: str) -> bool:
    """Whether "X <verb_past>: words" reads as English: a verb of a clause or a quotation
    ("stressed", "pointed out"), not one wanting its object first ("told" whom, "called on"
    whom, "urged" whom to do what); "" (no verb known) is none."""
    form = FORMS.get(verb_past.split(" ", 1)[0].lower()) if verb_past else None
    return form is not None and form.lemma not in _WANTS_OBJECT
