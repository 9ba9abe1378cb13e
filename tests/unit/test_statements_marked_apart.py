"""Two people of one article whose names differ only by their marks are two speakers (issue 17).

The article's cast keyed persons by their names folded, so that an outlet's "Le Van Thanh" is
Lê Văn Thành; but Lê Văn Thạnh folded alike, and a provincial chairman's words were listed
as a deputy minister's (the library's lists had kept them apart since session 33; one article
naming both did not). Invented sentences.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"
BOTH = (
    "Chairman of the Quang Nam People's Committee Lê Văn Thành met investors on Monday. "
    "Deputy Minister of Transport Lê Văn Thạnh also attended.\n\n"
    "Thành said the province would cut red tape for foreign investors.\n\n"
    "Thạnh said the port expansion would be completed by 2027.\n\n"
    "Lê Văn Thạnh stressed that the port would create jobs.\n\n"
)


def said(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.role, s.text) for s in find_statements(TITLE + body)]


CHAIRMAN = "Chairman of the Quang Nam People's Committee"
DEPUTY = "Deputy Minister of Transport"


def test_two_marked_spellings_are_two_people() -> None:
    assert said(BOTH) == [
        ("Lê Văn Thành", CHAIRMAN, "the province would cut red tape for foreign investors"),
        ("Lê Văn Thạnh", DEPUTY, "the port expansion would be completed by 2027"),
        ("Lê Văn Thạnh", DEPUTY, "the port would create jobs"),
    ]
    keys = {s.speaker: s.speaker_key for s in find_statements(TITLE + BOTH)}
    assert keys["Lê Văn Thành"] != keys["Lê Văn Thạnh"]


def test_an_unmarked_spelling_beside_one_marked_person_is_that_person() -> None:
    body = (
        "Chairman of the Quang Nam People's Committee Lê Văn Thành met investors on Monday.\n\n"
        "Le Van Thanh said the province would cut red tape.\n\n"
        "Thanh added that investors were welcome.\n\n"
    )
    assert [(name, role) for name, role, _ in said(body)] == [("Lê Văn Thành", CHAIRMAN)] * 2


def test_an_unmarked_spelling_beside_two_marked_people_is_neither() -> None:
    body = BOTH + "Le Van Thanh said investors were welcome.\n\n"
    assert said(body)[-1] == ("Le Van Thanh", "", "investors were welcome")


def test_one_person_written_in_capitals_too_is_one() -> None:
    body = (
        "Deputy Minister of Transport Lê Văn Thạnh met investors on Monday.\n\n"
        "LÊ VĂN THẠNH said the port expansion would be completed by 2027.\n\n"
    )
    assert said(body) == [("Lê Văn Thạnh", DEPUTY, "the port expansion would be completed by 2027")]


def test_a_correction_typed_with_marks_takes_that_persons_role() -> None:
    """A speaker typed "Lê Văn Thạnh" for a statement takes the role the article gives him,
    now that his statements are keyed apart from Lê Văn Thành's."""
    from diplotui.statements.corrections import role_given

    statements = find_statements(TITLE + BOTH)
    assert role_given(statements, "Lê Văn Thạnh")[0] == DEPUTY
    assert role_given(statements, "Lê Văn Thành")[0] == CHAIRMAN
