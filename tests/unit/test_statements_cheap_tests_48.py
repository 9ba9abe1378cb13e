"""The reading's cheap searches of session 48 (stspeed48a): the reporter's clauses that open
with ", " are one pattern the engine scans for by that literal; the dashed rest (" – a move "),
searched only where " a move " stands, would have had it try every phrase at every space. A
numbered military unit's number is searched for, its country read back before it (an optional
country first had the engine try the pattern at every character). Two patterns that opened with
what stands before a capital ("\b", "^", a lookbehind) open with the capital. The words before a
quotation are matched as its introduction only where they end in what every introduction ends in.
Then (stspeed48b): a run-on stop reads what follows it first, a given name and an unlisted
participle are tried only where they can begin, a clause's opening word opens with its capital,
and a body's country is asked only of bodies sharing their owned words."""

from __future__ import annotations

import re
from itertools import product

import pytest

from diplotui.statements import countries, finder
from diplotui.statements.cast import _CAPITALISED_BEFORE
from diplotui.statements.finder import (
    _DASHED_REPORTER_CLAUSE,
    _GIVEN_NAME_AFTER_NOUN,
    _INTRO,
    _INTRO_ENDS,
    _REPORTER_PHRASES,
    _UNLISTED_PARTICIPLE,
    _UNLISTED_PARTICIPLE_AFTER_COMMA,
    _given_name_before,
    _numbered_units,
    _unlisted_participle,
)
from diplotui.statements.subjects import _CLAUSE_OPENING_WORD, _NAME_THEN_ROLE
from diplotui.text.sentences import _RUN_ON_QUOTE
from tests.unit.statements_said import said

_HEADLINE = "Talks go on\n\n"  # the first line of a bare text is its headline


def test_every_dashed_reporter_clause_holds_a_move() -> None:
    """``_emit`` searches ``_DASHED_REPORTER_CLAUSE`` only where " a move " stands."""
    dashed = [phrase for phrase in _REPORTER_PHRASES if not phrase.startswith(", ")]
    assert dashed
    for phrase in dashed:
        assert " a move " in phrase, phrase
        assert _DASHED_REPORTER_CLAUSE.search(f"X said Y{phrase}Z") is not None


def test_the_first_reporter_clause_ends_the_statement_whichever_pattern_finds_it() -> None:
    dashed_first = (
        "Foreign Minister Ana Ruiz announced new sanctions – a move seen as a step to talks,"
        " though no date was set."
    )
    assert said(_HEADLINE + dashed_first) == [("reported", "Ana Ruiz", "new sanctions")]
    comma_first = (
        "Foreign Minister Ana Ruiz announced new sanctions, though no date was set – a move"
        " seen as a step to talks."
    )
    assert said(_HEADLINE + comma_first) == [("reported", "Ana Ruiz", "new sanctions")]


_OLD_NUMBERED_UNIT = re.compile(  # session 47's pattern: the country optional before the number
    r"(?:(?:U\.S\.|US|U\.K\.|UK) )?\d{1,3}(?:st|nd|rd|th) (?:[A-Z][a-z]+ ){0,2}"
    r"(?:Fleet|Army|Corps|Division|Brigade|Regiment|Battalion)\b"
)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. 7th Fleet said, and the UK 3rd Division, and 1st Army said.",
        "US 1234th Fleet, U.K. 12th Pacific Naval Brigade and U.S.7th Army",
        "UK 8th Army US 9th Corps",
        "a 2nd Regiment in the U.S. 101st Airborne Division",
    ],
)
def test_numbered_units_as_the_pattern_with_the_optional_country_found_them(text: str) -> None:
    """The number is searched for and the country read back before it: the same mentions."""
    found = [(s.start, s.end, s.text) for s in _numbered_units(text, [])]
    assert found == [(m.start(), m.end(), m.group()) for m in _OLD_NUMBERED_UNIT.finditer(text)]
    assert found


# the patterns opening with what stands before their first capital (the role's article as
# stfix102 widened it: "a spokesperson for X")
_OLD_NAME_THEN_ROLE = re.compile(
    r"(?:^|(?<=\n)|(?<=\. ))([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}), "
    r"(?:the |an? )?([a-z]+)\b[^,.]{0,60}, $"
)
_OLD_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_OLD_CLAUSE_OPENING_WORD = re.compile(r"(?:^|(?<=\n)|(?<=\()|(?<=, )|(?<=\. ))([A-Z][a-z]{1,11}) $")
_BEFORE_VERBS = [
    "Nikorndej Balankura, spokesman for the ministry, ",
    "Talks went on. Ana Berg Vey, the spokeswoman, ",
    "Talks went on.\nAna Berg, spokeswoman of it, ",
    "Talks went on.Ana Berg, spokeswoman, ",
    "then Ana Berg, spokeswoman, ",
    "the Thai Prime ",
    "Thai ",
    "x-Thai ",
    "éThai ",
    "(Thai ",
    "Talks went on. Ana Berg, a spokeswoman for it, ",
    "Chum ",
    "talks, Chum ",
    "talks.Chum ",
    "talks. Pen ",
    "(Pen ",
    "x\nPen ",
    "xPen ",
    "Penhalonga ",
]


@pytest.mark.parametrize("text", _BEFORE_VERBS)
def test_patterns_opening_with_their_capital_find_what_they_found(text: str) -> None:
    """The tests of what stands before a capital, read after it: the same matches from every
    start (the lookbehinds see before a search's start, as ``^`` and ``\\b`` do)."""
    for old, new in (
        (_OLD_NAME_THEN_ROLE, _NAME_THEN_ROLE),
        (_OLD_CAPITALISED_BEFORE, _CAPITALISED_BEFORE),
        (_OLD_CLAUSE_OPENING_WORD, _CLAUSE_OPENING_WORD),
    ):
        for start in range(len(text)):
            before, after = old.search(text, start), new.search(text, start)
            assert (before and before.regs) == (after and after.regs), (text, start)
    assert _NAME_THEN_ROLE.search(_BEFORE_VERBS[0]) is not None
    assert _CAPITALISED_BEFORE.search(_BEFORE_VERBS[5], 3) is not None
    assert _CLAUSE_OPENING_WORD.search("talks, Chum ", 2) is not None


def test_every_intro_ends_in_what_its_cheap_test_looks_for() -> None:
    """``_attribution_before`` matches ``_INTRO`` only where the words between the verb and
    the quotation end, spaces aside, in a comma, a colon or "that"."""
    pieces = [" ", "\n", ",", ":", " that", " that ", " out", " for", " in", " at", "the day", "."]
    pieces += ["during", " to ", "X", "\u00a0", "“", "\t"]
    texts = [" on Monday, ", ":", " that\n", " in a statement on Tuesday that ", " out  : "]
    texts += ["".join(combination) for combination in product(pieces, repeat=3)]
    matched = 0
    for text in texts:
        if _INTRO.fullmatch(text) is not None:
            matched += 1
            assert text.rstrip().endswith(_INTRO_ENDS), text
    assert matched > len(texts) // 20


# session 48's first patterns: the run-on stop tested before what stands behind it, and the
# given name after a noun searched at each of the window's offsets (the run-on stop with
# stfix149's straight mark before "A " or "I " too)
_OLD_RUN_ON_QUOTE = re.compile(
    r"\.(?:(?:(?<=[”\"]\.)|(?<=[a-z]{3}\.))(?=[A-Z][a-z]|[AI] |“[A-Z])|(?<=\d\d\.)(?=“[A-Z])"
    r"|(?:(?<=[a-z ][A-Z]{2}\.)|(?<=[a-z ][A-Z]{3}\.)|(?<=[a-z ][A-Z]{4}\.))"
    r"(?=(?:He|She|They|It|We|The) )"
    r"|[”\"](?=[A-Z][a-z]|[AI] ))"
)
_RUN_ON_PIECES = ["abc", "A", "I ", " ", "“", "”", '"', ".", "He ", "The ", "Ab", "12", "UN"]


def test_a_run_on_stop_is_found_where_the_pattern_testing_behind_it_first_found_it() -> None:
    """``_RUN_ON_QUOTE`` reads the character after the stop first: every alternative wants
    a capital or a quotation mark there, so the same matches from every start."""
    found = 0
    for pieces in product(_RUN_ON_PIECES, repeat=3):
        text = "".join(pieces)
        for start in range(len(text)):
            old = [m.regs for m in _OLD_RUN_ON_QUOTE.finditer(text, start)]
            assert old == [m.regs for m in _RUN_ON_QUOTE.finditer(text, start)], (text, start)
            found += bool(old)
    assert found > 30


_GIVEN_PIECES = ["ab", " ", "\n", ',"', ",”", "Ada ", "Vey", "A", "é", "-", "’", "x1", "."]


def test_a_given_name_before_a_mention_is_found_as_the_search_over_the_window_found_it() -> None:
    """``_given_name_before`` tries ``_GIVEN_NAME_AFTER_NOUN`` only at the word before the
    window's last space: the same match as the search from the window's start, also where the
    window cuts a word or ends before a newline."""
    found = 0
    for pieces in product(_GIVEN_PIECES, repeat=4):
        text = "".join(pieces)
        for start in range(min(len(text), 4)):
            for end in range(max(start, len(text) - 2), len(text) + 1):
                old = _GIVEN_NAME_AFTER_NOUN.search(text, start, end)
                new = _given_name_before(text, start, end)
                assert (old and old.regs) == (new and new.regs), (text, start, end)
                found += old is not None
    assert found > 100
    assert _given_name_before("his predecessor Ada Vey", 0, 20).group(1) == "Ada"


def test_only_bodies_sharing_their_owned_words_are_asked_their_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_owners_as_nationalities`` asks ``country_of`` (whose first nationality builds every
    gazetteer place's stems) only of bodies another body shares its owned words with: a body
    alone in them is never renamed, and the pair is still one speaker."""
    asked: list[str] = []

    def country_of(word: str) -> str:
        asked.append(word)
        return countries.country_of(word)

    monkeypatch.setattr(finder, "country_of", country_of)
    alone = (
        "Talks\n\nThe Iraqi presidency said the talks would go on.\n"
        "Mexico’s economy ministry said it will start a dispute at the WTO.\n"
    )
    assert said(alone) == [
        ("reported", "Iraqi presidency", "the talks would go on"),
        ("reported", "Mexico’s economy ministry", "it will start a dispute at the WTO"),
    ]
    assert asked == []
    paired = (
        "Tariffs\n\n"
        "Mexico will impose duties on steel, the Mexican economy ministry said in a list.\n"
        "Last week Washington said it was moving ahead with the tariffs.\n"
        "Mexico’s economy ministry said on Monday it will start a dispute at the WTO.\n"
    )
    speakers = [speaker for _, speaker, _ in said(paired)]
    assert speakers == ["Mexican economy ministry", "Washington", "Mexican economy ministry"]
    assert sorted(asked) == ["Mexican", "Mexico"]


_PARTICIPLE_PIECES = [",", "”", " —", " –", " ", " calling", " hoping", "x", " sadly"]
_PARTICIPLE_PIECES += [", demanding", " that", "—", "–"]


def test_an_unlisted_participle_is_found_after_a_comma_alone_where_no_dash_stands() -> None:
    """``_unlisted_participle`` searches the pattern with the dashes only where the range holds
    one: the same match as the whole pattern from every start."""
    found = 0
    for pieces in product(_PARTICIPLE_PIECES, repeat=3):
        text = "".join(pieces)
        for start in range(len(text)):
            old = _UNLISTED_PARTICIPLE.search(text, start, len(text))
            new = _unlisted_participle(text, start, len(text))
            assert (old and old.regs) == (new and new.regs), (text, start)
            found += old is not None
    assert found > 100
    assert _UNLISTED_PARTICIPLE_AFTER_COMMA.search("X – calling them") is None
    assert _unlisted_participle("X – calling them", 0, 16) is not None
