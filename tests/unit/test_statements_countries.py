"""Whose country an organisation named generically speaks for, as the library shows it (issue 17).

Only a country its article names it with, near where it speaks and not in its own words, and
only one such country in the article: never guessed. Invented sentences."""

from __future__ import annotations

from diplotui.library.statement_cache import article_statements


def speakers(body: str) -> list[str]:
    return [s.speaker for s in article_statements("A headline that is not read\n\n" + body, [])]


def test_named_with_its_country_before_it_speaks() -> None:
    assert speakers(
        "The Malaysian foreign ministry summoned the envoy on Monday. "
        "The Foreign Ministry said that the talks were useful."
    ) == ["Foreign Ministry (Malaysia)"]
    assert speakers(
        "The Ministry of Foreign Affairs of Malaysia summoned the envoy on Monday. "
        "The Ministry of Foreign Affairs said that the talks were useful."
    ) == ["Ministry of Foreign Affairs (Malaysia)"]


def test_a_country_in_its_own_words_is_not_its_own() -> None:
    assert speakers(
        "Officials met the Japanese Foreign Ministry on Monday, the Foreign Ministry said."
    ) == ["Foreign Ministry"]


def test_two_countries_ministries_leave_it_unnamed() -> None:
    assert speakers(
        "Vietnam's Foreign Ministry and Malaysia's Foreign Ministry met in Hanoi. "
        "The Foreign Ministry said that the meeting went well."
    ) == ["Foreign Ministry"]


def test_a_country_named_far_from_where_it_speaks_is_not_guessed() -> None:
    far = "The delegates then toured the port and the new container terminal. " * 5
    assert speakers(
        "The Malaysian foreign ministry summoned the envoy on Monday. "
        + far
        + "The Foreign Ministry said that the talks were useful."
    ) == ["Foreign Ministry"]
