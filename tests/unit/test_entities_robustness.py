"""Any text gives valid, sorted, non-overlapping spans and no exception."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplotui.entities import recognise
from diplotui.model import EntitySpan

_DOMAIN_WORDS = [
    "Deputy", "Foreign", "Minister", "of", "the", "Ministry", "Affairs", "Lê", "Hoài", "Trung",
    "Nguyễn", "Văn", "Hà", "Nội", "Vietnam", "ASEAN", "(VFF)", "Resolution", "57", "and", "59",
    "Politburo", "Member", "'s", "’s", "Conference", "on", "December", "30,", "2025", "–", "-",
    "(Photo:", "Quang", "Hoa)", "VGP/Nhat", "Bac", "Mr.", "Dr.", "13th", "Congress", "\r\n",
    "\ufeff", "e\u0301", "\u0302", "😀", "\x00", "\x1b[31m", "\t", "No.", "12", ".vn", "HÀ", "NỘI",
]  # fmt: skip


def assert_valid(text: str, spans: list[EntitySpan]) -> None:
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end, "spans overlap or are unsorted"
        assert text[span.start : span.end] == span.text
        assert span.type in {"PERSON", "ORG", "GPE", "LOC", "DATE", "ROLE", "LAW", "EVENT"}
        previous_end = span.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode(text: str) -> None:
    assert_valid(text, recognise(text))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_DOMAIN_WORDS), max_size=80), st.sampled_from([" ", "", "\n"]))
def test_domain_word_soup(words: list[str], separator: str) -> None:
    text = separator.join(words)
    assert_valid(text, recognise(text))


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="AĐÂ ĂBCaeđ \u0300\u0301-'’.", min_size=2000, max_size=6000))
def test_long_lines_without_breaks(text: str) -> None:
    assert_valid(text, recognise(text))


def test_empty_and_whitespace() -> None:
    assert recognise("") == []
    assert recognise(" \n\r\n\t") == []


@pytest.mark.slow
def test_ten_megabytes_of_generated_text() -> None:
    """News-like density: mostly lowercase prose with names, titles, dates and odd characters."""
    rng = random.Random(7)
    filler = [
        "the",
        "people",
        "diplomacy",
        "cooperation",
        "said",
        "that",
        "with",
        "for",
        "and",
        "in",
        "a",
        "new",
        "era",
        "of",
    ]
    words = [*_DOMAIN_WORDS, *filler * 6]
    text = " ".join(rng.choice(words) for _ in range(2_000_000))[:10_000_000]
    assert len(text) >= 9_000_000
    spans = recognise(text)
    assert spans
    assert_valid(text, spans)
