"""Names with lower-case particles and quotations in straight single marks (names29; the
attacker's files of session 28; invented sentences).

A speaker named "Ursula von der Leyen" is the whole name, not "Leyen", and a later "von der
Leyen" is the same person. A quotation in straight single marks after "said:" or opening its
line is one, though the text quotes in double marks elsewhere; a phrase the writer sets off in
them there is none, and an apostrophe never opens or closes one.
"""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"
DOUBLE = 'Earlier, Minister Tomas Verlan said: "The meeting was useful."\n\n'


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


SUNAK = "Rana Osei said: 'We won't leave Norland's people alone.'"
SUNAK_WORDS = "We won't leave Norland's people alone."


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (DOUBLE + SUNAK, SUNAK_WORDS),
        (DOUBLE + "'We will not back down,' said Rana Osei.", "We will not back down,"),
        (SUNAK, SUNAK_WORDS),
        ("The summit opened. \u201eWe are here,\u201c said Piet Haas.\n\n" + SUNAK, SUNAK_WORDS),
    ],
)
def test_straight_single_marks_quote_beside_double_ones(body: str, words: str) -> None:
    assert [s for s in found(body) if s[0] == "Rana Osei"] == [("Rana Osei", "direct", words)]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            DOUBLE + "Rana Osei said: ‘We won’t leave Norland’s people.’",
            "We won’t leave Norland’s people.",
        ),
        (DOUBLE + "‘We will not back down,’ said Rana Osei.", "We will not back down,"),
    ],
)
def test_curly_single_marks_quote_beside_double_ones(body: str, words: str) -> None:
    assert [s for s in found(body) if s[0] == "Rana Osei"] == [("Rana Osei", "direct", words)]


def test_a_phrase_in_curly_single_marks_beside_double_ones_is_no_quotation() -> None:
    body = DOUBLE + "The envoy’s visit was described as a ‘visit amongst friends’ by the press."
    assert [s for s in found(body) if "amongst" in s[2]] == []


def test_a_phrase_in_straight_single_marks_beside_double_ones_is_no_quotation() -> None:
    body = DOUBLE + "The envoy's visit was described as a 'visit amongst friends' by the press."
    assert [s for s in found(body) if "amongst" in s[2]] == []


def test_straight_single_marks_inside_double_ones_stay_nested() -> None:
    body = "Rana Osei said: \"Putin told us 'never again' and then invaded.\""
    assert found(body) == [("Rana Osei", "direct", "Putin told us 'never again' and then invaded.")]


@pytest.mark.parametrize(
    "name", ["Ilse von der Brandt", "Joost van der Wiel", "Carla de la Fuente", "Tim van de Molen"]
)
def test_a_name_with_two_particles_speaks_whole(name: str) -> None:
    body = f'{name} said: "We will act quickly."\n\n"The talks were useful," said {name}.'
    assert [s[0] for s in found(body)] == [name, name]


def test_a_later_surname_with_its_particles_is_the_same_person() -> None:
    body = (
        "Commission President Ilse von der Brandt arrived in Lund on Monday.\n\n"
        '"The talks were useful," von der Brandt said.\n\n'
        'Later, von der Brandt told reporters: "We will act quickly."'
    )
    assert {s[0] for s in found(body)} == {"Ilse von der Brandt"}
    people = [span.text for span in recognise(TITLE + body) if span.type == "PERSON"]
    assert people == ["Ilse von der Brandt", "von der Brandt", "von der Brandt"]
