"""Errors of rounds 332-335 that recur across outlets (stfix56, session 38: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_straight_mark_reopening_an_open_quotation_after_a_stop_makes_two() -> None:
    text = (
        "Norland news\n\nMinister Karl Obermann spoke in Berlin on Monday.\n"
        '"We have to be patient, the partners have to trust us. "It is as simple as that,"'
        " Obermann said.\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "We have to be patient, the partners have to trust us."),
        ("direct", "Karl Obermann", "It is as simple as that,"),
    ]


def test_straight_marks_closed_and_reopened_after_an_attribution_stay_pairs() -> None:
    text = (
        "Norland news\n\nMinister Karl Obermann spoke in Berlin on Monday.\n"
        '"We have to be patient," Obermann said. "It is as simple as that."\n'
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "We have to be patient,"),
        ("direct", "Karl Obermann", "It is as simple as that."),
    ]


def test_a_portfolio_between_two_titles_is_no_name_of_the_speaker() -> None:
    text = (
        "Norland news\n\nDeputy Oil Minister Karl Obermann stated that exports would resume soon.\n"
    )
    assert _said(text) == [("reported", "Karl Obermann", "exports would resume soon")]
    text = "Norland news\n\nDeputy Electricity Minister Karl Obermann said power was back.\n"
    assert _said(text) == [("reported", "Karl Obermann", "power was back")]


def test_an_agency_named_with_its_parent_is_a_body_and_its_acronym_named_so() -> None:
    text = (
        "Norland news\n\n"
        "The UN World Food Programme said on Friday it had sent food to Tarn.\n\n"
        "The WFP said it had not begun distributions in the north.\n"
    )
    assert _said(text) == [
        ("reported", "UN World Food Programme", "it had sent food to Tarn"),
        ("reported", "UN World Food Programme", "it had not begun distributions in the north"),
    ]


def test_a_quoted_word_opening_a_reported_clause_is_inside_it() -> None:
    text = (
        "Norland news\n\n"
        "Minister Karl Obermann said that “vital” medical supplies had landed in Tarn.\n\n"
        "Minister Karl Obermann said “no” to the plan.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "“vital” medical supplies had landed in Tarn"),
        ("direct", "Karl Obermann", "no"),
    ]


def test_the_group_after_a_sentence_naming_an_organisation_is_it() -> None:
    text = (
        "Norland news\n\n"
        "Among those attending was the Tarn Liberation Front, which holds land near the"
        " border. The group confirmed its participation.\n"
    )
    assert _said(text) == [("reported", "Tarn Liberation Front", "its participation")]
    text = text.replace("The group confirmed its", "The organisation said it confirmed its")
    assert _said(text) == [("reported", "Tarn Liberation Front", "it confirmed its participation")]


def test_the_un_agency_is_the_agency_that_spoke_last() -> None:
    text = (
        "Norland news\n\n"
        "According to the World Food Programme, 600 tonnes of rice were delivered in May.\n\n"
        "The UN agency also said that supplies had landed at the airport.\n"
    )
    assert _said(text) == [
        ("reported", "World Food Programme", "600 tonnes of rice were delivered in May"),
        ("reported", "World Food Programme", "supplies had landed at the airport"),
    ]


def test_aid_agencies_and_organisations_speak_as_groups() -> None:
    text = (
        "Norland news\n\n"
        "Despite these steps, aid agencies say access remains insufficient.\n\n"
        "United Nations humanitarians say they have been able to deliver food.\n"
    )
    assert _said(text) == [
        ("reported", "aid agencies", "access remains insufficient"),
        ("reported", "United Nations humanitarians", "they have been able to deliver food"),
    ]


def test_a_joint_speaker_opening_with_an_acronym_is_named_with_it_spelt_out() -> None:
    text = (
        "Norland news\n\n"
        "The Tarn Relief Agency (TRA) said on Monday that aid was late.\n\n"
        "The TRA and other humanitarian organizations have warned that famine is near.\n"
    )
    assert _said(text) == [
        ("reported", "Tarn Relief Agency", "aid was late"),
        ("reported", "Tarn Relief Agency and other humanitarian organizations", "famine is near"),
    ]


def test_a_place_that_is_also_a_vietnamese_name_part_goes_on_a_titled_name() -> None:
    text = (
        "Norland news\n\n"
        "“This was a good meeting,” spokesperson Salai Van said on Sunday.\n\n"
        "The earthquake hit Van on Monday.\n"
    )
    assert _said(text) == [("direct", "Salai Van", "This was a good meeting,")]
    assert [(s.text, s.type) for s in recognise(text) if s.text.endswith("Van")] == [
        ("Salai Van", "PERSON"),
        ("Van", "GPE"),
    ]


def test_a_group_speaker_drops_its_owner_as_a_determiner() -> None:
    text = "Norland news\n\nTarn’s military junta said it was extremely disappointed.\n"
    assert _said(text) == [("reported", "military junta", "it was extremely disappointed")]


def test_the_ministry_named_shorter_is_the_one_named_with_its_country_just_before() -> None:
    text = (
        "Norland news\n\n"
        "Tarn Foreign Ministry said on Saturday it was disappointed with the decision."
        " “Tarn strongly objects to the outcome,” the Foreign Ministry said in a statement.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Tarn Foreign Ministry"] * 2


def test_a_quoted_title_before_its_noun_is_no_statement_after_a_verb() -> None:
    text = (
        "Norland news\n\n“We are talking,” Minister Karl Obermann said in a “Courier” interview.\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "We are talking,")]
    text = (
        "Norland news\n\n"
        "Minister Karl Obermann said in a “Courier” interview that talks were good.\n"
    )
    assert _said(text) == [("reported", "Karl Obermann", "talks were good")]


def test_a_quotation_after_blamed_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "Minister Karl Obermann blamed “foreign intervention” for the exclusion of Tarn.\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "foreign intervention")]


def test_the_same_report_is_its_reporters() -> None:
    text = (
        "Norland news\n\n"
        "Earlier this week, Tarn’s public broadcaster reported that the crossing had reopened.\n\n"
        "The same report noted that Tarn had canceled earlier plans.\n"
    )
    assert _said(text) == [
        ("reported", "Tarn’s public broadcaster", "Tarn had canceled earlier plans")
    ]


def test_the_un_health_agency_is_the_agency_that_spoke_last() -> None:
    text = (
        "Norland news\n\n"
        "The World Health Organization said on Monday that cases rose.\n\n"
        "The UN health agency also said that vaccines were short.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["World Health Organization"] * 2
