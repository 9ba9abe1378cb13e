"""The organisation a speaker's role names, for statements whose article gave none apart.

The finder keeps a role as the article words it ("Deputy Minister of Foreign Affairs",
"Spokesperson of the Ministry of Foreign Affairs", "UN Secretary-General") and fills the
organisation only when the article names one beside the role. Someone asking what the foreign
ministry said (``org:foreign``) means its ministers and spokespeople too, so where statements
leave the finder the organisation a role names becomes the speaker's:

- a minister's portfolio names a ministry: "Deputy Minister of Foreign Affairs", "Foreign
  Minister", "foreign ministry spokesman" -> Ministry of Foreign Affairs ("Minister for ..."
  -> Ministry for ...); the country stays in the role: "Foreign Minister of Laos" and "Lao
  Foreign Minister" -> Ministry of Foreign Affairs (``role:laos`` finds them);
- a body named in the role: "Spokesperson of the Ministry of Foreign Affairs" -> Ministry of
  Foreign Affairs, "Politburo Member" -> Politburo, "UN Secretary-General" -> UN; one the role
  serves is not the speaker's ("Ambassador to the UN": none);
- a role naming no body ("President", "Ambassador", "Prime Minister of Japan", "Secretary of
  State") gives none; a role naming several gives them all, "; " between them;
- an organisation speaking is its own organisation ("a statement by the Ministry ... said").

Rules on words, no model, cheap enough to run on every statement the finder returns.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import lru_cache

from diplotui.lazy_patterns import lazy_compile
from diplotui.model import Statement

SEPARATOR = "; "  # between the bodies of a role naming several


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words of a title: never part of a body's name.
_TITLE_WORDS = _words(
    "minister ministers president member members head chairman chairwoman chairperson chair "
    "secretary secretary-general director director-general spokesperson spokesman spokeswoman "
    "ambassador ambassadors envoy representative counsellor counselor consul governor mayor "
    "commander chief officer adviser advisor premier chancellor leader coordinator commissioner "
    "rapporteur delegate speaker attaché attache manager founder ceo senator deputy vice mp td "
    "undersecretary under-secretary-general chargé charge d'affaires king queen prince "
    "tánaiste taoiseach pm fm dg sg vp"
)
# Words that make a title of the next one ("Standing Member", "Prime Minister"), but are part
# of a body's name before anything else ("Standing Committee", "Permanent Mission").
_TITLE_MODIFIERS = _words(
    "standing permanent acting first second executive senior special honorary assistant co "
    "interim caretaker presidential personal prime state general former principal associate "
    "managing cabinet"
)
# Between words of one name: "Ministry of Foreign Affairs", "Culture, Sports and Tourism".
_JOINING = _words("of the for and & on")
# The last word of a body's name, or one in it: what makes a run of capitals an organisation.
_BODY_WORDS = _words(
    "ministry embassy department agency committee commission office council government party "
    "union association bank organization organisation company corporation institute university "
    "academy court army navy administration secretariat politburo assembly consulate mission "
    "alliance bloc service forum bureau board authority parliament senate congress "
    "nations league community fund programme program foundation centre center chamber "
    "society front group delegation cabinet presidium"
)
# A portfolio: the words before "Minister" or "Ministry" that name the ministry.
_PORTFOLIO_WORDS = _words(
    "foreign affairs home internal national defence defense public security justice finance "
    "industry trade planning investment agriculture rural development environment natural "
    "resources construction transport science technology information communications education "
    "training health culture sports sport tourism labour labor invalids social ethnic religious "
    "minority commerce economy economic interior energy homeland external relations "
    "international cooperation co-operation regional integration works water unification "
    "european europe expatriates diaspora orientation reconciliation civil equality women youth "
    "digital fisheries mining mines oil petroleum housing immigration migration employment "
    "veterans caricom and &"
)
# A portfolio that is one word of a longer name: "Foreign Minister" heads the Ministry of
# Foreign Affairs.
_PORTFOLIO_NAMES = {
    "foreign": "Foreign Affairs",
    "home": "Home Affairs",
    "external": "External Affairs",
}
# Capitals that name no body of their own: countries, and titles shortened.
_NOT_BODIES = _words(
    "us usa u.s. uk u.k. uae prc dprk rok roc drc ksa hcmc fm pm mp td dg sg vp ceo cs amb h.e."
)
_MINISTER = _words("minister ministers ministry")
_SERVED = _words("to from")  # "Ambassador to the UN": whom the role serves, not its holder's

_TOKENS = lazy_compile(r"[^\s,;()]+|[,;()]")


@dataclasses.dataclass(slots=True)
class _Token:
    text: str  # as written, without a possessive ending
    low: str
    possessive: str  # "'s" of "Committee's", "’" of "Laos’": the name goes on into what it owns

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()

    @property
    def punctuation(self) -> bool:
        return self.text in {",", ";", "(", ")"}


def _tokens(role: str) -> list[_Token]:
    found = []
    for match in _TOKENS.finditer(role):
        text = match.group()
        possessive = ""
        for ending in ("'s", "’s", "'", "’"):
            if len(text) > len(ending) and text.endswith(ending):
                text, possessive = text[: -len(ending)], ending
                break
        found.append(_Token(text, text.lower(), possessive))
    return found


def _is_title(tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` belongs to the title: a title word (or one hyphened of them,
    "Ambassador-designate"), or a modifier whose next word is one."""
    low = tokens[at].low
    if low in _TITLE_WORDS or any(part in _TITLE_WORDS for part in low.split("-")):
        return True
    if low in _TITLE_MODIFIERS:
        return at + 1 < len(tokens) and _is_title(tokens, at + 1)
    return False


def _is_acronym(token: _Token) -> bool:
    letters = token.text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _name(tokens: Iterable[_Token]) -> str:
    """The words as a name: possessives put back (not after the last word, whose owned
    title is left out), a portfolio's lowercase words capitalised, commas kept."""
    words = list(tokens)
    name = ""
    for n, token in enumerate(words):
        text = token.text if token.capitalised or token.low in _JOINING else token.text.title()
        if token.possessive and n < len(words) - 1:
            text += token.possessive
        name += text if token.text == "," or not name else f" {text}"
    return name


def _ministry(portfolio: list[_Token], joined: str = "of") -> str:
    """ "Ministry of Foreign Affairs" from "Foreign" or "Foreign Affairs"."""
    known = _PORTFOLIO_NAMES.get(portfolio[0].low) if len(portfolio) == 1 else None
    return f"Ministry {joined} {known or _name(portfolio)}"


def _runs(tokens: list[_Token]) -> list[tuple[int, int]]:
    """The spans [start, end) of capitalised words outside the title, joined by small words
    ("of the", "and") or a possessive, each a candidate for a body's name."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(tokens):
        if not _in_name(tokens, at):
            at += 1
            continue
        start = end = at
        while True:
            following = end + 1
            while (
                not tokens[end].possessive
                and following < len(tokens)
                and tokens[following].low in _JOINING
            ):
                following += 1
            if following < len(tokens) and _in_name(tokens, following):
                end = following
            else:
                break
        runs.append((start, end + 1))
        at = end + 1
    return runs


def _portfolio_before(tokens: list[_Token], at: int) -> list[_Token]:
    """The portfolio words just before the word at ``at`` ("Foreign" of "Lao Foreign
    Minister", "International Relations and Cooperation")."""
    if at and tokens[at - 1].low in _JOINING:
        return []  # "Minister for Foreign Affairs and Minister": no portfolio before this one
    start = at
    while (
        start > 0 and tokens[start - 1].low in _PORTFOLIO_WORDS and not tokens[start - 1].possessive
    ):
        start -= 1
    while start < at and tokens[start].low in _JOINING:
        start += 1
    return tokens[start:at]


def _portfolio_after(tokens: list[_Token], at: int) -> tuple[int, int]:
    """Where the portfolio of "Minister of X" is, X starting at ``at``: the capitalised words
    to the title's end, a title word or an "of" ("of Laos" is whose ministry), across commas
    ("Culture, Sports and Tourism"); "State for" before it is left out ("Minister of State for
    Foreign Affairs" serves in the Ministry of Foreign Affairs)."""
    end = at
    while end < len(tokens):
        token = tokens[end]
        if token.low == "of" or token.text in {";", "(", ")"} or _is_title(tokens, end):
            break
        if token.text == "," or token.low in _JOINING:
            following = end + 1
            if following < len(tokens) and _in_name(tokens, following):
                end += 1
                continue
            break
        if not token.capitalised:
            break
        end += 1
    if end - at > 2 and tokens[at].low == "state" and tokens[at + 1].low == "for":
        at += 2
    return at, end


def _in_name(tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` can go on a name: capitalised, no title, no punctuation."""
    token = tokens[at]
    return not token.punctuation and token.capitalised and not _is_title(tokens, at)


def _ministries(tokens: list[_Token]) -> tuple[list[tuple[int, str]], set[int]]:
    """The ministries a role's ministers and ministries name by their portfolio (each with
    where it is named), and the positions of the words they were named from."""
    found: list[tuple[int, str]] = []
    used: set[int] = set()
    for at, token in enumerate(tokens):
        if token.low == "fm":  # "FM", "Deputy FM", "FM spokeswoman"
            found.append((at, "Ministry of Foreign Affairs"))
            continue
        if token.low not in _MINISTER or (at and tokens[at - 1].low == "prime"):
            continue  # the Prime Minister heads no ministry of his own
        before = _portfolio_before(tokens, at)
        if before:
            used.update(range(at - len(before), at + 1))
            found.append((at, _ministry(before)))
            continue
        joined = tokens[at + 1].low if at + 1 < len(tokens) else ""
        if token.low == "minister" and joined in ("of", "for"):
            start, end = _portfolio_after(tokens, at + 2)
            portfolio = tokens[start:end]
            if portfolio:
                used.update(range(at, end))
                found.append((at, _ministry(portfolio, joined)))
    return found, used


@lru_cache(maxsize=4096)
def role_bodies(role: str) -> tuple[str, ...]:
    """The bodies ``role`` names, in its order, each once ("Member of the Party Central
    Committee's Secretariat and Minister of Foreign Affairs" -> the Secretariat, the
    Ministry of Foreign Affairs)."""
    tokens = _tokens(role)
    bodies, used = _ministries(tokens)
    for start, end in _runs(tokens):
        words = [t for n, t in enumerate(tokens[start:end], start) if n not in used]
        if not words or _served(tokens, start):
            continue
        if any(t.low in _BODY_WORDS for t in words):
            bodies.append((start, _name(words)))
        else:
            bodies.extend(
                (start, t.text) for t in words if _is_acronym(t) and t.low not in _NOT_BODIES
            )
    return tuple(dict.fromkeys(name for _, name in sorted(bodies)))


def _served(tokens: list[_Token], start: int) -> bool:
    """Whether the name at ``start`` follows "to" or "from" (and "the"): whom the role
    serves or comes from, not its holder's body."""
    before = start - 1 if start and tokens[start - 1].low != "the" else start - 2
    return before >= 0 and tokens[before].low in _SERVED


def organisation_of(statement: Statement) -> str:
    """The statement's organisation: the article's, else its speaker's own for an
    organisation speaking, else the bodies its role names ("" for none)."""
    if statement.organisation:
        return statement.organisation
    if statement.speaker_type == "ORG":
        return statement.speaker
    return named_by(statement.role)


def named_by(role: str) -> str:
    """The bodies ``role`` names as one organisation ("" for none)."""
    return SEPARATOR.join(role_bodies(role))


# One ministry, one name: the US and British spellings of a portfolio.
_SPELLINGS = {"defense": "Defence"}


def ministry_named(name: str) -> str:
    """The ministry of a portfolio ``name`` is, named one way however the article turns it
    ("defence ministry", "Defense Ministry", "Ministry of the Defence": "Ministry of
    Defence"), so that it is one speaker; "" for any other name ("Ministry of Information
    and Emigration" names a portfolio no list holds)."""
    tokens = _tokens(name.removeprefix("the ").removeprefix("The "))
    lows = [token.low for token in tokens]
    joined = "of"
    if len(tokens) > 1 and lows[-1] == "ministry":
        portfolio = tokens[:-1]
    elif len(tokens) > 2 and lows[0] == "ministry" and lows[1] in ("of", "for"):
        joined = lows[1]
        portfolio = tokens[3:] if lows[2] == "the" else tokens[2:]
    else:
        return ""
    if not portfolio or portfolio[0].low in _JOINING or portfolio[-1].low in _JOINING:
        return ""
    if not all(token.low in _PORTFOLIO_WORDS or token.text == "," for token in portfolio):
        return ""
    spelt = [
        _Token(_SPELLINGS[token.low], token.low, "") if token.low in _SPELLINGS else token
        for token in portfolio
    ]
    return _ministry(spelt, joined)


def with_bodies(statements: Iterable[Statement]) -> list[Statement]:
    """The statements with the organisation each role names where the article gave none."""
    result = []
    for statement in statements:
        organisation = organisation_of(statement)
        if organisation != statement.organisation:
            statement = dataclasses.replace(statement, organisation=organisation)
        result.append(statement)
    return result


_SPOKES = lazy_compile(r"\bspokes(?:person|man|woman|people)\b", re.IGNORECASE)
# "a spokesperson for the foreign ministry", "a spokesman of China's Foreign Ministry": the
# body after the title, which the finder leaves out of a role of the title alone
_SPOKES_FOR = lazy_compile(
    r"\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?"
    r"(?:[\w’'-]+(?:’s|'s)?\s+){0,3}?(?:ministry|Ministry)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w-]*){1,3})?"
)
# "a spokesperson for the Philippine Department of Foreign Affairs": a body of another name
# than a ministry's, capitalised as a name, after the title (it was given no organisation)
_SPOKES_FOR_BODY = lazy_compile(
    r"\bspokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?(?P<body>"
    r"(?:[A-Z][\w’'-]*\s+){0,3}?(?:Department|Office|Embassy|Commission|Council|Agency)"
    r"(?:\s+of(?:\s+the)?\s+[A-Z][\w-]*(?:\s+(?:(?:and|for|of)\s+)?[A-Z][\w-]*){0,5})?)"
)
_MINISTRY_WORD = lazy_compile(r"\bministry\b", re.IGNORECASE)
_LOOK_BEFORE = 40  # words before "ministry" read for its portfolio: "the Dutch foreign ministry"


def ministries_named(text: str) -> list[tuple[int, str]]:
    """Each ministry ``text`` names with its portfolio, where, as :func:`ministry_named` names
    it: "the Dutch foreign ministry", "China's Foreign Ministry", "The Ministry of Foreign
    Affairs" -> Ministry of Foreign Affairs (a nationality or a country before the portfolio
    left out)."""
    found = []
    for match in _MINISTRY_WORD.finditer(text):
        before = text[max(0, match.start() - _LOOK_BEFORE) : match.start()].split()
        after = text[match.end() : match.end() + _LOOK_BEFORE].split()
        named = next(
            (
                ministry
                for count in range(1, 4)
                for ministry in (
                    ministry_named(" ".join([match.group(), *after[:count]]).rstrip(".,;:")),
                    ministry_named(" ".join([*before[-count:], match.group()])),
                )
                if ministry
            ),
            "",
        )
        if named:
            found.append((match.start(), named))
    return found


def with_spokespeople_bodies(text: str, statements: Iterable[Statement]) -> list[Statement]:
    """The statements of spokespeople whose role names no body with the ministry they speak
    for: the one the sentence names after the title ("a spokesperson for the foreign ministry
    said"), else, for "a ministry spokesperson" or "the ministry's spokesman", the ministry
    the article last named before the statement ("The Dutch foreign ministry has withdrawn
    ... A ministry spokesperson told ..."): an analyst asking what the foreign ministry said
    (``org:foreign ministry``) means its spokespeople, named or not. None is guessed where
    the article named no ministry before, or where the role names another body."""
    statements = list(statements)
    if not any(not s.organisation and _SPOKES.search(s.role) for s in statements):
        return statements
    named = ministries_named(text)
    result = []
    for statement in statements:
        if not statement.organisation and _SPOKES.search(statement.role):
            organisation = _spoken_for(text, statement, named)
            if organisation:
                statement = dataclasses.replace(statement, organisation=organisation)
        result.append(statement)
    return result


def _spoken_for(text: str, statement: Statement, named: list[tuple[int, str]]) -> str:
    """The ministry the spokesperson of ``statement`` speaks for (as the caller says)."""
    sentence_start = max(text.rfind(".", 0, statement.start), text.rfind("\n", 0, statement.start))
    sentence_end = text.find("\n", statement.end)
    sentence = text[sentence_start + 1 : len(text) if sentence_end < 0 else sentence_end]
    apposed = _SPOKES_FOR.search(sentence)
    role = apposed.group() if apposed else statement.role
    if not _MINISTRY_WORD.search(role):
        body = _SPOKES_FOR_BODY.search(sentence)  # the body as named, whole: a role's
        return body.group("body") if body else ""  # reading cut "Office of the High" short
    own = named_by(role)
    if own:
        return own
    before = [ministry for start, ministry in named if start < statement.start]
    return before[-1] if before else ""
