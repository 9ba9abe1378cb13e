"""Segmentation the reader's cursor moves by: exact offsets, domain abbreviations, quotations."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplotui.text import (
    mark_offsets,
    matches_at,
    paragraphs,
    quotation_at,
    sentences,
    span_containing,
    span_index_at,
    spans_overlapping,
    words,
)

SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))


def sentence_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_paragraphs_are_trimmed_lines_with_exact_offsets() -> None:
    text = "\ufeffFirst line.\r\n\r\n   Second line.  \r\nThird"
    spans = paragraphs(text)
    assert [text[start:end] for start, end in spans] == ["First line.", "Second line.", "Third"]
    assert spans[0] == (1, 12)


def test_blank_text_has_no_paragraphs_or_sentences() -> None:
    assert paragraphs("") == []
    assert sentences(" \r\n\t\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Assoc. Prof. Dr. Hoang Huu Hanh spoke.",
        "Mr. Nguyen and Ms. Tran met Mrs. Le on Jan. 5.",
        "Lieut. Gen. Pham met Sen. Smith and Col. Ho at No. 12 Trang Tien St. in Hanoi.",
        "Nguyen T. Hoa met J. F. Kennedy's biographer.",
        "Growth reached 3.5 percent in the U.S. and U.K. markets.",
        "Partners, e.g. Japan, i.e. a key one, and others, etc. joined.",
        "He paused... and then continued.",
        "It was Dec. 12 when Prof. Tran arrived.",
        "Spokesperson Ma. Lourdes Ocampo and Md. Shahid Alam spoke.",
    ],
)
def test_abbreviations_do_not_split_a_sentence(sentence: str) -> None:
    text = f"{sentence} The next sentence follows."
    assert sentence_texts(text) == [sentence, "The next sentence follows."]


def test_closing_quotes_and_brackets_belong_to_the_sentence() -> None:
    text = 'He said “It is done.” She said "Fine." (It was late.) [Sic.] Next! Really? ‘Yes.’ End'
    assert sentence_texts(text) == [
        "He said “It is done.”",
        'She said "Fine."',
        "(It was late.)",
        "[Sic.]",
        "Next!",
        "Really?",
        "‘Yes.’",
        "End",
    ]


def test_a_sentence_run_on_after_a_closing_mark_and_a_stop_is_its_own() -> None:
    """A page that lost the space after '”.' kept two sentences as one: the reader's cursor
    and ``h`` took both, and the statement finder gave the second sentence's quotation to the
    first's speaker."""
    text = 'She called the ties “a model”.Asked about trade, he said "Yes".Then they left. “A”.b'
    assert sentence_texts(text) == [
        "She called the ties “a model”.",
        'Asked about trade, he said "Yes".',
        "Then they left.",
        "“A”.b",
    ]


def test_sentence_ending_acronym_and_ellipsis() -> None:
    text = "Sanctions came from the U.S. The talks resumed... Then they ended."
    assert sentence_texts(text) == [
        "Sanctions came from the U.S.",
        "The talks resumed...",
        "Then they ended.",
    ]
    text = "The envoys met in Baltimore, Md. The talks resumed."
    assert sentence_texts(text) == ["The envoys met in Baltimore, Md.", "The talks resumed."]


def test_sentences_never_cross_paragraphs_and_keep_crlf_offsets() -> None:
    text = "\ufeffOne here\r\nTwo. Three.\r\n"
    assert sentences(text) == [(1, 9), (11, 15), (16, 22)]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.name)
def test_seed_sentences_are_trimmed_and_inside_paragraphs(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    paras = paragraphs(text)
    spans = sentences(text)
    assert len(spans) > len(paras)
    for start, end in spans:
        chunk = text[start:end]
        assert chunk == chunk.strip() and chunk
        para = paras[span_index_at(paras, start)]
        assert para[0] <= start < end <= para[1]
    assert not any(text[start:end].endswith(("Dr.", "Mr.", "Prof.")) for start, end in spans)


def test_words_include_hyphens_apostrophes_and_decimals() -> None:
    text = "People-to-people ties grew 3.5% in the U.S. and Viet Nam’s partners."
    found = [text[start:end] for start, end in words(text)]
    assert found == [
        "People-to-people",
        "ties",
        "grew",
        "3.5",
        "in",
        "the",
        "U.S",
        "and",
        "Viet",
        "Nam’s",
        "partners",
    ]
    assert [text[s:e] for s, e in words(text, 17, 26)] == ["ties", "grew"]


def test_quotation_at_returns_the_words_inside_the_marks() -> None:
    text = 'He said “we build the people’s future” and then "strong ties" today.'
    inside = quotation_at(text, text.index("build"))
    assert inside is not None and text[inside[0] : inside[1]] == "we build the people’s future"
    on_mark = quotation_at(text, text.index("“"))
    assert on_mark == inside
    straight = quotation_at(text, text.index("ties"))
    assert straight is not None and text[straight[0] : straight[1]] == "strong ties"
    assert quotation_at(text, text.index("today")) is None
    assert quotation_at(text, 2) is None


def test_quotation_at_prefers_the_outermost_and_ignores_apostrophes() -> None:
    text = "She said “the ‘Four Pillars’ matter, don't they?” quietly."
    outer = quotation_at(text, text.index("Four"))
    assert (
        outer is not None and text[outer[0] : outer[1]] == "the ‘Four Pillars’ matter, don't they?"
    )
    single = "Call it ‘people’s diplomacy’ now. It's Hanoi's 'soft power' too."
    inner = quotation_at(single, single.index("diplomacy"))
    assert inner is not None and single[inner[0] : inner[1]] == "people’s diplomacy"
    straight = quotation_at(single, single.index("soft"))
    assert straight is not None and single[straight[0] : straight[1]] == "soft power"
    assert quotation_at(single, single.index("Hanoi")) is None


def test_unclosed_quotation_runs_to_the_paragraph_end() -> None:
    text = "Intro line.\n“We will continue our work, he said.\nNext paragraph."
    span = quotation_at(text, text.index("continue"))
    assert span is not None and text[span[0] : span[1]] == "We will continue our work, he said."
    assert quotation_at(text, text.index("Next")) is None


def test_offset_lookups_are_bisect_based_and_handle_gaps() -> None:
    text = "One. Two. Three."
    spans = sentences(text)
    assert span_index_at(spans, 0) == 0
    assert span_index_at(spans, 4) == 0  # the gap after "One."
    assert span_index_at(spans, 5) == 1
    assert span_index_at(spans, len(text)) == 2
    assert span_index_at([], 3) == -1
    assert span_containing(spans, 4) is None
    assert span_containing(spans, 6) == 1
    assert list(spans_overlapping(spans, 2, 7)) == [0, 1]
    assert list(spans_overlapping(spans, 4, 5)) == []
    assert list(spans_overlapping(spans, 6, 6)) == [1]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aB .!?”“\"’‘')\r\n\ufeff。」と", "Dr.", "U.S.", "3.5", "No. 1"]),
        max_size=40,
    ).map("".join)
)
def test_segmentation_invariants_on_random_text(text: str) -> None:
    paras = paragraphs(text)
    spans = sentences(text)
    for start, end in paras + spans:
        assert 0 <= start < end <= len(text)
        chunk = text[start:end]
        assert chunk.strip("\ufeff \t") == chunk
        assert "\n" not in chunk and "\r" not in chunk
    assert spans == sorted(spans)
    assert all(prev[1] <= nxt[0] for prev, nxt in itertools.pairwise(spans))
    for offset in range(len(text) + 1):
        quote = quotation_at(text, offset)
        assert quote is None or 0 <= quote[0] < quote[1] <= len(text)


def test_twenty_thousand_words_segment_quickly() -> None:
    seed_text = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    text = "\n".join([seed_text] * (20_000 // len(seed_text.split()) + 1))
    assert len(text.split()) >= 20_000
    started = time.thread_time()  # CPU time: a busy machine does not make it fail
    spans = sentences(text)
    elapsed = time.thread_time() - started
    assert spans and elapsed < 0.2  # the benchmark tracks the real figure (well under 50 ms)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet='ab ."“”!?…', max_size=30),
    st.integers(min_value=0, max_value=30),
    st.one_of(st.none(), st.integers(min_value=0, max_value=30)),
)
def test_mark_offsets_are_every_mark_in_the_range_in_order(
    text: str, start: int, end: int | None
) -> None:
    """The marks found on one copy of the range (``in`` first, then ``find``) are those a
    bounded ``find`` per mark finds, in text order, whatever the range and mix of marks."""
    stop = len(text) if end is None else end
    expected = sorted(i for i in range(start, min(stop, len(text))) if text[i] in '"“”')
    assert mark_offsets(text, '"“”', start, end) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab ,"”', max_size=30))
def test_offsets_read_once_serve_every_pattern_opening_with_their_marks(text: str) -> None:
    """Two patterns opening with the same marks, one with a lookbehind, tried at offsets read
    once: each finds what its ``finditer`` finds, overlapping candidates skipped as it skips."""
    offsets = mark_offsets(text, '"”')
    for pattern in (re.compile(r'["”][ a]+"?'), re.compile(r'(?<=,)["”] ?b+')):
        found = [m.span() for m in matches_at(pattern, text, offsets, len(text))]
        assert found == [m.span() for m in pattern.finditer(text)]


def test_a_sentence_run_on_into_an_opening_mark_or_a_lone_article_is_its_own() -> None:
    """A page that lost the space before a quotation or the article "A" kept two sentences as
    one, and the statement finder read the second's words as the first's content."""
    text = "He spoke of gaps.“If these stay,” he said. It took two years.A man left. U.S.A is big."
    assert sentence_texts(text) == [
        "He spoke of gaps.",
        "“If these stay,” he said.",
        "It took two years.",
        "A man left.",
        "U.S.A is big.",
    ]


def test_a_years_full_stop_run_on_into_an_opening_curly_mark_ends_its_sentence() -> None:
    """'in 1938.“Today': a page that lost the space after a number kept the quotation in the
    sentence before, and the statement finder read both as one reported clause."""
    text = "Losses were put at $78 billion in 1938.“Today that is over $1 trillion,” he said."
    assert sentence_texts(text) == [
        "Losses were put at $78 billion in 1938.",
        "“Today that is over $1 trillion,” he said.",
    ]


def test_a_stop_after_initials_run_on_into_a_pronoun_or_the_ends_its_sentence() -> None:
    """'he told AFP.He said': a page that lost the space after an agency's initials kept two
    sentences as one, and the finder read the second's verb as inside the first's words."""
    text = (
        "He told AFP.He said it was over. The UN.The end. He met U.S.Army staff. "
        "Go to NATO.Int now."
    )
    assert sentence_texts(text) == [
        "He told AFP.",
        "He said it was over.",
        "The UN.",
        "The end.",
        "He met U.S.Army staff.",
        "Go to NATO.Int now.",
    ]


def test_chinese_and_japanese_sentences_end_at_their_own_full_stops() -> None:
    """CJK text puts no space after 。！？: a paragraph of thirty Chinese sentences was one
    sentence, so ``j`` jumped over all of them and ``h`` highlighted the whole paragraph. A
    closing mark after the stop belongs to the sentence; a Japanese quotation's stop before
    its quotative と does not end the sentence that reports it."""
    text = "王毅表示，中越双方应加强合作。越南外长说：“我们欢迎这一倡议。”真的吗？是的！好"
    assert sentence_texts(text) == [
        "王毅表示，中越双方应加强合作。",
        "越南外长说：“我们欢迎这一倡议。”",
        "真的吗？",
        "是的！",
        "好",
    ]
    text = "外相は「協力を強化する。」と述べた。会談は１時間続いた｡ Then English. Fine."
    assert sentence_texts(text) == [
        "外相は「協力を強化する。」と述べた。",
        "会談は１時間続いた｡",
        "Then English.",
        "Fine.",
    ]
