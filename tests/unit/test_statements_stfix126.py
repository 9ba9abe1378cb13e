"""Classes of error held-out rounds 618-619 showed (stfix126, session 57). Invented sentences
and names, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_body_noun_is_not_a_hyphened_part_of_a_paper_named_later() -> None:
    """Round 618's "The government of X denied A, insisting that B" then "Y of Daily Sabah
    Pro-Government Daily told": the government speaks, not the paper whose name holds
    "Government" only inside a hyphened word."""
    text = (
        "Protests\n\nThe government of Norland denied the charges, insisting that the courts "
        "are independent.\n\nTavo Rendel of the Daily Star Pro-Government Daily told reporters "
        "that the critics were wrong.\n"
    )
    assert _said(text) == [
        ("reported", "government", "the courts are independent"),
        ("reported", "Tavo Rendel", "the critics were wrong"),
    ]


def test_a_hyphened_name_is_still_named_by_all_its_parts() -> None:
    """The mention that holds a hyphened word whole still finds the body so named."""
    text = (
        "Talks\n\nThe Office of the Secretary-General issued figures on Monday.\n\n"
        "The secretary-general's office said the talks would resume.\n"
    )
    assert _said(text) == [
        ("reported", "Office of the Secretary-General", "the talks would resume")
    ]


def test_adding_a_new_thing_to_something_is_the_reporters_comment_not_speech() -> None:
    """Round 619's "insisting that X, adding a new chapter to Y's decades-long struggle":
    "add" with a thing and what it is added to says nothing; the statement before it ends
    where the reporter's comment starts."""
    text = (
        "Succession\n\nCanada rejected the plan, insisting that any heir must receive its "
        "approval, adding a new chapter to Varia’s long dispute with the capital.\n"
    )
    assert _said(text) == [("reported", "Canada", "any heir must receive its approval")]
