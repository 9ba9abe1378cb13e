"""A strip makes each of its caches when it first uses it (``diplotui/tui/strips.py``): a new
strip holds none, and each way of cutting or restyling it still answers a second call from
its cache, with what Textual's own strip gives. The snapshot tests show the frames unchanged."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.filter import DimFilter
from textual.strip import Strip

import diplotui.tui.app  # noqa: F401  (the app's module applies it on import)
from diplotui.tui.strips import CACHE_SIZES, made_on_first_use

BOLD = Style(bold=True)
RED = Style(color="red")
DIM = DimFilter()


def a_strip() -> Strip:
    return Strip([Segment("Hello, ", BOLD), Segment("world", RED), Segment("!")])


def held(strip: Strip, name: str) -> object | None:
    """What the strip's slot holds, without making it (None when empty)."""
    try:
        return getattr(Strip, name).__get__(strip)  # the slot itself, not ``__getattr__``
    except AttributeError:
        return None


def test_the_apps_import_applied_it_to_the_installed_textuals_strip():
    """Set on import of the app's module (a Textual whose strip differs is left alone, and
    this fails: the caches are made eagerly again)."""
    assert getattr(Strip, "_caches_made_on_first_use", False) is True
    assert made_on_first_use() is True  # applied once; asked again, nothing changes


def test_a_new_strip_holds_no_cache():
    strip = a_strip()
    assert strip.text == "Hello, world!"
    assert strip.cell_length == 13
    assert all(held(strip, name) is None for name in CACHE_SIZES)


@pytest.mark.parametrize(
    ("cache", "cut", "text"),
    [
        ("_crop_cache", lambda s: s.crop(2, 9), "llo, wo"),
        ("_divide_cache", lambda s: s.divide([4, 13]), None),
        ("_style_cache", lambda s: s.apply_style(Style(italic=True)), "Hello, world!"),
        ("_filter_cache", lambda s: s.apply_filter(DIM, Color(0, 0, 0)), None),
        ("_line_length_cache", lambda s: s.adjust_cell_length(16), "Hello, world!   "),
        ("_crop_extend_cache", lambda s: s.crop_extend(7, 16, None), "world!   "),
        ("_offsets_cache", lambda s: s.apply_offsets(1, 2), "Hello, world!"),
    ],
)
def test_each_cache_is_made_at_its_first_use_and_answers_the_next(cache, cut, text):
    strip = a_strip()
    first = cut(strip)
    made = held(strip, cache)
    assert made is not None and made._maxsize == CACHE_SIZES[cache]  # Textual's size
    assert cut(strip) is first  # the second call answered from that cache
    assert held(strip, cache) is made
    if isinstance(first, Strip) and text is not None:
        assert first.text == text
    assert all(held(strip, other) is None for other in CACHE_SIZES if other != cache)


def test_a_divided_strip_gives_its_parts():
    parts = a_strip().divide([4, 13])
    assert [part.text for part in parts] == ["Hell", "o, world!"]


def test_any_other_missing_attribute_is_still_an_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        a_strip().no_such_thing  # type: ignore[attr-defined]  # noqa: B018
