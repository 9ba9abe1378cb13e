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
