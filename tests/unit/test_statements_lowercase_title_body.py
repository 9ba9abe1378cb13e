"""A title in apposition names its body after "for" or "of": the speaker's role is the whole
title and the body their organisation ("X, spokesman for the Foreign Ministry, said" was
"spokesman" alone, with no organisation; "X, Spokesperson of the Ministry ..." was
"Spokesperson")."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements


def _roles(text: str) -> list[tuple[str, str, str]]:
    return [
        (found.speaker, found.role, found.organisation)
        for found in find_statements(text, recognise(text))
    ]


@pytest.mark.parametrize("joint", ["for the", "of the"])
def test_the_body_after_a_lowercase_title_is_part_of_the_role(joint: str) -> None:
    text = (
        "Border talks\n\n"
        f"John Smith, spokesman {joint} Foreign Ministry, said that Norland is ready to talk"
        " with its neighbour about the border.\n"
    )
    assert _roles(text) == [
        ("John Smith", f"spokesman {joint} Foreign Ministry", "Foreign Ministry")
    ]


def test_a_capitalised_title_takes_its_body_too() -> None:
    text = (
        "Border talks\n\n"
        "John Smith, Spokesperson of the Ministry of Foreign Affairs, said that Norland is"
        " ready to talk with its neighbour about the border.\n"
    )
    ((speaker, role, _),) = _roles(text)
    assert (speaker, role) == ("John Smith", "Spokesperson of the Ministry of Foreign Affairs")
