"""Errors of rounds 384-387 that recur across outlets (stfix71, session 41: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_possessor_in_a_persons_apposition_is_not_the_subject() -> None:
    text = (
        "Talks go on\n\n"
        "Pavel Orlov, President Donald Trump’s Middle East envoy, said on Sunday that the two"
        " sides have agreed to move to the next phase of the truce.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Pavel Orlov",
            "the two sides have agreed to move to the next phase of the truce",
        )
    ]


def test_a_pronoun_after_a_persons_apposition_is_not_the_person_inside_it() -> None:
    text = (
        "Talks go on\n\n"
        "For his part, Pavel Orlov, senior adviser to US President Donald Trump, arrived in"
        " Rome on Monday.\n\n"
        "In a speech in the capital, he said, “Both countries are taking a big step today.”\n"
    )
    assert _said(text) == [("direct", "Pavel Orlov", "Both countries are taking a big step today.")]


def test_a_roles_object_ending_a_persons_apposition_is_not_the_subject() -> None:
    text = (
        "Truce agreed\n\n"
        "Agencies reported on Monday that Pavel Orlov, an aide to Parliament Speaker Nadim"
        " Farah, announced that the country has agreed to a truce.\n"
    )
    assert _said(text) == [("reported", "Pavel Orlov", "the country has agreed to a truce")]


def test_an_attribution_then_an_adverb_and_adjunct_attributes_what_precedes() -> None:
    text = (
        "Envoy barred\n\n"
        "Norland has barred a visit to the islands by a UN envoy, an official said Monday, just"
        " ahead of the publication of a report on the war.\n"
    )
    assert _said(text) == [
        ("reported", "official", "Norland has barred a visit to the islands by a UN envoy")
    ]


def test_according_to_after_a_conjunction_attributes_the_clause_after_it() -> None:
    text = (
        "Envoy arrives\n\n"
        "The envoy made the trip only after hearing that the odds of a deal were good, since,"
        " according to Lars Wint, without this he would not have come to the region.\n"
    )
    assert _said(text) == [
        ("reported", "Lars Wint", "without this he would not have come to the region")
    ]


def test_reports_by_a_named_outlet_stand_for_the_outlet() -> None:
    text = (
        "Truce terms\n\n"
        "According to reports by Reuters, the proposed terms include a requirement for the"
        " militia to move its forces north of the river.\n\n"
        "According to reports in the capital, the envoy has arrived.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Reuters",
            "the proposed terms include a requirement for the militia to move its forces north"
            " of the river",
        )
    ]


def test_the_communication_after_a_communique_is_its_issuers() -> None:
    text = (
        "King meets envoys\n\n"
        "The Royal Court said in a communiqué that the king met the delegation in the palace.\n\n"
        "The communication added that the decree constitutes a major step for peace.\n"
    )
    assert _said(text) == [
        ("reported", "Royal Court", "the king met the delegation in the palace"),
        ("reported", "Royal Court", "the decree constitutes a major step for peace"),
    ]


def test_two_countries_then_an_acronym_in_brackets_speak_together() -> None:
    text = (
        "Ties restored\n\n"
        "Qatar and the United Arab Emirates (UAE) have announced that they are restoring ties"
        " and reopening their embassies.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Qatar and the United Arab Emirates",
            "they are restoring ties and reopening their embassies",
        )
    ]


def test_initials_after_the_are_an_organisation_not_a_person() -> None:
    text = (
        "Prisoners freed\n\n"
        "The Russian MOD confirmed the return of its soldiers.\n\n"
        '"During the return of the servicemen, mediation was provided by Qatar," said the'
        " Russian MOD.\n"
    )
    assert _said(text) == [
        ("reported", "Russian MOD", "the return of its soldiers"),
        (
            "direct",
            "Russian MOD",
            "During the return of the servicemen, mediation was provided by Qatar,",
        ),
    ]


def test_a_group_of_a_plural_is_that_plural() -> None:
    text = (
        "Experts call for action\n\n"
        "A group of independent experts have called upon the Council to act to protect"
        " rights in the region.\n"
    )
    assert _said(text) == [
        ("reported", "independent experts", "the Council to act to protect rights in the region")
    ]


def test_a_news_agency_shortened_is_named_in_full() -> None:
    text = (
        "Minister ready for swap\n\n"
        "The state Tarn News Agency reported that the minister said that the regime was ready.\n\n"
        "Tarn News also stated that the minister reiterated that there are no conditions.\n"
    )
    assert _said(text) == [
        ("reported", "minister", "the regime was ready"),
        ("reported", "Tarn News Agency", "the minister reiterated that there are no conditions"),
    ]
