"""Errors of held-out rounds 460-463 that recur across outlets (stfix87, session 46: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_told_an_agency_on_a_day_after_the_content_attributes_it() -> None:
    text = (
        "Oil\n\n"
        "Norland will keep to the cuts, Ivo Marek told the state news agency on Sunday.\n\n"
        "The plan is sound, Ana Ruiz told reporters Monday.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "Norland will keep to the cuts"),
        ("reported", "Ana Ruiz", "The plan is sound"),
    ]


def test_a_rights_watchdog_named_by_its_name_speaks_as_an_organisation() -> None:
    text = (
        "Bounties\n\n"
        'Human Rights Watch condemned the warrants as "an act of intimidation" aimed at critics,'
        " urging both governments to take a stand.\n"
    )
    assert _said(text) == [
        ("direct", "Human Rights Watch", "an act of intimidation"),
        ("reported", "Human Rights Watch", "both governments to take a stand"),
    ]


def test_where_the_speaker_lives_set_off_before_the_verb_leaves_the_subject() -> None:
    text = (
        "Bounties\n\n"
        "Ana Ruiz, based in Oslo, has vowed that the warrants will not silence her.\n\n"
        "Ivo Marek, living in Tarn, said the bounty was absurd.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the warrants will not silence her"),
        ("reported", "Ivo Marek", "the bounty was absurd"),
    ]


def test_a_people_named_by_its_demonym_speaks_as_a_group() -> None:
    text = (
        "Base\n\n"
        "The Okinawans have called for the base to be removed.\n\n"
        "Canadians continue to say they worry about arrests.\n"
    )
    assert _said(text) == [
        ("reported", "Okinawans", "the base to be removed"),
        ("reported", "Canadians", "they worry about arrests"),
    ]


def test_the_bodys_statement_named_back_is_the_body_named_before_in_full() -> None:
    text = (
        "Row\n\n"
        "Norway's foreign ministry has rejected the claims.\n\n"
        "The ministry's statement added that Ivo Marek made similar claims at the summit.\n"
    )
    assert _said(text) == [
        ("reported", "Norway's foreign ministry", "Ivo Marek made similar claims at the summit")
    ]


def test_a_group_and_whom_it_represents_speaks_as_the_group() -> None:
    text = (
        "Deal\n\n"
        "A group representing displaced islanders said they had been shut out of talks.\n\n"
        "Lawyers representing the families said the ruling was unjust.\n"
    )
    assert _said(text) == [
        ("reported", "group", "they had been shut out of talks"),
        ("reported", "Lawyers", "the ruling was unjust"),
    ]


def test_a_feeling_expressed_with_a_clause_of_content_is_a_statement() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marek expressed scepticism that Tarn is willing to reach an agreement.\n\n"
        "The group expressed anger they had been shut out of talks.\n\n"
        "Leaders expressed alarm. Ana Ruiz expressed her frustration over the delays.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "Tarn is willing to reach an agreement"),
        ("reported", "group", "anger they had been shut out of talks"),
    ]


def test_a_subject_after_but_is_the_clause_after_it() -> None:
    text = (
        "Cuts\n\n"
        "Most delegates see nine months as the base-case scenario but some countries have"
        " suggested a duration of twelve months.\n"
    )
    assert _said(text) == [("reported", "countries", "a duration of twelve months")]


def test_a_group_including_a_member_speaks_as_the_group() -> None:
    text = "Cuts\n\nSome countries including Tarn have suggested a duration of twelve months.\n"
    assert _said(text) == [("reported", "countries", "a duration of twelve months")]


def test_a_quotation_a_claim_was_rejected_as_is_direct() -> None:
    text = 'Row\n\nNorway\'s foreign ministry has rejected the allegations as "absurd."\n'
    assert _said(text) == [("direct", "Norway's foreign ministry", "absurd.")]


def test_a_quotation_cited_as_a_reason_is_direct() -> None:
    text = (
        "Cuts\n\n"
        "Members of the bloc said that they would cut quotas, citing the “uncertainty that"
        " surrounds the outlook”.\n"
    )
    assert _said(text) == [
        ("reported", "Members", "they would cut quotas"),
        ("direct", "Members", "uncertainty that surrounds the outlook"),
    ]
