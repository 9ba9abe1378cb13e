"""Error classes of held-out rounds 576-579 that recur across outlets (stfix110, session 53:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_charities_speak_as_a_group_under_their_modifiers() -> None:
    text = (
        "Quota\n\n"
        "The Norland quota plan was unveiled on Monday.\n"
        "However, Aster-based and international charities say the plan ignores the causes.\n"
    )
    assert _said(text) == [
        ("reported", "Aster-based and international charities", "the plan ignores the causes"),
    ]
