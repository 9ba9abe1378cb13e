"""Headless entity recognition and cross-article linking for diplomacy news (no Textual).

The public names load their module on first use, so a caller that needs only ``folding``
(the reader's find) does not pay for the recogniser at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .folding import fold
    from .linking import (
        EntityIndex,
        aliases_from_corrections,
        canonical_key,
        clear_aliases,
        register_aliases,
    )
    from .naming import display_name, spellings_of
    from .recogniser import recognise

_HOMES = {
    "fold": "folding",
    "EntityIndex": "linking",
    "canonical_key": "linking",
    "register_aliases": "linking",
    "clear_aliases": "linking",
    "aliases_from_corrections": "linking",
    "recognise": "recogniser",
    "display_name": "naming",
    "spellings_of": "naming",
}

__all__ = [
    "EntityIndex",
    "aliases_from_corrections",
    "canonical_key",
    "clear_aliases",
    "display_name",
    "fold",
    "recognise",
    "register_aliases",
    "spellings_of",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
