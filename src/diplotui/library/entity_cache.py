"""A rebuildable cache of each article's entities, kept beside the store.

Recognition runs at about 1 MB/s, far too slow to redo for 10,000 articles at start-up, so the
entities of each text are kept in ``<store>.cache/entities.json``, keyed by the text's hash (and
whether it is read as Markdown: :func:`entities_key`). The whole cache is thrown away when the
recogniser (its code or data) or the user's corrections change: it is derived data, never the
only copy of anything, so losing it costs only time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from diplotui.library.text_cache import TextCache, code_version
from diplotui.model import EntityCorrection, EntitySpan
from diplotui.store import Store

CACHE_NAME = "entities.json"

# (canonical key, type, how often each spelling is used in the article): the spellings, not a
# chosen name, so the library-wide name follows the same rule as the sidebar's.
Entry = tuple[str, str, dict[str, int]]
Name = tuple[str, str, str, int]
"""An entity as listed: its key, display name, type and how many texts mention it."""


def recogniser_version() -> str:
    """A hash of the recogniser's code and word lists, and the statistical pipeline if one is
    configured: any change invalidates the cache."""
    from diplotui import entities
    from diplotui.entities.statistical import version_suffix

    return code_version(entities) + version_suffix()


def entities_key(text_hash: str, markdown: bool) -> str:
    """What a text's entities are kept under: its hash, or for a text read as Markdown (its
    marks as spaces) a hash of that and the fact: an article stored as plain text and flagged
    Markdown later (a teammate's, at a sync) kept the entities found in its link addresses
    ("Jakarta" of ``(https://.../Jakarta-Summit)``), and ``list --entity Jakarta`` found it
    until its text changed. A plain text keeps its key of before."""
    if not markdown:
        return text_hash
    import hashlib

    return hashlib.sha256(f"{text_hash}\nmarkdown".encode()).hexdigest()


def grouped_entities(
    spans: Sequence[EntitySpan], corrections: Sequence[EntityCorrection]
) -> list[Entry]:
    """A text's recognised ``spans`` grouped as the cross-article index links them."""
    from diplotui.entities import EntityIndex, spellings_of
    from diplotui.entities.linking import aliases_from_corrections

    index = EntityIndex(aliases_from_corrections(corrections))
    index.add("", list(spans))
    return [
        (key, entity_type, dict(spellings_of(spans)))
        for (entity_type, key), spans in index.mentions("").items()
    ]


def _rows(rows: list[Any]) -> list[Entry]:
    """Entries from JSON rows (the cache file or the helper's answer), coerced to ``Entry``."""
    return [
        (str(key), str(entity_type), {str(text): int(n) for text, n in spellings.items()})
        for key, entity_type, spellings in rows
    ]


class EntityCache(TextCache[list[Entry]]):
    """Entities per text hash, with lookups by entity for the library filter.

    Thread-safe: a worker fills it while the UI reads it.
    """

    FILE_NAME = CACHE_NAME
    FORMAT = 2
    VERSION_FIELD = "recogniser"

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        super().__init__(path, version, corrections)
        self._by_key: dict[str, list[str]] | None = None
        self._persons: frozenset[str] = frozenset()  # the keys of persons, read with _by_key
        # the keys by word (:meth:`_words`), with the ``_keys()`` they were read from
        self._by_word: tuple[dict[str, list[str]], dict[str, list[str]]] | None = None
        self._shared: dict[tuple[str, str, tuple[tuple[str, int], ...]], Entry] = {}
        self._library = _Tally(self.key_of)

    @classmethod
    def current_version(cls) -> str:
        return recogniser_version()

    @classmethod
    def decode(cls, row: Any) -> list[Entry]:
        return _rows(row)

    @classmethod
    def encode(cls, result: list[Entry]) -> Any:
        return [list(entry) for entry in result]

    def from_spans(self, text: str, spans: Sequence[EntitySpan], title: str) -> list[Entry]:
        return grouped_entities(spans, self.corrections)  # the recogniser reads no title

    def key_for(self, text_hash: str, title: str, markdown: bool = False) -> str:
        return entities_key(text_hash, markdown)  # the recogniser reads no title

    def _kept(self, result: list[Entry]) -> list[Entry]:
        """The entries with each equal one shared between texts: a library mentions the same
        few thousand entities with the same spellings in article after article, and 100,000
        texts of ~35 entries each, every one its own tuple, strings and dict, took gigabytes.
        Shared entries are never changed (the cache replaces a text's entries whole)."""
        shared = self._shared
        kept = []
        for entry in result:
            key, entity_type, spellings = entry
            kept.append(shared.setdefault((key, entity_type, tuple(spellings.items())), entry))
        return kept

    def _read(self, row: Any) -> list[Entry]:
        """Like ``_kept(decode(row))``, without building an entry already shared: a cache
        file of 100,000 texts holds millions of entries and a few thousand distinct ones."""
        shared = self._shared
        kept = []
        for key, entity_type, spellings in row:
            entry = shared.get((key, entity_type, tuple(spellings.items())))
            if entry is None:
                (entry,) = self._kept(_rows([[key, entity_type, spellings]]))
            kept.append(entry)
        return kept

    def entries(self, digest: str) -> list[Entry]:
        return self._results.get(digest, [])

    def put(self, digest: str, result: list[Entry], saved: bool = False) -> None:
        super().put(digest, result, saved)
        with self._lock:
            self._by_key = None

    def _keys(self) -> dict[str, list[str]]:
        """Entity key -> the digests of the texts mentioning it (a list: a set per key
        costs three times the memory; a text is listed once per key)."""
        with self._lock:
            if self._by_key is None:
                by_key: dict[str, list[str]] = {}
                persons: set[str] = set()
                for digest, rows in self._results.items():
                    for key, entity_type, _spellings in rows:
                        listed = by_key.setdefault(key, [])
                        if not listed or listed[-1] is not digest:
                            listed.append(digest)
                        if entity_type == "PERSON":
                            persons.add(key)
                self._by_key, self._persons = by_key, frozenset(persons)
            return self._by_key

    def lookup(self, store: Store) -> CachedEntities:
        """An ``EntityLookup`` over the store's current articles (each by its key here)."""
        return CachedEntities(self, {self.key(a): a.id for a in store.articles()})

    def key_of(self, name: str) -> str:
        """The key a lookup by ``name`` finds (the user's aliases resolved)."""
        from diplotui.entities import canonical_key
        from diplotui.entities.linking import aliases_from_corrections

        return canonical_key(name, "", aliases_from_corrections(self.corrections))

    def _words(self) -> dict[str, list[str]]:
        """A word of an entity key -> the keys holding it, for a lookup by part of a name."""
        keys = self._keys()
        with self._lock:
            if self._by_word is None or self._by_word[0] is not keys:
                by_word: dict[str, list[str]] = {}
                for key in keys:
                    for word in dict.fromkeys(_KEY_WORD.findall(key)):
                        by_word.setdefault(word, []).append(key)
                self._by_word = (keys, by_word)
            return self._by_word[1]

    def keys_by_words(self, name: str) -> list[str]:
        """The other keys ``name`` finds by its words: those holding them, whole and in a row
        ("baerbock": "annalena baerbock"), since a user asks for a person by the surname they
        are known by. When ``name`` is an entity's key itself, only for a person named by one
        word: an article saying "Aliyev" alone made "aliyev" a key, which hid every article
        naming "Ilham Aliyev" (newuser47). The same keys either way, bodies too ("Heydar
        Aliyev Foundation"): taking persons alone then, an article naming the surname alone
        took the foundation's articles out of the filter (attack47). [] for none."""
        key = self.key_of(name)
        own = key in self._keys()
        wanted = _KEY_WORD.findall(key)
        if not wanted or (own and (len(wanted) > 1 or key not in self._persons)):
            return []
        holding = self._words().get(wanted[0], [])
        return [
            found
            for found in holding
            if found != key and _in_a_row(wanted, _KEY_WORD.findall(found))
        ]

    def digests_for(self, name: str) -> Sequence[str]:
        """The texts mentioning the entity named ``name`` and those ``name`` finds by its
        words (:meth:`keys_by_words`)."""
        keys = self._keys()
        own = keys.get(self.key_of(name), [])
        found = [digest for key in self.keys_by_words(name) for digest in keys.get(key, ())]
        return list(dict.fromkeys([*own, *found])) if found else own

    def library_names(self, digests: Iterable[str]) -> Sequence[Name]:
        """(key, display, type, article count) over the library's texts, ``digests``, most
        widely mentioned first: counted once, then brought up to date from the texts added,
        gone or recognised again since the last call, whatever changed them (an import, a
        delete, an edit, a refresh, a read-only app's catch-up, a sync): counting 10,000
        texts' entities took 2 s at every palette opening. The same sequence while nothing
        changed; not to be changed."""
        return self._library.names(digests, self._results)


_KEY_WORD = re.compile(r"\w+")


def taken_line(name: str, taken: Sequence[str], most: int = 3) -> str:
    """Whom a name took by its words (:meth:`CachedEntities.taken`), as ``list --entity``
    says it on stderr and the app's filter in a notice: "Wong: Lawrence Wong, Penny Wong",
    past ``most`` names "and 2 more"."""
    more = len(taken) - most
    return f"{name.strip()}: {', '.join(taken[:most])}" + (f" and {more} more" if more > 0 else "")


def _in_a_row(wanted: list[str], words: list[str]) -> bool:
    """Whether ``wanted`` are words of ``words``, whole and consecutive."""
    size = len(wanted)
    return any(words[at : at + size] == wanted for at in range(len(words) - size + 1))


def _widest_first(row: Name) -> tuple[int, str, str]:
    """The order of :meth:`EntityCache.library_names`: most widely mentioned first, then by key
    and type (a total order: equal counts list alike in every build)."""
    return -row[3], row[0], row[2]


class _Tally:
    """The entities of a set of texts, counted from each text's entries (an article count
    and spellings per entity), kept between listings: a text added, gone or given other
    entries is taken out or put in alone (``names``). Thread-safe."""

    def __init__(self, key: Callable[[str], str]) -> None:
        self._key = key  # a name's key, as a lookup by name finds it
        self._counted: dict[str, list[Entry] | None] = {}  # a text -> the entries counted
        self._articles: dict[tuple[str, str], int] = {}
        self._spellings: dict[tuple[str, str], dict[str, int]] = {}
        self._displays: dict[tuple[str, str], str] = {}  # of entities unchanged since shown
        self._rows: list[Name] | None = None
        self._lock = threading.Lock()

    def names(self, digests: Iterable[str], results: Mapping[str, list[Entry]]) -> Sequence[Name]:
        """The entities of the texts ``digests``, their entries read from ``results``."""
        with self._lock:
            counted = self._counted
            now = {digest: results.get(digest) for digest in digests}
            for digest in [digest for digest in counted if digest not in now]:
                self._count(counted.pop(digest), -1)
            for digest, entries in now.items():
                before = counted.get(digest)
                if before is not entries:  # the same list: the same entries (never changed)
                    self._count(before, -1)
                    self._count(entries, 1)
                counted[digest] = entries
            if self._rows is None:
                self._rows = self._listed()
            return self._rows

    def _count(self, entries: list[Entry] | None, sign: int) -> None:
        """Count one text's ``entries`` in (``sign`` 1) or out (-1)."""
        if not entries:
            return
        self._rows = None
        articles, spellings, displays = self._articles, self._spellings, self._displays
        for key, entity_type, counts in entries:
            entity = (key, entity_type)
            displays.pop(entity, None)
            texts = articles.get(entity, 0) + sign
            if texts:
                articles[entity] = texts
                spelt = spellings.setdefault(entity, {})
                for text, times in counts.items():
                    spelt[text] = spelt.get(text, 0) + sign * times
                    if not spelt[text]:
                        del spelt[text]
            else:
                del articles[entity], spellings[entity]

    def _listed(self) -> list[Name]:
        """Every entity counted, named (anew only those changed), widest first."""
        displays, spellings = self._displays, self._spellings
        rows = []
        for entity, texts in self._articles.items():
            display = displays.get(entity)
            if display is None:
                display = displays[entity] = self._findable_name(entity[0], spellings[entity])
            rows.append((entity[0], display, entity[1], texts))
        rows.sort(key=_widest_first)
        return rows

    def _findable_name(self, key: str, spellings: dict[str, int]) -> str:
        """The name to show, of those a lookup by name finds the entity by: the palette and
        the filter look the shown name up, and "Baerbock", said more often than the
        "Annalena Baerbock" each article keys her by, found no article."""
        from diplotui.entities import display_name

        name = display_name(spellings)
        if self._key(name) == key:
            return name
        found = {text: n for text, n in spellings.items() if self._key(text) == key}
        return display_name(found) if found else name


class CachedEntities:
    """The library filter's view of the cache: entity name -> article ids."""

    def __init__(self, cache: EntityCache, ids_by_digest: dict[str, str]) -> None:
        self.cache = cache
        self.ids_by_digest = ids_by_digest

    def articles_for(self, name: str) -> set[str]:
        digests = self.cache.digests_for(name)
        return {self.ids_by_digest[d] for d in digests if d in self.ids_by_digest}

    def taken(self, name: str) -> list[str]:
        """The names of the entities ``name`` finds by its words, when no entity has it as
        its own ("Baerbock": Annalena Baerbock), most widely mentioned first: a surname two
        people share finds both, and saying so keeps them two."""
        keys = set(self.cache.keys_by_words(name))
        if not keys:
            return []
        keys.add(self.cache.key_of(name))  # "aliyev: Aliyev, Ilham Aliyev": its own too
        return list(dict.fromkeys(display for key, display, *_ in self.entities() if key in keys))

    def entities(self) -> Sequence[Name]:
        """Every entity of the library, most widely mentioned first (kept by the cache
        between calls: :meth:`EntityCache.library_names`)."""
        return self.cache.library_names(self.ids_by_digest)
