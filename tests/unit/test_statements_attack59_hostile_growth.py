"""attack59: the statement finder on hostile texts (bench/bench_hostile_who_said.py). Each
construct here read, per verb, a slice reaching to the end of its sentence or its text, so a
sentence of thousands of verbs cost their square. The tests count the characters each
construct reads on texts of two sizes (a text whose slices count what they copy): four times
the verbs must read about four times the characters, never sixteen."""

from __future__ import annotations

import re

from diplotui.statements import finder


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


def test_a_closing_attribution_is_sought_without_copying_the_rest_of_its_sentence():
    def closing(text: str, verb: re.Match[str]) -> int:
        return finder._closing_attribution(text, verb, len(text))

    small = _characters_read(_nested_saying(1_000), r"\bsaid\b", closing)
    large = _characters_read(_nested_saying(4_000), r"\bsaid\b", closing)
    assert large <= 5 * max(small, 1), f"4x the verbs read {large / max(small, 1):.1f}x"
