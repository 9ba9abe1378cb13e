"""Linking mentions across articles: canonical keys and a headless cross-article index."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from ..model import EntityCorrection, EntitySpan
from .folding import fold, fold_for_matching
from .gazetteer import load
from .naming import display_name, short_forms

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
    if folded.startswith("the "):
        folded = _LEADING_ARTICLE.sub("", folded)
    if "'" in folded:  # stripped of its edges: only a final "'s" can go
        folded = _POSSESSIVE.sub("", folded)
    return folded.strip(_EDGE_PUNCTUATION)


def canonical_key(span_text: str, type: str = "", aliases: Mapping[str, str] | None = None) -> str:
    """The linking key of a mention: folded, without "the" or "'s", with aliases resolved.

    ``aliases`` (variant -> canonical, any spelling) are consulted first, then the aliases
    registered with ``register_aliases``, then the gazetteer ("VFF" -> "vietnam fatherland
    front", "Việt Nam" -> "vietnam", "Hà Nội" -> "hanoi"). ``type`` is accepted so callers can
    pass what they have; keys do not depend on it (the index groups by type and key).
    """
    return _resolve(_clean(span_text), _clean_aliases(aliases) if aliases else None)


def _clean_aliases(aliases: Mapping[str, str]) -> dict[str, str]:
    return {_clean(variant): _clean(canonical) for variant, canonical in aliases.items()}


def _resolve(key: str, local: Mapping[str, str] | None) -> str:
    if local:
        key = local.get(key, key)
    key = _user_aliases.get(key, key)
    return load().aliases.get(key, key)


_Group = tuple[str, str]  # (type, key), as ``mentions`` groups


class EntityIndex:
    """Which articles mention which entities; rebuilt per article as articles change.

    Besides each article's mentions the index keeps, updated by ``add`` and ``remove``, a map
    from canonical key to the articles mentioning it (so ``articles_for`` is one dict lookup)
    and per-(key, type) article counts and surface counts (so ``entities`` does not walk every
    mention of every article).
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = dict(aliases or {})
        self._local = _clean_aliases(self._aliases)
        # article id -> its spans grouped by (type, key), in text order
        self._mentions: dict[str, dict[_Group, list[EntitySpan]]] = {}
        self._articles_by_key: dict[str, set[str]] = {}
        self._article_counts: dict[_Group, int] = {}
        self._surfaces: dict[_Group, Counter[str]] = {}
        self._rows: list[tuple[str, str, str, int]] | None = None

    def _key(self, text: str) -> str:
        return _resolve(_clean(text), self._local)

    def add(self, article_id: str, spans: list[EntitySpan]) -> None:
        """Index ``spans`` as the whole content of ``article_id`` (replacing what was there)."""
        self.remove(article_id)
        ordered = sorted(spans, key=lambda s: (s.start, s.end))
        keys = [self._key(s.text) for s in ordered]
        gaz = load()
        full_names: dict[str, str] = {}  # short form -> the key of the full name it shortens
        unmarked: dict[str, str] = {}  # a short form without its marks -> that key ("" for two)
        for span, key in zip(ordered, keys, strict=True):
            if span.type == "PERSON" and " " in span.text.strip():
                for short in [span.text.rsplit(" ", 1)[1], *short_forms(span.text, gaz)]:
                    if short != span.text:
                        full_names.setdefault(short, key)
                        plain = fold_for_matching(short)
                        unmarked[plain] = key if unmarked.get(plain, key) == key else ""
        for position, span in enumerate(ordered):
            if span.type == "PERSON" and (full := _full_name(span.text, full_names, unmarked)):
                keys[position] = full  # "Trung" is "Le Hoai Trung" here, "Aliyev" "İlham Əliyev"
            if position and _is_bracketed_acronym(ordered[position - 1], span):
                keys[position] = keys[position - 1]  # "Vietnam Fatherland Front (VFF)"
        grouped: dict[_Group, list[EntitySpan]] = {}
        for key, span in zip(keys, ordered, strict=True):
            grouped.setdefault((span.type, key), []).append(span)
        self._mentions[article_id] = grouped
        for (entity_type, key), group in grouped.items():
            self._articles_by_key.setdefault(key, set()).add(article_id)
            counted = (key, entity_type)
            self._article_counts[counted] = self._article_counts.get(counted, 0) + 1
            surfaces = self._surfaces.get(counted)
            if surfaces is None:
                surfaces = self._surfaces[counted] = Counter()
            surfaces.update(span.text for span in group)
        self._rows = None

    def remove(self, article_id: str) -> None:
        grouped = self._mentions.pop(article_id, None)
        if grouped is None:
            return
        for (entity_type, key), group in grouped.items():
            ids = self._articles_by_key.get(key)
            if ids is not None:
                ids.discard(article_id)
                if not ids:
                    del self._articles_by_key[key]
            counted = (key, entity_type)
            remaining = self._article_counts[counted] - 1
            if remaining:
                self._article_counts[counted] = remaining
                surfaces = self._surfaces[counted]
                surfaces.subtract(span.text for span in group)
                for text in [text for text, count in surfaces.items() if count <= 0]:
                    del surfaces[text]
            else:
                del self._article_counts[counted]
                del self._surfaces[counted]
        self._rows = None

    def articles_for(self, name: str) -> set[str]:
        """Articles mentioning ``name`` under any spelling or alias, as any type."""
        return set(self._articles_by_key.get(self._key(name), ()))

    def entities(self) -> list[tuple[str, str, str, int]]:
        """(key, display name, type, article count), most widely mentioned first.

        The display name is ``display_name`` of the key's surfaces in every article.
        """
        if self._rows is None:
            rows = []
            for (key, entity_type), count in self._article_counts.items():
                surfaces = self._surfaces[(key, entity_type)]
                display = display_name(surfaces)
                rows.append((key, display, entity_type, count))
            rows.sort(key=lambda row: (-row[3], row[0], row[2]))
            self._rows = rows
        return list(self._rows)

    def mentions(self, article_id: str) -> dict[tuple[str, str], list[EntitySpan]]:
        """The article's spans grouped by (type, key), in text order."""
        grouped = self._mentions.get(article_id)
        if not grouped:
            return {}
        return {group: list(spans) for group, spans in grouped.items()}


def _full_name(mention: str, full_names: dict[str, str], unmarked: dict[str, str]) -> str:
    """The key of the full name a person's ``mention`` shortens, or "": as written, else, for
    a mention written without marks, the one full name whose short form has them (a mention
    with other marks, "Thạnh" for "Lê Văn Thành", is someone else)."""
    if mention in full_names:
        return full_names[mention]
    return unmarked.get(mention, "") if fold_for_matching(mention) == mention else ""


def _is_bracketed_acronym(name: EntitySpan, acronym: EntitySpan) -> bool:
    """Whether ``acronym`` stands for ``name`` just before it ("Vietnam Fatherland Front
    (VFF)"). Never for a name in capitals itself: a dateline's places, "WASHINGTON/RIYADH/
    CAIRO", were one entity, "WASHINGTON ×3", and Riyadh and Cairo not listed."""
    return (
        not name.text.isupper()
        and acronym.type == name.type
        and 0 < acronym.start - name.end <= 2
        and acronym.text.isupper()
        and " " not in acronym.text
        and len(acronym.text) < len(name.text)
    )
