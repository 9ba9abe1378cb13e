"""Classes of error found on held-out rounds 622-623 (stfix129, session 58): each test an
invented sentence showing the class, asserting the span and the speaker a user sees."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_a_clause_before_a_mid_sentence_source_is_the_sources_not_the_phrase_after() -> None:
    text = (
        "More than 300 people were killed, according to the Norland Centre for Human Rights,"
        " in a valley where troops were accused of executions."
    )
    assert _said(text) == [("Norland Centre for Human Rights", "More than 300 people were killed")]
