"""Errors of held-out rounds 272-275 that recur across outlets (stfix40, session 33: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

import pytest

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_dashed_aside_opening_with_a_verb_but_naming_nobody_stays_in_the_quotation() -> None:
    text = "Tarn talks\n\n“The remarks – said to be his – are sadly not helpful,” said Ivo Marsh.\n"
    assert [speaker for speaker, _ in _said(text)] == ["Ivo Marsh"]
    assert "said to be his" in _said(text)[0][1]


def test_a_given_name_an_editor_put_in_square_brackets_names_the_surname_later() -> None:
    text = (
        "Tarn talks\n\n"
        "Norland’s President Ana Lopez spoke on Monday.\n\n"
        "“We know that [Norland] President [Ivan] Koval also has demands,” she said.\n\n"
        "Koval said on Thursday that Tarn could resume the talks.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Ana Lopez", "Ivan Koval"]


def test_a_statement_that_reads_a_quotation_with_no_mark_before_it_is_its_issuers() -> None:
    text = (
        "Tarn talks\n\n"
        "The Norland Foreign Ministry issued a statement on Monday.\n\n"
        "The statement reads “Tarn should show full respect for the border.”\n"
    )
    assert _said(text) == [
        ("Norland Foreign Ministry", "Tarn should show full respect for the border.")
    ]


def test_a_banner_that_reads_a_slogan_is_nobodys_statement() -> None:
    assert _said("Tarn talks\n\nThe banner read “Peace now” and the crowd cheered.\n") == []


@pytest.mark.parametrize("verb", ["said", "denounced"])  # listed or not
def test_an_inverted_attribution_between_dashes_with_no_comma_splits_the_quotation(
    verb: str,
) -> None:
    text = (
        "Tarn talks\n\n"
        "Norland’s minister Ana Lopez met Ivo Marsh.\n\n"
        f"“The remarks by the Norland minister are sadly not helpful – {verb} Marsh, speaking"
        " in Kelby – She keeps making hostile comments”. Later he left.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "The remarks by the Norland minister are sadly not helpful"),
        ("Ivo Marsh", "She keeps making hostile comments"),
    ]


def test_a_dashed_aside_of_the_speakers_own_with_a_past_form_stays_in_the_quotation() -> None:
    text = "Tarn talks\n\n“The plan – backed by most members – will not pass,” said Ivo Marsh.\n"
    assert _said(text) == [("Ivo Marsh", "The plan – backed by most members – will not pass,")]
