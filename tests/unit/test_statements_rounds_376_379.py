"""Errors of rounds 376-379 that recur across outlets (stfix68, session 41: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

_HEAD = "Norland news\n\n"


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(_HEAD + text)]


def test_the_name_after_told_is_whom_it_is_told_not_an_inverted_speaker() -> None:
    text = (
        "Ivo Marsh, a Tarnish consultant on natural resources and water governance, told NRK"
        " in an interview this week that the countries should confront Tarn over water flows"
        " on their economies."
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the countries should confront Tarn over water flows on their economies",
        )
    ]


def test_an_agency_reporting_that_someone_said_at_an_occasion_that_x() -> None:
    text = (
        "Ivo Marsh is the ministry's spokesman. The agency NRK reported that Marsh said in a"
        " press conference on May 3 that both sides had talked."
    )
    assert _said(text) == [("reported", "Ivo Marsh", "both sides had talked")]


def test_quoted_saying_without_as_names_who_is_quoted() -> None:
    text = (
        "Ivo Marsh is the ministry's spokesman.\n\n"
        "“We agreed on new steps,” the spokesman was quoted saying to NRK.\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We agreed on new steps,")]


def test_a_countrys_military_speaks_as_a_body() -> None:
    text = "In turn, the Norland military said Tarn guards were creating hurdles for the census."
    assert _said(text) == [
        ("reported", "Norland military", "Tarn guards were creating hurdles for the census")
    ]


def test_the_statement_is_the_issuers_not_the_body_named_after_it() -> None:
    text = (
        "The Norland Council issued a statement on Friday condemning the attack on the UN"
        " Mission in Tarn.\n\n"
        "“This attack is deeply disturbing,” the statement said. “The safety of all personnel"
        " is of paramount importance.”\n"
    )
    assert _said(text) == [
        ("direct", "Norland Council", "This attack is deeply disturbing,"),
        ("direct", "Norland Council", "The safety of all personnel is of paramount importance."),
    ]


def test_a_lowercase_group_after_an_opening_phrase_speaks_for_its_second_verb() -> None:
    text = (
        "Eight months after the row erupted between Tarn and Norland, foreign ministers of the"
        " two countries discussed the issue and expressed the commitment to early completion"
        " of the works."
    )
    assert _said(text) == [
        ("reported", "foreign ministers", "the commitment to early completion of the works")
    ]


def test_a_countrys_unnamed_representative_keeps_the_country() -> None:
    text = (
        "Kenya’s representative emphasised that the text should not change. The text should"
        " stay as it is, they said."
    )
    assert _said(text) == [
        ("reported", "Kenya’s representative", "the text should not change"),
        ("reported", "Kenya’s representative", "The text should stay as it is"),
    ]


def test_not_and_an_adverb_before_the_verb_say_nothing() -> None:
    assert _said("Tarn authorities have not publicly said whether talks will resume.") == []
    text = (
        "Last week, it was reported that Tarn released water. However, Tarn authorities have"
        " not officially confirmed it, and neither has Norland."
    )
    assert _said(text) == []


def test_the_country_in_lower_case_stands_for_the_country_heading_a_clause_before() -> None:
    text = (
        "Kenya opened a plant on Monday. The country seeks to end coal, but has long said that"
        " it lacks the means to do so. The country stressed that aid must grow."
    )
    assert _said(text) == [
        ("reported", "Kenya", "it lacks the means to do so"),
        ("reported", "Kenya", "aid must grow"),
    ]


def test_a_hyphened_title_in_lower_case_titles_the_name_after_it() -> None:
    text = "Norland’s director-general of police, Peter Jones, said the four soldiers died."
    assert _said(text) == [("reported", "Peter Jones", "the four soldiers died")]


def test_a_lowercase_chief_before_an_unknown_name_names_a_person() -> None:
    text = (
        "“We will reach the goal by May,” stated mission chief Oubra Tenkalo. “We have a"
        " ceiling.”\n\nShe added that the first phase will start in the east."
    )
    assert _said(text) == [
        ("direct", "Oubra Tenkalo", "We will reach the goal by May,"),
        ("direct", "Oubra Tenkalo", "We have a ceiling."),
        ("reported", "Oubra Tenkalo", "the first phase will start in the east"),
    ]


def test_a_hyphened_rank_introduces_an_unknown_name() -> None:
    text = "Major-General Oubra Tenkalo, the force commander, said the attack was a vile act."
    assert _said(text) == [("reported", "Oubra Tenkalo", "the attack was a vile act")]


def test_they_stands_for_a_group_opening_the_sentence_before_without_a_determiner() -> None:
    text = (
        "Delegates responded with disappointment at the draft. They called for a higher figure"
        " in finance.\n\nMinisters Ivo Marsh and Ada Lenk discussed energy. They agreed to meet."
    )
    assert _said(text) == [("reported", "Delegates", "a higher figure in finance")]


def test_an_unnamed_spokeswoman_is_the_one_according_to_names_next() -> None:
    text = (
        "Envoys from Tarn and Norland will meet in Lund on Friday, a foreign ministry"
        " spokeswoman said on Tuesday.\n\nTwo envoys will attend the talks, according to"
        " spokeswoman Ada Lenk.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Lenk", "Envoys from Tarn and Norland will meet in Lund on Friday"),
        ("reported", "Ada Lenk", "Two envoys will attend the talks"),
    ]
    text = (
        "Talks went on, according to a ministry official.\n\nThe sides differ, according to the"
        " official. President Ivo Marsh has repeatedly stated that Norland will not act, the"
        " official added.\n"
    )
    assert [s.speaker for s in find_statements(_HEAD + text)][:2] == [
        "ministry official",
        "ministry official",
    ]
