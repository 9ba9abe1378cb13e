"""The statement finder on hostile paragraphs: thousands of quotation marks never closed, each
beside a reporting verb, in one paragraph. Four times the text must cost about four times the
CPU: each verb searched back over its whole sentence or paragraph (whether it stood inside a
quotation, the last contrast or stop before it, the rest of its sentence), so a 400 KB
paragraph of unbalanced marks took over thirty seconds where 100 KB took two."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from diplotui.entities import recognise
from diplotui.library.statement_cache import statements_of
from diplotui.model import Statement
from diplotui.statements import find_statements
from diplotui.statements.said import said_span

HEAD = "Headline\n\nJohn Smith said "

HOSTILE: dict[str, Callable[[int], str]] = {
    "double marks never closed": lambda n: HEAD + "John Smith said “the talks " * (n // 27),
    "single curly marks never closed": lambda n: HEAD + "‘it said " * (n // 9),
    "straight single marks never closed": lambda n: HEAD + " 'it said" * (n // 9),
    "closing marks opening words": lambda n: HEAD + " ”It said " * (n // 10),
    "dashed attributions in straight marks": lambda n: (
        HEAD + ' "It said, – he said. – ' * (n // 24)
    ),
    "nested marks closed at the end": lambda n: (
        HEAD + "“he said “she said ‘it " * (n // 24) + "”" * (n // 24)
    ),
}


def least_of_two(measure: Callable[[], float], under: float | None = None) -> float:
    """The least of two of ``measure``'s figures; with ``under`` (the test's bound), a first
    figure under it is taken alone: the least of two would be under it too, so the test's
    verdict is the same without the second run (4x the text, the larger part of its CPU)."""
    first = measure()
    if under is not None and first < under:
        return first
    return min(first, measure())


def finder_run(text: str, find: Callable[[str], list[Statement]] = find_statements) -> float:
    """The CPU of one run on this thread (another test's threads are not counted), its
    statements' spans checked."""
    started = time.thread_time()
    found = find(text)
    spent = time.thread_time() - started
    assert all(0 <= s.start < s.end <= len(text) for s in found)
    return spent


def finder_cpu(
    text: str,
    find: Callable[[str], list[Statement]] = find_statements,
    under: float | None = None,
) -> float:
    """The least CPU of two runs (``under``: see ``least_of_two``)."""
    return least_of_two(lambda: finder_run(text, find), under)


@pytest.mark.slow
@pytest.mark.parametrize("make", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_paragraphs_cost_linear_time(make: Callable[[int], str]) -> None:
    find_statements(make(1_000))  # the gazetteer and patterns load outside the measurement
    small = finder_cpu(make(50_000))
    large = finder_cpu(make(200_000), under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def dated_paragraph(n: int) -> str:
    said = "John Smith said on July 18 that “the talks went well.” "
    return "Headline\n\nWASHINGTON, July 19, 2025 - " + said * (n // len(said))


def dated_statements(text: str) -> list[Statement]:
    """The statements as the cache stores them: each dated by its attribution."""
    return statements_of(text, recognise(text), "")


@pytest.mark.slow
def test_a_paragraph_of_thousands_of_dated_statements_costs_linear_time() -> None:
    """Each quotation given its verb rebuilt the list of statements found so far, and each
    statement's dating looked through every other statement and back to the line's start:
    thousands of statements in one paragraph cost the square of their number."""
    found = dated_statements(dated_paragraph(5_000))
    assert found and all(s.said_on == "July 18" for s in found)
    small = finder_cpu(dated_paragraph(100_000), dated_statements)
    large = finder_cpu(dated_paragraph(400_000), dated_statements, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def said_spans(text: str) -> list[Statement]:
    """Each statement's words as copies and listings give them (``said_span``)."""
    found = find_statements(text)
    for statement in found:
        said_span(text, statement.start, statement.end)
    return found


@pytest.mark.slow
def test_the_words_of_thousands_of_statements_in_one_paragraph_cost_linear_time() -> None:
    """Each statement's words were read from its whole paragraph's marks, read again for
    each: a 100 KB paragraph of nested marks kept ``diplotui statements`` over the library
    busy for minutes (the cache's fill), where the finder took a second."""
    make = HOSTILE["nested marks closed at the end"]
    small = finder_cpu(make(25_000), said_spans)
    large = finder_cpu(make(100_000), said_spans, under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"


def run_on_verbs(n: int) -> str:
    """One "sentence" of ``n`` characters that is nothing but a subject and a verb, again."""
    return "Headline\n\n" + "He said " * (n // 8) + "it ends.\n"


@pytest.mark.slow
def test_a_run_on_sentence_of_thousands_of_verbs_costs_linear_time() -> None:
    """Each verb's subject was read back to the sentence's start, word by word: 12 KB of "He
    said He said ..." took eight seconds, 25 KB thirty (attack34, session 34)."""
    find_statements(run_on_verbs(1_000))
    small = finder_cpu(run_on_verbs(8_000))
    large = finder_cpu(run_on_verbs(32_000), under=8 * small)
    assert large < 8 * small, f"4x the text cost {large / small:.1f}x the CPU"
