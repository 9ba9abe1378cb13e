"""Errors of rounds 660-661 that recur across outlets (stfix147, session 62: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_office_named_by_the_title_it_serves_speaks_whole() -> None:
    text = (
        "Norland news\n\nThe trade talks ended on Monday.\n"
        "Karl Obermann said the deficit was growing. According to the Office of the U.S. Trade "
        "Representative, the surplus stood at $2 billion last year.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the deficit was growing"),
        (
            "reported",
            "Office of the U.S. Trade Representative",
            "the surplus stood at $2 billion last year",
        ),
    ]


def test_a_title_after_an_office_that_is_not_its_own_still_names_a_person() -> None:
    text = (
        "Norland news\n\nThe trade talks ended on Monday.\n"
        "Trade Representative Jon Ulvang met staff from the Office of the Prime Minister. "
        "The Trade Representative said the deficit was growing.\n"
    )
    assert _said(text) == [("reported", "Jon Ulvang", "the deficit was growing")]


def test_a_presidential_palace_speaks_and_its_statement_after_it() -> None:
    text = (
        "Norland news\n\nThe two presidents spoke by phone on Monday.\n"
        "“The conversation was friendly,” the Tarn presidential palace said in a statement.\n"
        "The statement added that the call was initiated by Norland.\n"
    )
    assert _said(text) == [
        ("direct", "Tarn presidential palace", "The conversation was friendly,"),
        ("reported", "Tarn presidential palace", "the call was initiated by Norland"),
    ]


def test_a_standfirst_between_the_headline_and_its_repetition_is_headline_matter() -> None:
    text = (
        "Obermann calls Vey calmer after Tarn talks\n"
        'After talks in Tarn, Obermann called Vey "calmer". He stressed the need for peace.\n'
        "Obermann calls Vey calmer after Tarn talks\n"
        "In an interview on Sunday, Karl Obermann said that the talks went well.\n"
    )
    assert _said(text) == [("reported", "Karl Obermann", "the talks went well")]


def test_a_paragraph_under_the_headline_is_body_when_the_headline_does_not_come_again() -> None:
    text = (
        "Obermann calls Vey calmer after Tarn talks\n"
        "After talks in Tarn, Karl Obermann stressed the need for peace.\n"
        "Obermann returns to Tarn\n"
        "In an interview on Sunday, Obermann said that the talks went well.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the need for peace"),
        ("reported", "Karl Obermann", "the talks went well"),
    ]


def test_a_first_sentence_over_a_byline_is_a_standfirst() -> None:
    text = (
        "At the summit in Tarn, Norland's President Obermann expressed optimism about a trade "
        "deal following talks with Vey, who remained cautious amid tensions over tariffs.\n"
        "Tarn Herald Desk\n"
        "During the summit, Karl Obermann told reporters that a deal was near.\n"
    )
    assert _said(text) == [("reported", "Karl Obermann", "a deal was near")]


def test_a_first_sentence_with_no_byline_under_it_is_the_lede() -> None:
    text = (
        "At the summit in Tarn, Norland's President Karl Obermann expressed optimism about a "
        "trade deal following talks with Vey, who remained cautious amid tensions over tariffs.\n"
        "During the summit, Obermann told reporters that a deal was near.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("reported", "Karl Obermann"),
        ("reported", "Karl Obermann"),
    ]


def test_sharing_insights_into_a_topic_before_a_participle_says_nothing() -> None:
    text = (
        "Norland news\n\nThe summit closed on Friday.\n"
        "Karl Obermann shared insights into his meeting with Ada Vey, expressing optimism "
        "about a trade deal.\n"
        "Obermann shared his views on the talks, saying that they went well.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "optimism about a trade deal"),
        ("reported", "Karl Obermann", "they went well"),
    ]


def test_shared_views_with_a_clause_of_their_own_are_still_content() -> None:
    text = (
        "Norland news\n\nThe summit closed on Friday.\n"
        "Karl Obermann shared his insight that the talks, starting today, would go well.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "the talks, starting today, would go well"),
    ]


_WHILE_HE = (
    "Norland news\n\n"
    "Jon Ulvang stated that Obermann had “guaranteed” a deal. He stressed Tarn’s importance.\n"
    "Karl Obermann, however, struck a more cautious tone when speaking to reporters. "
)


def test_a_pronoun_after_a_while_clause_of_the_same_pronoun_is_its_person() -> None:
    text = (
        _WHILE_HE + "While he praised Ulvang, he remained uncertain about a deal, saying, "
        "“I do not know if anything will happen.”\n"
    )
    assert _said(text)[-1] == (
        "direct",
        "Karl Obermann",
        "I do not know if anything will happen.",
    )


def test_a_while_clause_with_another_subject_leaves_the_pronoun_alone() -> None:
    text = (
        "Norland news\n\n"
        "Jon Ulvang stated that Obermann had “guaranteed” a deal. He stressed Tarn’s importance.\n"
        "While Karl Obermann praised the plan, he remained uncertain about a deal, saying, "
        "“I do not know if anything will happen.”\n"
    )
    assert _said(text)[-1] == (
        "direct",
        "Karl Obermann",
        "I do not know if anything will happen.",
    )


def test_a_quotation_of_a_second_predicate_in_an_opening_while_clause_is_its_subjects() -> None:
    text = (
        _WHILE_HE + "While he acknowledged having a “good meeting” with Ulvang and described him "
        "as “a very tough negotiator,” he remained uncertain about a deal, saying, "
        "“I do not know if anything will happen.”\n"
    )
    assert _said(text)[2:] == [
        ("reported", "Karl Obermann", "having a “good meeting” with Ulvang"),
        ("direct", "Karl Obermann", "a very tough negotiator,"),
        ("direct", "Karl Obermann", "I do not know if anything will happen."),
    ]


def test_a_second_predicate_of_an_according_to_sources_relative_clause_is_the_sources() -> None:
    text = (
        "Norland news\n\nKarl Obermann met Ada Vey on Monday.\n"
        "The two leaders focused on a “full ceasefire,” according to Obermann, who described "
        "the meeting as “good” and expressed optimism about the results.\n"
        "The talks went on, according to Obermann, who met Vey and stressed the need for a deal.\n"
    )
    assert _said(text) == [
        ("reported", "Karl Obermann", "The two leaders focused on a “full ceasefire,”"),
        ("direct", "Karl Obermann", "good"),
        ("reported", "Karl Obermann", "optimism about the results"),
        ("reported", "Karl Obermann", "The talks went on"),
        ("reported", "Karl Obermann", "the need for a deal"),
    ]


def test_a_clause_past_the_sources_relative_clause_is_not_the_sources() -> None:
    text = (
        "Norland news\n\nKarl Obermann met Ada Vey on Monday.\n"
        "The talks went on, according to Obermann, who left; Ada Vey and her aides stressed "
        "the need for a deal.\n"
    )
    assert ("reported", "Karl Obermann", "the need for a deal") not in _said(text)
