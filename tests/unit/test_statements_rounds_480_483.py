"""Errors of rounds 480-483 that recur across outlets (stfix93, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_portfolio_ending_in_resources_stops_before_the_ministers_name() -> None:
    text = (
        "Haze\n\n"
        "There is a need for stronger resolve, said Minister for the Environment and Water "
        "Resources Tabrani Yusof on Saturday.\n"
        "Mr Tabrani added that help has been offered.\n"
    )
    assert _said(text) == [
        ("reported", "Tabrani Yusof", "There is a need for stronger resolve"),
        ("reported", "Tabrani Yusof", "help has been offered"),
    ]
