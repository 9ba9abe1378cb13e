"""Errors of rounds 364-371 that recur across outlets (stfix67, session 40: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_acronym_title_before_a_name_named_without_it_is_no_part_of_the_name() -> None:
    text = (
        "Marta Kellow- the Secretary General of the Union attended the summit in Tarn.\n\n"
        "She said that the meeting had marked a new era for the islands.\n\n"
        "SGU Marta Kellow said that the Union would always assist its members.\n"
    )
    assert _speakers(text) == ["Marta Kellow", "Marta Kellow"]


def test_a_span_only_naming_the_act_is_no_content() -> None:
    text = (
        "Prime Minister Ivo Marsh spoke in Tarn on Monday.\n\n"
        "The cabinet's decision was announced by Ivo Marsh at the palace.\n\n"
        "The Tarn Court announced the decision saying it was deeply concerned.\n"
    )
    assert [s.text for s in find_statements(text)] == ["it was deeply concerned"]


def test_a_nationality_noun_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Some 40 leaders came, including Frenchman Paul Severin and Dutchman Jan Kloet.\n\n"
        "“The union must be a living space,” said Mr. Severin.\n"
    )
    assert _speakers(text) == ["Paul Severin"]


def test_adding_ones_voice_to_a_cause_is_no_statement() -> None:
    text = "On Friday Germany added its voice to the calls. Its chancellor spoke later.\n"
    assert _speakers(text) == []
