"""Errors of held-out rounds 524-533 that recur across outlets (stfix104, session 49: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_owner_of_an_official_spokesman_is_kept_as_the_posts_title() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Tom Vey met the envoy on Monday.\n"
        "Vey’s official spokesman said: “We remain a steadfast partner.”\n"
        "The deal was near, the Downing Street spokesman said.\n"
    )
    assert _said(text) == [
        ("direct", "Vey’s official spokesman", "We remain a steadfast partner."),
        ("reported", "Vey’s official spokesman", "The deal was near"),
    ]
    text = "Talks\n\nMr Berg’s spokesman said he was not in the room.\n"
    assert _said(text) == [("reported", "spokesman", "he was not in the room")]
    text = (
        "Talks\n\n"
        "The government said it would not yield, while the prime minister's official "
        "spokesperson insisted the talks would go on.\n"
    )
    assert _said(text)[1] == (
        "reported",
        "prime minister's official spokesperson",
        "the talks would go on",
    )


def test_an_attribution_after_its_content_may_close_on_here_a_topic_or_a_place_described() -> None:
    text = (
        "Talks\n\n"
        "Norland is ready for talks, Minister Tom Vey said here on Tuesday.\n"
        "It was not an easy conversation, Vey told Pink TV about the talks with Ann Berg over "
        "the plans for a new dialogue.\n"
        "Norland will wait, Vey said at the summit where he had a difficult talk with Foreign "
        "Minister Ann Berg during which the country was criticised for not acting on the plan.\n"
    )
    assert _said(text) == [
        ("reported", "Tom Vey", "Norland is ready for talks"),
        ("reported", "Tom Vey", "It was not an easy conversation"),
        ("reported", "Tom Vey", "Norland will wait"),
    ]


def test_a_ledes_described_speaker_is_the_untitled_person_named_next_as_speaking() -> None:
    text = (
        "Diplomat resigns\n\n"
        "GENEVA – A veteran Norland diplomat in Geneva says he handed in his resignation.\n\n"
        "The 41-year-old Tom Vey confirmed his resignation in a letter.\n"
    )
    assert _said(text) == [
        ("reported", "Tom Vey", "he handed in his resignation"),
        ("reported", "Tom Vey", "his resignation in a letter"),
    ]


def test_a_spokesperson_for_a_described_ministry_is_the_untitled_person_named_next() -> None:
    text = (
        "Pact\n\n"
        "The pact is a wrong road, a spokesperson for the Norland foreign ministry said Tuesday. "
        "The pact ignored the concerns of the region, Tom Vey said at a press briefing.\n"
    )
    assert _said(text) == [
        ("reported", "Tom Vey", "The pact is a wrong road"),
        ("reported", "Tom Vey", "The pact ignored the concerns of the region"),
    ]
