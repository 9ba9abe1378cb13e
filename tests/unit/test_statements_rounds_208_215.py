"""Errors of held-out rounds 208-215 that recur across outlets (stfix29, session 28: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_quotation_attributed_then_relayed_by_an_agency_is_the_agencys() -> None:
    text = (
        "Norland backs talks\n\n"
        "“Norland supports the talks with Sudria,” Minister Ivo Marsh said, according to NTA.\n\n"
        '"We will go on," Marsh told diplomats in Tarnby, according to the'
        " Nordic News Agency.\n\n"
        '"We will not stop," Marsh said, according to his spokesman.\n'
    )
    names = [("PERSON", "Ivo Marsh"), ("ORG", "NTA"), ("PERSON", "Marsh")]
    names += [("ORG", "Nordic News Agency"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("NTA", "reported", "“Norland supports the talks with Sudria,” Minister Ivo Marsh said"),
        ("Nordic News Agency", "reported", '"We will go on," Marsh told diplomats in Tarnby'),
        ("Ivo Marsh", "direct", "We will not stop,"),
    ]


def test_a_title_in_apposition_to_a_name_inside_the_content_is_no_antecedent() -> None:
    text = (
        "Talks in Tarnby\n\n"
        "Norlandic Deputy Foreign Minister Ivo Marsh spoke in Tarnby on Monday.\n\n"
        "Marsh also said that during his visit, he handed a letter to Omar Said, Deputy Prime"
        " Minister, for a visit to Norland.\n\n"
        "Norland and Sudria have close ties which will grow, he noted.\n"
    )
    names = [("ROLE", "Deputy Foreign Minister"), ("PERSON", "Ivo Marsh"), ("PERSON", "Marsh")]
    names += [("PERSON", "Omar Said"), ("ROLE", "Deputy Prime Minister")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Ivo Marsh",
            "during his visit, he handed a letter to Omar Said, Deputy Prime Minister, for a"
            " visit to Norland",
        ),
        ("Ivo Marsh", "Norland and Sudria have close ties which will grow"),
    ]


def test_a_country_saying_is_the_person_the_next_sentence_says_made_the_remarks() -> None:
    text = (
        "Norland backs talks\n\n"
        "Chile says talks between Sudria and its neighbours are to continue.\n\n"
        "Chilean Foreign Minister Ivo Marsh made the remarks during a visit to Tarnby.\n\n"
        "Sudria says the talks are over.\n\n"
        "The ministry made a decision on Monday.\n"
    )
    names = [("GPE", "Chile"), ("GPE", "Sudria"), ("ROLE", "Foreign Minister")]
    names += [("PERSON", "Ivo Marsh"), ("GPE", "Tarnby"), ("GPE", "Sudria")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "talks between Sudria and its neighbours are to continue"),
        ("Sudria", "the talks are over"),
    ]


def test_an_acronym_speaker_is_named_as_the_text_writes_it_out_elsewhere() -> None:
    text = (
        "Minister defends diplomacy\n\n"
        "The Harbour Courier reports that Ivo Marsh met the envoys. He said the talks had"
        " helped. HC notes that Marsh also met the dockers.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "the talks had helped"),
        ("Harbour Courier", "Marsh also met the dockers"),
    ]


def test_a_quotation_ending_in_an_adverb_before_an_inverted_attribution() -> None:
    text = (
        "Leaders talk\n\n"
        'The two leaders "agreed to stay in touch very closely," said spokesman Ivo Marsh.\n\n'
        "Norland had stressed that the war must end, he said.\n"
    )
    names = [("ROLE", "spokesman"), ("PERSON", "Ivo Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", 'The two leaders "agreed to stay in touch very closely,"'),
        ("Ivo Marsh", "Norland had stressed that the war must end"),
    ]


def test_a_quotations_subject_set_off_by_a_for_whom_clause() -> None:
    text = (
        "Visit\n\n"
        "Foreign Minister Ana Berg arrived in Tarnby.\n\n"
        "“Today we will discuss, among other things, hard topics,” the head of the Norlandic"
        " Foreign Ministry, for whom the visit was the first as a minister, told reporters.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ana Berg"), ("GPE", "Tarnby")]
    names += [("ORG", "Norlandic Foreign Ministry")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ana Berg", "direct", "Today we will discuss, among other things, hard topics,")
    ]


def test_an_attribution_after_the_content_then_a_participle_without_its_comma() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh spoke on Monday.\n\n"
        "The word has a positive meaning, rather than an insult, Marsh said noting that the"
        " ministry would reply later.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "The word has a positive meaning, rather than an insult"),
        ("Ivo Marsh", "the ministry would reply later"),
    ]
