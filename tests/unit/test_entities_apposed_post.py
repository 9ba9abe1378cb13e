"""A name no list knows, set off before a lowercase post ("Bilawal Bhutto, the party chief,
said") is a person (left44b): neither word is a listed given or family name, and the post is
not one of the recogniser's known lowercase titles, so nothing cued it."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements

TITLE = "Talks in Karachi\n\n"


def _persons(body: str) -> list[str]:
    return [span.text for span in recognise(TITLE + body) if span.type == "PERSON"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Bilawal Bhutto, the party chief, said the government must resign.", "Bilawal Bhutto"),
        ("Fazlur Rehman, the party leader, told reporters the march would go on.", "Fazlur Rehman"),
        ("Dalvan Oskuri, a senior rebel commander, said the town had fallen.", "Dalvan Oskuri"),
    ],
)
def test_a_name_before_a_post_set_off_by_commas_is_a_person(body: str, name: str) -> None:
    assert _persons(body) == [name]
    assert [s.speaker for s in find_statements(TITLE + body)] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "Timor Leste, the newest member state, said it would join.",
        "The State Department, the spokesman said, would reply.",
        "Karachi Harbour, the main port, said nothing.",
    ],
)
def test_a_place_or_a_body_before_such_words_is_no_person(body: str) -> None:
    assert _persons(body) == []
