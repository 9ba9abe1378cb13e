"""Speaker errors that recur across outlets in the dev set (stfix20, session 26: classes of
error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = (
        "Talks urged\n\n"
        "Secretary General Anders Holmqvist warned that the region was close to war.\n\n"
        "Holmqvis called for restraint from all sides.\n\n"
        "Holmqvisz said the council would meet again on Friday.\n"
    )
    names = [("PERSON", "Anders Holmqvist"), ("PERSON", "Holmqvis"), ("PERSON", "Holmqvisz")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Anders Holmqvist",
        "Anders Holmqvist",
        "Anders Holmqvist",
    ]


def test_a_titled_counterpart_joined_to_a_person_makes_one_speaker_of_both() -> None:
    text = (
        "Leaders meet\n\n"
        "Norland Prime Minister Ivo Marsh is in Sudland on his first visit abroad.\n\n"
        "In a meeting on Sunday, Marsh and his counterpart, Sudland Prime Minister Ana Berg,"
        " pledged to work closely on trade and transport.\n"
    )
    names = [("GPE", "Norland"), ("ROLE", "Prime Minister"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Sudland"), ("PERSON", "Marsh"), ("GPE", "Sudland")]
    names += [("ROLE", "Prime Minister"), ("PERSON", "Ana Berg")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh and Ana Berg", "to work closely on trade and transport")
    ]


def test_a_titled_person_and_another_in_apposition_to_a_title_speak_together() -> None:
    text = (
        "Envoys sworn in\n\n"
        "The new envoys took their oath on Thursday. President Ivo Marsh and H.E. Ana Berg,"
        " Deputy Prime Minister and Foreign Minister of Norland have expressed their hope that"
        " the envoys would do their best.\n\n"
        "On Friday, President Ivo Marsh and Ana Berg, Foreign Minister of Norland, stressed that"
        " the envoys must work for trade.\n"
    )
    names = [("ROLE", "President"), ("PERSON", "Ivo Marsh"), ("PERSON", "H.E. Ana Berg")]
    names += [("ROLE", "Deputy Prime Minister"), ("ROLE", "Foreign Minister"), ("GPE", "Norland")]
    names += [("ROLE", "President"), ("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    names += [("ROLE", "Foreign Minister"), ("GPE", "Norland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh and Ana Berg", "the envoys would do their best"),
        ("Ivo Marsh and Ana Berg", "the envoys must work for trade"),
    ]


def test_a_nationality_the_recogniser_does_not_list_still_names_whose_title_it_is() -> None:
    text = (
        "Leaders to meet\n\n"
        "Togolese Prime Minister Ivo Marsh plans to meet Ghanaian Prime Minister Ana Berg.\n\n"
        '"I have a plan to meet her on Thursday," Prime Minister Marsh said.\n\n'
        "When approached, the Ghanaian PM said she has not received any request.\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Prime Minister"), ("PERSON", "Ana Berg")]
    names += [("ROLE", "Prime Minister"), ("PERSON", "Marsh"), ("ROLE", "PM")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))][1:] == [
        ("Ana Berg", "she has not received any request")
    ]
