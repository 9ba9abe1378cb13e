"""Which tag a typed one names, diacritics optional: one rule for the filters and the export."""

from __future__ import annotations

from collections.abc import Iterable

from diplotui.entities.folding import fold
from diplotui.tags import has_tag, tag_key


def names_tag(tags: Iterable[str], typed: str) -> bool:
    """Whether ``typed``, a tag a filter or an export asks for, names one of ``tags``: in any
    case, and, typed without diacritics, in any spelling of them ("bien dong" finds #Biển
    Đông, as a search or a speaker's name would; "Hà Long" is still not #Hạ Long)."""
    tags = list(tags)
    if has_tag(tags, typed):
        return True
    key = tag_key(typed)
    if key != fold(key):
        return False
    return any(fold(tag) == key for tag in tags)


def tags_starting(tags: Iterable[str], typed: str) -> list[str]:
    """The tags in use that ``typed`` starts, by the rule of :func:`names_tag` (typed
    without diacritics, any spelling of them): a filter's tag is matched whole, so "bien"
    finds nothing, and an answer naming #Biển Đông tells a tag cut short from a library
    holding none."""
    key = tag_key(typed)
    if not key:
        return []
    folded = key == fold(key)
    return [tag for tag in tags if (fold(tag_key(tag)) if folded else tag_key(tag)).startswith(key)]


def unused_tag(tags: Iterable[str], typed: Iterable[str]) -> tuple[str, str] | None:
    """The first of the ``typed`` tags a filter asks for that names no tag in use, with the
    tag in use it starts ("" for none): what an empty answer says, rather than "no article
    matches", which read as a library holding nothing on the subject."""
    in_use = list(tags)
    for tag in typed:
        if not names_tag(in_use, tag):
            started = tags_starting(in_use, tag)
            return tag, started[0] if started else ""
    return None


def tags_in_use(tags: Iterable[str], typed: Iterable[str]) -> list[str]:
    """Each of the ``typed`` tags as the one tag in use it names (:func:`names_tag`: "bien
    dong" is #Biển Đông), to show a filter by the tags its articles carry; as typed where it
    names none, or several spellings."""
    in_use = list(tags)
    shown = []
    for tag in typed:
        named = [held for held in in_use if names_tag([held], tag)]
        shown.append(named[0] if len(named) == 1 else tag)
    return shown
