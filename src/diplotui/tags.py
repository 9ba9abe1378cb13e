"""Tag rules shared by the app and the CLI: how tags are typed, cleaned and combined."""

from __future__ import annotations

from collections.abc import Iterable

MAX_TAG_LENGTH = 64
MAX_TAGS_PER_RECORD = 200


class TagError(ValueError):
    """A tag the user typed cannot be stored; the message says why."""


def clean_tag(raw: str) -> str:
    """Trim, drop a leading '#', fold inner whitespace and control characters to single spaces."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw).strip().lstrip("#").strip()
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
    merged = list(existing)
    for tag in new:
        if tag not in merged:
            merged.append(tag)
    if len(merged) > MAX_TAGS_PER_RECORD:
        raise TagError(f"too many tags ({len(merged)}, at most {MAX_TAGS_PER_RECORD})")
    return merged


def remove_tags(existing: list[str], doomed: Iterable[str]) -> list[str]:
    gone = set(doomed)
    return [tag for tag in existing if tag not in gone]
