"""What a widget puts on the terminal, cell by cell, and how readable each letter is there.

The cells come from ``Widget.render_lines``: the same strips the compositor writes, after the
widget's styles, borders and line filters are applied. Each colour is measured as truecolor and
as the 256-colour palette entry the terminal gets when it has no truecolor.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style
from textual.app import App
from textual.filter import dim_color
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

AA_RATIO = 4.5
"""WCAG 2 level AA, normal text."""

RGB = tuple[int, int, int]


def relative_luminance(rgb: RGB) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@cache  # a screen holds tens of thousands of cells in a few dozen pairs of colours
def contrast_ratio(first: RGB, second: RGB) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_text(char: str) -> bool:
    """Letters, digits and signs; not spaces, box drawing, block elements (borders, bars)."""
    return not char.isspace() and not 0x2500 <= ord(char) <= 0x259F


@cache
def _rgb(color: RichColor | None, palette: ColorSystem) -> RGB | None:
    if color is None or color.is_default:
        return None
    triplet = color.downgrade(palette).get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


@dataclass(frozen=True)
class Cell:
    widget: str
    x: int
    y: int
    char: str
    foreground: RGB | None
    background: RGB | None
    line: str

    @property
    def ratio(self) -> float:
        if self.foreground is None or self.background is None:
            return 0.0  # left to the terminal's default colours: nothing is promised
        return contrast_ratio(self.foreground, self.background)

    def __str__(self) -> str:
        return (
            f"{self.widget} ({self.x},{self.y}) {self.char!r} fg={self.foreground} "
            f"bg={self.background} ratio={self.ratio:.2f} in {self.line.strip()[:60]!r}"
        )


def _colours(style: Style, palette: ColorSystem) -> tuple[RGB | None, RGB | None]:
    foreground, background = _rgb(style.color, palette), _rgb(style.bgcolor, palette)
    if style.dim and foreground is not None and background is not None:
        # dim text is drawn in its colour blended toward the background, as Textual blends it
        foreground = _rgb(
            dim_color(RichColor.from_rgb(*background), RichColor.from_rgb(*foreground)), palette
        )
    if style.reverse:
        foreground, background = background, foreground
    return foreground, background


def text_cells(widget: Widget, palette: ColorSystem = ColorSystem.TRUECOLOR) -> Iterator[Cell]:
    """Every text cell the widget shows now, with its colours in ``palette``."""
    name = widget.id or type(widget).__name__
    return _strips_cells(name, widget.render_lines(Region(0, 0, *widget.outer_size)), palette)


def screen_text_cells(app: App[object], palette: ColorSystem) -> Iterator[Cell]:
    """Every text cell on the whole screen now, a modal's backdrop (the screen below, as it
    shows through) with it, with its colours in ``palette``."""
    return _strips_cells("screen", app.screen._compositor.render_strips(), palette)


def _strips_cells(name: str, strips: list[Strip], palette: ColorSystem) -> Iterator[Cell]:
    for y, strip in enumerate(strips):
        line = strip.text
        x = 0
        for segment in strip:
            style = segment.style or Style()
            foreground, background = _colours(style, palette)
            for char in segment.text:
                if is_text(char):
                    yield Cell(name, x, y, char, foreground, background, line)
                x += 1


def unreadable(cells: list[Cell]) -> list[Cell]:
    return [cell for cell in cells if cell.ratio < AA_RATIO]
