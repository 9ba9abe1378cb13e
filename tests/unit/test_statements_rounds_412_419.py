"""Errors of rounds 412-419 that recur across outlets (stfix79, session 44: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_missed_given_name_is_a_person_where_it_stands_before_her_quotation() -> None:
    text = (
        "Passports\n\n"
        "Protests followed the death in custody of Mahsa Amini.\n\n"
        "Lina, a former teacher, took to the streets in protest.\n\n"
        "“I couldn’t stay silent,” she told reporters.\n\n"
        "Lina further explained that her passport had expired.\n"
    )
    assert _said(text) == [
        ("direct", "Lina", "I couldn’t stay silent,"),
        ("reported", "Lina", "her passport had expired"),
    ]


def test_a_ministrys_name_goes_on_through_the_portfolios_it_lists_after_a_comma() -> None:
    text = (
        "Debt\n\n"
        "In a press release, the Ministry of Finance, Economic Planning & National Policies"
        " announced that the agreement covers most of the debt.\n\n"
        "The ministry said the agreement is a key step.\n"
    )
    ministry = "Ministry of Finance, Economic Planning & National Policies"
    assert _said(text) == [
        ("reported", ministry, "the agreement covers most of the debt"),
        ("reported", ministry, "the agreement is a key step"),
    ]


def test_a_span_of_time_closed_by_later_and_a_comma_opens_the_sentence_not_its_subject() -> None:
    text = (
        "Bishops\n\n"
        "A few hours later, the ministry issued a statement saying, “The two sides have agreed"
        " to extend the deal.”\n\n"
        "Two days ago, the minister said the deal was done.\n"
    )
    assert _said(text) == [
        ("direct", "ministry", "The two sides have agreed to extend the deal."),
        ("reported", "minister", "the deal was done"),
    ]


def test_a_place_speaking_under_another_name_is_named_as_the_article_names_it_there() -> None:
    text = (
        "Bishops\n\n"
        "The Holy See and China signed the deal in 2018.\n\n"
        "“We remain dedicated to dialogue,” the Vatican said.\n"
    )
    assert _said(text) == [("direct", "Vatican", "We remain dedicated to dialogue,")]


def test_britains_foreign_office_by_its_acronym_is_the_office_the_article_names() -> None:
    text = (
        "Travel\n\n"
        "Dual nationals should not travel to the region, the Foreign Office has said.\n\n"
        "They face a higher risk of detention, the FCO added.\n"
    )
    assert _said(text) == [
        ("reported", "Foreign Office", "Dual nationals should not travel to the region"),
        ("reported", "Foreign Office", "They face a higher risk of detention"),
    ]


def test_a_body_an_outlet_quotes_as_saying_is_the_speaker_not_the_outlet() -> None:
    text = (
        "Campaign ban\n\n"
        "Xinhua quoted the German foreign ministry as saying that foreign officials need"
        " permission to campaign.\n"
    )
    assert _said(text) == [
        ("reported", "German foreign ministry", "foreign officials need permission to campaign"),
    ]


def test_a_quotation_running_over_paragraphs_is_who_closes_it_not_the_sentence_before() -> None:
    text = (
        "Vote\n\n"
        "The mission also noted “unjustified alteration” of results at some stations.\n\n"
        "“The mission has continued to observe the process, although observers were kept"
        " from the tabulation.\n\n"
        "“To date, the mission has noted irregularities,” chief observer Lena Brandt said.\n"
    )
    assert _said(text)[-2:] == [  # the first: the mission's, whichever its kind
        (
            "direct",
            "Lena Brandt",
            "The mission has continued to observe the process, although observers were kept"
            " from the tabulation.",
        ),
        ("direct", "Lena Brandt", "To date, the mission has noted irregularities,"),
    ]


def test_a_month_and_day_after_an_attribution_is_when_it_was_said_not_what() -> None:
    text = (
        "Doses\n\n"
        "Many donated doses have expired, the agency said Jan. 20, citing short shelf lives.\n\n"
        "Cases are down by 20% from the week before, the regional office announced Jan. 20.\n"
    )
    assert _said(text) == [
        ("reported", "agency", "Many donated doses have expired"),
        ("reported", "regional office", "Cases are down by 20% from the week before"),
    ]


def test_a_time_clause_before_the_colon_of_a_quotation_is_when_not_what_was_said() -> None:
    text = (
        "Vote\n\n"
        "President Tomas Vial said after the results of the vote were announced: “The elections"
        " do not meet minimum standards.”\n"
    )
    assert _said(text) == [
        ("direct", "Tomas Vial", "The elections do not meet minimum standards."),
    ]


def test_a_name_before_a_role_whose_closing_comma_is_lost_speaks_the_quotation_before() -> None:
    text = (
        "Report\n\n"
        "“We totally reject this report,” Tendai Moyo, the party secretary-general told"
        " reporters.\n"
    )
    assert _said(text) == [("direct", "Tendai Moyo", "We totally reject this report,")]


def test_a_group_whose_aside_names_some_of_its_members_speaks_not_the_members() -> None:
    text = "Arms\n\nCritics, including Phil Ross, said the decision sent a negative message.\n"
    assert _said(text) == [("reported", "Critics", "the decision sent a negative message")]
