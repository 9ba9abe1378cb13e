"""Finder errors a new user met in articles of the Horn of Africa and the Gulf (newuser41,
session 41: Reuters, Eye Radio, TradeWinds, Sudan Times, New Arab), grouped into classes that
recur across outlets; invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_verb_hyphened_to_the_word_before_is_no_verb() -> None:
    text = (
        "Envoy quits\n\n"
        "The trade minister of the self-declared republic of Westmark has resigned over a"
        " pipeline deal, the Daily Courier has reported.\n"
    )
    assert _said(text) == []


def test_a_surname_missed_before_was_quoted_as_saying_is_the_person_named_before() -> None:
    text = (
        "Port\n\n"
        "The militia’s deputy minister, Sami al-Haddad, also revealed talks with the bloc.\n\n"
        "“We once again state that the port is completely safe,” al-Haddad was quoted as"
        " saying by Kestria’s Al-Nour TV channel.\n"
    )
    assert _said(text) == [
        ("direct", "Sami al-Haddad", "We once again state that the port is completely safe,")
    ]


def test_a_dateline_dash_glued_to_the_lede_is_no_part_of_the_subject() -> None:
    text = (
        "Kenya rejects canal deal\n\n"
        "NAIROBI (Reuters) -Kenya on Monday rejected a treaty its northern province signed with"
        " Uganda, saying the accord had no legal force.\n"
    )
    assert _said(text) == [("reported", "Kenya", "the accord had no legal force")]


def test_a_list_set_off_by_dashes_glued_to_the_words_is_no_subject() -> None:
    text = (
        "Talks stall\n\n"
        "The rebuff came after the Quartet—Egypt, Saudi Arabia, the UAE and the United"
        " States—called for a two-week truce in the south.\n"
    )
    assert _said(text) == [("reported", "Quartet", "a two-week truce in the south")]
    event = (
        "Talks\n\n"
        "The foreign ministers' meeting—Norland’s first with its neighbours since"
        " 2023—highlighted efforts to improve ties.\n"
    )
    assert _said(event) == []  # a phrase, no list: an event as subject, no speaker


def test_a_fixed_phrase_opening_the_sentence_without_a_comma_is_no_subject() -> None:
    text = (
        "Port\n\n"
        "Westmark leader Omar Teli signed the pact on Monday. In exchange Westmark’s leader"
        " said Kestria would recognise Westmark as a state.\n"
    )
    assert _said(text) == [("reported", "Omar Teli", "Kestria would recognise Westmark as a state")]


def test_a_connective_before_a_quotation_closed_before_its_comma_is_the_reporters() -> None:
    text = (
        "Talks\n\n"
        "The envoy Jon Keller said the talks were hard.\n\n"
        'However, "we will move forward with the meeting this week", he told a press'
        " conference in Valdor.\n"
    )
    assert _said(text)[1] == (
        "direct",
        "Jon Keller",
        "we will move forward with the meeting this week",
    )


def test_what_the_speaker_described_as_quoted_stays_inside_his_reported_clause() -> None:
    text = (
        "Talks stall\n\n"
        "General Tomas Varga reiterated his refusal to agree to a truce unless the rebels"
        " withdrew from what he described as “occupied areas” in the north.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Tomas Varga",
            "his refusal to agree to a truce unless the rebels withdrew from what he described"
            " as “occupied areas” in the north",
        )
    ]


def test_a_quotation_an_unlisted_verb_cautions_against_is_direct() -> None:
    text = (
        "Port\n\n"
        "Addressing Kestria and the Gulf states, the ministry cautioned against “imposing"
        " guardianship on Westmark” and urged calm.\n"
    )
    assert _said(text) == [
        ("direct", "ministry", "imposing guardianship on Westmark"),
        ("reported", "ministry", "calm"),
    ]


def test_the_kind_of_leader_is_kept_in_the_role_shown() -> None:
    text = (
        "Talks\n\nIn a statement, Norland political leader Sami Haddad said the ships were safe.\n"
    )
    assert [s.role for s in find_statements(text)] == ["Norland political leader"]
