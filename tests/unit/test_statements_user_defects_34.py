"""Defects users of the who-said-what view found (issue 17, session 34; invented sentences).

A statement announced for later ("will say", "is expected to tell", "plans to announce") has
not been made, so it is no statement; "will" inside what was said, and "would" in reported
speech, are no such announcement.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_statement_announced_for_later_is_not_made() -> None:
    body = (
        "Foreign Minister Jane Doe will say on July 25 that the border will reopen. "
        "Minister Ivo Marsh is expected to tell the assembly that aid will grow. "
        "Envoy Ana Lopez is due to tell reporters that talks will resume. "
        "The ministry plans to announce that the embassy will close."
    )
    assert speakers(body) == []


def test_will_and_would_inside_what_was_said_are_said() -> None:
    body = (
        "Foreign Minister Jane Doe said on Monday that the border will reopen. "
        "Doe said she would visit the region soon."
    )
    assert speakers(body) == [
        ("Jane Doe", "the border will reopen"),
        ("Jane Doe", "she would visit the region soon"),
    ]
