"""The reading view over the stored text: blocks, wrapping and what a reader sees."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from diplotui import layout
from diplotui.inert import inert
from diplotui.layout import (
    _COMPLEX_CHAR,
    BlockKind,
    _wrap_range,
    _wrap_words,
    article_blocks,
    highlight_text,
    row_lines,
    tags_fitted,
    visible_text,
    wrap_blocks,
    wrap_label,
)
from diplotui.model import AnchorStatus, Highlight
from diplotui.paths import bundled_dir

SEED = bundled_dir("seeds") / "003_238df3e12b6a22c4.txt"
CAPTIONED_SEED = bundled_dir("seeds") / "000_1ce7412f849188b6.txt"
CAPTION_TAIL = "(Photo: Quang Hoa) |\nPolitburo Member and Secretariat's Standing Member"


def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as handle:
        return handle.read()


def test_seed_blocks_hide_debris_and_set_captions_and_related_apart():
    text = seed_text()
    blocks = article_blocks(text)
    kinds = [block.kind for block in blocks]
    shown = [text[b.start : b.end] for b in blocks]
    assert kinds[0] is BlockKind.TITLE
    assert not any(s.startswith("Improving capacity of peoples") for s in shown), "alt text hidden"
    captions = [s for b, s in zip(blocks, shown, strict=True) if b.kind is BlockKind.CAPTION]
    assert any(s.endswith("(Photo: Hoang Hong)") for s in captions)
    assert kinds.count(BlockKind.RELATED_HEADING) == 1
    assert kinds[-1] is BlockKind.RELATED_ITEM


def test_blocks_keep_exact_offsets_with_bom_and_crlf():
    text = (
        "\ufeffHeadline\r\nLatest\r\n![]() |\r\n| A caption (Photo: VNA) |\r\nBody text here.\r\n"
    )
    blocks = article_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == [
        "Headline",
        "A caption (Photo: VNA)",
        "Body text here.",
    ]
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.CAPTION, BlockKind.PARAGRAPH]


def test_blocks_are_trimmed_of_any_whitespace_and_blank_lines_skipped():
    text = "Headline \t\n \u00a0\n\u2003Body text here.\u00a0\r\n\r\n  Second line.\n"
    blocks = article_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == [
        "Headline",
        "Body text here.",
        "Second line.",
    ]


def test_wrapping_covers_every_visible_character_within_the_width():
    text = seed_text()
    blocks = article_blocks(text)
    lines = wrap_blocks(text, blocks, 40)
    for line in lines:
        assert len(text[line.start : line.end].rstrip()) <= 40
    covered = "".join(text[line.start : line.end] for line in lines if line.block >= 0)
    for block in blocks:
        assert text[block.start : block.end].replace(" ", "") in covered.replace(" ", "")


def test_visible_text_leaves_out_what_the_view_hides():
    text = seed_text()
    start = text.index("Deputy Minister of Foreign Affairs Ngo Le Van attended")
    end = text.index("(Photo: Hoang Hong)") + len("(Photo: Hoang Hong)")
    seen = visible_text(text, start, end)
    assert "Improving capacity of peoples" in text[start:end]
    assert "Improving capacity of peoples" not in seen
    paragraph, caption = seen.split("\n")  # one line per block the reader shows
    assert paragraph.startswith("Deputy Minister") and paragraph.endswith("opening remarks.")
    assert caption.startswith("Enhancing capacity") and caption.endswith("(Photo: Hoang Hong)")


def _highlight_from(text: str, quote: str, **changes: object) -> Highlight:
    start = text.index(quote)
    fields: dict[str, object] = {"start": start, "end": start + len(quote), "quote": quote}
    fields.update(changes)
    return Highlight(id="0" * 12, article_id="a" * 12, **fields)  # type: ignore[arg-type]


def test_a_highlight_starting_in_a_caption_shows_no_caption_marks():
    with open(CAPTIONED_SEED, encoding="utf-8", newline="") as handle:
        text = handle.read()
    highlight = _highlight_from(text, CAPTION_TAIL)
    assert highlight_text(text, highlight) == (
        "(Photo: Quang Hoa)\nPolitburo Member and Secretariat's Standing Member"
    )
    blocks = article_blocks(text)
    assert highlight_text(text, highlight, blocks) == highlight_text(text, highlight)
    # Once the article changed around it (an orphan), the stored quote is cleaned the same way.
    orphan = _highlight_from(text, CAPTION_TAIL, status=AnchorStatus.ORPHAN.value, start=0)
    assert highlight_text(text, orphan) == highlight_text(text, highlight)
    debris = _highlight_from("x ![](a.jpg) |\n| Cap |", "![](a.jpg) |\n| Cap |", start=1)
    assert highlight_text("x", debris) == "Cap"


def test_labels_wrap_and_end_in_an_ellipsis_when_cut():
    assert wrap_label("one two three four five six", 9, 2) == ["one two", "three…"]
    assert wrap_label("short", 20, 2) == ["short"]


def test_an_alt_text_line_repeating_the_headline_is_left_out_in_ascii_and_not() -> None:
    """A short unpunctuated line made mostly of the headline's words is alt text (the words
    compared case-folded: ASCII lines split without a regex, others by it)."""
    for title, alt in [
        ("Leaders meet in Hanoi to discuss trade", "LEADERS MEET in HANOI, trade"),
        ("Lãnh đạo gặp nhau ở Hà Nội", "LÃNH ĐẠO gặp nhau"),
    ]:
        text = f"{title}\n{alt}\nThe talks began on Monday."
        kinds = [(block.kind, text[block.start : block.end]) for block in article_blocks(text)]
        assert kinds == [
            (BlockKind.TITLE, title),
            (BlockKind.PARAGRAPH, "The talks began on Monday."),
        ]


def test_a_text_stored_without_its_title_is_body_from_its_first_line() -> None:
    """A feed's or a page's text lacks its headline (the title is kept apart): no line is the
    title, a line repeating it is left out, and offsets are the stored text's."""
    title = "Border talks to resume in Geneva"
    text = "  Minister Lind said talks would resume.\nBorder talks to resume in Geneva\nMore.\n"
    blocks = article_blocks(text, title)
    assert [(b.kind, text[b.start : b.end]) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Minister Lind said talks would resume."),
        (BlockKind.PARAGRAPH, "More."),
    ]
    assert article_blocks(text, "")[0].kind is BlockKind.TITLE  # a bare file's first line


def test_a_text_that_starts_with_its_title_reads_as_before() -> None:
    """A file's title is found in its text: the first line, under a site's name or cut short,
    a Markdown heading, or the line under a banner; each keeps the blocks of the bare text."""
    long_line = "Leaders pledged " + "closer ties and more trade " * 20 + "on Monday."
    for title, text in [
        ("Border talks resume", "Border talks resume\nBody."),
        ("Border talks resume", "Border  talks resume | Mekong Monitor\nBody."),
        ("Border talks resume", "Border talks resume — Reuters\nBody."),
        ("Border talks resume in Geneva", "# Border talks resume\n\nBody."),
        ("Border talks resume", "WORLD NEWS\nBorder talks resume\nBody."),
        (long_line[:500].strip(), f"{long_line}\nBody."),
        (" \t", "Headline\nBody."),  # a blank title says nothing
        ("Lind says border talks to resume", "Lind: border talks to resume in Geneva\nBody."),
    ]:
        assert article_blocks(text, title) == article_blocks(text), text
    # a lede that merely starts with the title's words is no headline
    lede = "Border talks resume, the minister said on Monday.\nBody."
    assert article_blocks(lede, "Border talks resume")[0].kind is BlockKind.PARAGRAPH


def test_the_fast_wrap_counts_as_one_cell_only_what_is_one_cell_and_shown_as_it_is():
    """Every character the line-at-a-time wrap takes is one cell wide for rich and left
    alone by ``inert``, as the word-by-word wrap measures it."""
    taken = [chr(c) for c in range(0x30000) if _COMPLEX_CHAR.match(chr(c)) is None]
    assert len(taken) > 1300 and {"a", "é", "ồ", "“", "—", "€"} <= set(taken)
    assert [c for c in taken if cell_len(c) != 1 or inert(c) != c] == []


@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet="ab “—é ồ\u00a0\u2003", max_size=120),
    st.integers(min_value=0, max_value=8),
    st.integers(min_value=8, max_value=30),
)
@example(" aaaaaaaa", 0, 8)  # one space, then a word that fits alone: its own line
def test_one_cell_text_wraps_a_line_at_a_time_exactly_as_word_by_word(
    text: str, start: int, width: int
):
    """The fast wrap (a regex per line, for text of one-cell characters) cuts every line where
    measuring each word does: long words, runs of spaces, a range starting with spaces."""
    start = min(start, len(text))
    assert _wrap_range(text, 0, start, len(text), width) == _wrap_words(
        text, 0, start, len(text), width
    )


def test_a_long_one_line_article_is_wrapped_a_line_at_a_time(monkeypatch):
    """A paragraph of 300 KB (a 10 MB one-line article took 5 s to lay out, word by word) is
    cut a line at a time, not measured word by word, into the lines measuring gives."""
    text = "Headline\n" + " ".join(seed_text().split()) * 40
    blocks = article_blocks(text)
    body = blocks[1]
    assert len(blocks) == 2 and body.end - body.start > 300_000
    measured = _wrap_words(text, 1, body.start, body.end, 76)
    calls = []
    monkeypatch.setattr(layout, "cell_len", lambda chars: calls.append(chars) or len(chars))
    lines = wrap_blocks(text, blocks, 76)
    assert len(calls) < 5_000, "measured word by word"
    assert lines[2:] == measured
    assert all(len(text[line.start : line.end].rstrip()) <= 76 for line in lines)


def test_a_row_keeps_its_source_before_its_title_s_second_line() -> None:
    """A list row: the tags give way first, then the title gives up its second line so the
    date and source stay whole (at 80 columns "2024-02-20 ·…" lost "TradeWinds")."""
    title = "Sudan Quartet meets in NY amid SAF’s rejection of ceasefire"
    head = "✎ 3 · 2025-11-20 · The Sudan Times"
    details = f"{head} · #sudan talks"
    assert row_lines(title, head, ["#sudan talks"], 60) == ([title], [details])
    assert row_lines(title, head, ["#sudan talks"], 40) == (
        ["Sudan Quartet meets in NY amid SAF’s", "rejection of ceasefire"],
        [f"{head} · #×1"],  # no room for the tag's name: its count
    )
    # no room for the count after the source (it read as a row without tags): the title
    # gives up its second line, the tags taking the details' second
    assert row_lines(title, head, ["#sudan talks"], 36) == (
        ["Sudan Quartet meets in NY amid…"],
        [head, "#sudan talks"],
    )
    assert row_lines(title, head, ["#sudan talks"], 21) == (
        ["Sudan Quartet meets…"],
        ["✎ 3 · 2025-11-20 ·", "The Sudan Times · #×1"],
    )
    # nor after the source on the second line: the source's end gives way to the count
    assert row_lines(title, head, ["#sudan talks"], 19) == (
        ["Sudan Quartet…"],
        ["✎ 3 · 2025-11-20 ·", "The Sudan Ti… · #×1"],
    )
    assert row_lines(title, head, [], 36) == (
        ["Sudan Quartet meets in NY amid SAF’s", "rejection of ceasefire"],
        [head],
    )


def test_a_row_s_tags_show_what_fits_never_a_bare_ellipsis() -> None:
    """Tags that do not all fit after the source: whole ones and "+N" for the rest, else
    the first cut short inside its room, else their count; wide letters measured by cell."""
    tags = ["#people diplomacy", "#national development strategy", "#asean"]
    assert tags_fitted(tags, 80) == " ".join(tags)
    assert tags_fitted(tags, 30) == "#people diplomacy +2"
    assert tags_fitted(tags, 12) == "#people… +2"
    assert tags_fitted(tags, 4) == "#×3"
    assert tags_fitted(tags, 2) == ""
    assert tags_fitted(["#peacekeeping-mandate-renewals"], 14) == "#peacekeeping…"
    assert tags_fitted(["#南海行为准则", "#东盟"], 12) == "#南海行… +1"  # 2 cells a letter
    assert tags_fitted(["#quan hệ Việt Nam – Nhật Bản"], 16) == "#quan hệ Việt N…"
    assert cell_len(tags_fitted(["#南海行为准则"], 8)) <= 8


def test_a_row_s_tags_take_the_line_a_short_title_leaves() -> None:
    """A title of one line leaves its second line to the details: tags that do not fit
    after the source go on it, never broken inside a tag."""
    head = "2025-10-12 · 新华社"
    assert row_lines("中国与东盟外长会议", head, ["#南海行为准则", "#东盟"], 36) == (
        ["中国与东盟外长会议"],
        [f"{head} · #南海行为准则", "#东盟"],
    )
    long_tag = ["#peacekeeping-mandate-renewals-and-security-council"]
    assert row_lines("UN vote", "2025-09-30 · UN News", long_tag, 21) == (
        ["UN vote"],
        ["2025-09-30 · UN News", "#peacekeeping-mandat…"],
    )


def test_a_word_of_wide_letters_longer_than_many_lines_is_measured_once(monkeypatch):
    """A line of 200,000 Chinese characters, no space in it (or a word of combining accents):
    each line hard-broken off it sliced the rest and measured it again whole, so opening the
    article took 190 s of CPU; the work grew with the square of the line's length."""
    text = "Headline\n" + "中" * 2_000 + "\n"
    blocks = article_blocks(text)
    measured: list[int] = []
    real = layout.cell_len
    monkeypatch.setattr(layout, "cell_len", lambda text: measured.append(len(text)) or real(text))
    lines = wrap_blocks(text, blocks, 46)
    body = [text[line.start : line.end] for line in lines[2:]]
    assert body == ["中" * 23] * 86 + ["中" * 22]
    assert sum(measured) < 4 * 2_000, "the rest of the line measured again at each line"
