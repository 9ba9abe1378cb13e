"""Errors of rounds 656-657 that recur across outlets (stfix145, session 61: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said

HEAD = "Norland news\n\nThe ferry strike entered its third day.\n"


def test_a_participle_after_an_inverted_title_and_apposed_name_is_that_persons() -> None:
    text = HEAD + (
        "The longer the strike goes on, the more the islands suffer, said the President of"
        " Norland, Karl Obermann, stressing the need to reopen the harbour.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Karl Obermann",
            "The longer the strike goes on, the more the islands suffer",
        ),
        ("reported", "Karl Obermann", "the need to reopen the harbour"),
    ]


def test_an_unlisted_participle_after_the_apposed_name_still_ends_the_attribution() -> None:
    text = HEAD + (
        "The longer the strike goes on, the more the islands suffer, said the President of"
        " Norland, Karl Obermann, speaking in Tarn.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Karl Obermann",
            "The longer the strike goes on, the more the islands suffer",
        ),
    ]


def test_a_statement_issued_at_an_unintroduced_time_says_what_its_participle_says() -> None:
    text = HEAD + (
        "Separately, the Norland Dockers Union issued a statement tonight calling on the"
        " ministry to halt the closures.\n"
        "The Harbour Board released a statement Sunday urging calm.\n"
        "The Port Authority put out a release last night warning of delays at the quay.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Dockers Union", "the ministry to halt the closures"),
        ("reported", "Harbour Board", "calm"),
        ("reported", "Port Authority", "delays at the quay"),
    ]


def test_a_time_word_after_a_document_that_is_not_issued_makes_no_issuer() -> None:
    text = HEAD + (
        "Dockers read the statement tonight, calling on the ministry to halt the closures.\n"
    )
    assert _said(text) == []


def test_even_between_a_subject_and_its_verb_is_an_adverb() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "She even stated that some of the owners have declared that they would talk.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Olga Brandt",
            "some of the owners have declared that they would talk",
        ),
    ]


def test_a_two_word_countrys_person_is_the_subject_of_a_verb_after_and() -> None:
    text = HEAD + (
        "Norland President Karl Obermann met his Sri Lankan counterpart Jon Ulvang on Monday.\n"
        "Sri Lanka’s Ulvang backed Obermann on his plan and said the islands would prefer"
        " talks.\n"
    )
    assert _said(text) == [
        ("reported", "Jon Ulvang", "the islands would prefer talks"),
    ]


def test_a_two_word_countrys_body_still_heads_its_subject() -> None:
    text = HEAD + (
        "Sri Lanka’s Harbour Board backed the plan and said the islands would prefer talks.\n"
    )
    assert _said(text) == [
        ("reported", "Sri Lanka’s Harbour Board", "the islands would prefer talks"),
    ]


def test_thoughts_shared_on_a_topic_before_a_participle_are_no_content() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Earlier, Brandt shared her thoughts on the strike in a post on her blog, saying,"
        " “We will not give in.”\n"
        "Brandt shared her thoughts on the strike, noting that the talks had failed.\n"
    )
    assert _said(text) == [
        ("direct", "Olga Brandt", "We will not give in."),
        ("reported", "Olga Brandt", "the talks had failed"),
    ]


def test_a_view_shared_with_its_clause_is_still_content_before_a_participle() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Brandt shared her view that the talks had failed, saying the owners were to blame.\n"
    )
    assert _said(text) == [
        ("reported", "Olga Brandt", "the talks had failed"),
        ("reported", "Olga Brandt", "the owners were to blame"),
    ]


def test_a_relative_closing_the_sentence_that_quotes_its_sayer_ends_the_clause() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Brandt expressed concern about the owners’ latest moves, which she said “have deepened"
        " the rift”.\n"
    )
    assert _said(text) == [
        ("reported", "Olga Brandt", "concern about the owners’ latest moves"),
        ("direct", "Olga Brandt", "have deepened the rift"),
    ]


def test_a_relative_set_off_inside_the_clause_or_unquoted_stays_in_the_statement() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Brandt said the plan, which she said “has failed”, must go.\n"
        "Brandt expressed concern about the moves, which she said had deepened the rift.\n"
    )
    assert _said(text) == [
        ("reported", "Olga Brandt", "the plan, which she said “has failed”, must go"),
        (
            "reported",
            "Olga Brandt",
            "concern about the moves, which she said had deepened the rift",
        ),
    ]


def test_an_according_to_naming_the_speaker_inside_their_own_clause_is_nested() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Brandt says that the votes for the plan will come from the Greens, since according to"
        " her, a deal with the Greens is close.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Olga Brandt",
            "the votes for the plan will come from the Greens, since according to her, a deal"
            " with the Greens is close",
        ),
    ]


def test_an_according_to_naming_another_source_is_still_that_sources() -> None:
    text = HEAD + (
        "Union leader Olga Brandt spoke in Tarn on Monday.\n"
        "Brandt says that the votes will come, since according to Mayor Karl Weiss, a deal is"
        " close.\n"
    )
    assert ("reported", "Karl Weiss", "a deal is close") in _said(text)
