"""Classes of error found on held-out rounds 606-607 (stfix119, session 55), each shown on
invented sentences and names, as a reader would see them."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_capitalised_portfolio_before_a_title_is_no_policy_document() -> None:
    text = (
        "Extradition\n\n"
        "The court delivered its verdict on Monday.\n"
        "Law Adviser Omar Kale said the government would write to Norland again.\n"
    )
    assert _said(text) == [("reported", "Omar Kale", "the government would write to Norland again")]


def test_the_statement_is_issued_by_who_acted_in_a_statement_the_sentence_before() -> None:
    text = (
        "Extradition\n\n"
        "The Interior Ministry said on Monday that the two men had fled.\n"
        "The Ministry of Justice made the request in a statement after the verdict.\n"
        "The statement said, “The verdict is final.”\n"
    )
    assert _said(text) == [
        ("reported", "Interior Ministry", "the two men had fled"),
        ("direct", "Ministry of Justice", "The verdict is final."),
    ]


def test_as_per_a_source_opening_a_sentence_reads_as_according_to() -> None:
    text = (
        "Border talks\n\n"
        "The talks ended on Friday.\n"
        "As per the agreement, the troops will withdraw by May.\n"
        "As per officials, the two sides agreed that “the border must stay calm”.\n"
    )
    assert _said(text) == [
        ("reported", "officials", "the two sides agreed that “the border must stay calm”")
    ]


def test_told_a_described_audience_after_the_words_closes_the_attribution() -> None:
    text = (
        "Summit\n\n"
        "The forum now bears “greater responsibility” for peace in the region, President Ana"
        " Lind has told about 20 leaders she hosted for a summit in Norland.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ana Lind",
            "The forum now bears “greater responsibility” for peace in the region",
        )
    ]


def test_a_passive_quoted_or_cited_as_saying_closing_a_sentence_attributes_its_start() -> None:
    text = (
        "Summit\n\n"
        "President Ana Lind hosted a banquet on Sunday.\n"
        "The summit must build consensus among all parties, Lind was cited as telling the"
        " assembled leaders, the state news agency reported.\n"
        "The talks will resume next week, Lind was quoted as saying.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Lind", "The summit must build consensus among all parties"),
        ("reported", "Ana Lind", "The talks will resume next week"),
    ]


def test_a_companion_set_off_by_alongside_does_not_hide_the_subject() -> None:
    text = (
        "Summit\n\n"
        "President Ana Lind opened the summit on Monday.\n"
        "Lind, alongside Sudian President Omar Kale, highlighted the need for a new trade pact.\n"
    )
    assert _said(text) == [("reported", "Ana Lind", "the need for a new trade pact")]


def test_the_spokesperson_for_a_body_is_not_the_untitled_person_in_view() -> None:
    text = (
        "Ban\n\n"
        "An interim government was formed under Dr. Omar Kale. Ana Lind said the party would"
        " fight on.\n"
        "The spokesperson for Dr. Kale’s government, however, said there is no plan to lift"
        " the ban.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Lind", "the party would fight on"),
        ("reported", "spokesperson", "there is no plan to lift the ban"),
    ]


def test_a_position_named_by_its_owner_alone_is_no_content() -> None:
    text = (
        "Verdict\n\n"
        "Spokesperson Ana Lind spoke in Geneva on Monday.\n"
        "She stressed the UN’s position, saying: “We regret the death penalty.”\n"
        "She recalled Norland’s neutral position in the region.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Lind", "We regret the death penalty."),
        ("reported", "Ana Lind", "Norland’s neutral position in the region"),
    ]


def test_an_event_underscoring_its_own_relevance_says_nothing() -> None:
    text = (
        "Summit\n\n"
        "With ten observer states taking part, the summit underscored its growing relevance.\n"
        "The meeting highlighted the importance of trade.\n"
    )
    assert _said(text) == [("reported", "meeting", "the importance of trade")]
