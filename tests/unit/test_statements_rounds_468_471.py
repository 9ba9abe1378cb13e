"""Errors of rounds 468-471 that recur across outlets (stfix88, session 46: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_university_provost_is_a_title_not_part_of_the_name() -> None:
    text = (
        "Closure\n\n"
        "Norland State Provost Harwick Ardent said the centre would close. Ardent emphasized"
        " that there had been no problems.\n"
    )
    assert _said(text) == [
        ("reported", "Harwick Ardent", "the centre would close"),
        ("reported", "Harwick Ardent", "there had been no problems"),
    ]


def test_the_academic_is_a_role_resolved_to_the_person() -> None:
    text = (
        "Forum\n\n"
        "The head of the platform, Prof Tomas Veldran, opened the forum. In a report, the"
        " academic said “we are here to celebrate you,” acknowledging that they had received"
        " support.\n"
    )
    assert _said(text) == [
        ("direct", "Tomas Veldran", "we are here to celebrate you,"),
        ("reported", "Tomas Veldran", "they had received support"),
    ]


def test_a_pronoun_after_an_uncommaed_concerning_or_talking_about_phrase_is_the_subject() -> None:
    text = (
        "Rail\n\n"
        "Prime Minister Viktor Aranyos spoke in Belgrade. Concerning the changes in the world he"
        " said that Europe was not as competitive. Talking about the line he said that it"
        " would open in May.\n"
    )
    assert _said(text) == [
        ("reported", "Viktor Aranyos", "Europe was not as competitive"),
        ("reported", "Viktor Aranyos", "it would open in May"),
    ]


def test_notes_after_share_or_take_is_a_plural_noun_not_a_verb() -> None:
    text = (
        "Forum\n\n"
        "For the next three days, delegates from over 90 countries will share notes, lessons and"
        " best practices on the agenda. Reporters took notes, remarks and questions on the"
        " plan.\n"
    )
    assert _said(text) == []


def test_a_minister_in_charge_of_a_relations_portfolio_is_one_title() -> None:
    text = (
        "Talks\n\n"
        "Minister-in-charge of Trade Relations S Tanaram said the digital economy has been “a"
        " bright spot that has remained resilient”.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "S Tanaram",
            "the digital economy has been “a bright spot that has remained resilient”",
        )
    ]


def test_a_place_based_body_by_its_head_noun_is_the_one_named_before() -> None:
    text = (
        "Closure\n\n"
        "The University of South Tarn will close the centre. The Kelburn-based university said"
        " on Tuesday that the centre did not meet its mission.\n"
    )
    assert _said(text) == [
        ("reported", "University of South Tarn", "the centre did not meet its mission")
    ]


def test_a_bare_group_noun_after_and_a_finished_clause_is_the_subject() -> None:
    text = (
        "Grain\n\n"
        "Last year, Norland exported 21.4 million tonnes of grain and observers had already"
        " warned this risks being sharply lower this year.\n"
    )
    assert _said(text) == [("reported", "observers", "this risks being sharply lower this year")]


def test_sec_of_state_before_a_name_is_a_title() -> None:
    text = (
        "Mission\n\n"
        "The State Department designated the centre as a foreign mission Thursday, Sec. of State"
        " Mark Pellow said on a Twitter post.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Mark Pellow",
            "The State Department designated the centre as a foreign mission Thursday",
        )
    ]


def test_a_group_before_who_keeps_its_pre_modifiers() -> None:
    text = (
        "Centres\n\n"
        "The closure comes amid pressure from U.S. political leaders who say the centres pose a"
        " danger.\n"
    )
    assert _said(text) == [("reported", "U.S. political leaders", "the centres pose a danger")]
    other = (
        "Centres\n\n"
        "She has received documents from former Tarnish presidents, who have suggested possible"
        " solutions.\n"
    )
    assert _said(other) == []


def test_associations_and_unions_are_groups_named_with_a_series_of_modifiers() -> None:
    text = (
        "Ban\n\n"
        "Norland’s soy, corn, wheat and sunflower seed associations said such intervention"
        " eroded confidence. The farm unions warned that investment would fall.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "soy, corn, wheat and sunflower seed associations",
            "such intervention eroded confidence",
        ),
        ("reported", "farm unions", "investment would fall"),
    ]


def test_a_title_after_an_uncommaed_talking_about_phrase_is_the_subject() -> None:
    text = (
        "Rail\n\n"
        "Prime Minister Viktor Aranyos spoke at the summit.\n\n"
        "Talking about the details of the project the Prime Minister said: “This railroad will"
        " form one section of the route”.\n"
    )
    assert _said(text) == [
        ("direct", "Viktor Aranyos", "This railroad will form one section of the route")
    ]
