"""Text stays readable on whatever it is drawn over: WCAG AA contrast (4.5:1) between a
segment's foreground and background, in the colours the terminal is sent (truecolor, or the
256-colour palette Rich falls back to), so entity colours over highlights, the cursor, the
selection and find matches, in any theme, never fade into their background.

Only the terminal's own colour system is checked: checking truecolor text in 256 colours too
pushed every entity colour over the key highlight (its nearest 256 colour is brighter) to
near-white, where the entity types could no longer be told apart from plain text. The entity
types' colours are chosen together, in either colour system: each that does not read takes the
nearest colour that does (in 256 colours the palette's, not a mix rounded to it) and stays
apart from the plain text and the others, so over a highlight they can still be told apart."""

from __future__ import annotations

import heapq
import math
from functools import lru_cache
from typing import TYPE_CHECKING

from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from rich.segment import Segment
from rich.style import Style
from textual.color import Color as TextualColor
from textual.filter import dim_color
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.app import App

MINIMUM_CONTRAST = 4.5
"""WCAG 2 level AA for normal text."""

_UNDIMMED = Style(dim=False)
_STEPS = 16
_WHITE = ColorTriplet(255, 255, 255)
_BLACK = ColorTriplet(0, 0, 0)


@lru_cache(maxsize=8192)
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


MONOCHROME = " in grey"
"""Added to a terminal's name (``drawn_in``) when the app draws in greys (``NO_COLOR``):
Textual turns each colour grey after the app chose it, and Rich rounds the grey to the
palette, so a list's cursor row details, 4.76:1 in 256 colours, read 4.25:1 in grey."""


def drawn_in(app: App[object]) -> str | None:
    """The name of the colours ``app`` draws in, as :func:`legible` takes it: Rich's name of
    the terminal's colour system, with :data:`MONOCHROME` under ``NO_COLOR``."""
    system = app.console.color_system
    return f"{system}{MONOCHROME}" if system and app.no_color else system


def _as_drawn(colour: Color, terminal: str | None) -> Color:
    """``colour`` as a terminal named ``terminal`` is sent it, grey where Textual greys it."""
    if terminal and terminal.endswith(MONOCHROME):
        return TextualColor.from_rich_color(colour).monochrome.rich_color
    return colour


def _eight_bit(terminal: str | None) -> bool:
    return (terminal or "").removesuffix(MONOCHROME) == "256"


def readable(foreground: Color, background: Color, terminal: str | None) -> bool:
    """Whether text in ``foreground`` reads on ``background`` as a terminal whose colour
    system Rich names ``terminal`` ("truecolor", "256", ...) shows them."""
    foreground, background = _as_drawn(foreground, terminal), _as_drawn(background, terminal)
    system_name = (terminal or "").removesuffix(MONOCHROME)
    return all(
        contrast(
            foreground.downgrade(system).get_truecolor(),
            background.downgrade(system).get_truecolor(),
        )
        >= MINIMUM_CONTRAST
        for system in _MEASURED_IN.get(system_name, _BOTH)
    )


def _mix(start: ColorTriplet, end: ColorTriplet, amount: float) -> Color:
    return Color.from_rgb(*(a + (b - a) * amount for a, b in zip(start, end, strict=True)))


@lru_cache(maxsize=4096)
def legible(style: Style, terminal: str | None, kin: tuple[Color, ...] = ()) -> Style:
    """``style`` with its foreground moved toward white or black (whichever stands out more
    from the background) just far enough to be readable on ``terminal`` (Rich's name of its
    colour system: ``Console.color_system``), and dim text that would not read
    dimmed (a count on the sidebar's cursor row: 3.3:1) drawn undimmed; already readable
    styles, and styles that leave either colour to the terminal, are returned as they are.
    ``kin``: the plain text's colour, then colours to be told apart from it and each other
    (the entity types'); a foreground among them takes its colour from :func:`_kin_colours`."""
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
    if foreground in kin:
        return style + Style(color=_kin_colours(kin, background, terminal)[kin.index(foreground)])
    return style + Style(color=_nearest_readable(foreground, background, terminal))


def _mixed_readable(foreground: Color, background: Color, terminal: str | None) -> Color:
    """``foreground`` mixed toward white or black (whichever stands out more from
    ``background``) just far enough to read on it."""
    ground = background.get_truecolor()
    target = _WHITE if contrast(_WHITE, ground) >= contrast(_BLACK, ground) else _BLACK
    start = foreground.get_truecolor()
    for step in range(1, _STEPS):
        candidate = _mix(start, target, step / _STEPS)
        if readable(candidate, background, terminal):
            return candidate
    return Color.from_triplet(target)


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


_NEAREST = 96
"""How many of the readable truecolor candidates nearest in CIE L*a*b* are then ranked by
CIEDE2000: CIEDE2000 of every candidate that reads took 0.1 s for each entity colour."""


@lru_cache(maxsize=1)
def _truecolor_candidates() -> tuple[Color, ...]:
    """Colours a truecolor terminal's entity colour may take where, mixed toward white or
    black, it comes too near another: an even grid of sRGB (18 levels a channel), within a
    few CIEDE2000 of any colour."""
    levels = range(0, 256, 15)
    return tuple(Color.from_rgb(r, g, b) for r in levels for g in levels for b in levels)


@lru_cache(maxsize=64)
def _readable_on(background: Color, terminal: str | None) -> tuple[Color, ...]:
    """The candidate colours (:data:`_PALETTE_256` in 256 colours, else the truecolor grid)
    that read on ``background``, found once for all the entity colours drawn over it."""
    candidates = _PALETTE_256 if _eight_bit(terminal) else _truecolor_candidates()
    return tuple(colour for colour in candidates if readable(colour, background, terminal))


def _nearest_readable(
    foreground: Color,
    background: Color,
    terminal: str | None,
    apart_from: tuple[ColorTriplet, ...] = (),
) -> Color:
    """A colour near ``foreground`` that reads on ``background`` and differs by
    :data:`KIN_APART` from each of ``apart_from``, where one does. In 256 colours the
    palette's nearest in RGB: mixing toward white, then rounding to the palette, turned two
    entity colours into one (law and event over three highlights, place and role over the
    key). In truecolor the colour mixed toward white or black, as it always was, unless
    that comes too near another (laws and events over dracula's find match, two pale pinks
    7.8 apart where the page's closest pair is 11.8): then the nearest in CIEDE2000 of an
    even grid, which keeps the hue as far as the contrast allows."""
    start = foreground.get_truecolor()
    if _eight_bit(terminal):
        fits = list(_readable_on(background, terminal))

        def distance(color: Color) -> float:
            return sum((a - b) ** 2 for a, b in zip(color.get_truecolor(), start, strict=True))

    else:
        mixed = _mixed_readable(foreground, background, terminal)
        if all(difference(mixed.get_truecolor(), other) >= KIN_APART for other in apart_from):
            return mixed
        lab = _lab(start)
        fits = heapq.nsmallest(
            _NEAREST,
            _readable_on(background, terminal),
            key=lambda c: math.dist(_lab(c.get_truecolor()), lab),
        )

        def distance(color: Color) -> float:
            return difference(color.get_truecolor(), start)

    fits.sort(key=distance)
    for color in fits:
        if all(difference(color.get_truecolor(), other) >= KIN_APART for other in apart_from):
            return color
    return fits[0] if fits else Color.from_ansi(231)


def legible_strip(strip: Strip, terminal: str | None) -> Strip:
    """A line of a pane with every segment's foreground made :func:`legible` on ``terminal``."""
    return Strip(
        [
            Segment(text, legible(style, terminal) if style is not None else None, control)
            for text, style, control in strip
        ],
        strip.cell_length,
    )


Lab = tuple[float, float, float]

_LEVELS = (0.95047, 1.0, 1.08883)
"""The D65 white point, which CIE L*a*b* is relative to."""


@lru_cache(maxsize=8192)
def _lab(triplet: ColorTriplet) -> Lab:
    """CIE L*a*b* of an sRGB colour."""
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in triplet.normalized
    ]
    red, green, blue = linear
    xyz = (
        0.4124 * red + 0.3576 * green + 0.1805 * blue,
        0.2126 * red + 0.7152 * green + 0.0722 * blue,
        0.0193 * red + 0.1192 * green + 0.9505 * blue,
    )
    fx, fy, fz = (
        t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
        for t in (value / white for value, white in zip(xyz, _LEVELS, strict=True))
    )
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def difference(first: ColorTriplet, second: ColorTriplet) -> float:
    """How different two colours look (:func:`lab_difference` of sRGB colours): about 2 is
    barely seen, 10 plainly; the eight entity colours' closest pair on the page, law and
    event, is 11.8."""
    return lab_difference(_lab(first), _lab(second))


def lab_difference(first: Lab, second: Lab) -> float:
    """CIEDE2000 of two CIE L*a*b* colours (Sharma, Wu and Dalal's formulation)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    mean_chroma = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_chroma**7 / (mean_chroma**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = (math.degrees(math.atan2(b, a)) % 360 for a, b in ((a1, b1), (a2, b2)))
    turn = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    hue_step = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(turn / 2))
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    mean_h = h1 + h2 if c1 * c2 == 0 else (h1 + turn / 2) % 360
    t = (
        1
        - 0.17 * math.cos(math.radians(mean_h - 30))
        + 0.24 * math.cos(math.radians(2 * mean_h))
        + 0.32 * math.cos(math.radians(3 * mean_h + 6))
        - 0.20 * math.cos(math.radians(4 * mean_h - 63))
    )
    s_l = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    s_c = 1 + 0.045 * mean_c
    s_h = 1 + 0.015 * mean_c * t
    rotation = (
        -2
        * math.sqrt(mean_c**7 / (mean_c**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((mean_h - 275) / 25) ** 2))))
    )
    dl, dc, dh = (l2 - l1) / s_l, (c2 - c1) / s_c, hue_step / s_h
    return math.sqrt(dl * dl + dc * dc + dh * dh + rotation * dc * dh)


KIN_APART = 13.0
"""How different (:func:`difference`) the entity types' colours are kept from each other and
from the plain text where they have to be made readable: more than the page's own closest pair
(law and event, 11.8)."""


@lru_cache(maxsize=256)
def _kin_colours(
    kin: tuple[Color, ...], background: Color, terminal: str | None
) -> tuple[Color, ...]:
    """The colours ``kin`` are drawn in over ``background`` on ``terminal``: those that read
    as they are, then each of the others in turn the nearest readable colour that differs by
    :data:`KIN_APART` from those taken before it. Each nearest on its own, over the key
    highlight in 256 colours (95, 95, 0) person, event and law were one pale yellow (5.9
    apart)."""
    system = ColorSystem.EIGHT_BIT if _eight_bit(terminal) else ColorSystem.TRUECOLOR
    drawn = [colour.downgrade(system) for colour in kin]
    unread = [i for i, colour in enumerate(drawn) if not readable(colour, background, terminal)]
    taken = [colour.get_truecolor() for i, colour in enumerate(drawn) if i not in unread]
    for index in unread:
        drawn[index] = _nearest_readable(drawn[index], background, terminal, tuple(taken))
        taken.append(drawn[index].get_truecolor())
    return tuple(drawn)
