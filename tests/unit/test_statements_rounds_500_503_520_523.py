"""Errors of rounds 500-503 and 520-523 that recur across outlets (stfix103, session 49:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_coalition_is_a_body_the_noun_names_again() -> None:
    text = (
        "Prisoners\n\n"
        "The Norland-led coalition said on Friday it had started moving the prisoners.\n"
        "The coalition said two flights had left. It said more would follow.\n"
    )
    assert _said(text) == [
        ("reported", "Norland-led coalition", "it had started moving the prisoners"),
        ("reported", "Norland-led coalition", "two flights had left"),
        ("reported", "Norland-led coalition", "more would follow"),
    ]


def test_where_it_was_said_alone_is_no_content() -> None:
    text = (
        "Talks\n\n"
        "Ana Berg said the prisoners were freed. She also said in a post.\n"
        "Ivo Kral “was present in the embassy” on Tuesday, the Norland foreign ministry said"
        " in a statement, without giving any details.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "the prisoners were freed"),
        (
            "reported",
            "Norland foreign ministry",
            "Ivo Kral “was present in the embassy” on Tuesday",
        ),
    ]


def test_a_bare_ministry_is_named_with_the_one_nationality_the_text_gives_it() -> None:
    text = (
        "Swap\n\n"
        "Tarn released 55 soldiers in exchange, according to the Peruvian Defense Ministry.\n"
        "The Danish Foreign Ministry was attacked last year. According to the Foreign"
        " Ministry, the attack came from abroad.\n"
    )
    assert _said(text) == [
        ("reported", "Peruvian Defense Ministry", "Tarn released 55 soldiers in exchange"),
        ("reported", "Danish Foreign Ministry", "the attack came from abroad"),
    ]


def test_a_dash_typed_as_two_hyphens_sets_off_an_aside() -> None:
    text = (
        "Summit\n\n"
        "Ministers from Tarn and Norland -- members of the River Commission -- called for"
        " greater cooperation on the river.\n"
    )
    assert _said(text) == [("reported", "Ministers", "greater cooperation on the river")]


def test_an_opening_while_clause_ends_before_the_main_clause_says_its_own() -> None:
    text = (
        "Spill\n\n"
        "While the government said the barge was towed to Tarn, Ana Berg said it was seen in"
        " the bay.\n"
        "While Ivo Kral said that the talks had ended, he also said that a deal was near.\n"
    )
    assert _said(text) == [
        ("reported", "government", "the barge was towed to Tarn"),
        ("reported", "Ana Berg", "it was seen in the bay"),
        ("reported", "Ivo Kral", "the talks had ended"),
        ("reported", "Ivo Kral", "a deal was near"),
    ]


def test_insiders_are_a_group_that_speaks() -> None:
    text = "Spill\n\nMaritime insiders say that the barge may have been carrying oil.\n"
    assert _said(text) == [
        ("reported", "Maritime insiders", "the barge may have been carrying oil")
    ]


def test_a_time_from_another_event_with_a_degree_adverb_is_the_reporters() -> None:
    text = (
        "Embassy\n\n"
        "Norland has closed its embassy in Tarn, the foreign ministry said on Tuesday, barely"
        " two weeks after the last troops left the country.\n"
    )
    assert _said(text) == [
        ("reported", "foreign ministry", "Norland has closed its embassy in Tarn")
    ]
