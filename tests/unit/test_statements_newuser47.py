"""Finder errors a new user met in Armenia-Azerbaijan articles (newuser47, session 47:
Eurasianet, Asian News), as classes; invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_second_country_s_ministry_named_in_other_words_is_that_country_s() -> None:
    """Eurasianet named Armenia's "Ministry of Foreign Affairs", then "Azerbaijan's Foreign
    Ministry ... added that several pre-conditions": the recogniser links both wordings as one
    organisation, and the second country's possessive was dropped, its words cited to Armenia."""
    text = (
        "Treaty\n\n"
        "Chile's Ministry of Foreign Affairs announced that the draft was complete.\n\n"
        "Peru's Foreign Ministry, in a statement of its own, said it was pleased, but added"
        " that two conditions remained.\n\n"
        "The Ministry of Foreign Affairs said talks would go on.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Chile's Ministry of Foreign Affairs", "the draft was complete"),
        ("Peru's Foreign Ministry", "it was pleased"),
        ("Peru's Foreign Ministry", "two conditions remained"),
        # two countries' ministries: the bare mention is named as written, neither's
        ("Ministry of Foreign Affairs", "talks would go on"),
    ]


def test_a_bare_date_between_the_verb_and_that_is_when_not_what() -> None:
    """Eurasianet: "the ministry announced March 13 that X" gave "March 13 that X" as the
    ministry's words; GUIDELINES: an adverbial between the verb and "that" is left out."""
    for when in ("June 4", "4 June", "Sept. 4", "June 4, 2025"):
        text = f"Talks\n\nThe ministry announced {when} that the talks had ended.\n"
        assert _said(text) == [("reported", "ministry", "the talks had ended")], when
