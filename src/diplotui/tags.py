"""Tag rules shared by the app and the CLI: how tags are typed, cleaned and combined."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from diplotui.inert import NOT_UTF8, not_utf8_shown

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


@lru_cache(maxsize=8192)  # a library's tags are few, each read on thousands of records
def tag_key(tag: str) -> str:
    """What makes two tags one: neither case (#Mekong is #mekong: kept apart, a filter by
    one missed the other's articles) nor how accents are composed (see ``_composed``). Tags
    are compared by this everywhere; each keeps the spelling it was first entered in."""
    return _composed(_composed(tag).casefold())


def not_given(tags: Iterable[str], given: Iterable[str]) -> list[str]:
    """``tags`` but those ``given`` (a feed's, set on every article it brings, whatever the
    user did): the tags the user added, by :func:`tag_key`."""
    keys = {tag_key(tag) for tag in given}
    return [tag for tag in tags if tag_key(tag) not in keys]


def distinct_tags(tags: Iterable[str]) -> list[str]:
    """Each tag once, in the spelling it first comes in (a record stored before tags ignored
    case may hold both #Mekong and #mekong: they are shown as one)."""
    held = list(tags)
    if len(held) < 2:  # most records: nothing to compare
        return held
    spelt: dict[str, str] = {}
    for tag in held:
        spelt.setdefault(tag_key(tag), tag)
    return list(spelt.values())


def has_tag(tags: Iterable[str], tag: str) -> bool:
    """Whether ``tags`` hold ``tag``, in any spelling."""
    key = tag_key(tag)
    return any(tag_key(held) == key for held in tags)


def spelt_as_in_use(tags: Iterable[str], in_use: Iterable[str]) -> list[str]:
    """``tags`` each in the spelling the same tag has in ``in_use`` (its first spelling
    there), or as typed when it is new: #mekong typed where #Mekong is in use is #Mekong."""
    spelling: dict[str, str] = {}
    for tag in in_use:
        spelling.setdefault(tag_key(tag), tag)
    return [spelling.get(tag_key(tag), tag) for tag in tags]


def united_tags(existing: list[str], new: Iterable[str]) -> list[str]:
    """``existing`` (as stored, every spelling kept) and the ``new`` tags it lacks in any
    spelling, each once."""
    merged = list(existing)
    present = {tag_key(tag) for tag in existing}
    for tag in new:
        key = tag_key(tag)
        if key not in present:
            merged.append(tag)
            present.add(key)
    return merged


def clean_tag(raw: str) -> str:
    """Trim, drop a leading '#', fold inner whitespace and control characters to single
    spaces, compose accents. Bytes that are not UTF-8 are refused, never dropped."""
    shown = not_utf8_shown(raw)
    if shown is not None:
        raise TagError(f"the tag '{shown}' holds bytes that are not UTF-8 text ({NOT_UTF8})")
    text = "".join(ch if ch.isprintable() else " " for ch in _composed(raw))
    text = text.strip().lstrip("#").strip()
    text = " ".join(text.split())
    if len(text) > MAX_TAG_LENGTH:
        raise TagError(f"tag too long ({len(text)} characters, at most {MAX_TAG_LENGTH})")
    return text


def parse_tags(values: Iterable[str]) -> list[str]:
    """Split comma-separated input ("asean, laos") into clean, distinct (in any spelling),
    non-empty tags."""
    tags: list[str] = []
    for value in values:
        for part in value.split(","):
            tag = clean_tag(part)
            if tag:
                tags.append(tag)
    return distinct_tags(tags)


def words_of_one_tag(values: list[str], in_use: Iterable[str]) -> list[str]:
    """The tags of words the shell gave apart, read as the app's ``t`` reads "east sea,
    asean" (commas part its tags, a space does not): ``tag ID east sea, asean``, words
    unquoted, a word ending in a comma, is #east sea and #asean (it was #east, #sea and
    #asean); ``tag ID east sea``, no comma, words that together spell a tag in ``in_use``
    (any case or accent form), is that tag (#east and #sea were added beside the #east sea in
    use); else ``values`` as given, each word a tag of its own: words quoted, or a comma
    within a word, ``asean,laos ngo``, three tags, as ever."""
    if len(values) < 2 or any(" " in value.strip() for value in values):
        return values
    if any("," in value.rstrip(",") for value in values):
        return values
    if any(value.endswith(",") for value in values):
        return [" ".join(values)]
    try:
        joined = clean_tag(" ".join(values))
    except TagError:  # 5,000 words together are no tag in use: each is refused or added alone
        return values
    return [joined] if joined and has_tag(in_use, joined) else values


def typed_tags(values: Iterable[str], in_use: Iterable[str]) -> list[str]:
    """The tags typed in ``values`` (see ``parse_tags``), each in the spelling it has in
    ``in_use`` (see ``spelt_as_in_use``): what the app and the CLI add."""
    return spelt_as_in_use(parse_tags(values), in_use)


def add_tags(existing: list[str], new: Iterable[str]) -> list[str]:
    """``existing`` and the ``new`` tags it lacks (see ``united_tags``); TagError beyond
    ``MAX_TAGS_PER_RECORD``."""
    merged = united_tags(existing, new)
    if len(merged) > MAX_TAGS_PER_RECORD:
        raise TagError(f"too many tags ({len(merged)}, at most {MAX_TAGS_PER_RECORD})")
    return merged


def remove_tags(existing: list[str], doomed: Iterable[str]) -> list[str]:
    """``existing`` without the ``doomed`` tags, in whichever spelling each was stored."""
    gone = {tag_key(tag) for tag in doomed}
    return [tag for tag in existing if tag_key(tag) not in gone]
