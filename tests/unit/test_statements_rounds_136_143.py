"""Statements and speakers the held-out rounds 136-143 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.model import EntitySpan
from diplotui.statements import find_statements


def spanned(text: str, persons: list[str]) -> list[EntitySpan]:
    """PERSON spans for ``persons``, each found after the one before."""
    spans, at = [], 0
    for name in persons:
        at = text.index(name, at)
        spans.append(EntitySpan(at, at + len(name), "PERSON", name))
        at += len(name)
    return spans


def test_a_subheadings_capitalised_words_read_into_a_name_are_cut_to_the_name() -> None:
    text = (
        "Talks on the harbour\n\n"
        "On Monday, President Vila said the harbour would stay open to all ships.\n"
        "Vila Presses Harbour Accord With Peru\n"
        "“We will keep the sea lanes free,” Vila said before leaving for Lima.\n"
    )
    persons = ["Vila", "Vila Presses Harbour Accord", "Vila"]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, persons))] == [
        ("Vila", "the harbour would stay open to all ships"),
        ("Vila", "We will keep the sea lanes free,"),
    ]


def test_a_title_in_apposition_closing_the_paragraph_names_its_holder() -> None:
    text = (
        "Minister meets envoy\n\n"
        "Foreign Minister Tomas Verlin on Friday met with Ada Korrin, the EU Ambassador to"
        " Norland.\n\n"
        "Both sides discussed trade, fisheries and energy, among other things.\n\n"
        "The EU Ambassador said that the harbour deal was close.\n"
    )
    persons = ["Tomas Verlin", "Ada Korrin"]
    spans = spanned(text, persons)
    role_at = text.index("Ambassador", text.index("Ada Korrin"))
    spans.append(EntitySpan(role_at, role_at + 10, "ROLE", "Ambassador"))
    role_at = text.index("Ambassador", role_at + 10)
    spans.append(EntitySpan(role_at, role_at + 10, "ROLE", "Ambassador"))
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Ada Korrin", "the harbour deal was close")
    ]


def test_a_capitalised_rank_before_a_name_titles_its_bearer() -> None:
    text = (
        "Army chief receives envoy\n\n"
        "Chief of the Armed Forces Senior General Karo Venn received Mr. Ilya Doran, Special"
        " Envoy of the Foreign Ministry of Norland, in the capital yesterday.\n"
        "Mr. Ilya Doran said that his country supports the peace talks.\n"
        "The Senior General said that the army is ready to negotiate with all groups.\n"
    )
    spans = spanned(text, ["Karo Venn", "Ilya Doran", "Ilya Doran"])
    role_at = text.index("Special Envoy")
    spans.append(EntitySpan(role_at, role_at + 13, "ROLE", "Special Envoy"))
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Ilya Doran", "his country supports the peace talks"),
        ("Karo Venn", "the army is ready to negotiate with all groups"),
    ]


def test_and_he_with_a_listed_verb_is_the_title_opening_the_sentence() -> None:
    text = (
        "A headline\n\n"
        "President Karl Weiss met the press.\n"
        "The President was glad that projects such as Tarn Steel Works are big ones and he"
        " recalled he was in charge of the sector.\n"
    )
    spans = spanned(text, ["Karl Weiss", "Tarn Steel Works"])  # a works read as a person
    for at in (text.index("President"), text.index("President", text.index("The President"))):
        spans.append(EntitySpan(at, at + 9, "ROLE", "President"))
    assert [(s.speaker, s.text) for s in find_statements(text, spans)] == [
        ("Karl Weiss", "he was in charge of the sector")
    ]


def test_a_participle_aside_opened_by_while_may_hold_a_clause() -> None:
    text = (
        "A headline\n\n"
        "President of Norland Karl Weiss, while observing that the fair is being held this year,"
        " expressed his wish to make the ties even stronger.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "his wish to make the ties even stronger")
    ]


def test_a_persons_speech_as_subject_is_that_persons_statement() -> None:
    text = (
        "A headline\n\n"
        "Mr. Karl Weiss, Foreign Minister of Norland, spoke at the council last week."
        " Mr. Weiss’s speech highlighted why the harbour deal was a necessity.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "why the harbour deal was a necessity")
    ]


def test_a_group_with_a_relative_clause_before_the_verb_speaks() -> None:
    body = (
        "A headline\n\n"
        "Minister Karl Weiss met the envoys on Monday."
        " The envoys who were at the meeting said that the harbour must stay open.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(body)] == [
        ("envoys", "the harbour must stay open")
    ]


def test_a_participle_after_a_nouns_with_phrase_is_the_subjects() -> None:
    text = (
        "A headline\n\n"
        "Mr. Karl Weiss, the mayor of Tarn, met investors on Monday. Mr Weiss highlighted the"
        " deep ties with Norland adding that the visit will strengthen the partnership.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "the deep ties with Norland"),
        ("Karl Weiss", "the visit will strengthen the partnership"),
    ]


def test_a_verb_hyphened_into_a_compound_is_no_verb() -> None:
    text = (
        "A headline\n\n"
        "Minister Karl Weiss spoke on Monday. He accused Chile of backing state-run raids"
        " on the border, highlighting its support for armed groups in the region.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "its support for armed groups in the region")
    ]


def test_told_an_audience_then_a_colon_and_a_quotation_is_no_reported_clause() -> None:
    text = (
        "A headline\n\n"
        "The talks went on. Minister Karl Weiss told a joint media briefing after his talks"
        " with the Chilean leader: “We have a plan for our partnership.”\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "direct", "We have a plan for our partnership.")
    ]


def test_a_sentence_run_on_after_a_closing_mark_and_a_stop_is_its_own() -> None:
    text = (
        "A headline\n\n"
        'Minister Ana Vila met her counterpart Karl Weiss on Monday. Mr Weiss said: "The'
        ' partnership is growing fast".Answering questions, Ms Vila said both sides had'
        ' discussed the border. "We have our own view on the border, and we shared it."\n'
        'She said there is "common ground on trade" between the two countries.\n'
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "The partnership is growing fast"),
        ("Ana Vila", "both sides had discussed the border"),
        ("Ana Vila", "We have our own view on the border, and we shared it."),
        ("Ana Vila", 'there is "common ground on trade" between the two countries'),
    ]


def test_a_document_closing_its_sentence_without_a_comma_attributes_it() -> None:
    text = (
        "A headline\n\n"
        "Foreign Minister Karl Weiss has arrived in Lima an official statement from Chile’s"
        " Prime Minister’s office said.\n\n"
        "It said Mr Weiss was greeted by the Finance Minister at the airport.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Prime Minister’s office", "Foreign Minister Karl Weiss has arrived in Lima"),
        ("Prime Minister’s office", "Mr Weiss was greeted by the Finance Minister at the airport"),
    ]


def test_according_to_an_honorific_and_an_unknown_name_is_that_persons() -> None:
    text = (
        "A headline\n\n"
        "The province creates good conditions for firms.\n"
        "According to Mr. Jun Tarokawa, in the future, there will be many large and small"
        " firms investing in the province.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        (
            "Jun Tarokawa",
            "in the future, there will be many large and small firms investing in the province",
        )
    ]


def test_told_a_meeting_closing_an_attribution_is_its_audience() -> None:
    text = (
        "A headline\n\n"
        "Deputy Governor Karl Weiss on Monday met officials of Chile.\n\n"
        "The two provinces should further tighten their ties in the near future, he told a"
        " meeting with the provincial authorities of Chile.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "The two provinces should further tighten their ties in the near future")
    ]


def test_a_relative_where_without_its_comma_opens_the_speakers_clause() -> None:
    text = (
        "A headline\n\n"
        "Foreign Minister Karl Weiss met Ana Vila on Monday. Talks also focused on training"
        " initiatives where the Minister reaffirmed the country’s commitment to deepening ties"
        " with Chile.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Karl Weiss", "the country’s commitment to deepening ties with Chile")
    ]
