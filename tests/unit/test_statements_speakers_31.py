"""Speakers linked as GUIDELINES.md decides, by class of the dev set's speaker errors
(stspeak31; invented sentences).

A foreign ministry named by its seat ("Wisma Putra said") is the ministry the article names for
that country, in its fullest form; where the article names no foreign ministry, the seat stays
the speaker.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_seat_speaks_as_the_foreign_ministry_the_article_names() -> None:
    body = (
        "The Foreign Ministry disclosed this in a statement on Sunday. The envoy was summoned "
        "to Wisma Putra on Friday.\n\n"
        "Wisma Putra said that the envoy met the ministry's deputy secretary-general."
    )
    assert speakers(body)[-1] == (
        "Foreign Ministry",
        "the envoy met the ministry's deputy secretary-general",
    )


def test_a_seat_is_the_ministry_of_its_own_country() -> None:
    body = (
        "Talks between the Secretary-General of the Ministry of Foreign Affairs of Singapore "
        "and the Secretary-General of the Ministry of Foreign Affairs of Malaysia are due on "
        "Monday.\n\n"
        "Wisma Putra said the talks would cover maritime issues."
    )
    assert speakers(body)[-1] == (
        "Ministry of Foreign Affairs of Malaysia",
        "the talks would cover maritime issues",
    )


def test_a_seat_stays_the_speaker_where_no_ministry_is_named() -> None:
    body = "Wisma Putra said the envoy had been called in over his remarks."
    assert speakers(body) == [("Wisma Putra", "the envoy had been called in over his remarks")]


def test_a_seat_is_not_another_country_s_ministry() -> None:
    body = (
        "Singapore's Foreign Ministry replied on Monday.\n\n"
        "Wisma Putra said the talks would cover maritime issues."
    )
    assert speakers(body)[-1] == ("Wisma Putra", "the talks would cover maritime issues")
