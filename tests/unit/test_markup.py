"""Markdown's marks found in an article imported from a Markdown file: what is plainly markup
is hidden (the same length, offsets kept), what is not stays as written."""

from __future__ import annotations

import time

import pytest

from diplotui.layout import shown_span, visible_text
from diplotui.markup import is_markdown_origin, marks_blanked, marks_hidden, without_marks


def shown(text: str) -> str:
    hidden = marks_hidden(text)
    assert len(hidden) == len(text)  # offsets into it are offsets into the stored text
    return without_marks(hidden)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("the **ministry** said", "the ministry said"),
        ("**a *b* c**", "a b c"),
        ("_em_, and __strong__.", "em, and strong."),
        ("see [the report](https://x.org/a_b) today", "see the report today"),
        ('a [link](https://x.org "its title").', "a link."),
        ("![a map](map.png)", "a map"),
        ("use `a_b *c*` here", "use a_b *c* here"),
        (r"not \*emphasis\* here", "not *emphasis* here"),
        ("- one\n* two\n1. three", "one\ntwo\nthree"),
        ("> quoted *words*", "quoted words"),
        ("above\n\n---\n\nbelow", "above\n\n\n\nbelow"),
        ("## Background", "Background"),
    ],
)
def test_markup_is_hidden(text: str, read: str):
    assert shown(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "a lone * star",
        "2 * 3 = 6",
        "snake_case_name",
        "write to _a_@b.org",
        "**unclosed bold",
        "*unclosed emphasis",
        "x*y*z",
        "a [bracket] alone",
        "a - dash, 1.5 million",
    ],
)
def test_what_is_not_markup_stays(text: str):
    assert marks_hidden(text) == text


def test_the_recogniser_reads_a_links_text_not_its_address():
    text = "As [the note](https://example.org/n) said."
    blanked = marks_blanked(text)
    assert len(blanked) == len(text) and "example.org" not in blanked
    assert blanked[text.index("the note") :].startswith("the note")


def test_a_span_is_shown_without_its_marks_only_in_markdown():
    text = "Title\n\nThe **ministry** said [so](https://x.org)."
    start = text.index("The")
    assert shown_span(text, start, len(text), markdown=True) == "The ministry said so."
    assert shown_span(text, start, len(text)) == text[start:]
    assert visible_text(text, 0, len(text), markdown=True) == "Title\nThe ministry said so."


def test_only_a_markdown_files_articles_are_markdown():
    assert is_markdown_origin("/notes/talks.md") and is_markdown_origin("C:\\n\\a.MARKDOWN")
    assert not is_markdown_origin("/notes/talks.txt")
    assert not is_markdown_origin("https://example.org/readme.md")  # a page: HTML
    assert not is_markdown_origin("/notes.md/talks")


@pytest.mark.parametrize("mark", ["*", "**", "_", "["])
def test_a_line_of_lone_marks_is_read_in_linear_time(mark: str):
    """Each unpartnered mark looked to its line's end: 20,000 of them took 20 s."""
    text = f" {mark}a" * 20_000
    started = time.process_time()
    assert marks_hidden(text) == text
    assert time.process_time() - started < 5


@pytest.mark.parametrize("run", ["[", "![", "[a "])
def test_a_megabyte_of_opening_brackets_is_read_in_linear_time(run: str):
    """Each '[' looked 500 characters on over the next ones for its ']': a 1 MB line of
    them took 9 s to open (twice: shown and read)."""
    text = run * (1_000_000 // len(run))
    started = time.process_time()
    assert marks_hidden(text) == text
    assert time.process_time() - started < 3


@pytest.mark.parametrize("mark", ["_", "*"])
def test_deeply_nested_emphasis_is_read_in_linear_time(mark: str):
    """Each level of nesting read the whole text again for one more pair: 16,000 openings
    then 16,000 closings (96 KB) took 15 s; a megabyte, minutes."""
    text = f"{mark}a " * 16_000 + f"a{mark} " * 16_000
    started = time.process_time()
    shown = without_marks(marks_hidden(text))
    assert time.process_time() - started < 3
    assert shown.count(mark) < len(text) // 3  # the innermost pairs are markup
