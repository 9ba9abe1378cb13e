"""Errors of rounds 448-459 that recur across outlets (stfix86, session 46: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_surname_with_its_article_respelled_is_the_full_name() -> None:
    text = (
        "Forum\n\n"
        "Trade Minister Hamid Al Sabir said trade had grown. However, Al-Sadir said new"
        " priorities have emerged.\n"
    )
    assert _said(text) == [
        ("reported", "Hamid Al Sabir", "trade had grown"),
        ("reported", "Hamid Al Sabir", "new priorities have emerged"),
    ]


def test_a_portfolio_of_consumers_closes_a_title_before_its_holders_name() -> None:
    text = (
        "Passports\n\n"
        "Commissioner for Justice and Consumers Ana Ruiz said: “Our values are not for sale.”\n"
    )
    assert _said(text) == [("direct", "Ana Ruiz", "Our values are not for sale.")]


def test_a_title_with_a_long_complement_titles_the_name_after_it() -> None:
    text = (
        "Quota\n\n"
        "Marek said he was ready.\n\n"
        "Speaking from Tarn, senior Minister in charge of Norland Haj operations Omar Hadi Sabir"
        " told reporters that first timers would be given preference.\n"
    )
    assert _said(text) == [
        ("reported", "Marek", "he was ready"),
        ("reported", "Omar Hadi Sabir", "first timers would be given preference"),
    ]


def test_the_court_is_the_court_named_before_with_its_of_complement() -> None:
    text = (
        "Ruling\n\n"
        "The Norland Union’s Court of Justice ruled on Tuesday that Tarn must end its scheme."
        " The Union took Tarn to court in 2022.\n\n"
        "The Court said that the scheme undermines trust.\n\n"
        "“A state cannot sell its nationality,” the court said.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Union’s Court of Justice", "the scheme undermines trust"),
        ("direct", "Norland Union’s Court of Justice", "A state cannot sell its nationality,"),
    ]


def test_the_government_is_the_one_government_named_by_its_country() -> None:
    text = (
        "Ruling\n\n"
        "“As always, we respect the courts,” a government statement said.\n\n"
        "The Kenyan government added that earlier applicants would not be affected.\n"
    )
    assert _said(text) == [
        ("direct", "Kenyan government", "As always, we respect the courts,"),
        ("reported", "Kenyan government", "earlier applicants would not be affected"),
    ]


def test_a_person_named_by_initials_given_in_brackets_is_named_in_full() -> None:
    text = (
        "Visit\n\n"
        "“Our plan is a testament to our ties,” said Tarn President Omar bin Sabir (ObS).\n\n"
        "ObS added that the friendship is mutual.\n"
    )
    assert _said(text) == [
        ("direct", "Omar bin Sabir", "Our plan is a testament to our ties,"),
        ("reported", "Omar bin Sabir", "the friendship is mutual"),
    ]


def test_a_pronoun_after_a_person_introduced_by_a_relative_clause_is_that_person() -> None:
    text = (
        "Anniversary\n\n"
        "Education Minister Ivo Marek was also present.\n\n"
        "Among them was the author Ana Ruiz, who was just 5 years old when she was sent to the"
        " camp.\n\n"
        "Now 86, she said that she is still haunted by the memories.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "she is still haunted by the memories"),
    ]


def test_foreign_economic_relations_is_a_portfolio_not_a_name() -> None:
    text = (
        "Minority\n\n"
        "Ivo Marek, Minister of Foreign Affairs and Foreign Economic Relations of Tarn, said that"
        " the council decided to appeal.\n"
    )
    assert _said(text) == [("reported", "Ivo Marek", "the council decided to appeal")]


def test_one_of_a_group_is_its_singular_with_the_pre_modifiers() -> None:
    text = (
        "Vote\n\n"
        "The vote has been postponed until Friday, according to one of the diplomatic sources.\n"
    )
    assert _said(text) == [
        ("reported", "diplomatic source", "The vote has been postponed until Friday")
    ]


def test_an_inverted_attribution_with_a_lowercase_portfolio_and_an_adjunct_ends_it() -> None:
    text = (
        "Pledges\n\n"
        "Delegations at the conference pledged 6 billion dollars in aid, said Ivo Marek, Norland"
        " commissioner for humanitarian aid, at the closing of the gathering.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marek",
            "Delegations at the conference pledged 6 billion dollars in aid",
        )
    ]


def test_the_lawyer_is_the_counsel_speaking_not_a_president_of_his_country() -> None:
    text = (
        "Hearings\n\n"
        "Lead Counsel Ivo Marek argued that some of the claims are unfounded.\n\n"
        "The Gambian international lawyer reiterated that the Commission took the massacre"
        " seriously. He added that every life is important.\n\n"
        "He spoke of the former Gambian President Tom Ruiz and his accomplices.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marek", "some of the claims are unfounded"),
        ("reported", "Ivo Marek", "the Commission took the massacre seriously"),
        ("reported", "Ivo Marek", "every life is important"),
    ]
