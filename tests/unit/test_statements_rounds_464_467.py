"""Errors of held-out rounds 464-467 that recur across outlets (stfix91, session 47: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from tests.unit.statements_said import said as _said


def test_a_parenthesis_then_an_auxiliary_after_said_makes_a_clause_not_its_subject() -> None:
    text = (
        "Plans\n\n"
        "Speaking at the forum, Ana Ruiz, member of the Tarn Council, said only two"
        " states, including Norland, have adopted a plan.\n\n"
        "The plan is sound, said the envoys of two states, including Norland, at the forum.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "only two states, including Norland, have adopted a plan"),
        ("reported", "envoys", "The plan is sound"),
    ]


def test_confirming_a_person_as_an_office_holder_is_an_appointment_not_speech() -> None:
    text = (
        "Envoys\n\n"
        "The Senate on Tuesday confirmed Ana Ruiz as the next ambassador to Norland.\n\n"
        "Ivo Marek confirmed Ana Ruiz will attend the summit.\n"
    )
    assert _said(text) == [("reported", "Ivo Marek", "Ana Ruiz will attend the summit")]


def test_according_to_opening_a_sentence_cues_a_name_no_list_knows() -> None:
    text = (
        "Accord\n\n"
        "According to Ilsena Vardakor from Tarn, “our task is to change policy” in Norland.\n\n"
        "She also acknowledged that the accord has been a challenge.\n"
    )
    assert _said(text) == [
        ("reported", "Ilsena Vardakor", "“our task is to change policy” in Norland"),
        ("reported", "Ilsena Vardakor", "the accord has been a challenge"),
    ]


def test_a_listed_state_after_a_cued_surname_is_no_part_of_the_name() -> None:
    text = "Accord\n\nAccording to Vardakor Estonia should sign the accord.\n"
    assert [(s.type, s.text) for s in recognise(text)] == [("GPE", "Estonia")]


def test_a_second_title_set_off_after_the_first_names_its_holder_too() -> None:
    text = (
        "Messages\n\n"
        "Ivo Marek, Foreign Minister of Armenia, and Ana Ruiz, Vice Prime Minister, Minister of"
        " Foreign Affairs of Georgia, exchanged messages.\n\n"
        "Ivo Marek stresses that the ties are old.\n\n"
        "Foreign minister of Georgia notes that the two nations have grown closer.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "the ties are old"),
        ("reported", "Ana Ruiz", "the two nations have grown closer"),
    ]


def test_a_named_speaker_and_others_is_the_named_speaker() -> None:
    text = (
        "Nominees\n\n"
        "Members pressed a point: Sen. Ana Ruiz and others urged that career nominees be moved"
        " more quickly.\n"
    )
    assert _said(text) == [("reported", "Ana Ruiz", "career nominees be moved more quickly")]


def test_group_nouns_listed_by_commas_speak_together() -> None:
    text = (
        "Solidarity\n\n"
        "Tarn, May 6: Activists, academicians and policy makers of the region have highlighted"
        " the need for solidarity.\n"
        "Speaking at the forum, they shared that cross-learning is a must.\n\n"
        "In Oslo, ministers and officials said the plan is good.\n"
    )
    group = "Activists, academicians and policy makers"
    assert _said(text) == [
        ("reported", group, "the need for solidarity"),
        ("reported", group, "cross-learning is a must"),
        ("reported", "ministers and officials", "the plan is good"),
    ]


def test_a_relative_clause_inside_a_quotation_closed_by_its_comma_is_no_subjects() -> None:
    text = (
        "Envoy\n\n"
        "Ana Ruiz is a confidant of President Ivo Marek. Describing her as a “great friend, who"
        " has been at my side,” Marek said the posting was crucial.\n"
    )
    assert ("reported", "Ivo Marek", "the posting was crucial") in _said(text)


def test_a_committee_chair_is_the_chairman_of_that_committee() -> None:
    text = (
        "Nominees\n\n"
        "The Chairman of the Senate Committee on Foreign Affairs, Ivo Marek, said the move is"
        " unlawful.\n\n"
        "Sen. Marek spoke at the hearing of the Director-Designate, Ana Ruiz.\n\n"
        "The Foreign Affairs Committee Chair vowed that action will be taken.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "the move is unlawful"),
        ("reported", "Ivo Marek", "action will be taken"),
    ]


def test_an_actor_turned_minister_is_the_minister() -> None:
    text = (
        "Visas\n\n"
        '"We have proposed the facility," Tourism Minister Ivo Marek told reporters.\n\n'
        "Asked whether it would be reciprocal, the actor-turned-minister said, "
        '"We want reciprocal as well."\n'
    )
    assert _said(text) == [
        ("direct", "Ivo Marek", "We have proposed the facility,"),
        ("direct", "Ivo Marek", "We want reciprocal as well."),
    ]


def test_an_opening_participle_without_its_comma_leaves_the_title_after_it_the_subject() -> None:
    text = (
        "Messages\n\n"
        "Ivo Marek, Foreign Minister of Norland, sent a message.\n\n"
        "Concluding the message Foreign Minister of Norland expresses the confidence that the"
        " ties will grow.\n"
    )
    assert _said(text) == [("reported", "Ivo Marek", "the ties will grow")]
