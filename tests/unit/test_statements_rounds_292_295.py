"""Errors of rounds 292-295 that recur across outlets (stfix45, session 35: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_the_un_envoy_is_the_special_representative_named_at_a_sentences_end() -> None:
    text = (
        "Minister meets UN mission head\n\n"
        "The talks were held on Monday between Foreign Minister Ivo Marsh, and the Special"
        " Representative of the UN Secretary General, Chief of the United Nations Mission in"
        " Tarn, Olek Varda.\n\n"
        "The minister stressed that talks must go on.\n\n"
        "For his part, the UN envoy briefed the minister on the situation. He stressed that the"
        " ceasefire must hold.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Olek Varda"]


def test_reiterating_ones_appreciation_is_an_attitude_not_a_statement() -> None:
    text = (
        "Minister meets envoy\n\n"
        "Foreign Minister Ivo Marsh met Ambassador Olek Varda on Monday.\n\n"
        "The ambassador also reiterated his appreciation of the role played by Norland.\n\n"
        "He reaffirmed their deep gratitude for the aid.\n"
    )
    assert _said(text) == []
