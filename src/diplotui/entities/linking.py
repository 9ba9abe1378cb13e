"""Linking mentions across articles: canonical keys and a headless cross-article index."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..model import EntityCorrection, EntitySpan
from .folding import fold
from .gazetteer import load

_LEADING_ARTICLE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"'s?$")
_EDGE_PUNCTUATION = " \t\n\r.,;:!?()[]{}\"'«»"

_user_aliases: dict[str, str] = {}


def register_aliases(aliases: Mapping[str, str]) -> None:
    """Make each ``variant`` link to ``canonical`` process-wide (the "alias" corrections).

    Both sides are folded, so one registration covers every spelling with or without diacritics.
    """
    for variant, canonical in aliases.items():
        if variant.strip() and canonical.strip():
            _user_aliases[_clean(variant)] = _clean(canonical)


def clear_aliases() -> None:
    """Forget every registered user alias (for tests and for reloading corrections)."""
    _user_aliases.clear()


def aliases_from_corrections(corrections: Iterable[EntityCorrection]) -> dict[str, str]:
    """The ``text -> canonical`` mapping of the "alias" corrections."""
    return {c.text: c.canonical for c in corrections if c.kind == "alias" and c.canonical}


def _clean(text: str) -> str:
    folded = fold(text).strip(_EDGE_PUNCTUATION)
    folded = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", folded))
    return folded.strip(_EDGE_PUNCTUATION)


def canonical_key(span_text: str, type: str = "", aliases: Mapping[str, str] | None = None) -> str:
    """The linking key of a mention: folded, without "the" or "'s", with aliases resolved.

    ``aliases`` (variant -> canonical, any spelling) are consulted first, then the aliases
    registered with ``register_aliases``, then the gazetteer ("VFF" -> "vietnam fatherland
    front", "Việt Nam" -> "vietnam", "Hà Nội" -> "hanoi"). ``type`` is accepted so callers can
    pass what they have; keys do not depend on it (the index groups by type and key).
    """
    key = _clean(span_text)
    if aliases:
        local = {_clean(variant): _clean(canonical) for variant, canonical in aliases.items()}
        key = local.get(key, key)
    key = _user_aliases.get(key, key)
    return load().aliases.get(key, key)


class EntityIndex:
    """Which articles mention which entities; rebuilt per article as articles change."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = dict(aliases or {})
        self._mentions: dict[str, list[tuple[str, EntitySpan]]] = {}

    def add(self, article_id: str, spans: list[EntitySpan]) -> None:
        """Index ``spans`` as the whole content of ``article_id`` (replacing what was there)."""
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        keys = [canonical_key(s.text, s.type, self._aliases) for s in ordered]
        full_names = {
            s.text.rsplit(" ", 1)[1]: key
            for s, key in zip(ordered, keys, strict=True)
            if s.type == "PERSON" and " " in s.text.strip()
        }
        for position, span in enumerate(ordered):
            if span.type == "PERSON" and " " not in span.text.strip() and span.text in full_names:
                keys[position] = full_names[span.text]  # "Trung" is "Le Hoai Trung" here
            if position and _is_bracketed_acronym(ordered[position - 1], span):
                keys[position] = keys[position - 1]  # "Vietnam Fatherland Front (VFF)"
        self._mentions[article_id] = list(zip(keys, ordered, strict=True))

    def remove(self, article_id: str) -> None:
        self._mentions.pop(article_id, None)

    def articles_for(self, name: str) -> set[str]:
        """Articles mentioning ``name`` under any spelling or alias, as any type."""
        key = canonical_key(name, "", self._aliases)
        return {
            article_id
            for article_id, mentions in self._mentions.items()
            if any(mention_key == key for mention_key, _ in mentions)
        }

    def entities(self) -> list[tuple[str, str, str, int]]:
        """(key, display name, type, article count), most widely mentioned first."""
        articles: dict[tuple[str, str], set[str]] = {}
        surfaces: dict[tuple[str, str], Counter[str]] = {}
        for article_id, mentions in self._mentions.items():
            for key, span in mentions:
                articles.setdefault((key, span.type), set()).add(article_id)
                surfaces.setdefault((key, span.type), Counter())[span.text] += 1
        rows = []
        for (key, entity_type), ids in articles.items():
            counts = surfaces[(key, entity_type)]
            display = max(counts, key=lambda text: (counts[text], len(text)))
            rows.append((key, display, entity_type, len(ids)))
        rows.sort(key=lambda row: (-row[3], row[0], row[2]))
        return rows

    def mentions(self, article_id: str) -> dict[tuple[str, str], list[EntitySpan]]:
        """The article's spans grouped by (type, key), in text order."""
        grouped: dict[tuple[str, str], list[EntitySpan]] = {}
        for key, span in self._mentions.get(article_id, []):
            grouped.setdefault((span.type, key), []).append(span)
        return grouped


def _is_bracketed_acronym(name: EntitySpan, acronym: EntitySpan) -> bool:
    return (
        acronym.type == name.type
        and 0 < acronym.start - name.end <= 2
        and acronym.text.isupper()
        and " " not in acronym.text
        and len(acronym.text) < len(name.text)
    )


def index_articles(
    articles: Sequence[tuple[str, list[EntitySpan]]], aliases: Mapping[str, str] | None = None
) -> EntityIndex:
    """Build an index from (article id, spans) pairs in one call."""
    index = EntityIndex(aliases)
    for article_id, spans in articles:
        index.add(article_id, spans)
    return index
