"""Classes of error found on held-out rounds 606-607 (stfix119, session 55), each shown on
invented sentences and names, as a reader would see them."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_capitalised_portfolio_before_a_title_is_no_policy_document() -> None:
    text = (
        "Extradition\n\n"
        "The court delivered its verdict on Monday.\n"
        "Law Adviser Omar Kale said the government would write to Norland again.\n"
    )
    assert _said(text) == [
        ("reported", "Omar Kale", "the government would write to Norland again")
    ]
