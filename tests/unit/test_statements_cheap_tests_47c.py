"""The cheaper forms of session 47's new rules (stspeed47c): "As said by" searched from its
literal "As ", and the subordinate test reading only the last words before a mention's comma,
each finding what the dearer form did."""

from __future__ import annotations

from diplotui.statements.finder import _AS_SAID_BY
from diplotui.statements.subjects import _AGENT_TITLE_WORDS, _titled_after_joint


def test_as_said_by_opens_a_word_only() -> None:
    for text in (
        "As said by X, Y",
        "Y.\nAs noted by X, Z",
        "(As pointed out by X)",
        "Y. As said by",
    ):
        found = _AS_SAID_BY.search(text)
        assert found is not None and found.group().startswith("As "), text
    for text in ("Has said by X", "BAs stated by X", "As said byX", "as said by X"):
        assert _AS_SAID_BY.search(text) is None, text


def test_a_joint_before_a_long_clause_still_found() -> None:
    opening = "the delegation met many officials over several long days of talks " * 5
    assert _titled_after_joint(f"{opening}when the Consul General of Brazil to Nigeria") == "when"
    title = " ".join(["Chief"] * _AGENT_TITLE_WORDS)
    assert _titled_after_joint(f"{opening}by {title}") == "by"
    assert _titled_after_joint(f"{opening}by Deputy {title}") == ""  # one word too many
