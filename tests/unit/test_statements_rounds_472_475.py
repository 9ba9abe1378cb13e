"""Errors of rounds 472-475 that recur across outlets (stfix89, session 46: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_initials_that_spell_an_event_acronym_open_the_name() -> None:
    text = (
        "Ballots\n\n"
        "Election Commissioner (EC) AMM Karim Rahman on Monday said the app will help voters.\n"
        "Foreign Adviser AMM Jamal Hossain said the visit went well.\n"
        "At the AMM Wang Lei said the talks were useful.\n"
    )
    said = _said(text)
    assert said[:2] == [
        ("reported", "AMM Karim Rahman", "the app will help voters"),
        ("reported", "AMM Jamal Hossain", "the visit went well"),
    ]
    assert all(speaker != "AMM Wang Lei" for _, speaker, _ in said)


def test_a_titles_bracketed_acronym_names_its_holder_back() -> None:
    text = (
        "Ballots\n\n"
        "Chief Election Commissioner (CEC) Karim Rahman opened the app on Monday.\n"
        "The CEC said expatriates matter to the nation.\n"
        "Director-General of the World Health Organization (WHO) Ana Ruiz spoke later.\n"
        "The WHO said the clinics need fuel.\n"
    )
    assert _said(text) == [
        ("reported", "Karim Rahman", "expatriates matter to the nation"),
        ("reported", "World Health Organization", "the clinics need fuel"),
    ]


def test_a_growing_number_of_a_group_is_the_group() -> None:
    text = (
        "Talks\n\n"
        "An increasing number of countries emphasised the duty to protect the seabed.\n"
        "A small number of delegates said the talks had stalled.\n"
    )
    assert _said(text) == [
        ("reported", "countries", "the duty to protect the seabed"),
        ("reported", "delegates", "the talks had stalled"),
    ]


def test_numerous_or_various_is_no_part_of_a_groups_name() -> None:
    text = (
        "Talks\n\n"
        "Numerous countries called for a pause in the talks.\n"
        "Various delegations urged the council to wait.\n"
    )
    assert _said(text) == [
        ("reported", "countries", "a pause in the talks"),
        ("reported", "delegations", "the council to wait"),
    ]


def test_a_group_before_the_members_it_lists_with_including_speaks() -> None:
    text = (
        "Talks\n\n"
        "Many delegations including Chile, Peru and Fiji called for a pause in the talks.\n"
        "On Monday, officials including Ana Ruiz said the deal was done.\n"
    )
    assert _said(text) == [
        ("reported", "delegations", "a pause in the talks"),
        ("reported", "officials", "the deal was done"),
    ]


def test_a_missions_seat_keeps_its_district() -> None:
    text = (
        "Visit\n\n"
        "The Norland Embassy in Washington DC said the reception was a success.\n"
        "The Norland Embassy in Washington D.C. said the visit went well.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Embassy in Washington DC", "the reception was a success"),
        ("reported", "Norland Embassy in Washington D.C.", "the visit went well"),
    ]


def test_a_foreign_ministrys_acronym_is_the_ministry_the_text_names() -> None:
    text = (
        "Queues\n\n"
        "Liliana Popa, the spokeswoman of the Ministry of Foreign Affairs, spoke on Sunday.\n"
        "The MAE told reporters that it does not have such data.\n"
    )
    assert _said(text) == [
        ("reported", "Ministry of Foreign Affairs", "it does not have such data"),
    ]


def test_an_inverted_attribution_may_name_the_outlet_told() -> None:
    text = (
        "Queues\n\n"
        "Officials manage the queues at some polling stations, said the spokeswoman of the"
        " ministry, Liliana Popa, for Radio Norland.\n"
    )
    assert _said(text) == [
        ("reported", "Liliana Popa", "Officials manage the queues at some polling stations"),
    ]


def test_according_to_a_body_without_a_comma_before_its_clause() -> None:
    text = (
        "Gaza\n\n"
        "Egypt has accepted 2,300 patients. According to the Department of Health this has"
        " placed a strain on the health system.\n"
    )
    assert _said(text) == [
        ("reported", "Department of Health", "this has placed a strain on the health system"),
    ]


def test_said_at_least_opens_a_count_not_a_place() -> None:
    text = (
        "Strikes\n\n"
        "Norland said it had struck targets near the port, including the airport, and rebel"
        " media said at least six people had been killed.\n"
    )
    assert _said(text) == [
        ("reported", "Norland", "it had struck targets near the port, including the airport"),
        ("reported", "rebel media", "at least six people had been killed"),
    ]
