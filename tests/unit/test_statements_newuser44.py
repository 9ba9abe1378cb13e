"""Finder errors a new user met in articles on the 2025 India-Pakistan ceasefire (newuser44,
session 44), as classes; invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_title_and_name_after_said_that_open_a_clause_are_not_an_inverted_speaker() -> None:
    """ "Y reported that X, who ..., said President Z deserves credit": the president was
    taken for an inverted speaker and quoted as saying the words before the comma, "Y
    reported that X, who ..." (a citation of words Z never said). Without a title ("said
    Moscow supports Beijing") such a clause was already read as none."""
    text = (
        "Talks\n\n"
        "The Gazette reported that the former minister Aziz, who is leading a delegation to"
        " Geneva, said President Morland “deserves credit” for the truce.\n"
    )
    assert all(speaker != "Morland" for speaker, _ in _said(text))
    plain = text.replace("“deserves credit”", "deserves credit")
    assert all(speaker != "Morland" for speaker, _ in _said(plain))


def test_a_title_and_name_after_said_that_end_the_sentence_are_still_its_speaker() -> None:
    text = "Talks\n\nThe truce will hold, said President Morland in a statement.\n"
    assert _said(text) == [("Morland", "The truce will hold")]
