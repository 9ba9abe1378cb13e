"""A speaker correction typed without a role takes the one the article gives that speaker."""

from __future__ import annotations

from diplotui.entities.linking import canonical_key
from diplotui.model import Statement
from diplotui.statements.corrections import role_given


def _said_by(name: str, role: str, organisation: str = "") -> Statement:
    return Statement(start=0, end=5, text="words", kind="reported", speaker=name,
                     speaker_key=canonical_key(name), speaker_type="PERSON", role=role,
                     organisation=organisation)  # fmt: skip


def test_the_first_role_the_article_gives_the_speaker_is_taken() -> None:
    said = [
        _said_by("Jane Doe", ""),
        _said_by("Jane Doe", "Deputy Foreign Minister", "Ministry of Foreign Affairs"),
        _said_by("Jane Doe", "the diplomat"),
    ]
    assert role_given(said, "Jane Doe") == (
        "Deputy Foreign Minister",
        "Ministry of Foreign Affairs",
    )
    assert role_given(said, "jane doe")[0] == "Deputy Foreign Minister"  # case is no name
    assert role_given(said, "John Roe") == ("", "")


def test_a_name_typed_with_its_marks_takes_only_that_spellings_role() -> None:
    """Thạnh and Thành share a linking key but are two people (the filters keep them apart);
    typed without marks, the name is any spelling, as the filters read it."""
    said = [_said_by("Lê Văn Thạnh", "Deputy Minister")]
    assert role_given(said, "Lê Văn Thành") == ("", "")
    assert role_given(said, "Le Van Thanh") == ("Deputy Minister", "")
    assert role_given(said, "lê văn thạnh") == ("Deputy Minister", "")
