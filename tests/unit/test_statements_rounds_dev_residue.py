"""Errors left on the whole statements dev set after its rounds were tuned on, that recur
across outlets (stfix47, session 35: classes of error, not one article's; invented sentences
and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_list_of_countries_after_a_dateline_speaks_whole() -> None:
    text = (
        "Norland news\n\n"
        "PARIS (Reuters) - Peru, Chile and Bolivia told Tarnia on Monday that they would leave"
        " the bloc.\n"
    )
    assert _said(text) == [("Peru, Chile and Bolivia", "they would leave the bloc")]


def test_a_list_after_a_dateline_whose_dash_is_glued_to_it_speaks_whole() -> None:
    text = (
        "Norland news\n\n"
        "LIMA (Reuters) -Peru, Chile and Bolivia told Tarnia on Monday that they would leave"
        " the bloc.\n"
    )
    assert _said(text) == [("Peru, Chile and Bolivia", "they would leave the bloc")]


def test_a_list_without_a_dateline_is_unchanged() -> None:
    text = (
        "Norland news\n\nPeru, Chile and Bolivia said on Monday that they would leave the bloc.\n"
    )
    assert _said(text) == [("Peru, Chile and Bolivia", "they would leave the bloc")]


def test_a_list_of_countries_after_an_opening_adverbial_speaks_whole() -> None:
    for opening in ("On Monday", "In a joint letter", "However"):
        text = (
            f"Norland news\n\n{opening}, Peru, Chile and Bolivia said that they would leave"
            " the bloc.\n"
        )
        assert _said(text) == [("Peru, Chile and Bolivia", "they would leave the bloc")]


def test_examples_after_a_group_noun_stay_the_group_s() -> None:
    text = (
        "Norland news\n\nMembers like Peru, Chile, and Bolivia said that they would leave"
        " the bloc.\n"
    )
    assert [speaker for speaker, _ in _said(text)] != ["Peru, Chile, and Bolivia"]


def test_a_pair_after_an_opening_adverbial_keeps_its_words() -> None:
    text = (
        "Norland news\n\nIn talks between the leaders, Peru and the United States affirmed"
        " their commitment to the charter.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Peru and the United States"]
