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


def test_a_participle_after_someone_s_remarks_is_their_statement() -> None:
    """ "X dismissed Y’s past remarks suggesting A, urging B": the participle with no comma
    after Y's remarks says what the remarks say, so A is Y's (Decisions: a statement issued
    by someone has them as speaker), and ", urging B" goes on X's own clause, not Y's; the
    remarks read as the noun after an adjective ("past"), no verb of X's."""
    text = (
        "Talks\n\n"
        "Envoy Tom Berg dismissed Ana Ruiz’s past remarks suggesting the treaty was dead,"
        " urging both sides to return to the table.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "the treaty was dead"),
        ("reported", "Tom Berg", "both sides to return to the table"),
    ]
    own = (
        "Talks\n\n"
        "Envoy Tom Berg dismissed the speculation over the treaty, suggesting the talks could"
        " resume in May.\n"
    )
    assert _said(own) == [("reported", "Tom Berg", "the talks could resume in May")]
