"""Error classes of held-out rounds 594-595 that recur across outlets (stfix114, session 54:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_party_word_before_a_name_is_no_part_of_it_and_stands_for_the_person() -> None:
    text = (
        "Run-off\n\n"
        "With most votes counted, the Republican Ivo Antonio Marsh came second.\n"
        "The Republican acknowledged the differences he had with his rivals.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Antonio Marsh", "the differences he had with his rivals")
    ]
