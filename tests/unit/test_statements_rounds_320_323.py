"""Errors of rounds 320-323 that recur across outlets (stfix52, session 37: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


def test_a_given_name_that_is_a_title_starts_a_name_with_nothing_before_it() -> None:
    spans = _found("A call between Amir Rahim Zadran and Ivo Marsh took place.")
    assert ("PERSON", "Amir Rahim Zadran") in spans and ("ROLE", "Amir") not in spans
    spans = _found("Norland News – Amir Rahim Zadran met the envoy.")
    assert ("PERSON", "Amir Rahim Zadran") in spans
    spans = _found("He met the Amir Hamid Zadran, then Amir al-Muminin Hamid Zadran spoke.")
    assert spans.count(("ROLE", "Amir")) == 2 and ("PERSON", "Amir Hamid Zadran") not in spans
    assert ("ROLE", "Amir") in _found("Norland’s Amir Hamid Zadran met the envoy.")
    text = "Norland news\n\nAmir Rahim Zadran said the talks were useful.\n"
    assert _speakers(text) == ["Amir Rahim Zadran"]

