"""Classes of the finder's errors on held-out rounds 604-605 (stfix121; invented sentences).

A nickname in marks inside a person's full name ("Senator Ramon “Monching” Castillo") is no
part of the speaker's name: the speaker is "Ramon Castillo", whether named in full or by the
surname later.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def statements(body: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_nickname_in_marks_is_left_out_of_the_speaker_s_name() -> None:
    body = (
        "The motion was filed by Senator Ramon “Monching” Castillo on Monday.\n\n"
        "“The chamber is in good hands,” Castillo said during the session.\n\n"
        "Senator Liza ‘Bing’ Ocampo Reyes said the vote was fair.\n"
    )
    assert statements(body) == [
        ("direct", "Ramon Castillo", "The chamber is in good hands,"),
        ("reported", "Liza Ocampo Reyes", "the vote was fair"),
    ]
