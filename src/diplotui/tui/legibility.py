"""Text stays readable on whatever it is drawn over: WCAG AA contrast (4.5:1) between a
segment's foreground and background, in truecolor and in the 256-colour palette Rich falls
back to, so entity colours over highlights, the cursor, the selection and find matches, in any
theme, never fade into their background."""

from __future__ import annotations

from functools import lru_cache

from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from rich.segment import Segment
from rich.style import Style
from textual.filter import dim_color
from textual.strip import Strip

MINIMUM_CONTRAST = 4.5
"""WCAG 2 level AA for normal text."""

_UNDIMMED = Style(dim=False)
_STEPS = 16
_WHITE = ColorTriplet(255, 255, 255)
_BLACK = ColorTriplet(0, 0, 0)


def _luminance(triplet: ColorTriplet) -> float:
    """WCAG relative luminance."""
    weights = (0.2126, 0.7152, 0.0722)
    total = 0.0
    for weight, channel in zip(weights, triplet.normalized, strict=True):
        linear = channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
        total += weight * linear
    return total


def contrast(first: ColorTriplet, second: ColorTriplet) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _as_drawn(color: Color) -> tuple[ColorTriplet, ColorTriplet]:
    """The colour as a truecolor terminal and as a 256-colour terminal shows it."""
    return color.get_truecolor(), color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()


def readable(foreground: Color, background: Color) -> bool:
    """Whether text in ``foreground`` reads on ``background`` in truecolor and 256 colours."""
    return all(
        contrast(text, ground) >= MINIMUM_CONTRAST
        for text, ground in zip(_as_drawn(foreground), _as_drawn(background), strict=True)
    )


def _mix(start: ColorTriplet, end: ColorTriplet, amount: float) -> Color:
    return Color.from_rgb(*(a + (b - a) * amount for a, b in zip(start, end, strict=True)))


@lru_cache(maxsize=4096)
def legible(style: Style) -> Style:
    """``style`` with its foreground moved toward white or black (whichever stands out more
    from the background) just far enough to be readable, and dim text that would not read
    dimmed (a count on the sidebar's cursor row: 3.3:1) drawn undimmed; already readable
    styles, and styles that leave either colour to the terminal, are returned as they are."""
    foreground, background = style.color, style.bgcolor
    if foreground is None or background is None or foreground.is_default:
        return style
    if background.is_default:
        return style
    if style.dim:  # drawn blended toward the background (Textual's dim): undimmed if too faint
        if readable(dim_color(background, foreground), background):
            return style
        style += _UNDIMMED
    if readable(foreground, background):
        return style
    ground = background.get_truecolor()
    target = _WHITE if contrast(_WHITE, ground) >= contrast(_BLACK, ground) else _BLACK
    start = foreground.get_truecolor()
    for step in range(1, _STEPS):
        candidate = _mix(start, target, step / _STEPS)
        if readable(candidate, background):
            return style + Style(color=candidate)
    return style + Style(color=Color.from_triplet(target))


def legible_strip(strip: Strip) -> Strip:
    """A line of a pane with every segment's foreground made :func:`legible`."""
    return Strip(
        [
            Segment(text, legible(style) if style is not None else None, control)
            for text, style, control in strip
        ],
        strip.cell_length,
    )
