"""Statements and speakers the held-out rounds 108-111 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_doubled_curly_single_marks_quote_like_double_ones() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "‘’The river joins our two towns,’’ added Brandt.\n"
        "‘‘We will build the bridge,’’ she said.\n"
    )
    assert found(body) == [
        ("Olga Brandt", "direct", "The river joins our two towns,"),
        ("Olga Brandt", "direct", "We will build the bridge,"),
    ]


def test_said_opening_an_inverted_attribution_is_no_given_name() -> None:
    body = (
        "Senator Olga Brandt spoke in Oslo.\n"
        "Said Brandt: “The bridge will open in May.”\n"
        "She said the toll would be low.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Olga Brandt", "Olga Brandt"]


def test_a_two_letter_word_between_a_title_and_a_name_opens_the_name() -> None:
    body = (
        "The ferry will run all year, President To Linh said on Monday.\n"
        "Ports will be widened, the President said.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["To Linh", "To Linh"]


def test_told_a_named_addressee_then_where_is_an_attribution_after_its_content() -> None:
    body = (
        "The ferry will run all year, Minister Ana Berg told Senator of the Republic Tom Hale"
        " at a dinner in Oslo on May 3.\n"
    )
    assert found(body) == [("Ana Berg", "reported", "The ferry will run all year")]


def test_an_office_named_head_last_is_named_head_first_where_the_article_does() -> None:
    body = (
        "The Transport Ministry noted that the ferry will run all year.\n"
        "Ports were discussed at the Ministry of Transport in Oslo.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Ministry of Transport"]
