"""Errors of rounds 296-299 that recur across outlets (stfix46, session 35: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_pronoun_glued_to_the_word_before_it_is_the_subject() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh, in remarks published by The Daily MirrorHe stated: “We will stand firm.”\n"
    )
    assert _said(text) == [("direct", "Ivo Marsh", "We will stand firm.")]


def test_a_gerund_phrase_after_by_between_subject_and_verb_is_an_aside() -> None:
    text = (
        "Norland news\n\n"
        "Ivo Marsh, by leaving the post, argued that the bloc should change its rules.\n\n"
        "Ada Vel, without naming the country, said the border must stay open.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the bloc should change its rules"),
        ("reported", "Ada Vel", "the border must stay open"),
    ]


def test_a_title_tells_two_persons_of_one_surname_apart_and_a_second_romanisation() -> None:
    text = (
        "Norland news\n\n"
        "Korean Ambassador to Japan Yoon Deok-su said, “We are ready.”\n\n"
        "Ambassador Yun said, “We wait.”\n\n"
        "He then appealed, “President Yoon Suk-min and the Prime Minister met.”\n\n"
        "Ambassador Yoon said, “In the end we"
    )
    assert {s.speaker for s in find_statements(text)} == {"Yoon Deok-su"}


def test_a_pair_of_countries_keeps_the_article_the_text_joins_them_with() -> None:
    text = "Norland news\n\nOman and the Netherlands have said that the bloc wants talks.\n"
    assert _said(text) == [("reported", "Oman and the Netherlands", "the bloc wants talks")]


def test_a_title_and_name_after_a_closing_said_speak_a_sentence_opening_with_a_relative() -> None:
    text = (
        "Norland news\n\nThe talks went well.\n\n"
        "Chile, which has no embassy in Vel, would like to see more trade, said Foreign"
        " Minister Ivo Darel Marsh.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Darel Marsh",
            "Chile, which has no embassy in Vel, would like to see more trade",
        )
    ]


def test_a_party_members_label_after_a_closing_said_is_the_person_last_named() -> None:
    text = (
        "Norland news\n\n"
        "Presidents Ivo Marsh (Brazil) and Ada Vel (Chile) met on Monday. Marsh stressed the"
        " importance of trade.\n\n"
        "“We are ready to talk,” said the petista.\n"
    )
    assert _said(text)[-1] == ("direct", "Ivo Marsh", "We are ready to talk,")


def test_a_contrast_with_another_named_persons_own_deed_ends_the_reported_clause() -> None:
    text = (
        "Norland news\n\n"
        "Presidents Ivo Marsh (Brazil) and Ada Vel (Chile) met on Monday. Marsh stressed the"
        " importance of trade, while Vel defended a turn towards open markets.\n\n"
        "Marsh said prices rose, while wages fell.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the importance of trade"),
        ("reported", "Ivo Marsh", "prices rose, while wages fell"),
    ]


def test_a_pronoun_is_not_the_speaker_of_a_quotation_later_in_its_sentence() -> None:
    text = (
        "Norland news\n\n"
        "Norland's visit to Tarn reciprocated a trip by Ivo Marsh. He reaffirmed his"
        " government upholds the 1990 declaration by Ada Vel, in which Vel said: “We regret"
        " the past.”\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)] == [
        ("reported", "Ivo Marsh"),
        ("direct", "Ada Vel"),
    ]


def test_one_pronoun_between_the_two_halves_of_a_quotation_speaks_both() -> None:
    # the pronoun is resolved once for each half: its first reading (remembered at its own
    # position) is no speaker of a quotation later in its sentence, whom the rule above leaves
    # out (session 35: the second half went to another person named before)
    text = (
        "Norland news\n\n"
        "Foreign Minister Ivo Marsh said the border would stay open.\n\n"
        "Marsh's remarks came at a press conference with his counterpart, Marsh Tolvanen,"
        " who arrived yesterday.\n\n"
        "\u201cThe talks were useful,\u201d he said, \u201cwe agreed on the next steps.\u201d\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(text)] == [
        ("reported", "Ivo Marsh"),
        ("direct", "Ivo Marsh"),
        ("direct", "Ivo Marsh"),
    ]


def test_a_royal_style_alone_is_the_person_the_article_gave_it_to() -> None:
    text = (
        "Norland news\n\n"
        "Foreign Minister Ivo Marsh thanked His Majesty King Abel Darion for his support.\n\n"
        "The Minister asserted that this vision was reflected in the speech of His Majesty the"
        " King at the summit. In the speech, His Majesty stressed the importance of stable"
        " energy prices.\n"
    )
    assert _said(text)[-1] == (
        "reported",
        "Abel Darion",
        "the importance of stable energy prices",
    )


def test_a_medium_named_between_its_countrys_word_and_its_kind_is_the_source() -> None:
    text = (
        "Norland news\n\n"
        "According to Japanese NHK broadcaster, Prime Minister Ivo Marsh, who is visiting"
        " Tarn, held a press conference.\n"
    )
    assert [(s.speaker, s.text[:20]) for s in find_statements(text)] == [
        ("NHK", "Prime Minister Ivo M")
    ]


def test_some_of_a_group_speaks_as_the_group() -> None:
    text = (
        "Norland news\n\nThe talks went on.\n\n"
        "Some of the delegates argued that the bloc should pay first.\n"
    )
    assert _said(text) == [("reported", "delegates", "the bloc should pay first")]


def test_other_members_of_a_group_speak_as_the_group() -> None:
    text = (
        "Norland news\n\nThe talks went on.\n\nBut other ministers stressed the need for unity.\n"
    )
    assert _said(text) == [("reported", "ministers", "the need for unity")]


def test_a_one_word_sentence_quoted_after_a_colon_is_said_not_a_title() -> None:
    text = (
        "Norland news\n\n“What is going on?” asked Ada Vel, a presenter.\n\n"
        "Ivo Marsh responded with a single word: “Uncertainty.”\n\n"
        "The theme of the forum was: “Unity.”\n"
    )
    assert _said(text)[1:] == [("direct", "Ivo Marsh", "Uncertainty.")]


def test_a_group_with_a_participle_after_its_noun_speaks_as_the_group() -> None:
    text = (
        "Norland news\n\nThe talks went on.\n\n"
        "The countries involved said they valued the efforts of Ivo Marsh.\n"
    )
    assert _said(text) == [("reported", "countries", "they valued the efforts of Ivo Marsh")]


def test_a_body_by_its_common_noun_joined_to_a_named_one_speak_together() -> None:
    text = (
        "Norland news\n\nThe talks went on.\n\n"
        "Some of the Japanese government and the ruling LDP have argued that the bloc should"
        " pay first.\n"
    )
    assert _said(text) == [
        ("reported", "Japanese government and the ruling LDP", "the bloc should pay first")
    ]
