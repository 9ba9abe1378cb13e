"""The highlight palette: five colours with a meaning each, shared by the UI and the exporters.

Kept headless (no Textual) so exports and the CLI label highlights exactly as the app does.
"""

from __future__ import annotations

from typing import NamedTuple


class Colour(NamedTuple):
    """One palette entry; ``digit`` is the key that applies it in the reader."""

    key: str
    label: str
    digit: str


PALETTE: tuple[Colour, ...] = (
    Colour("key", "key statement", "1"),
    Colour("commitment", "commitment", "2"),
    Colour("figure", "figure", "3"),
    Colour("question", "question", "4"),
    Colour("follow", "follow up", "5"),
)

DEFAULT_COLOUR = PALETTE[0].key

_LABELS = {colour.key: colour.label for colour in PALETTE}


def palette_key(key: str) -> str:
    """``key`` when the palette has it, else the default: a hand-edited store or another
    tool's export may name any colour, and it must still paint."""
    return key if key in _LABELS else DEFAULT_COLOUR


def colour_label(key: str) -> str:
    """The human label of a palette key; an unknown key (from an old export) shows as itself."""
    return _LABELS.get(key, key)
