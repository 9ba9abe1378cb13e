"""Finder errors a new user met in articles on the war in Sudan and its mediation (newuser45,
session 45), as classes; invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _roles(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.role) for s in find_statements(text)]


def test_an_aside_as_y_had_requested_names_an_act_asked_for_not_ys_words() -> None:
    """ "The court said X, as Kenya had requested, and ...": the aside was read as an
    attribution closing the sentence, so the court's words (and the clause after the aside)
    went to the country that asked for the act, not for the words."""
    text = (
        "Ruling\n\n"
        "The court said Friday it could not order measures against Estoria, as Kenya had"
        " requested, and its judges voted to close the file.\n"
    )
    [(speaker, said)] = _said(text)
    assert (speaker, said[:43]) == ("court", "it could not order measures against Estoria")


def test_an_aside_as_y_stated_still_attributes_the_clause_before_it() -> None:
    text = "Ruling\n\nThe envoys discussed trade and energy in Geneva, as Minister Aziz stated.\n"
    assert _said(text) == [("Aziz", "The envoys discussed trade and energy in Geneva")]


def test_a_statement_from_an_offices_official_platform_page_is_the_offices() -> None:
    """ "A press statement from the ministry's official Facebook page stated that X": the
    page's modifiers ("official", the platform) hid its possessive owner, so the statement
    was missed, and the quotation '“...,” reads the statement' went to the platform."""
    text = (
        "Visit\n\n"
        "A press statement from the ministry’s official Facebook page stated that the envoy"
        " would attend the summit in Geneva.\n\n"
        "“The envoy departed to Geneva to attend the summit on trade,” reads the statement.\n"
    )
    assert _said(text) == [
        ("ministry", "the envoy would attend the summit in Geneva"),
        ("ministry", "The envoy departed to Geneva to attend the summit on trade,"),
    ]


def test_a_second_adverbial_phrase_before_the_subject_is_passed_over() -> None:
    """ "Responding to X, given the absence of Y, Minister Z clarifies: “...”": only the first
    adverbial phrase was passed over, the second was read as the subject, and the quotation
    after the unlisted verb's colon was missed."""
    text = (
        "Talks\n\n"
        "Responding to questions about the recovery, given the absence of delegates at the"
        " summit, Estorian Minister for Trade, Lady Morland, clarifies: “There is still heavy"
        " fighting today. People are suffering.”\n"
    )
    assert _said(text) == [
        ("Morland", "There is still heavy fighting today. People are suffering.")
    ]


def test_a_described_role_ending_the_sentence_is_the_speakers_role() -> None:
    """'“...,” said X, a senior official with Y's Ministry of Foreign Affairs.': the
    description was read as X's role only when a comma closed it, not the sentence's stop."""
    text = (
        "Ruling\n\n"
        "“The facts speak for themselves,” said Rima Kay, a senior official with Estoria’s"
        " Ministry of Foreign Affairs.\n"
    )
    assert _roles(text) == [
        ("Rima Kay", "senior official with Estoria’s Ministry of Foreign Affairs")
    ]


def test_a_titles_portfolios_listed_after_its_first_stay_in_the_role() -> None:
    """ "X, African Union commissioner for Political Affairs, Peace and Security, said": the
    role was cut at the list's first comma, the portfolios after it dropped."""
    text = (
        "Talks\n\n"
        "Bola Ade, African Union commissioner for Political Affairs, Peace and Security, said"
        " the goal is to end the war.\n"
    )
    role = "African Union commissioner for Political Affairs, Peace and Security"
    assert _roles(text) == [("Bola Ade", role)]


def test_a_lowercase_word_before_an_apposed_title_keeps_the_name_after_it_the_subject() -> None:
    """ "The head of the Council, army chief X, affirmed his confidence in Y": a lowercase
    word before the apposed title ("army") hid the name after it, and the statement was
    missed; a capitalised one ("Philippine Ambassador X") already did not."""
    text = (
        "Talks\n\n"
        "The head of the Sovereignty Council, army chief Omar Bashi, affirmed his confidence"
        " in the talks.\n"
    )
    assert _said(text) == [("Omar Bashi", "his confidence in the talks")]


def test_the_facilitators_of_talks_are_a_group_that_speaks() -> None:
    """ "X, according to a joint statement from the facilitators.": talks' brokers were no
    group noun, so the statement (and the quotations the statement is then said to read)
    had no speaker."""
    text = (
        "Talks\n\n"
        "The goals include the delivery of aid and a lasting truce, according to a joint"
        " statement from the facilitators.\n"
    )
    assert _said(text) == [
        ("facilitators", "The goals include the delivery of aid and a lasting truce")
    ]


def test_a_title_apposed_before_a_name_after_an_opening_adverbial_is_the_role() -> None:
    """ "Responding to questions, Estorian Minister for Trade, Lady Morland, clarifies: “...”
    She added, “...”": a title and comma before the name were read as X's role only when
    they opened the sentence or followed "the"."""
    text = (
        "Talks\n\n"
        "Responding to questions on aid, Minister for International Trade, Baroness Morland,"
        " clarifies: “There is still heavy fighting today.”\n\n"
        "She added, “We are not prepared to wait.”\n"
    )
    assert _roles(text) == [
        ("Morland", "Minister for International Trade"),
        ("Morland", "Minister for International Trade"),
    ]
