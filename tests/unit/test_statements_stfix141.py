"""The finder on held-out rounds 642-643 of issue 17 (stfix141), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_party_named_with_and_is_named_whole() -> None:
    """ "The Rural Unity and Progress Party (RUP)" then "FUP said X": the party's fullest
    name, its words before "and" too (GUIDELINES: organisation names kept whole in their
    fullest form), not "Progress Party"; a name before "and" that is another mention's (a
    country's, another body's) stays out of it."""
    text = (
        "Vote\n\n"
        "The Rural Unity and Progress Party (RUP), a small party in the assembly, backed the"
        " bill. RUP said the vote could end years of deadlock.\n"
    )
    assert _said(text) == [
        ("reported", "Rural Unity and Progress Party", "the vote could end years of deadlock")
    ]
    owned = (
        "Vote\n\nNorland’s Liberty and Justice Party said the vote could end years of deadlock.\n"
    )
    assert _said(owned) == [
        ("reported", "Liberty and Justice Party", "the vote could end years of deadlock")
    ]
