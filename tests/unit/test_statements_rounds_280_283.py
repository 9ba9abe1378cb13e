"""Errors of rounds 280-283 that recur across outlets (stfix41, session 34: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_an_agency_credit_with_a_dash_glued_to_its_full_stop_is_no_part_of_the_speaker() -> None:
    text = (
        "Norland worried over new ties\n\n"
        "Taipei, Mar 15 (EFE).- The Taiwanese foreign affairs ministry said it was not"
        " considering new steps.\n\n"
        "Madrid, 3 Jun (EFE).- The Spanish foreign ministry said the talks would resume.\n"
    )
    assert _speakers(text) == ["Taiwanese foreign affairs ministry", "Spanish foreign ministry"]
