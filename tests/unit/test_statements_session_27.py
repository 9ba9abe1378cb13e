"""Speaker and quotation errors that recur across outlets in the dev set (stfix24, session 27:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_he_closing_a_quotation_that_opens_a_paragraph_is_whom_the_sentence_before_is_about() -> (
    None
):
    text = (
        "Waters defended\n\n"
        "In a radio interview, Spokesperson Ivo Marsh echoed President Ana Berg's remarks on"
        " Monday that the two nations are friends.\n\n"
        '"What the President means is that we are friends but we will defend our waters," he'
        " said.\n\n"
        "President Ana Berg visited the coast on Tuesday.\n\n"
        '"We will not give up an inch," Ivo Marsh said.\n\n'
        '"The coast guard is ready," he added.\n'
    )
    names = [("ROLE", "Spokesperson"), ("PERSON", "Ivo Marsh"), ("ROLE", "President")]
    names += [("PERSON", "Ana Berg"), ("ROLE", "President"), ("ROLE", "President")]
    names += [("PERSON", "Ana Berg"), ("PERSON", "Ivo Marsh")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ivo Marsh",
        "Ivo Marsh",
        "Ivo Marsh",
    ]


def test_they_after_two_persons_joined_as_a_subject_is_both_as_first_named() -> None:
    text = (
        "Border talks\n\n"
        "Norland Foreign Minister Ivo Marsh met his Sudland counterpart, Ana Berg, in the"
        " capital on Monday.\n\n"
        "Ministers Berg and Marsh also discussed the bridge across the river. They confirmed"
        " that the works would start in the spring.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Sudland"), ("PERSON", "Ana Berg"), ("ROLE", "Ministers")]
    names += [("PERSON", "Berg"), ("PERSON", "Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh and Ana Berg", "the works would start in the spring")
    ]


def test_they_after_two_countries_joined_as_a_subject_is_both() -> None:
    text = (
        "Border talks\n\n"
        "Norland and Sudland set out their plans for the border crossings on Monday. They"
        " stressed that trade must flow freely.\n"
    )
    names = [("GPE", "Norland"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Norland and Sudland", "trade must flow freely")
    ]
