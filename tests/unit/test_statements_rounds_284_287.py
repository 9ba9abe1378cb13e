"""Errors of rounds 284-287 that recur across outlets (stfix42, session 34: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_ministrys_note_speaks_for_its_issuer() -> None:
    text = (
        "Talks open\n\n"
        "According to a note from the Norland Ministry of Foreign Affairs, the two delegations"
        " met on Monday.\n\n"
        "According to the note, the two countries intend to sign new agreements.\n\n"
        "“Mutual support in trade was discussed”, the note adds.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Ministry of Foreign Affairs", "the two delegations met on Monday"),
        (
            "reported",
            "Norland Ministry of Foreign Affairs",
            "the two countries intend to sign new agreements",
        ),
        ("direct", "Norland Ministry of Foreign Affairs", "Mutual support in trade was discussed"),
    ]


def test_adding_up_to_a_sum_is_no_speech() -> None:
    text = (
        "Trade grows\n\n"
        "The minister Ivo Marsh said investment from Tarn was large, adding up to 2 billion"
        " dollars.\n\n"
        "He added up to now no firm had left.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "investment from Tarn was large, adding up to 2 billion dollars"),
        ("reported", "Ivo Marsh", "up to now no firm had left"),
    ]


def test_titles_set_off_after_led_by_the_and_and_the_are_their_persons() -> None:
    text = (
        "Ministers meet\n\n"
        "The delegations, led by the Angolan Minister of Foreign Affairs, Ivo Marsh, and the"
        " Mozambican Minister of Foreign Affairs and Cooperation, Ana Lopez, reviewed ties.\n\n"
        "The Mozambican Minister of Foreign Affairs and Cooperation highlighted the importance"
        " of trade.\n"
    )
    assert _said(text) == [("reported", "Ana Lopez", "the importance of trade")]


def test_a_bare_title_is_the_titled_speaker_going_on_not_one_named_in_passing() -> None:
    text = (
        "Peace deal signed\n\n"
        "At the signing, Kenya's Minister of Foreign Affairs, Ivo Marsh, spoke.\n\n"
        "He reaffirmed Kenya's commitment to the mediation, led by Minister of State Omar"
        " Dahl.\n\n"
        "The Minister underscored the broad support for the peace initiative.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "Kenya's commitment to the mediation, led by Minister of State Omar Dahl",
        ),
        ("reported", "Ivo Marsh", "the broad support for the peace initiative"),
    ]


def test_a_head_of_mission_is_the_ambassador() -> None:
    text = (
        "Norland and the EU\n\n"
        "Mr. Ivo Marsh, head of Mission of Norland to the EU, was present.\n\n"
        "“We have closed a hard phase,” the ambassador said.\n\n"
        "Norland Foreign Minister Ana Lopez told the press that Norland has kept its course.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "We have closed a hard phase,"),
        ("reported", "Ana Lopez", "Norland has kept its course"),
    ]


def test_a_participle_after_a_lists_last_item_is_the_main_subjects() -> None:
    text = (
        "Deal signed\n\n"
        "The minister Ivo Marsh spoke at the signing.\n\n"
        "He also extended gratitude to Secretary of State Ana Lopez, Special Advisor Omar Dahl,"
        " and the U.S. State Department team, acknowledging their critical role in the"
        " process.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "their critical role in the process")]


def test_a_fuller_title_of_a_bare_one_is_the_minister_speaking_last() -> None:
    text = (
        "Peace deal signed\n\n"
        "Minister Ivo Marsh said the deal was a result of many efforts.\n\n"
        "“We will support the mediation led by Minister of State Omar Dahl,” he said.\n\n"
        "Kenya’s Foreign Minister also emphasized that the deal builds on earlier work.\n\n"
        "According to Amb. Marsh, the heart of the deal is a joint mechanism.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Ivo Marsh"] * 4


def test_a_quotation_closed_by_a_phrasal_unlisted_verb_is_direct() -> None:
    text = (
        "Talks\n\n"
        "President Ivo Marsh met the press.\n\n"
        '"There are 529 firms from Tarn here. They employ many people," he brought up.\n'
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "There are 529 firms from Tarn here. They employ many people,")
    ]


def test_unlisted_participles_after_an_adverb_end_a_reported_clause() -> None:
    text = (
        "Talks\n\n"
        "The minister Ivo Marsh underscored the support for the plan, specifically referencing"
        " the Union's role.\n\n"
        "He said firms from Tarn are welcome, publicly calling them partners.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the support for the plan"),
        ("reported", "Ivo Marsh", "firms from Tarn are welcome"),
    ]


def test_an_adjunct_between_who_and_its_verb_leaves_the_antecedent_speaking() -> None:
    text = (
        "Talks\n\n"
        "Marsh was referring to the words of Ana Lopez, who shortly after being named president"
        " of the commission said enlargement would be frozen for five years.\n\n"
        "The plan was opposed by Ivo Marsh, who in a speech on Monday said it was unfair.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Lopez", "enlargement would be frozen for five years"),
        ("reported", "Ivo Marsh", "it was unfair"),
    ]


def test_a_listed_passive_with_its_agent_closing_the_sentence_attributes_it() -> None:
    text = (
        "Talks fail\n\n"
        "BRUSSELS – The Council did not adopt the text of the conclusions on enlargement, as"
        " announced by Norland Minister for European Affairs, Ana Lopez. “We tried,” Lopez"
        " stated.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ana Lopez",
            "The Council did not adopt the text of the conclusions on enlargement",
        ),
        ("direct", "Ana Lopez", "We tried,"),
    ]


def test_a_listed_verb_in_a_relative_clause_inside_reported_words_is_its_own() -> None:
    text = (
        "Talks\n\n"
        "Marsh said he would lobby for talks despite the objections of President Omar Dahl, who"
        " says the bloc must first reform itself.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Marsh",
            "he would lobby for talks despite the objections of President Omar Dahl",
        ),
        ("reported", "Omar Dahl", "the bloc must first reform itself"),
    ]


def test_a_pronoun_after_a_relative_clauses_statement_is_the_main_speaker() -> None:
    text = (
        "Talks\n\n"
        "Ivo Marsh said he would lobby for talks despite the objections of President Omar Dahl,"
        " who says the bloc must first reform itself.\n\n"
        "And he vowed a swift end to the dispute.\n\n"
        "Ana Lopez stated that a protest was lodged, as confirmed by an official.\n"
    )
    assert [s.speaker for s in find_statements(text)] == [
        "Ivo Marsh",
        "Omar Dahl",
        "Ivo Marsh",
        "Ana Lopez",
    ]
