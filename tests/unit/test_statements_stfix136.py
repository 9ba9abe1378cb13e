"""Errors of rounds 640-641 that recur across outlets (stfix136, session 59: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_others_contrasted_with_some_of_a_group_speak_for_that_group() -> None:
    text = (
        "Norland news\n\nPolls closed in Tarn on Sunday.\n"
        "Some farmers said the ballots came late, while others said they felt ignored.\n"
    )
    assert _said(text) == [
        ("reported", "farmers", "the ballots came late"),
        ("reported", "farmers", "they felt ignored"),
    ]


def test_the_noun_states_before_its_possessive_mark_is_no_verb() -> None:
    text = (
        "Norland news\n\nKarl Obermann flew to Tarn on Sunday.\n"
        "Speaking at his press conference, Obermann criticized the Baltic states' refusal to "
        "let his plane land.\n"
    )
    assert _said(text) == []


def test_disagreement_expressed_is_a_stance_stated() -> None:
    text = (
        "Norland news\n\nKarl Obermann flew to Tarn on Sunday.\n"
        "Obermann met Jan Vester and expressed strong disagreement with the plan for a new wall.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "strong disagreement with the plan for a new wall"),
    ]


def test_a_position_named_with_its_owner_and_topic_only_is_no_content() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann spoke in Tarn on Tuesday.\n"
        "Obermann reiterated the position of the Foreign Ministry regarding the comments from "
        "the observers, assuring that talks would follow.\n"
    )
    assert _said(text) == []


def test_governments_joined_by_and_before_which_are_its_speaker() -> None:
    text = (
        "Norland news\n\nThe reform passed on Monday.\n"
        "It has prompted criticism from the Norland and Tarn governments, which warned of the "
        "loss of judicial independence.\n"
    )
    assert _said(text) == [
        ("reported", "Norland and Tarn governments", "the loss of judicial independence"),
    ]


def test_a_quotation_in_the_clause_of_reminded_someone_that_is_direct() -> None:
    text = (
        "Norland news\n\nPresident Karl Obermann spoke in Tarn on Tuesday.\n"
        "Obermann reminded reporters on Tuesday that the charter of the bloc holds a principle "
        "of “non-intervention.”\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "non-intervention.")]


def test_a_body_named_by_acronym_and_head_takes_its_fuller_form() -> None:
    text = (
        "Norland news\n\nThe vote was held on Sunday.\n"
        "The ABC mission said turnout was low.\n"
        "The ABC observation mission, made up of 16 members, also raised concerns.\n"
    )
    assert _said(text) == [("reported", "ABC observation mission", "turnout was low")]


def test_a_body_led_by_a_named_person_in_an_aside_is_the_speaker() -> None:
    text = (
        "Norland news\n\nThe vote was held on Sunday.\n"
        "In a report on Friday, the ABC mission, led by Foreign Minister Karl Obermann, "
        "expressed concerns about low turnout.\n"
    )
    assert _said(text) == [("reported", "ABC mission", "concerns about low turnout")]


def test_the_noun_state_before_organization_is_no_verb() -> None:
    text = (
        "Norland news\n\nThe vote was held on Sunday.\n"
        "The election regulator of the U.S. state organization expressed concerns about the "
        "low turnout.\n"
    )
    assert _said(text) == [("reported", "election regulator", "concerns about the low turnout")]
