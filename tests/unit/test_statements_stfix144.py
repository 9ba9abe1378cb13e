"""Errors of rounds 654-655 that recur across outlets (stfix144, session 61: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_pronoun_opening_the_clause_after_that_is_content_when_the_text_is_cut() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "The ministry urged workers to return to the docks and confirmed that it"
    )
    assert _said(text) == [
        ("reported", "ministry", "workers to return to the docks"),
        ("reported", "ministry", "it"),
    ]


def test_a_pronoun_standing_for_the_whole_object_is_still_no_content() -> None:
    text = (
        "Norland news\n\nThe ferry strike entered its third day.\n"
        "Asked about the talks, the ministry confirmed it.\n"
    )
    assert _said(text) == []


def test_a_name_after_its_owners_possessive_title_heads_its_clause() -> None:
    text = (
        "Norland news\n\n"
        "“We do not comment on others,” Foreign Secretary Jon Ulvang told reporters on Monday.\n"
        "Noting that the vote is a domestic matter, Prime Minister's Press Secretary Karl "
        "Obermann today said the old wounds are still fresh, according to Tarn Radio.\n"
        "“The wounds are still fresh,” he told Tarn Radio.\n"
    )
    assert _said(text) == [
        ("direct", "Jon Ulvang", "We do not comment on others,"),
        (
            "reported",
            "Tarn Radio",
            "Noting that the vote is a domestic matter, Prime Minister's Press Secretary Karl "
            "Obermann today said the old wounds are still fresh",
        ),
        ("direct", "Karl Obermann", "The wounds are still fresh,"),
    ]


def test_a_name_after_an_owner_that_is_no_title_does_not_head_its_clause() -> None:
    text = (
        "Norland news\n\n"
        "“We do not comment on others,” Foreign Secretary Jon Ulvang told reporters on Monday.\n"
        "After meeting the President's brother Karl Obermann, officials left Tarn.\n"
        "“The wounds are still fresh,” he said.\n"
    )
    assert _said(text)[-1] == ("direct", "Jon Ulvang", "The wounds are still fresh,")


def test_a_gerund_after_by_is_the_subject_of_a_present_tense_and_its_phrase() -> None:
    text = (
        "Norland news\n\nThe border talks stalled on Monday.\n"
        "The Norland government continues to meddle in Tarn’s internal affairs by expressing "
        "concern over the new port law.\n"
        "The ministry answered the letter by urging Tarn to stay out.\n"
    )
    assert _said(text) == [
        ("reported", "Norland government", "concern over the new port law"),
        ("reported", "ministry", "Tarn to stay out"),
    ]


def test_a_gerund_after_by_with_no_speaker_before_it_is_no_statement() -> None:
    text = (
        "Norland news\n\nThe border talks stalled on Monday.\n"
        "The rising prices of bread by urging calm were ignored.\n"
    )
    assert _said(text) == []


def test_a_participle_after_a_while_clause_is_that_clauses_subjects() -> None:
    text = (
        "Norland news\n\nThe port law passed on Monday.\n"
        "The Labour Party praised it as a “bold step,” while the Green Party voiced "
        "disappointment, stating it would fail the coast.\n"
    )
    assert _said(text) == [
        ("direct", "Labour Party", "bold step,"),
        ("reported", "Green Party", "it would fail the coast"),
    ]


def test_a_quotation_a_participle_after_a_while_clause_introduces_is_its_subjects() -> None:
    text = (
        "Norland news\n\nThe port law passed on Monday.\n"
        "Jon Ulvang praised the law, while Kari Moen voiced doubts, saying: “It will fail the "
        "coast.”\n"
        "Jon Ulvang praised the law, while prices climbed, saying: “It will help the coast.”\n"
    )
    assert _said(text) == [
        ("direct", "Kari Moen", "It will fail the coast."),
        ("direct", "Jon Ulvang", "It will help the coast."),
    ]


def test_a_participle_after_a_while_clause_naming_no_speaker_is_the_main_subjects() -> None:
    text = (
        "Norland news\n\nThe port law passed on Monday.\n"
        "The Labour Party praised the law, while prices climbed, saying it would help the coast.\n"
    )
    assert _said(text) == [("reported", "Labour Party", "it would help the coast")]


def test_a_one_word_speaker_is_named_as_its_particled_name_in_the_text() -> None:
    text = (
        "Norland news\n\nThe charter was published by Hizb-ut-Tarn on Monday.\n"
        "Hizb said it failed the nation.\n"
    )
    assert _said(text) == [("reported", "Hizb-ut-Tarn", "it failed the nation")]


def test_a_one_word_speaker_before_a_hyphened_word_is_no_particled_name() -> None:
    text = (
        "Norland news\n\nThe Hamas-Fatah talks and the Hamas-run ministry were in the news.\n"
        "Hamas said the talks would resume.\n"
    )
    assert _said(text) == [("reported", "Hamas", "the talks would resume")]


def test_a_quotation_a_comma_introduces_after_a_clause_of_its_own_is_that_subjects() -> None:
    text = (
        "Norland news\n\nThe rally ended at noon.\n"
        "Jon Ulvang opened the rally, but Karl Obermann closed it with the words, “Norland is "
        "back.”\n"
        "Jon Ulvang and Karl Obermann did the same, though the latter finished with the words, "
        "“Tarn is next.”\n"
    )
    assert _said(text) == [
        ("direct", "Karl Obermann", "Norland is back."),
        ("direct", "Karl Obermann", "Tarn is next."),
    ]


def test_a_quotation_after_a_clause_naming_no_speaker_is_the_main_subjects() -> None:
    text = (
        "Norland news\n\nThe rally ended at noon.\n"
        "Karl Obermann closed the rally, though the rain poured, with the words, “Norland is "
        "back.”\n"
    )
    assert _said(text) == [("direct", "Karl Obermann", "Norland is back.")]


def test_a_name_the_recogniser_missed_before_revealed_that_is_a_person() -> None:
    text = (
        "Norland news\n\nThe campaign was rocked by a scandal.\n"
        "Senior official Kari Moen resigned on Monday. Tanizaki revealed that the office was "
        "attacked. He added that he was “responsible for what happened.”\n"
    )
    assert _said(text) == [("reported", "Tanizaki", "he was “responsible for what happened.”")]


def test_a_pronoun_in_a_reported_clause_after_another_persons_sentence_says_no_gender() -> None:
    text = (
        "Norland news\n\nThe campaign was rocked by a scandal.\n"
        "Senior official Kari Moen resigned on Monday. Minister Jon Tanizaki revealed that she "
        "was threatened. He added that he was “responsible for what happened.”\n"
    )
    assert _said(text) == [
        ("reported", "Jon Tanizaki", "he was “responsible for what happened.”"),
    ]


def test_a_pronoun_in_the_reported_clause_of_a_person_named_before_still_says_gender() -> None:
    text = (
        "Norland news\n\nThe talks opened in Tarn.\n"
        "President Jon Ulvang met Kari Moen on Monday. Moen said that she would stay. He added "
        "that the talks went well.\n"
    )
    assert _said(text) == [
        ("reported", "Kari Moen", "she would stay"),
        ("reported", "Jon Ulvang", "the talks went well"),
    ]


def test_the_government_is_named_by_its_country_only_where_that_one_spoke() -> None:
    text = (
        "Norland news\n\nThe party was banned at the weekend.\n"
        "Kenya’s interim government on Saturday banned the party.\n"
        "The government urged protesters to stay calm.\n"
    )
    assert _said(text) == [("reported", "government", "protesters to stay calm")]


def test_the_government_after_its_country_spoke_and_the_ministry_keep_their_names() -> None:
    spoke = (
        "Norland news\n\nThe party was banned at the weekend.\n"
        "Kenya’s interim government said on Saturday the party was banned.\n"
        "The government urged protesters to stay calm.\n"
    )
    assert _said(spoke)[-1] == (
        "reported",
        "Kenya’s interim government",
        "protesters to stay calm",
    )
    ministry = (
        "Norland news\n\nThe party was banned at the weekend.\n"
        "Kenya’s foreign ministry on Saturday banned the party.\n"
        "The ministry urged protesters to stay calm.\n"
    )
    assert _said(ministry) == [
        ("reported", "Kenya’s foreign ministry", "protesters to stay calm"),
    ]
