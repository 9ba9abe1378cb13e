"""Tag rules shared by the app and the CLI: how tags are typed, cleaned and combined."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

MAX_TAG_LENGTH = 64
MAX_TAGS_PER_RECORD = 200


class TagError(ValueError):
    """A tag the user typed cannot be stored; the message says why."""


def _composed(tag: str) -> str:
    """One form for the tags that look the same: "café" arrives composed (é) or decomposed
    (e and a combining accent, as text pasted from a PDF or a macOS file name often is), and
    kept as typed the two were two tags no eye could tell apart, each missing the other's
    articles in a filter."""
    return unicodedata.normalize("NFC", tag)


def clean_tag(raw: str) -> str:
    """Trim, drop a leading '#', fold inner whitespace and control characters to single
    spaces, compose accents."""
    text = "".join(ch if ch.isprintable() else " " for ch in _composed(raw))
    text = text.strip().lstrip("#").strip()
    text = " ".join(text.split())
    if len(text) > MAX_TAG_LENGTH:
        raise TagError(f"tag too long ({len(text)} characters, at most {MAX_TAG_LENGTH})")
    return text


def parse_tags(values: Iterable[str]) -> list[str]:
    """Split comma-separated input ("asean, laos") into clean, distinct, non-empty tags."""
    tags: list[str] = []
    for value in values:
        for part in value.split(","):
            tag = clean_tag(part)
            if tag and tag not in tags:
                tags.append(tag)
    return tags


def add_tags(existing: list[str], new: Iterable[str]) -> list[str]:
    """``existing`` and the ``new`` tags it lacks (a tag stored decomposed before tags were
    composed is the same tag as its composed form)."""
    merged = list(existing)
    present = {_composed(tag) for tag in existing}
    for tag in new:
        if _composed(tag) not in present:
            merged.append(tag)
            present.add(_composed(tag))
    if len(merged) > MAX_TAGS_PER_RECORD:
        raise TagError(f"too many tags ({len(merged)}, at most {MAX_TAGS_PER_RECORD})")
    return merged


def remove_tags(existing: list[str], doomed: Iterable[str]) -> list[str]:
    """``existing`` without the ``doomed`` tags, in whichever form each was stored."""
    gone = {_composed(tag) for tag in doomed}
    return [tag for tag in existing if _composed(tag) not in gone]
