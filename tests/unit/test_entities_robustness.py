"""Any text gives valid, sorted, non-overlapping spans and no exception."""

from __future__ import annotations

import random
import time

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
_FILLER = [
    "the", "people", "diplomacy", "cooperation", "said", "that", "with", "for", "and", "in", "a",
    "new", "era", "of",
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


def news_like_text(length: int, rng: random.Random) -> str:
    """News-like density: mostly lowercase prose with names, titles, dates and odd characters."""
    words = [*_DOMAIN_WORDS, *_FILLER * 6]
    return " ".join(rng.choice(words) for _ in range(length // 4))[:length]


def recognition_cpu(text: str) -> float:
    """The CPU of this thread: a test worker's process also runs the threads earlier tests
    left (servers, workers ending), whose CPU the process's clock would count here."""
    started = time.thread_time()
    spans = recognise(text)
    elapsed = time.thread_time() - started
    assert spans
    assert_valid(text, spans)
    return elapsed


@pytest.mark.slow
def test_recognition_of_megabytes_is_valid_and_grows_linearly() -> None:
    """An imported file may hold 20 MB of text (``MAX_FILE_BYTES``), and opening it recognises
    all of it: eight times the text costs about eight times the CPU (a part of the recogniser
    that went quadratic would cost ~64 times), measured on 250 KB and 2 MB. This scales to any
    size without spending seconds on one; each text also gets valid spans."""
    rng = random.Random(7)
    recognise("Hà Nội")  # the gazetteer loads once, outside the measurement
    small = recognition_cpu(news_like_text(250_000, rng))
    large = recognition_cpu(news_like_text(2_000_000, rng))
    assert large < 20 * small, f"8x the text cost {large / small:.1f}x the CPU"
