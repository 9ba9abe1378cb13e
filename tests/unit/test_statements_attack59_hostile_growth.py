"""attack59: the statement finder on hostile texts (bench/bench_hostile_who_said.py). Each
construct here read, per verb, a slice reaching to the end of its sentence or its text, so a
sentence of thousands of verbs cost their square. A test counts the characters a construct
reads on texts of two sizes (a text whose slices count what they copy), or, where the text is
copied first, the finder's CPU on the two: four times the text must cost about four times as
much, never sixteen."""

from __future__ import annotations

import re
import time
from typing import Any, SupportsIndex

import pytest

from diplotui.statements import find_statements, finder
from tests.unit.test_statements_hostile_scaling import finder_cpu, least_of_two


class CountedText(str):
    """A text that counts the characters its slices copy."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        piece = super().__getitem__(key)
        CountedText.read += len(piece)
        return piece


def _characters_read(text: str, verb: str, read_at: object) -> int:
    counted = CountedText(text)
    CountedText.read = 0
    for match in re.finditer(verb, counted):
        read_at(counted, match)
    return CountedText.read


def _nested_saying(verbs: int) -> str:
    """One sentence, no full stop: brackets opened, "said" and a dash in each."""
    return "(the talks said — " * verbs


def test_a_closing_attribution_is_sought_without_copying_the_rest_of_its_sentence() -> None:
    def closing(text: str, verb: re.Match[str]) -> int:
        return finder._closing_attribution(text, verb, len(text))

    small = _characters_read(_nested_saying(1_000), r"\bsaid\b", closing)
    large = _characters_read(_nested_saying(4_000), r"\bsaid\b", closing)
    assert large <= 5 * max(small, 1), f"4x the verbs read {large / max(small, 1):.1f}x"


class SearchedText(str):
    """A text that counts the characters its searches back (``rfind``) read."""

    read = 0

    def rfind(
        self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> int:
        found = super().rfind(sub, start, end)
        first = 0 if start is None else int(start)
        last = len(self) if end is None else int(end)
        SearchedText.read += last - (found if found >= 0 else first)
        return found


def _searched_back(text: str) -> int:
    SearchedText.read = 0
    find_statements(SearchedText(text))
    return SearchedText.read


def test_a_run_on_sentence_of_verbs_and_no_comma_is_searched_back_once() -> None:
    """Each verb sought the last clause comma back over its whole sentence (``_last_comma``):
    a run-on sentence of thousands of verbs and no comma was read once a verb."""
    small = _searched_back("Title\n\n" + "the talks said " * 1_500)
    large = _searched_back("Title\n\n" + "the talks said " * 6_000)
    assert large <= 5 * small, f"4x the verbs read {large / small:.1f}x the characters"


def _quoted_words_in_one_sentence(n: int) -> str:
    """One sentence of ``n`` characters: a word, then a lower-case word in quotation marks."""
    return "Title\n\n" + "x “a” " * (n // 6)


@pytest.mark.slow
def test_a_sentence_of_thousands_of_quotations_seeks_a_passive_once() -> None:
    """Each quotation sought "ed by " over its whole sentence (a passive's agent), so a
    sentence of thousands of them cost their square: 160 KB took 2.5 s where 40 KB took 0.23."""
    find_statements(_quoted_words_in_one_sentence(1_000))  # the lexicon loads outside
    small = finder_cpu(_quoted_words_in_one_sentence(40_000))
    large = finder_cpu(_quoted_words_in_one_sentence(160_000), under=7 * small)
    assert large < 7 * small, f"4x the text cost {large / small:.1f}x the CPU"


def _continued_cpu(monkeypatch: pytest.MonkeyPatch, text: str, under: float | None = None) -> float:
    """The least CPU of two runs that dating participles by the statement before
    (``when._continued``) took on ``text``'s statements, the rest of the work left out."""
    from diplotui.entities import recognise
    from diplotui.library.statement_cache import statements_of
    from diplotui.statements import when

    spent = [0.0]
    continued = when._continued

    def timed(*args: Any) -> Any:
        started = time.thread_time()
        found = continued(*args)
        spent[0] += time.thread_time() - started
        return found

    monkeypatch.setattr(when, "_continued", timed)
    spans = recognise(text)

    def measure() -> float:
        spent[0] = 0.0
        statements_of(text, spans, "Title")
        return spent[0]

    least = least_of_two(measure, under)
    monkeypatch.undo()
    return least


def _said_in_one_paragraph(statements: int) -> str:
    return "Title\n\n" + "Anna Smith said the talks went well. " * statements


@pytest.mark.slow
def test_thousands_of_statements_in_a_paragraph_are_dated_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each statement in the past copied the list of every statement before it, to look back
    for its speaker's earlier one in its sentence (``_continued``): 5 MB on one line took
    over 20 s, most of it there."""
    small = _continued_cpu(monkeypatch, _said_in_one_paragraph(5_000))
    large = _continued_cpu(monkeypatch, _said_in_one_paragraph(20_000), under=7 * small)
    assert large < 7 * small, f"4x the statements cost {large / small:.1f}x the CPU"
