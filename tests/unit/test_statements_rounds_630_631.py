"""Classes of error found on rounds 630-631 (issue 17, stfix131): each recurs in other outlets'
text, shown here on invented sentences and names."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_an_outlet_quoting_an_unnamed_survivor_as_saying_gives_the_survivor_the_words() -> None:
    text = (
        "Norland news\n\n“Two men came out of the woods and asked for our names,” a police"
        " officer quoted a woman survivor as saying. “Then they opened fire on the men.”\n"
    )
    assert _said(text) == [
        ("woman survivor", "Two men came out of the woods and asked for our names,"),
        ("woman survivor", "Then they opened fire on the men."),
    ]

