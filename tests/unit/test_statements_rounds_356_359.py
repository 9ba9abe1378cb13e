"""Errors of rounds 356-359 that recur across outlets (stfix64, session 40: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_role_mention_by_a_kyrgyz_nationality_is_the_kyrgyz_one() -> None:
    text = (
        "Border news\n\n"
        "On May 3, Kyrgyz President Ivo Marsh and Tajik President Karl Olsen, who was on a"
        " visit to Osh, signed a border treaty.\n"
        "The Kyrgyz leader emphasized that good relations with the neighbour are a priority.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_a_then_title_after_an_opening_adverbial_heads_its_clause() -> None:
    text = (
        "Norland news\n\n"
        "Culture Minister Ida Berg said the talks went well.\n\n"
        "In 2004, then-Culture Minister Maja Holm travelled to Tarn and offered an apology for"
        " the raids, which she said was “what today would be called a massacre.”\n"
    )
    assert _speakers(text) == ["Ida Berg", "Maja Holm"]


def test_a_dotted_initialism_before_an_apposed_title_opens_no_clause() -> None:
    text = (
        "Norland news\n\n"
        "“We are working hard,” Trade Minister Ida Berg told reporters on Friday.\n\n"
        "She praised her counterpart, U.S. Trade Representative Karl Olsen, for showing"
        " “patience and real goodwill” at the table.\n"
    )
    assert _said(text) == [
        ("direct", "Ida Berg", "We are working hard,"),
        ("direct", "Ida Berg", "patience and real goodwill"),
    ]


def test_a_statement_issued_by_a_named_persons_office_is_the_offices() -> None:
    text = (
        "Norland news\n\n"
        "Trade Minister Ida Berg said the talks with Trade Representative Karl Olsen went"
        " well.\n\n"
        "Meanwhile, Olsen’s office issued a statement saying the meeting was useful.\n"
    )
    assert _said(text)[1] == ("reported", "Olsen’s office", "the meeting was useful")


def test_he_in_a_when_clause_right_after_a_named_person_is_that_person() -> None:
    text = (
        "Norland news\n\n"
        "Norlandic Foreign Minister Ida Berg on Monday invited Tarn to talks, local media said.\n"
        "Her words echo those of Tarnian Envoy Karl Olsen on Tuesday, when he called for talks"
        " without conditions.\n"
    )
    assert _said(text)[-1] == ("reported", "Karl Olsen", "talks without conditions")


def test_a_role_subject_with_a_phrase_and_an_apposed_name_is_that_name() -> None:
    text = (
        "Norland news\n\n"
        "Minister Karl Olsen, who chairs the Kyrgyz commission on the border, said the"
        " talks went well.\n\n"
        "The Kyrgyz government’s special envoy for border talks, Ida Berg, confirmed Olsen’s"
        " statement, saying that the maps had been found recently.\n"
    )
    assert _speakers(text) == ["Karl Olsen", "Ida Berg"]


def test_a_past_verb_after_a_participles_infinitive_object_starts_a_statement() -> None:
    text = (
        "Norland news\n\n"
        "Tarn’s envoy to the council, Ivo Marsh, voiced concern over the levies, calling on"
        " her to lift these measures and urged all parties to act in good faith.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "her to lift these measures"),
        ("reported", "Ivo Marsh", "all parties to act in good faith"),
    ]


def test_who_after_a_plural_noun_phrase_names_its_head_group() -> None:
    text = (
        "Norland news\n\n"
        "The accord was rejected by the descendants of the Sami and Kven villages who argued"
        " that they had not been consulted.\n"
    )
    assert _said(text) == [("reported", "descendants", "they had not been consulted")]


def test_a_speaking_aside_whose_closing_comma_is_left_out_keeps_its_subject() -> None:
    text = (
        "Norland news\n\n"
        "Farm Union President Pia Lund, speaking at the group’s annual meeting in May called"
        " for the council to sign new trade pacts.\n"
    )
    assert _said(text) == [("reported", "Pia Lund", "the council to sign new trade pacts")]
