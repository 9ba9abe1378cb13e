"""Misattributions of a new user's Thailand-Cambodia ceasefire articles (newuser43, session 43:
USA Today, Inquirer, The Diplomat, a Vietnamese envoy's report), fixed as classes by stfix77;
invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.speaker, s.kind) for s in find_statements(f"Talks\n\n{text}\n")]


def test_the_channel_and_the_day_after_the_verb_are_not_the_words() -> None:
    """ "said on social media July 26 he had spoken": where and when it was said, then what."""
    assert _said("Jon Bell said on social media July 26 he had spoken to both leaders.") == [
        ("he had spoken to both leaders", "Jon Bell", "reported")
    ]


def test_a_day_before_the_channel_is_not_the_words_either() -> None:
    assert _said("Jon Bell said Monday on X the leaders would meet in Kuala Lumpur.") == [
        ("the leaders would meet in Kuala Lumpur", "Jon Bell", "reported")
    ]


def test_a_day_of_the_month_as_the_clauses_subject_stays_in_the_words() -> None:
    assert _said("Jon Bell said July 26 was the last day for talks.") == [
        ("July 26 was the last day for talks", "Jon Bell", "reported")
    ]
