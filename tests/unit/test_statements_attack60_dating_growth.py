"""attack60: dating the statements of one 5 MB line (bench/bench_hostile_who_said.py's "one
line") still grew x5.3 for 5x the text. The construct: each statement's sentence and its
paragraph's dates were looked up by bisection keyed by a lambda, a Python call at each step,
so log n calls a look-up and n log n for the text (15 million of the 5 MB line's 68 million
calls; 6.0x for 5x). The count of Python calls is the work here, the same on any machine:
four times the text must make four times the calls."""

from __future__ import annotations

import sys
from types import FrameType

from diplotui.entities import recognise
from diplotui.library.statement_cache import statements_of

NAMES = ("Wang Yi", "Penny Wong", "Ngo Le Van", "Lawrence Wong", "Pham Thu Hang")
WORDS = ("talks", "peace", "trade", "region", "security", "partners", "dialogue", "ties")


def _one_line(sentences: int) -> str:
    """Reported speech, dated, on one line: the paragraph is the whole text."""
    return "Hostile page\n\n" + "".join(
        f"{NAMES[i % 5]} said the {WORDS[i % 8]} went well on Monday. " for i in range(sentences)
    )


def _python_calls(text: str) -> int:
    """The Python function calls of finding and dating the statements of ``text``."""
    spans = recognise(text)
    calls = 0

    def count(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        statements_of(text, spans, "Hostile page")
    finally:
        sys.setprofile(None)
    return calls


def test_the_statements_of_one_long_line_cost_calls_in_proportion_to_its_length() -> None:
    statements_of("Wang Yi said on Monday.", recognise("Wang Yi said on Monday."), "")  # warm
    small = _python_calls(_one_line(500))
    large = _python_calls(_one_line(2_000))
    assert large <= 4.05 * small, f"4x the text made {large / small:.2f}x the calls"
