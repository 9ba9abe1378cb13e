"""Errors of held-out rounds 224-231 that recur across outlets (stfix31, session 31: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_surname_respelt_with_a_final_i_for_y_names_the_full_name() -> None:
    text = (
        "Norland talks\n\n"
        "Foreign Minister Karim Baroudy met the envoy in Tarnby on Sunday.\n\n"
        "Barudi added that the talks would resume next month.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Karim Baroudy"), ("GPE", "Tarnby")]
    names.append(("PERSON", "Barudi"))
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Karim Baroudy", "the talks would resume next month"),
    ]


def test_a_place_ending_an_opening_adjunct_is_not_the_titles_place() -> None:
    text = (
        "Norland ties\n\n"
        "Prime Minister Ivo Marsh met the Peruvian envoy on Monday.\n\n"
        "Regarding Peru, Prime Minister Marsh noted the recent floods.\n\n"
        "During the talks, the Norwegian Prime Minister emphasized the importance of dialogue.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "the recent floods"),
        ("Ivo Marsh", "the importance of dialogue"),
    ]
