"""Errors of rounds 504-507 that recur across outlets (stfix99, session 48: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_museum_is_a_body_and_museums_a_group() -> None:
    text = (
        "Art\n\n"
        "The Norland Museum said that the items were bought by a collector.\n"
        "Four of them were taken in 1874, according to the museum.\n"
        "However, some museums point out that they are barred by law from returning items.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Museum", "the items were bought by a collector"),
        ("reported", "Norland Museum", "Four of them were taken in 1874"),
        ("reported", "museums", "they are barred by law from returning items"),
    ]
