"""Driving the app with real keys from tests."""

from __future__ import annotations

from textual.pilot import Pilot

_KEY_NAMES = {
    " ": "space",
    ",": "comma",
    ".": "full_stop",
    "-": "minus",
    "#": "number_sign",
    "/": "slash",
    ":": "colon",
    "'": "apostrophe",
    '"': "quotation_mark",
    "?": "question_mark",
    "\n": "enter",
}


async def type_text(pilot: Pilot, text: str) -> None:
    """Press one key per character, as a person typing would."""
    await pilot.press(*(_KEY_NAMES.get(char, char) for char in text))
