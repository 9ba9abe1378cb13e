"""Errors left on the whole statements dev set after 36 sessions of tuning, that recur across
outlets (stfix51, session 36: classes of error, not one article's; invented sentences and
names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements("Norland news\n\n" + text + "\n")]


def test_a_rights_group_after_its_content_speaks() -> None:
    text = "At least 40 people have been killed, a rights group says. The army disputes it."
    assert _said(text) == [("rights group", "At least 40 people have been killed")]


def test_according_to_a_monitoring_group() -> None:
    text = (
        "More than 900 people have been held since the coup, according to a local monitoring group."
    )
    assert _said(text) == [
        ("local monitoring group", "More than 900 people have been held since the coup")
    ]


def test_a_group_named_before_its_verb_speaks() -> None:
    text = "The Tarnian Rights Watch group said the army had fired on crowds."
    assert _said(text) == [("Tarnian Rights Watch group", "the army had fired on crowds")]


def test_a_verb_before_an_article_is_no_modifier_of_the_subject() -> None:
    text = (
        "The minister accused a group of countries of “unfair pressure” and of having a view"
        " “far from the truth”."
    )
    assert _said(text) == [("minister", "unfair pressure"), ("minister", "far from the truth")]


def test_an_outlet_quoting_a_role_as_saying_gives_the_person() -> None:
    text = (
        "Foreign Minister Ann Kova spoke on Monday. The Norland Times quoted the minister as"
        " saying Tarnia has ties with 17 countries."
    )
    assert _said(text) == [("Ann Kova", "Tarnia has ties with 17 countries")]


def test_an_outlet_citing_an_unnamed_spokesman_as_saying_gives_him() -> None:
    text = (
        "The Norland agency cited an unnamed Tarnian Foreign Ministry spokesman as saying the"
        " meeting had stressed the need for talks."
    )
    assert _said(text) == [
        (
            "unnamed Tarnian Foreign Ministry spokesman",
            "the meeting had stressed the need for talks",
        )
    ]


def test_an_outlet_citing_a_pronoun_as_saying_gives_the_person() -> None:
    text = (
        "Minister Ann Kova travelled to Tarnia. The Norland Post cited her as saying that she had"
        " briefed the president on the war."
    )
    assert _said(text) == [("Ann Kova", "she had briefed the president on the war")]


def test_an_unnamed_spokesman_cited_is_not_the_spokesman_named_before() -> None:
    text = (
        "Spokesman Ali Dost said the group was ready. The agency cited an unnamed Tarnian Foreign"
        " Ministry spokesman as saying the meeting had stressed the need for talks."
    )
    assert _said(text)[1] == (
        "unnamed Tarnian Foreign Ministry spokesman",
        "the meeting had stressed the need for talks",
    )
