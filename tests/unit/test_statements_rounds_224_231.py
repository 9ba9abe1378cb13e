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


def test_the_sources_a_few_sentences_on_are_the_official_sources_named_before() -> None:
    text = (
        "Norway and Peru\n\n"
        "Foreign Minister Ivo Marsh and his Peruvian counterpart Dan Crane discussed trade on"
        " Monday, official sources said.\n\n"
        "Crane arrived in Oslo on Sunday for a three-day visit.\n\n"
        "The visit is his first since the election.\n\n"
        "Ahead of the talks, Marsh and Crane held a bilateral meeting on Monday evening.\n\n"
        "The sources said both sides deliberated on fishing rights.\n"
    )
    found = find_statements(text)
    assert [s.speaker for s in found] == ["official sources", "official sources"]


def test_a_one_word_name_after_sheikh_keeps_it() -> None:
    text = (
        "Norway ties\n\n"
        "Prime Minister Sheikh Amina on Wednesday met the outgoing Norwegian envoy in Dhaka.\n\n"
        "Sheikh Amina said that the two countries share many common issues.\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Amina"), ("GPE", "Dhaka")]
    names.append(("PERSON", "Amina"))
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Sheikh Amina", "the two countries share many common issues"),
    ]


def test_a_given_name_cut_short_is_the_full_name() -> None:
    text = (
        "Norway ties\n\n"
        "Prime Minister Ivanovich Marsh met the Norwegian envoy on Monday.\n\n"
        "Ivan Marsh has said he had reservations about the deal.\n\n"
        "Marsh asked legal experts to review the deal.\n"
    )
    names = [("ROLE", "Prime Minister"), ("PERSON", "Ivanovich Marsh")]
    names += [("PERSON", "Ivan Marsh"), ("PERSON", "Marsh")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivanovich Marsh", "he had reservations about the deal"),
        ("Ivanovich Marsh", "legal experts to review the deal"),
    ]


def test_an_unrecognised_embassy_is_named_with_its_seat_and_found_again() -> None:
    text = (
        "Norway and Peru\n\n"
        "The Norwegian embassy in Lima later on Sunday released a statement saying that the"
        " remarks were taken out of context.\n\n"
        "Officials in Oslo declined to comment on Monday.\n\n"
        '"A careful listening makes it clear that there was no threat," the embassy wrote.\n'
    )
    names = [("GPE", "Lima"), ("GPE", "Oslo")]
    found = find_statements(text, spanned(text, names))
    assert [s.speaker for s in found] == ["Norwegian embassy in Lima", "Norwegian embassy in Lima"]


def test_a_past_tense_after_a_present_opening_the_content_is_the_main_clauses() -> None:
    text = (
        "Norway and Peru\n\n"
        "The ministry said it holds Peru fully responsible for the dispute and called on Lima"
        " to show restraint.\n"
    )
    found = find_statements(text, spanned(text, [("GPE", "Peru"), ("GPE", "Lima")]))
    assert [s.text for s in found] == [
        "it holds Peru fully responsible for the dispute",
        "Lima to show restraint",
    ]


def test_the_ministry_is_the_placed_office_in_lower_case_named_first() -> None:
    text = (
        "Peruvian envoy summoned to Norwegian foreign ministry over article\n\n"
        "Norway’s foreign ministry summoned Peru’s ambassador on Wednesday.\n\n"
        "The ministry said it regrets the article.\n"
    )
    names = [("GPE", "Norway"), ("GPE", "Peru")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Norwegian foreign ministry", "it regrets the article"),
    ]


def test_despite_a_person_stressing_that_is_the_persons_up_to_the_adjunct_comma() -> None:
    text = (
        "Peru summons envoy\n\n"
        "Lima (NPA)- Despite the Norwegian ambassador to Peru Ivo Marsh stressing that a video"
        " showing him stating that “Peru is an enemy country” was edited, the Peruvian minister"
        " summoned him.\n"
    )
    names = [("ORG", "NPA"), ("ROLE", "ambassador"), ("GPE", "Peru"), ("PERSON", "Ivo Marsh")]
    names.append(("GPE", "Peru"))
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        (
            "Ivo Marsh",
            "reported",
            "a video showing him stating that “Peru is an enemy country” was edited",
        ),
    ]


def test_that_is_what_a_person_said_points_back_to_the_sentence_before() -> None:
    text = (
        "Norway and Peru\n\n"
        "When it comes to fishing, Norway cannot pick and choose its partners.\n\n"
        "That is what Foreign Minister Ivo Marsh said in an interview with the paper.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "When it comes to fishing, Norway cannot pick and choose its partners"),
    ]


def test_he_after_a_relative_clause_listing_persons_is_the_main_clauses_subject() -> None:
    text = (
        "Norway and Peru\n\n"
        "To understand the future, we must look back. Marsh, who served under Dan Crane, Eva"
        " Lund, and President Tom Berg, is a privileged witness to the evolution of the work.\n\n"
        "“I haven’t seen big changes in all these years,” he said. “Continuity remained.”\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Marsh", "I haven’t seen big changes in all these years,"),
        ("Marsh", "Continuity remained."),
    ]


def test_both_the_two_titled_persons_are_the_pair() -> None:
    text = (
        "Norway and Peru\n\n"
        "Minister Ivo Marsh met Ambassador Dan Crane in Oslo on Monday.\n\n"
        "Both the Minister and the Peruvian Ambassador reiterated their strong commitment to the"
        " ties.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh and Dan Crane", "their strong commitment to the ties"),
    ]


def test_a_person_joined_by_and_the_to_another_is_no_antecedent_of_he() -> None:
    text = (
        "Norway and Peru\n\n"
        "Minister Ivo Marsh spoke at the summit in Oslo on Monday.\n\n"
        "Marsh observed that both countries had visionary leaders.\n\n"
        "Founder Dan Crane and the great leader Tom Berg, who dedicated their lives to their"
        " people.\n\n"
        "He also highlighted the progress of Norway.\n"
    )
    names = [("ROLE", "Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Oslo"), ("PERSON", "Marsh")]
    names += [("PERSON", "Dan Crane"), ("PERSON", "Tom Berg"), ("GPE", "Norway")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [("Ivo Marsh", "the progress of Norway")]


def test_a_service_of_an_unrecognised_placed_ministry_is_named_whole_after_informed() -> None:
    text = (
        "Norway and Peru\n\n"
        "“On June 6 the ministry had summoned the ambassador”, – informed the press service of"
        " the Norwegian foreign Ministry.\n\n"
        "“Attention was stressed,” – concluded the press service.\n"
    )
    found = find_statements(text, [])
    assert [(s.speaker, s.text) for s in found] == [
        (
            "press service of the Norwegian foreign Ministry",
            "On June 6 the ministry had summoned the ambassador",
        ),
        ("press service of the Norwegian foreign Ministry", "Attention was stressed,"),
    ]


def test_a_question_put_between_a_title_and_its_verb_is_an_aside() -> None:
    text = (
        "Norway and Peru\n\n"
        "Norwegian Prime Minister, when asked about Chile following a bilateral meeting with"
        " Dan Crane, said it was bad manners to talk about people in their absence.\n\n"
        "Norwegian Prime Minister Ivo Marsh held a bilateral meeting with Dan Crane on Thursday.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "it was bad manners to talk about people in their absence"),
    ]


def test_and_expressed_hope_that_after_a_reported_clause_is_a_second_statement() -> None:
    text = (
        "Norway and Peru\n\n"
        "Minister Ivo Marsh said Norway and Peru signed a visa agreement and expressed hope that"
        " it would help travel.\n"
    )
    found = find_statements(text)
    assert [s.text for s in found] == [
        "Norway and Peru signed a visa agreement",
        "it would help travel",
    ]


def test_a_lowercase_word_before_a_title_modifies_it() -> None:
    text = (
        "Norway and Peru\n\n"
        "The acting Minister of Foreign Affairs, Ivo Marsh, praised the success of the roadmap,"
        " stressing that it shall remain in effect.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [("Ivo Marsh", "it shall remain in effect")]


def test_an_occasion_opening_a_clause_after_that_is_said() -> None:
    text = (
        "Norway and Peru\n\n"
        "Press Secretary Ivo Marsh said that during the meeting they discussed the friendly"
        " relations between the two countries.\n"
    )
    found = find_statements(text)
    assert [s.text for s in found] == [
        "during the meeting they discussed the friendly relations between the two countries"
    ]


def test_the_charge_daffaires_in_lower_case_is_the_titled_one() -> None:
    text = (
        "Norway and Peru\n\n"
        "Trade is good, said Charge d’Affaires Ivo Marsh.\n\n"
        "“So far we have Italian companies involved,” said the charge d’affaires.\n"
    )
    found = find_statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ivo Marsh", "Trade is good"),
        ("Ivo Marsh", "So far we have Italian companies involved,"),
    ]


def test_despite_a_subject_and_a_noun_in_ing_without_that_says_nothing() -> None:
    text = (
        "Norway and Peru\n\n"
        "In a move seen as defiant, G20 leaders, despite the US warning against any joint"
        " declaration in its absence, adopted the declaration.\n"
    )
    assert find_statements(text) == []
