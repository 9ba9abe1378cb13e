"""Finder errors a new user met in South China Sea articles (newuser46, session 46: China
Daily, Pakistan Today, USNI), grouped into classes that recur across outlets; invented
sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_role_named_before_its_holder_is_the_one_who_made_the_comments_next() -> None:
    comments = (
        "Sea row\n\n"
        "Norland will not yield in the sea, a defence spokesman said on Thursday.\n\n"
        "Defence Ministry spokesman Ada Vey made the comments at a news conference in Brel.\n"
    )
    assert _said(comments) == [("reported", "Ada Vey", "Norland will not yield in the sea")]
    remarks = (  # the mention's own sentence long: its holder named past 200 characters on
        "Sea row\n\n"
        "A Norlandic Foreign Ministry spokesperson on Thursday urged Westmark to immediately"
        " stop hyping up issues concerning fishing rights between the two countries, and cease"
        " any provocative acts that may complicate the current situation in the strait.\n\n"
        "Spokesperson Ada Vey made the remarks in response to a question.\n"
    )
    assert [(kind, speaker) for kind, speaker, _ in _said(remarks)] == [("reported", "Ada Vey")]


def test_a_body_s_leadership_speaks_as_a_group() -> None:
    text = (
        "Shoal\n\n"
        "The boat still delivered its supplies. In a press briefing to local media, Norlandic"
        " military leadership stated that this was the first time a boat failed to dock.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Norlandic military leadership",
            "this was the first time a boat failed to dock",
        )
    ]


def test_a_rank_between_a_title_and_its_holder_keeps_the_title() -> None:
    text = (
        "Shoal\n\n"
        "Norland Coast Guard spokesperson Commodore Ada Vey stated that the boat was hit.\n"
    )
    [found] = find_statements(text)
    assert (found.kind, found.speaker, found.text) == ("reported", "Ada Vey", "the boat was hit")
    assert found.role == "Norland Coast Guard spokesperson"
