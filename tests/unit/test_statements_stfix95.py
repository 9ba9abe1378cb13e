"""The finder's known leftovers of issue 17 (stfix95, session 47), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_an_embedded_tweet_s_link_and_sign_off_are_not_what_was_said() -> None:
    """An embedded tweet ends in "pic.twitter.com/..." and "— Name (@handle) Month D, YYYY":
    the page's embedding, not the speaker's words (dev set: the tweet's link and credit not
    annotated); a statement that was only that trailer is none."""
    text = (
        "Move\n\n"
        "Chile said on Monday the move was wrong, spokesman Juan Ruiz told reporters.\n\n"
        "#FMsays Chile reserves its right to respond, urging Lima to stop the exchanges, FM"
        " spokesman Juan Ruiz said. pic.twitter.com/xnJ0AetKVQ \u2014 Andes Daily (@AndesDaily)"
        " August 14, 2020\n\n"
        "The envoy said the talks were useful.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Juan Ruiz", "Chile said on Monday the move was wrong"),
        ("envoy", "the talks were useful"),
    ]
    linked = "Border\n\nThe minister said the border would stay closed pic.twitter.com/Zz9AbC\n"
    assert _said(linked) == [("reported", "minister", "the border would stay closed")]
    signed = "Border\n\nThe envoy said talks would go on \u2014 Ana Paz (@anapaz) May 2, 2020\n"
    assert _said(signed) == [("reported", "envoy", "talks would go on")]


def test_a_country_s_statement_is_that_country_s_body_that_spoke() -> None:
    """ "The Fiji statement said" after "the Fiji delegation reaffirmed": the delegation
    issued it (dev set: "Fiji delegation", the documents Decision), not the organisation
    named last ("the Open Working Group")."""
    text = (
        "Talks\n\n"
        "The Kenyan delegation said it would support the plan. The Open Working Group said the"
        " draft was ready.\n\n"
        "The Kenyan statement said the country was ready to help.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Kenyan delegation", "it would support the plan"),
        ("Open Working Group", "the draft was ready"),
        ("Kenyan delegation", "the country was ready to help"),
    ]


def test_a_speaker_named_after_after_is_the_speaker_of_what_follows() -> None:
    """ "X said A, after the University said B": the reporter's time clause names another
    speaker, whose B is their own statement and ends X's A (dev set: "..., after the biggest
    Pacific Island nation said Y": Y its own statement)."""
    text = (
        "Campus\n\n"
        "Minister John Smith said the campus would reopen, after the University said classes"
        " would resume online.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("John Smith", "the campus would reopen"),
        ("University", "classes would resume online"),
    ]


def test_a_military_rank_of_several_words_is_the_speaker_s_role_whole() -> None:
    """ "Rear Admiral X said": the rank right before the name is X's role, all its words
    (only one word before a name was read as a title, and a rank as none); a longer title
    ending in a rank's word ("Attorney General") is not read as the rank."""
    text = (
        "Navy\n\n"
        "Rear Admiral Ana Paz said the ships would stay.\n\n"
        "Lieutenant General Tomas Rey said the drills were routine.\n\n"
        "Staff Sergeant Luis Vega said the base was calm.\n\n"
        "Attorney General Marta Gil said the case was closed.\n"
    )
    assert [(s.speaker, s.role) for s in find_statements(text)] == [
        ("Ana Paz", "Rear Admiral"),
        ("Tomas Rey", "Lieutenant General"),
        ("Luis Vega", "Staff Sergeant"),
        ("Marta Gil", "Attorney General"),
    ]
