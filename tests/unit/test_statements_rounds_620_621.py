"""Classes of error found on rounds 620-621 (issue 17, stfix127): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_first_line_in_the_past_tense_is_the_lede_of_a_text_without_headline() -> None:
    text = (
        "Karl Berger warned the cabinet that the farmers in the north were losing patience with"
        " it.\nThe former minister spoke on his radio show on Monday evening.\n"
    )
    assert _said(text) == [("Karl Berger", "the farmers in the north were losing patience with it")]


def test_a_first_line_in_the_present_tense_stays_a_headline() -> None:
    text = (
        "Karl Berger warns the cabinet that the farmers in the north are losing patience with"
        " it.\nThe former minister spoke on his radio show on Monday evening.\n"
    )
    assert _said(text) == []
