"""Errors of rounds 328-331 that recur across outlets (stfix55, session 38: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_body_chaired_by_a_person_set_off_between_it_and_its_verb_speaks() -> None:
    text = (
        "Leaders meet in Tarnow\n\n"
        "The regional council, chaired by President Ivo Marsh, has called on all parties to"
        " observe the truce.\n"
    )
    assert _said(text) == [
        ("reported", "regional council", "all parties to observe the truce"),
    ]


def test_the_nation_of_a_named_country_is_that_country() -> None:
    text = (
        "Norland news\n\n"
        "The Pacific island nation of Nauru said Monday that it is cutting its ties with"
        " Tarn.\n"
    )
    assert _speakers(text) == ["Nauru"]
