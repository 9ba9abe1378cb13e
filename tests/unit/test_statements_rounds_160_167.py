"""Statements and speakers the held-out rounds 160-167 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_title_phrase_ending_in_a_body_and_a_name_is_that_persons() -> None:
    text = (
        "Consulate to open\n\n"
        "Norland will open a consulate in the Region, said a senior regional official on"
        " Tuesday.\n\n"
        "In an interview with the radio, the head of the Regional Government Foreign Relations"
        " Department Ivo Marsh said Norland plans to open a consulate next year.\n"
    )
    names = [("GPE", "Norland"), ("ORG", "Regional Government")]
    names += [("ORG", "Foreign Relations Department"), ("PERSON", "Ivo Marsh"), ("GPE", "Norland")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][1:] == [
        ("Ivo Marsh", "Norland plans to open a consulate next year")
    ]


def test_an_unnamed_official_is_the_person_named_next_as_speaking() -> None:
    text = (
        "Consulate to open\n\n"
        "Norland will open a consulate in the Region, said a senior regional official on"
        " Tuesday.\n\n"
        "Speaking to the radio, Ivo Marsh said the consulate would open in May.\n"
    )
    names = [("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "Norland will open a consulate in the Region"),
        ("Ivo Marsh", "the consulate would open in May"),
    ]


def test_a_title_after_an_opening_phrase_without_its_comma_is_the_subject() -> None:
    text = (
        "Envoys received\n\n"
        "The President of Norland Ivo Marsh received the new envoys on Monday.\n\n"
        "At the meeting with the Ambassador of Sudland Ms Ana Berg the President said Norland"
        " views Sudland as a close partner.\n"
    )
    names = [("ROLE", "President"), ("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Ambassador"), ("GPE", "Sudland"), ("PERSON", "Ana Berg")]
    names += [("ROLE", "President"), ("GPE", "Norland"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "Norland views Sudland as a close partner")
    ]


def test_an_inverted_attribution_going_on_with_and_and_a_listed_verb_is_kept() -> None:
    text = (
        "Envoys received\n\n"
        "The President of Norland Ivo Marsh received the new envoys on Monday.\n\n"
        "Last year marked the tenth anniversary of the ties between Norland and Sudland, noted"
        " the President and expressed a belief that trade, tourism and farming offer much.\n"
    )
    names = [("ROLE", "President"), ("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Norland"), ("GPE", "Sudland"), ("ROLE", "President")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][:1] == [
        (
            "Ivo Marsh",
            "Last year marked the tenth anniversary of the ties between Norland and Sudland",
        )
    ]


def test_a_day_between_an_apposition_and_the_verb_leaves_the_speaker() -> None:
    text = (
        "Chairman speaks\n\n"
        "The former chairman of the Island Community (ISCOM), Ivo Marsh, Tuesday said the region"
        " needs to do more for the islands.\n\n"
        "Ana Berg, the new chairwoman, on Wednesday said the talks would go on.\n"
    )
    names = [("ORG", "Island Community"), ("ORG", "ISCOM"), ("PERSON", "Ivo Marsh")]
    names += [("PERSON", "Ana Berg")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the region needs to do more for the islands"),
        ("Ana Berg", "the talks would go on"),
    ]


def test_they_is_the_group_opening_the_sentence_before_after_an_opening_phrase() -> None:
    text = (
        "Ministers meet\n\n"
        "At the end of the visit, the foreign ministers thanked the host for the talks. They also"
        " affirmed their support for the plan.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text, [])] == [
        ("foreign ministers", "their support for the plan")
    ]


def test_asked_about_names_a_questions_topic_not_its_content() -> None:
    text = (
        "Nominees heard\n\n"
        "During the hearing, deputies asked about the plans of the nominees. Ivo Marsh said that"
        " he will work on trade with Sudland.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "he will work on trade with Sudland")
    ]


def test_a_listed_verb_joined_to_an_inverted_subject_is_that_speakers() -> None:
    text = (
        "Envoys received\n\n"
        "The President of Norland Ivo Marsh received the new envoys on Monday.\n\n"
        "Trade between the two countries doubled last year, noted the President and expressed a"
        " belief that tourism and farming offer much more.\n"
    )
    names = [("ROLE", "President"), ("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "President")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "Trade between the two countries doubled last year"),
        ("Ivo Marsh", "tourism and farming offer much more"),
    ]
