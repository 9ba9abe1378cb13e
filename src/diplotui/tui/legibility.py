"""Text stays readable on whatever it is drawn over: WCAG AA contrast (4.5:1) between a
segment's foreground and background, in the colours the terminal is sent (truecolor, or the
256-colour palette Rich falls back to), so entity colours over highlights, the cursor, the
selection and find matches, in any theme, never fade into their background.

Only the terminal's own colour system is checked: checking truecolor text in 256 colours too
pushed every entity colour over the key highlight (its nearest 256 colour is brighter) to
near-white, where the entity types could no longer be told apart from plain text. In 256
colours the colour taken is the palette's nearest that reads, not a mix rounded to it."""

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


_MEASURED_IN = {
    "truecolor": (ColorSystem.TRUECOLOR,),
    "256": (ColorSystem.EIGHT_BIT,),
}
"""The colour systems text is measured in, by Rich's name of the terminal's; a terminal of 16
colours (or none known) is measured in both, the most that can be promised there."""

_BOTH = (ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT)


def readable(foreground: Color, background: Color, terminal: str | None) -> bool:
    """Whether text in ``foreground`` reads on ``background`` as a terminal whose colour
    system Rich names ``terminal`` ("truecolor", "256", ...) shows them."""
    return all(
        contrast(
            foreground.downgrade(system).get_truecolor(),
            background.downgrade(system).get_truecolor(),
        )
        >= MINIMUM_CONTRAST
        for system in _MEASURED_IN.get(terminal or "", _BOTH)
    )


def _mix(start: ColorTriplet, end: ColorTriplet, amount: float) -> Color:
    return Color.from_rgb(*(a + (b - a) * amount for a, b in zip(start, end, strict=True)))


@lru_cache(maxsize=4096)
def legible(style: Style, terminal: str | None) -> Style:
    """``style`` with its foreground moved toward white or black (whichever stands out more
    from the background) just far enough to be readable on ``terminal`` (Rich's name of its
    colour system: ``Console.color_system``), and dim text that would not read
    dimmed (a count on the sidebar's cursor row: 3.3:1) drawn undimmed; already readable
    styles, and styles that leave either colour to the terminal, are returned as they are."""
    foreground, background = style.color, style.bgcolor
    if foreground is None or background is None or foreground.is_default:
        return style
    if background.is_default:
        return style
    if style.dim:  # drawn blended toward the background (Textual's dim): undimmed if too faint
        if readable(dim_color(background, foreground), background, terminal):
            return style
        style += _UNDIMMED
    if readable(foreground, background, terminal):
        return style
    if terminal == "256":
        return style + Style(color=_nearest_readable_256(foreground, background))
    ground = background.get_truecolor()
    target = _WHITE if contrast(_WHITE, ground) >= contrast(_BLACK, ground) else _BLACK
    start = foreground.get_truecolor()
    for step in range(1, _STEPS):
        candidate = _mix(start, target, step / _STEPS)
        if readable(candidate, background, terminal):
            return style + Style(color=candidate)
    return style + Style(color=Color.from_triplet(target))


_PALETTE_256 = [
    color
    for color in map(Color.from_ansi, range(16, 256))
    if Color.from_triplet(color.get_truecolor()).downgrade(ColorSystem.EIGHT_BIT).number
    == color.number
]
"""The colours a 256-colour terminal draws the same everywhere (not the 16 it may redefine)
and that come back as themselves from Textual, which draws in truecolor and leaves Rich to
round each colour to the palette: Rich rounds most greys to the one below (grey 248, 168,
comes back as 247, 158), and the grey chosen to read on a list's cursor row, 4.5:1, was
drawn at 4.25:1."""


def _nearest_readable_256(foreground: Color, background: Color) -> Color:
    """The 256-colour palette's colour nearest ``foreground`` that reads on ``background``:
    mixing toward white, then rounding to the palette, turned two entity colours into one
    (law and event over three highlights, place and role over the key)."""
    start = foreground.get_truecolor()

    def distance(color: Color) -> int:
        return sum((a - b) ** 2 for a, b in zip(color.get_truecolor(), start, strict=True))

    fits = [color for color in _PALETTE_256 if readable(color, background, "256")]
    return min(fits, key=distance) if fits else Color.from_ansi(231)


def legible_strip(strip: Strip, terminal: str | None) -> Strip:
    """A line of a pane with every segment's foreground made :func:`legible` on ``terminal``."""
    return Strip(
        [
            Segment(text, legible(style, terminal) if style is not None else None, control)
            for text, style, control in strip
        ],
        strip.cell_length,
    )
