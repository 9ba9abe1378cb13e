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


def test_a_nationality_mention_is_the_one_person_whose_title_names_that_country() -> None:
    text = (
        "Trade ties\n\n"
        "Peru Congress Chairman Ivo Marsh met on Monday with President Ana Berg in the capital.\n\n"
        '"We will build on this," Berg told reporters.\n\n'
        "The Peruvian official said he was much impressed by the talks.\n"
    )
    names = [("ORG", "Peru Congress"), ("ROLE", "Chairman"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "President"), ("PERSON", "Ana Berg"), ("PERSON", "Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][1:] == [
        ("Ivo Marsh", "he was much impressed by the talks")
    ]


def test_a_country_in_the_body_a_person_is_titled_by_names_their_places() -> None:
    text = (
        "Cities to cooperate\n\n"
        "Mayor Ana Berg met a delegation led by Ivo Marsh, Chairman of the Committee for Trade"
        " of the Kenyan capital.\n\n"
        "Berg said the city is ready to trade with the capital.\n\n"
        "For his part, the Kenyan official said his city wishes to open direct flights.\n"
    )
    names = [("ROLE", "Mayor"), ("PERSON", "Ana Berg"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Chairman"), ("ORG", "Committee for Trade of the Kenyan")]
    names += [("PERSON", "Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][1:] == [
        ("Ivo Marsh", "his city wishes to open direct flights")
    ]


def test_a_name_the_recogniser_missed_after_an_opening_phrase_with_a_described_role() -> None:
    text = (
        "Envoys meet\n\n"
        "The envoys met the minister on Monday in the capital.\n\n"
        "At that point, Tal Orvan, a Ministry deputy director general, suggested that the"
        " applause was not meant as criticism.\n"
    )
    found = find_statements(text, [])
    assert [(s.speaker, s.text) for s in found] == [
        ("Tal Orvan", "the applause was not meant as criticism")
    ]


def test_a_country_and_its_nationality_name_the_same_place_whatever_their_endings() -> None:
    text = (
        "Ministers meet\n\n"
        "Kenya's Foreign Minister Ivo Marsh met Ugandan Foreign Minister Ana Berg on Monday.\n\n"
        '"We will open the border," Berg said.\n\n'
        "The Kenyan minister said the railway would be finished next year.\n"
    )
    names = [("GPE", "Kenya"), ("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Foreign Minister"), ("PERSON", "Ana Berg"), ("PERSON", "Berg")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found][1:] == [
        ("Ivo Marsh", "the railway would be finished next year")
    ]


def test_a_subject_after_but_speaks_for_its_own_clause() -> None:
    text = (
        "Sea talks\n\n"
        "Although, the Ministry of Norland did not elaborate on this but Premier Ivo Marsh said"
        " that the situation in the bay is improving.\n\n"
        "According to him, peace in the bay is good for trade.\n"
    )
    names = [("ORG", "Ministry of Norland"), ("ROLE", "Premier"), ("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "the situation in the bay is improving"),
        ("Ivo Marsh", "peace in the bay is good for trade"),
    ]
