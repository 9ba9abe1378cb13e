"""A hard-wrapped article (a newsletter, an e-mail, ``fmt`` output) yields the statements and
names of its unwrapped twin, at offsets into the text as stored (issue 17)."""

from __future__ import annotations

import textwrap

from diplotui.entities import recognise
from diplotui.entities.soft_wraps import soft_wraps_joined
from diplotui.layout import shown_span
from diplotui.statements import find_statements

_PARAGRAPHS = [
    "Vietnam and Japan agree to deepen trade ties",
    "HANOI - Foreign Minister Bui Thanh Son said on Monday that the talks with his Japanese "
    "counterpart had been useful and that both sides would meet again in Tokyo next month.",
    '"We are committed to peace and stability in the region and will keep working with all '
    'our partners on the supply chains that matter to our people," Son told reporters after '
    "the meeting at the ministry.",
    "Deputy Prime Minister Tran Luu Quang stressed that the two economies needed each other "
    "more than ever before, according to a statement released by the government on Tuesday.",
]


def _wrapped(paragraphs: list[str], width: int = 70) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def _readable(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, " ".join(s.text.split())) for s in find_statements(text)]


def test_a_wrapped_article_gives_its_unwrapped_twins_statements() -> None:
    flat = "\n\n".join(_PARAGRAPHS) + "\n"
    wrapped = _wrapped(_PARAGRAPHS)
    assert wrapped.count("\n") > flat.count("\n") + 4  # the statements cross line breaks
    found = find_statements(wrapped)
    assert _readable(wrapped) == _readable(flat)
    assert {kind for _, kind, _ in _readable(flat)} == {"direct", "reported"}
    for statement in found:  # offsets into the stored text, its line breaks kept
        assert statement.text == wrapped[statement.start : statement.end]
    assert any("\n" in statement.text for statement in found)


def test_the_joined_copy_keeps_length_and_offsets() -> None:
    wrapped = _wrapped(_PARAGRAPHS).replace("\n", "\r\n")
    joined = soft_wraps_joined(wrapped)
    assert len(joined) == len(wrapped)
    assert [i for i, c in enumerate(joined) if c not in "\r\n "] == [
        i for i, c in enumerate(wrapped) if c not in "\r\n "
    ]
    assert joined.count("\r\n\r\n") == len(_PARAGRAPHS) - 1


def test_a_name_broken_over_lines_is_one_name() -> None:
    line = "On Monday in the capital the talks were chaired by Foreign Minister Ngo Le"
    assert len(line) + len(" Van") > 70
    text = f"Talks\n\n{line}\nVan, who said they had been useful.\n\n" + _wrapped(_PARAGRAPHS[1:])
    people = [s.text for s in recognise(text) if s.type == "PERSON"]
    assert people[0] == "Ngo Le Van"


def test_a_headline_and_its_lede_are_not_joined() -> None:
    headline = "Vietnam and Japan agree to deepen trade and investment ties in Asia"
    body = _wrapped(_PARAGRAPHS[2:])
    text = f"{headline}\nForeign Minister Bui Thanh Son said on Monday that the talks were\n"
    text += f"useful.\n\n{body}"
    joined = soft_wraps_joined(text)
    assert joined != text
    assert joined.split("\n")[0] == headline
    assert "talks were useful" in joined
    dateline = "Short headline\nHANOI - Minister Son said on Monday that talks with\n"
    dateline += f"his peers went well.\n\n{body}"
    assert soft_wraps_joined(dateline).startswith("Short headline\nHANOI - Minister")
    assert "talks with his peers" in soft_wraps_joined(dateline)


def test_a_bulleted_list_is_not_joined() -> None:
    items = (
        "- more flights between the two capitals\n"
        "- a visa waiver for business travellers from next year\n"
        "* joint patrols\n"
        "1. a review in May\n"
    )
    text = _wrapped(_PARAGRAPHS[:3]) + "\nThe ministers agreed on these points:\n" + items
    joined = soft_wraps_joined(text)
    assert joined != text
    assert joined.endswith("points:\n" + items)


def test_a_paragraph_per_line_text_is_left_alone() -> None:
    flat = "\n\n".join(_PARAGRAPHS) + "\n"
    assert soft_wraps_joined(flat) is flat
    short = "Talks\nHANOI - Minister Son met his counterpart.\nThey agreed.\n"
    assert soft_wraps_joined(short) is short


def test_a_span_is_shown_with_its_soft_wraps_as_spaces_and_its_paragraphs_kept() -> None:
    wrapped = _wrapped(_PARAGRAPHS, 50)
    start = wrapped.index("Foreign Minister")
    end = wrapped.index("Son told reporters")
    assert "\n" in wrapped[start:end] and "\n\n" in wrapped[start:end]
    shown = shown_span(wrapped, start, end)
    assert len(shown) == end - start  # the same offsets
    assert "\n" not in shown.split("\n\n")[0] and shown.count("\n\n") == 1
    assert " ".join(shown.split()) == " ".join(wrapped[start:end].split())
    crlf = wrapped.replace("\n", "\r\n")
    start, end = crlf.index("Foreign Minister"), crlf.index("month.") + 6
    assert shown_span(crlf, start, end) == " ".join(crlf[start:end].split())  # one space each
    flat = "\n\n".join(_PARAGRAPHS) + "\n"  # not wrapped: shown as stored
    assert shown_span(flat, 0, len(flat)) == flat
