"""Headless entity recognition and cross-article linking for diplomacy news (no Textual)."""

from __future__ import annotations

from .folding import fold
from .linking import EntityIndex, canonical_key, register_aliases
from .recogniser import recognise

__all__ = ["EntityIndex", "canonical_key", "fold", "recognise", "register_aliases"]
