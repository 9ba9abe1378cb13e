"""What a store file holds: its tables, the shape of each record, and the checks that let a
damaged or foreign file be refused with the reason instead of crashing or being overwritten.

Schema 2 keys every record by its exact id string (``"0abc…"`` and ``"abc…"`` are two keys).
Schema 1 keyed them by the id's hex value read as a number, so two ids differing only by
leading zeros collided; such files are read and re-keyed by their ids.
"""

from __future__ import annotations

import base64
import codecs
import dataclasses
import functools
import json
import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

from diplotui.dates import iso_date_parts
from diplotui.model import (
    QUOTE_STYLES,
    SPEAKER_SOURCES,
    AnchorStatus,
    Article,
    EntityCorrection,
    Feed,
    Highlight,
    QuoteRecord,
    ReadState,
    SavedFilter,
    SpeakerCorrection,
)
from diplotui.palette import DEFAULT_COLOUR, PALETTE
from diplotui.store.collection import gc_paused
from diplotui.store.errors import SCHEMA_VERSION, NotAStore, StoreCorrupt, StoreTooNew
from diplotui.store.files import read_regular_file

ARTICLES = "articles"
HIGHLIGHTS = "highlights"
CORRECTIONS = "corrections"
SPEAKER_CORRECTIONS = "speaker_corrections"
QUOTES = "quotes"
SETTINGS = "settings"
META = "meta"
FEEDS = "feeds"
QUARANTINE = "quarantine"
"""Records set aside because they fail their check (a hand edit, another program), each kept
verbatim with its table, key and reason until ``diplotui doctor --put-back`` returns it."""

JOURNAL_LINE = "journal"
JOURNAL_LINE_STAYS = (
    "a damaged write of the journal is not replayed, since the writes after it may have "
    'changed the same records: it stays in the "quarantine" table as a record of that write '
    "(the next write moves it there); do again by hand what it held that the library lacks, "
    "then delete it from that table"
)
"""Why ``put_back`` keeps a damaged journal line, and what works instead (doctor says it)."""
"""The quarantine's name for a damaged journal line (its key: the line's byte offset)."""

SINGLETON_KEY = "1"  # the one document of the settings and meta tables

Doc = dict[str, Any]
Tables = dict[str, MutableMapping[str, Doc]]
"""Tables by name, each a mapping of id -> document (a dict, or a file table read on demand)."""

_HEX_ID = re.compile(r"[0-9a-f]{1,64}")


def is_valid_id(record_id: object) -> bool:
    """Record ids are 1-64 lowercase hex digits (a prefix of a sha256, or random)."""
    return isinstance(record_id, str) and _HEX_ID.fullmatch(record_id) is not None


def _value_check(annotation: Any) -> Callable[[Any], bool]:
    """A predicate for one dataclass field type; fails loudly on a type it does not know."""
    origin = typing.get_origin(annotation) or annotation
    if annotation is bool:
        return lambda value: isinstance(value, bool)
    if annotation is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if annotation is str:
        return lambda value: isinstance(value, str)
    if origin is list and typing.get_args(annotation) == (str,):
        return lambda value: isinstance(value, list) and all(isinstance(v, str) for v in value)
    if origin is dict:
        return lambda value: isinstance(value, dict)
    raise TypeError(f"no store check for field type {annotation!r}")


@dataclasses.dataclass(frozen=True)
class RecordShape:
    """What a stored record of one model class must look like.

    Opening checks 20,000 records, so the common case is kept to set operations and exact
    ``type() is`` tests (JSON only ever yields exact built-in types).
    """

    cls: type
    required: frozenset[str]
    fields: frozenset[str]
    simple_types: dict[str, type]
    other_checks: dict[str, Callable[[Any], bool]]
    list_fields: tuple[str, ...]
    meaning: Callable[[Doc], str | None] = lambda doc: None
    """What the types cannot say (a highlight's offsets), once they are right."""
    shared_fields: tuple[str, ...] = ()
    """String fields whose few distinct values (a source, a state, a date) are held once
    for every record built (each record's own copy cost ~25 MB at 100,000 articles); tags,
    the list fields' items, are held once too."""
    _shared: dict[str, str] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls,
        record_cls: type,
        meaning: Callable[[Doc], str | None] = lambda doc: None,
        shared_fields: tuple[str, ...] = (),
    ) -> RecordShape:
        hints = typing.get_type_hints(record_cls)
        fields = dataclasses.fields(record_cls)
        required = frozenset(
            f.name
            for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        simple = {f.name: hints[f.name] for f in fields if hints[f.name] in (str, int, bool)}
        others = {f.name: _value_check(hints[f.name]) for f in fields if f.name not in simple}
        lists = tuple(f.name for f in fields if typing.get_origin(hints[f.name]) is list)
        return cls(
            record_cls, required, frozenset(hints), simple, others, lists, meaning, shared_fields
        )

    def problem(self, doc: Doc) -> str | None:
        """Why ``doc`` is not a valid record, or None."""
        if not self.required <= doc.keys():
            return f"missing {', '.join(sorted(self.required - doc.keys()))}"
        simple_types = self.simple_types
        for name, value in doc.items():
            expected = simple_types.get(name)
            if expected is not None:
                if type(value) is not expected:
                    return f"{name} has the wrong type"
            elif name in self.other_checks and not self.other_checks[name](value):
                return f"{name} has the wrong type"
        return self.meaning(doc)

    def build(self, doc: Doc) -> Any:
        """The model object for a checked doc; lists are copied so the raw doc stays as read."""
        if doc.keys() <= self.fields:
            record = self.cls(**doc)
        else:
            record = self.cls(**{k: v for k, v in doc.items() if k in self.fields})
        share = self._shared.setdefault
        for name in self.list_fields:
            setattr(record, name, [share(item, item) for item in getattr(record, name)])
        for name in self.shared_fields:
            value = getattr(record, name)
            setattr(record, name, share(value, value))
        return record


def _highlight_meaning(doc: Doc) -> str | None:
    """Offsets are never negative (an orphan may keep reversed ones: it is placed by its
    quote, and the app shows it as an orphan); its colour is the palette's (a hand edit's
    "purple" was listed and exported as a colour with no meaning) and its status the
    anchoring's (a "weird" one was listed and exported so); its tags each once."""
    if doc["start"] < 0 or doc["end"] < 0:
        return f"its offsets ({doc['start']}, {doc['end']}) are negative"
    colour = doc.get("color", DEFAULT_COLOUR)
    if colour not in _COLOURS:
        return f"its colour {str(colour)[:40]!r} is not one of {', '.join(_COLOURS)}"
    status = doc.get("status", AnchorStatus.ANCHORED.value)
    if status not in _STATUSES:
        return f"its status {str(status)[:40]!r} is not one of {', '.join(sorted(_STATUSES))}"
    return _speaker_source_problem(doc) or _repeated_tag(doc)


def _speaker_source_problem(doc: Doc) -> str | None:
    """Whose a highlight's speaker is: the finder's or the user's, or "" (none, or one
    stored before sources were); a hand edit's "maybe" would be followed or kept by chance."""
    source = doc.get("speaker_source", "")
    if source and source not in SPEAKER_SOURCES:
        known = ", ".join(sorted(SPEAKER_SOURCES))
        return f"its speaker_source {str(source)[:40]!r} is not one of {known} (or none)"
    return None


def _speaker_meaning(doc: Doc) -> str | None:
    """A speaker correction's words are ``quote``, ``end - start`` characters at ``start`` (an
    orphan keeps its old offsets), and its status is one of the anchoring's: what a file a
    sync or an import brings is checked as the store checks its own."""
    if doc["start"] < 0 or doc["start"] >= doc["end"]:
        return f"its offsets ({doc['start']}, {doc['end']}) are no span of words"
    if len(doc["quote"]) != doc["end"] - doc["start"]:
        return "its quote is not as long as its offsets say"
    if doc.get("status", AnchorStatus.ANCHORED.value) not in _STATUSES:
        return "its status is not one of " + ", ".join(sorted(_STATUSES))
    return None


@functools.lru_cache(maxsize=4096)
def _date_problem(stored: str) -> str | None:
    """Why an article's date is none to list, sort or cite, or None; kept per value: a
    library holds a few thousand distinct dates, checked once each, not once per record."""
    if iso_date_parts(stored) is None:
        return f"its date {stored[:40]!r} is no calendar date (YYYY, YYYY-MM or YYYY-MM-DD)"
    return None


def _article_meaning(doc: Doc) -> str | None:
    """An article's date is a calendar date or none: a hand edit's "2025-13-45" listed it
    as the newest and dated its statements so. Its reading state is one of the app's (a hand
    edit's "maybe" was in neither the unread nor the archived list), its tags each once. Its
    text is named by its SHA-256 in hex, as a sync checks a teammate's: a hand edit's
    "../../notes" made every read of the text open a file outside the bodies folder."""
    if not is_valid_id(doc["text_hash"]):
        return f"its text_hash {str(doc['text_hash'])[:40]!r} is not a SHA-256"
    stored = doc.get("date")
    problem = _date_problem(stored) if stored else None
    if problem is None and doc.get("state", _READ) not in _READ_STATES:
        problem = f"its state {str(doc['state'])[:40]!r} is not one of {', '.join(_READ_STATES)}"
    return problem or _repeated_tag(doc)


def _repeated_tag(doc: Doc) -> str | None:
    """A tag given twice ("asean", "asean"): listed, filtered and exported twice."""
    tags = doc.get("tags")
    if tags and len(tags) > 1 and len(set(tags)) < len(tags):
        repeated = next(tag for n, tag in enumerate(tags) if tag in tags[:n])
        return f"its tag {repeated[:40]!r} is given twice"
    return None


def _quote_meaning(doc: Doc) -> str | None:
    """A copy is made in one of the citation styles: a hand edit's "harvard" named none."""
    if doc["style"] not in QUOTE_STYLES:
        return f"its style {doc['style'][:40]!r} is not one of {', '.join(QUOTE_STYLES)}"
    return None


_STATUSES = frozenset(status.value for status in AnchorStatus)
_READ = ReadState.READ.value
_READ_STATES = tuple(state.value for state in ReadState)
_COLOURS = tuple(colour.key for colour in PALETTE)
RECORD_TABLES = {
    ARTICLES: RecordShape.of(
        Article, _article_meaning, shared_fields=("source", "author", "date", "state")
    ),
    HIGHLIGHTS: RecordShape.of(
        Highlight,
        _highlight_meaning,
        shared_fields=("color", "status", "author", "speaker_source"),
    ),
    CORRECTIONS: RecordShape.of(EntityCorrection),
    SPEAKER_CORRECTIONS: RecordShape.of(SpeakerCorrection, _speaker_meaning),
    QUOTES: RecordShape.of(QuoteRecord, _quote_meaning),
    FEEDS: RecordShape.of(Feed),
}
_SAVED_FILTER = RecordShape.of(SavedFilter)
SAVED_FILTERS_SLOT = "saved_filters/"  # a set-aside saved filter's key: saved_filters/2


def saved_filter_problem(doc: object) -> str | None:
    """Why ``doc`` is no saved filter, or None."""
    return "it is not a JSON object" if not isinstance(doc, dict) else _SAVED_FILTER.problem(doc)


def meta_of(data: Tables) -> Doc:
    return data.get(META, {}).get(SINGLETON_KEY, {})


def schema_of(path: Path, data: Tables) -> int:
    meta = meta_of(data)
    schema = meta["schema"] if "schema" in meta else _schema_by_keys(data)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StoreCorrupt(path, "the schema version is not a positive whole number")
    return schema


def _schema_by_keys(data: Tables) -> int:
    """The schema a file without one written (its ``meta`` table deleted by hand) has, told
    by how its first record is keyed: by its id's number (schema 1, from before ``meta``) or
    by its own id. Read as schema 1, a later store had every record set aside, its key not
    the number schema 1 keys by."""
    for name in RECORD_TABLES:
        for key, doc in data.get(name, {}).items():
            if isinstance(doc, dict) and is_valid_id(doc.get("id")):
                return SCHEMA_VERSION if key == doc["id"] else 1
    return 1


def _legacy_key(record_id: str) -> str:
    """Schema 1's document key: the hex id read as a number."""
    return str(int(record_id, 16))


def record_problem(shape: RecordShape, key: str, doc: object, legacy: bool = False) -> str | None:
    """Why ``doc``, stored under ``key``, is not a valid record, or None (``legacy``: schema
    1 keyed records by the id's number)."""
    if not isinstance(doc, dict):
        return "it is not a JSON object"
    problem = shape.problem(doc)
    record_id = doc.get("id")
    if problem is None and not is_valid_id(record_id):
        problem = "its id is not lowercase hex"
    elif problem is None and key != (_legacy_key(str(record_id)) if legacy else record_id):
        problem = "its id does not match its document key"
    return problem


def describe_record(table: str, key: str, record: object) -> str:
    """A record as the user knows it: table, key and, for an article, its title."""
    if table == JOURNAL_LINE:
        return f"the line at byte {key} of its journal"
    title = record.get("title") if isinstance(record, dict) else None
    named = f" “{title[:60]}”" if isinstance(title, str) and title.strip() else ""
    return f"{table} record {key}{named}"


def set_aside(data: Tables, table: str, key: str, record: object, reason: str) -> None:
    """Keep ``record`` verbatim in the quarantine table (never over another kept one)."""
    quarantine = data.setdefault(QUARANTINE, {})
    slot, number = f"{table}/{key}", 1
    while slot in quarantine and quarantine[slot].get("record") != record:
        number += 1
        slot = f"{table}/{key}~{number}"
    quarantine[slot] = {"table": table, "key": key, "reason": reason, "record": record}


def set_aside_bad_records(data: Tables, schema: int) -> list[str]:
    """Move every record that fails its check (and every malformed saved filter) into the
    quarantine table, so one bad hand edit costs that record, not the library; returns what
    was set aside, one ``(what, why)`` line each."""
    found: list[str] = []
    for name, shape in RECORD_TABLES.items():
        table = data.get(name, {})
        bad = [
            (key, doc, problem)
            for key, doc in table.items()
            if (problem := record_problem(shape, key, doc, schema == 1)) is not None
        ]
        for key, doc, problem in bad:
            del table[key]
            set_aside(data, name, key, doc, problem)
            found.append(f"{describe_record(name, key, doc)}: {problem}")
    return found + set_aside_bad_saved_filters(data)


def set_aside_bad_changes(data: Tables, changed: Iterable[tuple[str, str]]) -> list[str]:
    """``set_aside_bad_records`` for the records a journal replay changed (the rest were
    checked with the file): a bad one is set aside as the journal left it."""
    found: list[str] = []
    for name, key in changed:
        shape = RECORD_TABLES.get(name)
        doc = None if shape is None else data.get(name, {}).get(key)
        if shape is None or doc is None:
            continue
        problem = record_problem(shape, key, doc)
        if problem is not None:
            del data[name][key]
            set_aside(data, name, key, doc, problem)
            found.append(f"{describe_record(name, key, doc)} (written in the journal): {problem}")
    return found + set_aside_bad_saved_filters(data)


def set_aside_journal_line(data: Tables, offset: int, raw: bytes, reason: str) -> str:
    """Keep a damaged journal line's bytes in quarantine (as text, or in base64 when they are
    not UTF-8) so dropping it from the replay loses nothing; returns the line naming it."""
    record, reason = bytes_record(raw, reason)
    set_aside(data, JOURNAL_LINE, str(offset), record, reason)
    return f"{describe_record(JOURNAL_LINE, str(offset), record)}: {reason}"


def bytes_record(raw: bytes, reason: str) -> tuple[object, str]:
    """Bytes that are no record, as quarantine keeps them: their text, or base64 when they
    are not UTF-8 (the reason then says so)."""
    try:
        return raw.decode("utf-8"), reason
    except UnicodeDecodeError:
        encoded = {"base64": base64.b64encode(raw).decode("ascii")}
        return encoded, reason + " (not UTF-8: its bytes are kept in base64)"


def set_aside_bad_saved_filters(data: Tables) -> list[str]:
    """Keep only well-formed saved filters in the settings, setting the others aside."""
    settings_table = data.get(SETTINGS, {})
    settings = settings_table.get(SINGLETON_KEY)
    if not isinstance(settings, dict) or "saved_filters" not in settings:
        return []
    filters = settings["saved_filters"]
    listed = filters if isinstance(filters, list) else [filters]
    kept = [f for f in listed if isinstance(f, dict) and _SAVED_FILTER.problem(f) is None]
    if len(kept) == len(listed) and isinstance(filters, list):
        return []
    settings_table[SINGLETON_KEY] = {**settings, "saved_filters": kept}
    found = []
    for number, saved in enumerate(listed, start=1):
        if saved not in kept:
            set_aside(data, SETTINGS, f"{SAVED_FILTERS_SLOT}{number}", saved, "malformed")
            found.append(f"saved filter {number}: malformed")
    return found


def check_settings(path: Path, data: Tables) -> None:
    settings = data.get(SETTINGS, {}).get(SINGLETON_KEY, {})
    filters = settings.get("saved_filters", [])
    if not isinstance(filters, list) or not all(
        isinstance(f, dict) and _SAVED_FILTER.problem(f) is None for f in filters
    ):
        raise StoreCorrupt(path, "the saved filters are malformed")


def _check_records(path: Path, data: Tables, schema: int) -> None:
    for name, shape in RECORD_TABLES.items():
        for key, doc in data.get(name, {}).items():
            problem = record_problem(shape, key, doc, schema == 1)
            if problem is not None:
                raise StoreCorrupt(path, f"{name} document {key}: {problem}")
    check_settings(path, data)


def _rekey_legacy(data: Tables) -> None:
    """Key schema 1's records by their exact ids (a doc whose id is not hex keeps its key so
    the record check can name it)."""
    for name in RECORD_TABLES:
        if name in data:
            data[name] = {
                doc["id"] if is_valid_id(doc.get("id")) else key: doc
                for key, doc in data[name].items()
            }


Duplicate = tuple[dict[str, Any], str, Any]
"""An object of the file, a key given twice in it, and the earlier value (JSON keeps the last)."""


def parse_json_object(path: Path, raw: bytes, duplicates: list[Duplicate] | None = None) -> Any:
    """``raw`` as JSON, or StoreCorrupt naming why not; keys given twice in one object go to
    ``duplicates`` (about 7% slower, so only where they are looked at)."""
    # an editor's mark of UTF-8 (Notepad's) is no part of the JSON: a store saved with one
    # was refused as "not a JSON object"
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if not raw:
        raise StoreCorrupt(path, "the file is empty")
    if raw[:1].isspace() and raw.isspace():  # a C loop: strip() took 7 s over 1 GB of spaces
        raise StoreCorrupt(
            path, f"the file holds nothing but blank space, {len(raw):,} bytes of it"
        )
    if b"\x00" in raw:
        raise StoreCorrupt(path, "the file contains NUL bytes")

    def noting_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        built = dict(pairs)
        if duplicates is not None and len(built) != len(pairs):
            seen: dict[str, Any] = {}
            for key, value in pairs:
                if key in seen:
                    duplicates.append((built, key, seen[key]))
                seen[key] = value
        return built

    try:
        return json.loads(
            raw.decode("utf-8"), object_pairs_hook=None if duplicates is None else noting_duplicates
        )
    except UnicodeDecodeError as error:
        raise StoreCorrupt(path, f"not UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        if not raw.lstrip(b" \t\r\n").startswith(b"{"):  # every store starts so, cut or not
            raise NotAStore(path, "not a JSON object") from error
        raise StoreCorrupt(
            path, f"invalid JSON at line {error.lineno} column {error.colno}, likely truncated"
        ) from error
    except (ValueError, RecursionError) as error:
        raise StoreCorrupt(path, f"unreadable JSON ({type(error).__name__})") from error


def _set_aside_duplicates(path: Path, data: Tables, duplicates: list[Duplicate]) -> list[str]:
    """Keep what a key given twice hid (a record copied by hand without a new id, a field
    pasted twice): the later one stays in use, as JSON reads it; the earlier record, or the
    record with the earlier value, goes to quarantine. A table given twice refuses the file."""
    found: list[str] = []
    for owner, key, earlier in duplicates:
        if owner is data:
            raise StoreCorrupt(path, f"the table {key!r} is given twice")
        table = next((name for name in RECORD_TABLES if data.get(name) is owner), None)
        if table is not None:
            reason = f"another record with the id {key} comes later in the file and is in use"
            set_aside(data, table, key, earlier, reason)
            found.append(f"{describe_record(table, key, earlier)}: given twice; {reason}")
            continue
        record = next(
            (
                (name, k)
                for name in RECORD_TABLES
                for k, d in data.get(name, {}).items()
                if d is owner
            ),
            None,
        )
        if record is None:
            raise StoreCorrupt(path, f"the key {key!r} is given twice in one object")
        reason = (
            f"its field {key!r} is given twice: the later value is in use, this copy of the "
            "record holds the earlier one"
        )
        set_aside(data, record[0], record[1], {**owner, key: earlier}, reason)
        found.append(f"{describe_record(record[0], record[1], owner)}: {reason}")
    return found


def load_store_json(
    path: Path,
    raw: bytes | None = None,
    check_records: bool = True,
    set_aside_into: list[str] | None = None,
) -> Tables:
    """Parse and check a store file (or its ``raw`` bytes), naming the reason when it is bad.

    Only StoreCorrupt and StoreTooNew come out of here, whatever the bytes are, so a caller can
    tell the user exactly why the file was refused instead of crashing or writing over it.
    The tables come back keyed by record id, whatever schema the file has. Given
    ``set_aside_into``, a record that fails its check is quarantined instead (see
    ``set_aside_bad_records``) and named in that list.
    """
    if raw is None:
        try:
            raw = read_regular_file(path)
        except OSError as error:
            raise StoreCorrupt(path, error.strerror or str(error)) from error
    duplicates: list[Duplicate] = []
    data = parse_json_object(path, raw, duplicates)
    if not isinstance(data, dict):
        raise NotAStore(path, "not a JSON object")
    if not any(name == META or name in RECORD_TABLES for name in data):
        # a store holds its meta table from its first open, an older one its records' tables;
        # asked first: another program's JSON ({"a": 1}) was called a damaged TinyDB file
        raise NotAStore(path, "a JSON object with none of a library's tables")
    lenient = set_aside_into is not None
    for name, table in data.items():
        if not isinstance(table, dict) or not (
            (lenient and name in RECORD_TABLES) or all(isinstance(d, dict) for d in table.values())
        ):
            raise StoreCorrupt(path, f"not a TinyDB database (table {name!r} is malformed)")
    schema = schema_of(path, data)
    if schema > SCHEMA_VERSION:
        raise StoreTooNew(path, schema)
    if duplicates:
        given_twice = _set_aside_duplicates(path, data, duplicates)
        if set_aside_into is None:
            raise StoreCorrupt(path, given_twice[0])
        set_aside_into.extend(given_twice)
    if set_aside_into is not None and (check_records or schema == 1):
        set_aside_into.extend(set_aside_bad_records(data, schema))
    elif check_records or schema == 1:
        _check_records(path, data, schema)
    if schema == 1:
        _rekey_legacy(data)
    return data


R = typing.TypeVar("R")


@typing.runtime_checkable
class ReportsDamage(typing.Protocol):
    """A table whose documents were read unchecked (under a trust note): it names one that
    proves damaged, and distrusts the note so the next open checks every record."""

    def damaged(self, key: str) -> StoreCorrupt: ...


class LazyRecords(MutableMapping[str, R]):
    """A table's model objects by id, each built from its stored document on first access.

    ``diplotui tag`` on a 20,000-article library needs one ``Article``, not 20,000. Keys come
    from ``docs()`` (the live table, so always current); an object set here is the one saved
    with its document. Iterating the values builds every object.
    """

    def __init__(self, shape: RecordShape, docs: Callable[[], Mapping[str, Doc]]) -> None:
        self._shape = shape
        self._docs = docs
        self._built: dict[str, R] = {}

    def __getitem__(self, key: str) -> R:
        record = self._built.get(key)
        if record is None:
            record = self._built[key] = self._build(key, self._docs())
        return record

    def _build(self, key: str, docs: Mapping[str, Doc]) -> R:
        """The object for ``key``'s document. A document read unchecked under a trust note
        may not make its record (a field's name flipped on disk) or may name another id (a
        digit flipped: saving it made a second record): the table says so in one line."""
        try:
            record: R = self._shape.build(docs[key])
        except TypeError:
            record = None  # type: ignore[assignment]  # told below
        if getattr(record, "id", None) != key:
            if isinstance(docs, ReportsDamage):
                raise docs.damaged(key)
            raise ValueError(f"record {key} does not make a {self._shape.cls.__name__}")
        return record

    def __setitem__(self, key: str, record: R) -> None:
        self._built[key] = record

    def __delitem__(self, key: str) -> None:
        """Drop the built object (the document itself is removed through the storage)."""
        self._built.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._docs()

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs())

    def __len__(self) -> int:
        return len(self._docs())

    def reuse(self, older: LazyRecords[R], changed: set[str]) -> None:
        """Take the objects ``older`` built from the same records (the store read before),
        but those of ``changed`` keys, instead of building them again. ``older``'s objects
        are copied in one C call: the thread using it may be building more meanwhile."""
        docs = self._docs()
        taken = older._built.copy()
        self._built.update((k, r) for k, r in taken.items() if k not in changed and k in docs)

    def made(self, keys: Iterable[str]) -> list[R]:
        """The objects of ``keys``: those built already, the others built and not kept, so a
        listing of every record taken a part at a time holds one part at once (250,000
        highlights kept cost ~350 MB)."""
        built, build, docs = self._built, self._build, self._docs()
        with gc_paused():
            return [built[key] if key in built else build(key, docs) for key in keys]

    def present(self, keys: Iterable[str]) -> list[R]:
        """The objects of those ``keys`` still in the table (a key deleted since it was
        taken is left out), each built once and kept, as :meth:`all` keeps them."""
        built, build, docs = self._built, self._build, self._docs()
        records = []
        with gc_paused():
            for key in keys:
                record = built.get(key)
                if record is None:
                    try:
                        record = built.setdefault(key, build(key, docs))
                    except KeyError:  # deleted since
                        continue
                records.append(record)
        return records

    def all(self) -> list[R]:
        """Every object, the missing ones built in one pass with the cycle collector paused
        (100,000 articles one by one, with collections over the growing heap, took 3.7 s)."""
        built, build, docs = self._built, self._build, self._docs()
        with gc_paused():  # by key: a built object's document is not read (nor decoded) again
            records = [
                built[key] if key in built else built.setdefault(key, build(key, docs))
                for key in docs
            ]
        return records
