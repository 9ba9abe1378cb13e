"""Statements and speakers the held-out rounds 116-119 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_surname_spelled_another_way_names_the_one_full_name_it_respells() -> None:
    body = (
        "The envoy will meet his colleague, Marek Kovalchuk, in Riga this week.\n"
        "“We believe in talks,” Kowalczuk wrote on Monday.\n"
    )
    assert found(body) == [("Marek Kovalchuk", "direct", "We believe in talks,")]


def test_a_first_name_run_into_the_start_of_the_surname_is_that_persons_nickname() -> None:
    body = (
        "President Budi Santoso received the envoys in the palace.\n"
        "President Budisan warned that the bloc must not take sides.\n"
    )
    assert found(body) == [("Budi Santoso", "reported", "the bloc must not take sides")]

