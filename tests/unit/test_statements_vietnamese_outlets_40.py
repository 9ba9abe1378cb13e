"""Errors an analyst met reading Vietnamese outlets' English articles (stfix65, session 40:
asiacity, dienbien, baobacgiang and baoquangnam pages; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_that_clauses_series_of_predicates_stays_in_its_content() -> None:
    text = (
        "Tarn talks\n\nPrime Minister Ivo Marsh noted with pleasure that in its first year,"
        " the Government of Tarn has expanded its ports, achieved steady growth, and improved"
        " the lives of its people.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "in its first year, the Government of Tarn has expanded its ports, achieved steady"
            " growth, and improved the lives of its people",
        )
    ]


def test_a_quoted_plan_title_inside_a_suggestion_is_no_quotation() -> None:
    text = (
        "Tarn talks\n\nConsul General Ivo Marsh met officials of Norland on Monday.\n\nHe"
        ' suggested that the two sides boost trade and carry out the "Action Plan for the'
        ' period 2024 - 2027", and implement the deals of the two ministries.\n'
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            'the two sides boost trade and carry out the "Action Plan for the period 2024 - 2027",'
            " and implement the deals of the two ministries",
        )
    ]


def test_congratulating_after_a_told_clause_is_the_speakers_act() -> None:
    text = (
        "Tarn talks\n\nForeign Minister Ann Bee told Ivo Marsh that her nation attaches"
        " importance to ties with Tarn and congratulated Tarn on the success of its congress.\n"
    )
    assert _said(text) == [
        ("reported", "Ann Bee", "her nation attaches importance to ties with Tarn")
    ]


def test_the_hosts_nationality_official_is_the_host_named_before() -> None:
    text = (
        "Vietnam boosts ties with Laos\n\nAt a reception in Hanoi on May 3 for Bounsy Keo,"
        " Director of the Lao Culture Fund, Ivo Marsh spoke highly of the two nations'"
        " ties.\n\nThe Vietnamese official suggested the two sides boost links in education.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the two sides boost links in education")]


def test_the_hosts_nationality_official_is_the_host_the_recogniser_missed() -> None:
    text = (
        "Vietnam boosts ties with Laos\n\nAt a reception in Hanoi on May 3 for Bounsy Keo,"
        " Director of the Lao Culture Fund, Marsh spoke highly of the two nations'"
        " ties.\n\nThe Vietnamese official suggested the two sides boost links in education.\n"
    )
    assert _said(text) == [("reported", "Marsh", "the two sides boost links in education")]
