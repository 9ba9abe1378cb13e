"""Errors of rounds 492-495 that recur across outlets (stfix96, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_past_compulsion_before_the_infinitive_is_a_statement_made() -> None:
    text = (
        "Visit\n\n"
        "The President visited Riyadh on Monday.\n"
        "In the end, the White House was forced to explain that the bow was a courtesy.\n"
        "Later the ministry had to admit that the talks had stalled.\n"
        "The embassy has to confirm that the envoy will come.\n"
    )
    assert _said(text) == [("reported", "White House", "the bow was a courtesy")]


def test_that_before_an_owners_title_after_an_inverted_verb_is_a_determiner() -> None:
    text = (
        "Summit\n\n"
        "Leaders met in Lima.\n"
        "\u201cWe will not take part,\u201d said that country\u2019s prime minister, Ana Ruiz.\n"
        "Others agreed.\n"
    )
    assert _said(text) == [("direct", "Ana Ruiz", "We will not take part,")]


def test_an_age_apposed_between_name_and_verb_leaves_the_person_the_subject() -> None:
    text = (
        "Award\n\n"
        "Tomas Ferrer met the guests in Washington.\n"
        "Accepting the award, Ferrer, 88, said it was a \u201ctestament to our friendship.\u201d\n"
    )
    assert _said(text) == [
        ("reported", "Tomas Ferrer", "it was a \u201ctestament to our friendship.\u201d")
    ]


def test_a_return_apposed_between_name_and_verb_leaves_the_person_the_subject() -> None:
    text = (
        "Summit\n\n"
        "President Ana Ruiz met leaders in Lima.\n"
        "\u2018We will not go,\u2019 Ruiz, just returned from a visit to Havana, said on Monday.\n"
        "Ruiz, fresh from talks in Quito, said the summit should include everyone.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "We will not go,"),
        ("reported", "Ana Ruiz", "the summit should include everyone"),
    ]


def test_the_foundation_or_the_fund_stands_for_the_one_named_before() -> None:
    text = (
        "Awards\n\n"
        "The Larsen Foundation met in Oslo, and so did the Nordic Relief Fund.\n"
        "The foundation said it regretted \u201cthe strong reactions\u201d.\n"
        "The Fund said growth would slow.\n"
    )
    assert _said(text) == [
        ("reported", "Larsen Foundation", "it regretted \u201cthe strong reactions\u201d"),
        ("reported", "Nordic Relief Fund", "growth would slow"),
    ]


def test_a_preposition_and_which_open_a_clause_whose_subject_speaks() -> None:
    text = (
        "Call\n\n"
        "Minister Ana Ruiz and her counterpart Tomas Ferrer spoke over phone during which "
        "the two leaders reaffirmed the growing partnership.\n"
    )
    assert _said(text) == [("reported", "two leaders", "the growing partnership")]


def test_the_outlet_stands_for_the_one_organisation_named_as_reporting() -> None:
    text = (
        "Summit\n\n"
        "The president will not attend the event, CNN Chile reported on Thursday.\n"
        "According to the outlet, Bern sent an invitation in April.\n"
    )
    assert _said(text) == [("reported", "CNN Chile", "Bern sent an invitation in April")]


def test_a_quotation_in_what_is_praised_for_is_the_praisers_words() -> None:
    text = (
        "Award\n\n"
        "President Ana Ruiz met Tomas Ferrer.\n"
        "Ruiz praised Ferrer for strengthening the \u201cunbreakable\u201d bond between them.\n"
    )
    assert _said(text) == [("direct", "Ana Ruiz", "unbreakable")]
