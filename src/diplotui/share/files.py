"""The shared repository's files: plain JSON and text a person can read and diff without diplotui.

``texts/ab/<sha256>.txt``                  an article's text, named by its hash (as the
                                           store's bodies)
``articles/ab/<id>.json``                  an article's shared metadata, tags and note
``annotations/2026-12/01/<id>.json``      one highlight, a W3C Web ``Annotation``, in the
                                           folder of the day it was made (UTC)
``corrections/<id>.json``                  one entity correction
``speakers/<id>.json``                     one speaker correction (who said a statement)

Why these folders: a commit stores a new copy of every folder above each file it changes, so
what one sync costs depends on how many folders its files touch and how big those are.
Articles and texts fan out by their id's first two hex digits (no folder grows past a few
hundred entries). Highlights are made while reading and synced soon after, so folders by
the day they were made keep a sync's new highlights in one small folder apart from the
library's older ones: a sync writes the root, ``annotations/`` (a dozen months a year), the
month (at most 31 days) and the day, not one of 256 shards per highlight. Three folder levels,
not more: each level is one more object per commit, which a sync of one highlight pays in
full; not fewer: a folder listing every day (or every highlight) would be copied whole into
every pack until git deltas it. A highlight's path depends only on its id and when it was
made, which never change.

``annotations/2026/12/01/14/05/<id>.json`` (``EARLIER_MINUTES``) is where diplotui filed a
highlight before: read as well, and moved by the next sync of a copy that writes this layout.

JSON has sorted keys and one field per line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from diplotui.dates import article_date_refused
from diplotui.exchange import (
    CorrectionRefused,
    ExchangeError,
    annotation_target,
    cleaned_entity_correction,
    created_problem,
    highlight_fields,
    made_ahead,
)
from diplotui.export import ARTICLE_URN, EXT, W3C_CONTEXT, escape_hidden, w3c_annotation
from diplotui.inert import inert
from diplotui.ingest.metadata import within_limits, without_unsafe_url
from diplotui.model import Article, EntityCorrection, Highlight, SpeakerCorrection
from diplotui.store import ARTICLES, CORRECTIONS, HIGHLIGHTS, SPEAKER_CORRECTIONS, is_valid_id
from diplotui.store.files import atomic_write_bytes, read_regular_file, remove_dead_temps
from diplotui.store.records import RECORD_TABLES
from diplotui.tags import TagError, add_tags, parse_tags

Doc = dict[str, Any]

ARTICLES_DIR = "articles"
ANNOTATIONS_DIR = "annotations"
TEXTS_DIR = "texts"
CORRECTIONS_DIR = "corrections"
SPEAKERS_DIR = "speakers"
EARLIER_PAGES = "annotation pages"
EARLIER_MINUTES = "by the minute"
"""The second layout: ``annotations/<year>/<month>/<day>/<hour>/<minute>/<id>.json``, one
highlight a file as now, in seven folder levels (a sync of one highlight paid for seven folders)."""
"""The kind of ``annotations/ab/<article id>.json``: one article's highlights in one
``AnnotationPage``, as the first version of sharing wrote them (converted by the next sync)."""
SHARED_ARTICLE_FIELDS = (
    "id", "title", "text_hash", "source", "url", "author", "date", "date_is_guess",
    "tags", "note", "conflict", "updated_at", "edited",
)  # fmt: skip
"""What of an article a team shares; the rest (where it was imported from, read state, feed)
is each reader's own. ``edited``, the details corrected by hand, travels with them: a
teammate's refresh of the article keeps them too."""
MARKDOWN = "markdown"
"""An article file's mark that its text is Markdown (imported from a ``.md`` file), written
only then: the origin path that says so is each reader's own, and a teammate's library
stored the text as plain, every "**" and "#" shown in the reader, ``W`` and the listings."""
MARKDOWN_ORIGIN = ".md"
"""The origin such an article takes where the team brings it: a Markdown file's suffix, no
place (as an export's ``origin_path`` gives it)."""
README = """\
# A diplotui library

Shared with `diplotui sync`. Every file is plain text:

- `texts/ab/<sha256>.txt`: each article's text, named by the SHA-256 of its bytes
- `articles/ab/<id>.json`: each article's metadata, tags and note
- `annotations/<year>-<month>/<day>/<id>.json`: each highlight, a W3C Web Annotation, in the
  folder of the day it was made, UTC (its `target` names the article)
- `corrections/<id>.json`: each correction of the entity recogniser (a type, a removal, an alias)
- `speakers/<id>.json`: each correction of who said a statement (its words, anchored as a
  highlight's, and the speaker; none: no statement)

Edit through diplotui: `diplotui sync` merges per annotation, not per line.
"""
REMOVALS_LINE = "Last records removed by {author} at {when} (after commit {parent})"


def readme_after_removal(author: str, parent: str, when: str) -> bytes:
    """The README a commit removing records writes: its last line says who removed them,
    when, after which commit. A commit that only deleted a highlight made since the commit
    before held that commit's very library, and a squash of it was taken for the remote put
    back to that older state (``Sync._merge_base``): the deletion came back to the team."""
    line = REMOVALS_LINE.format(author=author, when=when, parent=parent[:12])
    return f"{README}\n{line}\n".encode()


_MINUTE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
_UTC_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|\+00:00)")


class UnreadableFile(ValueError):
    """A file of the repository that is not what its place says; the message names it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{inert(path)}: {reason}")  # a line break there is seen, as ␊
        self.path = path
        self.reason = reason


class MadeAhead(UnreadableFile):
    """A highlight's file made over a day ahead of this computer's clock (its maker's clock
    ran ahead), otherwise readable: held until that time comes, not refused (``Sync``).
    Refused, it stopped every teammate's sync until someone mended the file by hand."""

    def __init__(self, path: str, doc: Doc) -> None:
        super().__init__(path, created_problem(doc["created_at"]) or "made in the future")
        self.doc = doc


def article_path(article_id: str) -> str:
    return f"{ARTICLES_DIR}/{article_id[:2]}/{article_id}.json"


def _made(highlight: Doc) -> list[str]:
    """Year, month, day, hour and minute the highlight was made (``created_at``, UTC as the
    app writes it; zeros for what a hand-made one lacks)."""
    made = _MINUTE.match(str(highlight.get("created_at", "")))
    return [part or "00" for part in made.groups()] if made else ["0000", "00", "00", "00", "00"]


def annotation_path(highlight: Doc) -> str:
    """``annotations/<year>-<month>/<day>/<id>.json``: the day the highlight was made."""
    year, month, day, _, _ = _made(highlight)
    return f"{ANNOTATIONS_DIR}/{year}-{month}/{day}/{highlight['id']}.json"


def earlier_annotation_path(highlight: Doc) -> str:
    """Where the second layout filed the highlight (``EARLIER_MINUTES``)."""
    return f"{ANNOTATIONS_DIR}/{'/'.join(_made(highlight))}/{highlight['id']}.json"


def text_path(digest: str) -> str:
    return f"{TEXTS_DIR}/{digest[:2]}/{digest}.txt"


def correction_path(correction_id: str) -> str:
    return f"{CORRECTIONS_DIR}/{correction_id}.json"


def speaker_path(correction_id: str) -> str:
    return f"{SPEAKERS_DIR}/{correction_id}.json"


DELETIONS_DIR = "deletions"
"""``deletions/<id>.json``: an article a copy deleted (its address, text's hash, date and its
feed items' guids, who deleted it and when), so a teammate's feed does not bring it back. An
article deleted after it was shared leaves its deletion in the history (``Sync``'s
``_team_deletions``); one deleted before was in no history, and its copy's deletion was
known to nobody. Outside the record layout: an earlier diplotui carries it along."""
_MOST_GUIDS = 20  # of one deletion: a feed item's, and the few others that brought it back


def deletion_path(article_id: str) -> str:
    return f"{DELETIONS_DIR}/{article_id}.json"


def deletion_file(doc: Doc) -> bytes:
    return _dump(doc)


def read_deletion(path: str, raw: bytes) -> Doc:
    """A deletion record: its fields checked as strings (the guids a list of them), its
    deleter's name one line, as a highlight's author is read."""
    data = _json(path, raw)
    fields = ("id", "url", "text_hash", "date", "deleted_by", "deleted_at")
    if not isinstance(data, dict) or not all(isinstance(data.get(f), str) for f in fields):
        raise UnreadableFile(path, f"a deletion names {', '.join(fields)} as text")
    guids = data.get("guids")
    if not isinstance(guids, list) or not all(isinstance(g, str) for g in guids):
        raise UnreadableFile(path, "a deletion's guids are a list of text")
    if data["id"] != id_of(path) or not is_valid_id(data["id"]):
        raise UnreadableFile(path, "its id is not lowercase hex, or not its file's name")
    return {f: data[f] for f in fields} | {"guids": guids[:_MOST_GUIDS]}


def kind_of(path: str) -> str:
    """``articles``, ``annotations`` (either layout of one highlight a file), ``texts``,
    ``corrections``, ``speakers`` or ``EARLIER_PAGES`` for a file of the layout, else ""."""
    folder = path.split("/", 1)[0]
    if folder == ANNOTATIONS_DIR and path.count("/") == 2:
        return EARLIER_PAGES
    known = (ARTICLES_DIR, ANNOTATIONS_DIR, TEXTS_DIR, CORRECTIONS_DIR, SPEAKERS_DIR)
    return folder if folder in known else ""


def layout_problem(path: str) -> str | None:
    """Why a file under one of the layout's folders is not where sync files a record (None:
    it is). A tree made with ``git mktree`` can hold ``articles/../dd/<id>.json``, which was
    read as an article; an annotation's place is checked against its record when read."""
    if unnamable(path):
        return "a name holding a line break or another control character, as no record's has"
    places = {
        ARTICLES_DIR: article_path,
        TEXTS_DIR: text_path,
        CORRECTIONS_DIR: correction_path,
        SPEAKERS_DIR: speaker_path,
        EARLIER_PAGES: _earlier_page_path,  # else a stray file where a day's folder goes
    }
    place = places.get(kind_of(path))
    if place is None or place(id_of(path)) == path:
        return None
    return "not a place diplotui files a record in (made by hand?)"


def unnamable(path: str) -> bool:
    """Whether a layout path holds a control character, which no record's file name does:
    git reads one name a line when asked for many, so a name with a line break in it was
    asked for as two and every later file read took another's bytes."""
    return bool(kind_of(path)) and any(ord(c) < 32 or ord(c) == 127 for c in path)


ENTRY_PROBLEMS = {
    "160000": "a submodule link (another repository's commit), not a file",
    "120000": "a symbolic link, not a file",
}
"""Why a tree entry of these git modes is no record's file, by mode. A submodule link names a
commit the repository does not hold, which git reads as "missing", as it reads a file that
is not there: a highlight in such a place was removed from every copy that synced."""


def entry_problem(path: str, mode: str) -> str | None:
    """Why the tree entry of ``mode`` at ``path`` is no record's file (None: it is one, or
    it lies outside the layout, carried along as it is)."""
    return ENTRY_PROBLEMS.get(mode) if kind_of(path) else None


def _earlier_page_path(article_id: str) -> str:
    """Where the first layout filed an article's page of highlights."""
    return f"{ANNOTATIONS_DIR}/{article_id[:2]}/{article_id}.json"


def filed_by_minute(path: str) -> bool:
    """Whether an annotation's path is of the earlier layout (``EARLIER_MINUTES``)."""
    return path.count("/") == 6


def id_of(path: str) -> str:
    """The record id (or text hash) a layout path names."""
    return path.rsplit("/", 1)[-1].split(".", 1)[0]


def stamp_problem(name: str, value: object) -> str | None:
    """Why a record's time stamp is not one a merge can compare, or None. Merges order two
    versions by comparing their stamps as text, which only holds for UTC ISO timestamps as
    ``model.now_iso`` writes them: a peer's ``"not a date"`` (``"n"`` sorts after every
    digit) won every later merge of its record."""
    if isinstance(value, str) and _UTC_STAMP.fullmatch(value):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return None
    return f"its {name} is not an ISO timestamp in UTC"


def _pretty(value: Any, indent: str = "") -> str:
    """JSON with sorted keys and one field per line (flat lists stay on one line). Written
    here because ``json.dumps`` with an indent falls back to its pure-Python encoder, which
    made a sync of 10,000 articles spend a second on formatting."""
    inner = indent + " "
    if isinstance(value, dict) and value:
        fields = [f"{inner}{json.dumps(k)}: {_pretty(value[k], inner)}" for k in sorted(value)]
        return "{\n" + ",\n".join(fields) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        return "[\n" + ",\n".join(inner + _pretty(v, inner) for v in value) + "\n" + indent + "]"
    text = json.dumps(value, ensure_ascii=False)
    return text if text.isprintable() else escape_hidden(text)  # the check is C-fast


def _dump(document: Any) -> bytes:
    return (_pretty(document) + "\n").encode("utf-8", "surrogatepass")


def record_doc(record: Article | Highlight) -> Doc:
    """A record's fields as a dict (``to_dict`` deep-copies through ``dataclasses.asdict``,
    ten times slower, which a sync of thousands of records feels)."""
    doc = {name: getattr(record, name) for name in record.__dataclass_fields__}
    doc["tags"] = list(doc["tags"])
    return doc


def shared_article(article: Article) -> Doc:
    """The part of an article the team shares, as a record."""
    return (
        {name: getattr(article, name) for name in SHARED_ARTICLE_FIELDS}
        | {"tags": list(article.tags), "edited": list(article.edited)}
        | ({MARKDOWN: True} if article.markdown else {})
    )


def article_file(doc: Doc) -> bytes:
    return _dump(doc)


def annotation_file(doc: Doc) -> bytes:
    """One highlight as a W3C ``Annotation`` of its own (with its ``@context``)."""
    annotation = w3c_annotation(Highlight.from_dict(doc), ARTICLE_URN + doc["article_id"])
    return _dump({"@context": W3C_CONTEXT, **annotation})


def correction_file(doc: Doc) -> bytes:
    return _dump(doc)


def _json(path: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8", "surrogatepass"))
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, f"not UTF-8 at byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise UnreadableFile(path, f"invalid JSON at line {error.lineno}") from None
    except (ValueError, RecursionError):
        raise UnreadableFile(path, "unreadable JSON") from None


def read_article(path: str, raw: bytes) -> Doc:
    """The article record a file holds, checked as the store checks its own records."""
    data = _json(path, raw)
    if not isinstance(data, dict):
        raise UnreadableFile(path, "not a JSON object")
    doc = {name: data[name] for name in SHARED_ARTICLE_FIELDS if name in data}
    # a date no calendar has is left out below, as an import leaves it, not a refused file
    dateless = {**doc, "date": ""} if isinstance(doc.get("date"), str) else doc
    problem = RECORD_TABLES[ARTICLES].problem(dateless)
    if problem is None and not is_valid_id(doc["id"]):
        problem = "its id is not lowercase hex"
    if problem is None and doc["id"] != id_of(path):
        problem = "its id does not match its file name"
    if problem is None and not is_valid_id(doc["text_hash"]):
        problem = "its text_hash is not a SHA-256"
    if problem is None and "updated_at" in doc:
        problem = stamp_problem("updated_at", doc["updated_at"])
    if problem is None and not isinstance(data.get(MARKDOWN, False), bool):
        # "yes" or 1 read as plain without a word: every "**" shown to one teammate
        problem = f"its {MARKDOWN} is {json.dumps(data[MARKDOWN])[:40]}, not true or false"
    if problem is not None:
        raise UnreadableFile(path, problem)
    article = Article.from_dict(doc)  # the fields an older file lacks, defaulted
    article.tags = _typed_tags(path, article.tags)
    # kept as an import keeps them: a peer's 5 MB title was stored and listed whole, and a
    # date no calendar has ("2025-99-99") sorted first and was cited
    within_limits(article)
    # a url that is no web address, "javascript:alert(1)", left out as an import leaves it:
    # it was stored and shown by `meta` and written into every JSON export
    without_unsafe_url(article)
    if article.date and article_date_refused(article.date):  # and "9999-12-31", as an import
        article.date, article.date_is_guess = "", False
    whole = record_doc(article)
    shared = {name: whole[name] for name in SHARED_ARTICLE_FIELDS}
    return shared | ({MARKDOWN: True} if data.get(MARKDOWN) is True else {})


def read_annotation(path: str, raw: bytes) -> Doc:
    """The highlight record one annotation file holds."""
    data = _json(path, raw)
    try:
        if not isinstance(data, dict):
            raise ExchangeError("not a JSON object")
        misshapen = _annotation_shape_problem(data)
        if misshapen is not None:
            raise ExchangeError(misshapen)
        target = annotation_target(data, "its annotation")
        fields = highlight_fields(data, target, "its annotation")
    except ExchangeError as error:
        raise UnreadableFile(path, str(error)) from None
    article = target.get(EXT + "article")
    source = target.get("source")
    if not isinstance(article, str) and isinstance(source, str) and source.startswith(ARTICLE_URN):
        article = source[len(ARTICLE_URN) :]
    fields["article_id"] = article if isinstance(article, str) else ""
    doc = record_doc(Highlight.from_dict(fields))
    doc.update(fields)
    problem = RECORD_TABLES[HIGHLIGHTS].problem(doc)
    if problem is None and not (is_valid_id(doc["id"]) and is_valid_id(doc["article_id"])):
        problem = "its id or its article's is not lowercase hex"
    if problem is None and "modified" in data:
        problem = stamp_problem("modified time", data["modified"])
    if problem is None and "created" in data:
        problem = stamp_problem("created time", data["created"])
    if problem is None and path not in (annotation_path(doc), earlier_annotation_path(doc)):
        problem = "its id or the time it was made does not match its place"
    if problem is not None:
        raise UnreadableFile(path, problem)
    doc["tags"] = _typed_tags(path, doc["tags"])
    if made_ahead(doc["created_at"]):
        raise MadeAhead(path, doc)
    return doc


_SHARED_TEXTS = ("color", "status", "driftText", "conflict")


def _annotation_shape_problem(data: dict[str, Any]) -> str | None:
    """What in an annotation file is of a shape a sync never writes: a W3C import passes such
    parts over (another tool's body may be a link), but here they stand for a highlight's
    note, tags, author or colour, and passed over they were erased in every copy unsaid."""
    bodies = data.get("body", [])
    if not isinstance(bodies, list) or not all(
        isinstance(body, dict) and isinstance(body.get("value"), str) for body in bodies
    ):
        return "its body is not a list of notes and tags, each with a text value"
    creator = data.get("creator", {"name": ""})
    if not (isinstance(creator, dict) and isinstance(creator.get("name"), str)):
        return "its creator is not an object with a name"
    for name in _SHARED_TEXTS:
        if not isinstance(data.get(EXT + name, ""), str):
            return f"its {EXT}{name} is not a string"
    return None


def _typed_tags(path: str, tags: list[str]) -> list[str]:
    """``tags`` as ``diplotui tag`` and an import take them (cleaned, each once, within the
    limits), or UnreadableFile naming why not: a peer's "asean\x1b[0m" was stored as it
    came, listed as "asean" and never found by ``list --tag asean``."""
    try:
        return add_tags([], parse_tags(tags))
    except TagError as error:
        raise UnreadableFile(path, str(error)) from None


def _named_record(path: str, raw: bytes, table: str) -> tuple[Doc, str | None]:
    """A file's record of ``table`` and what is wrong with it (None: nothing), checked as the
    store checks its own and against the id its file name gives."""
    data = _json(path, raw)
    if not isinstance(data, dict):
        raise UnreadableFile(path, "not a JSON object")
    problem = RECORD_TABLES[table].problem(data)
    if problem is None and not is_valid_id(data["id"]):
        problem = "its id is not lowercase hex"
    if problem is None and data["id"] != id_of(path):
        problem = "its id does not match its file name"
    return data, problem


def read_correction(path: str, raw: bytes) -> Doc:
    """The entity correction one file holds, checked as the store checks its own and
    cleaned as every door cleans one (``cleaned_entity_correction``)."""

    data, problem = _named_record(path, raw, CORRECTIONS)
    if problem is not None:
        raise UnreadableFile(path, problem)
    try:  # cleaned, or refused, as the app's ``E`` and an import take one
        return cleaned_entity_correction(EntityCorrection.from_dict(data)).to_dict()
    except CorrectionRefused as error:
        raise UnreadableFile(path, str(error)) from None


def read_speaker(path: str, raw: bytes) -> Doc:
    """The speaker correction one file holds, checked as the store checks its own (its words
    as long as its offsets say), with ids and a time stamp a merge can trust, and its
    speaker, role and organisation cleaned as ``diplotui speaker --name`` cleans them."""
    from diplotui.statements.corrections import SpeakerRefused, cleaned_speaker

    data, problem = _named_record(path, raw, SPEAKER_CORRECTIONS)
    if problem is None and not is_valid_id(data["article_id"]):
        problem = "its article's id is not lowercase hex"
    if problem is None and "updated_at" in data:
        problem = stamp_problem("updated_at", data["updated_at"])
    if problem is not None:
        raise UnreadableFile(path, problem)
    correction = SpeakerCorrection.from_dict(data)
    try:
        said = cleaned_speaker(correction.speaker, correction.role, correction.organisation)
    except SpeakerRefused as error:
        raise UnreadableFile(path, str(error)) from None
    correction.speaker, correction.role, correction.organisation = said
    return correction.to_dict()


def read_text(path: str, raw: bytes) -> str:
    """An article text, checked against the hash its name gives, in UTF-8 proper: bytes
    encoding a lone surrogate (ED A0 80) are none, as ``doctor`` reads a stored text, and
    no cleaning can mend them here (the name is the bytes' hash)."""
    if hashlib.sha256(raw).hexdigest() != id_of(path):
        raise UnreadableFile(path, "its bytes do not match the hash in its name")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, f"not UTF-8 at byte {error.start}") from None


ANNOTATION_FIELDS = frozenset(
    {"@context", "id", "type", "motivation", "created", "modified", "creator", "body", "target"}
    | {EXT + name for name in ("color", "status", "driftText", "speaker", "speakerRole")}
    | {EXT + "speakerSource"}
    | {EXT + "conflict"}
)
"""What ``annotation_file`` writes at an annotation's top level."""
TARGET_FIELDS = frozenset({"source", "selector", EXT + "article"})
"""What it writes in the annotation's ``target``."""
_KNOWN: dict[str, frozenset[str]] = {
    ARTICLES_DIR: frozenset({*SHARED_ARTICLE_FIELDS, MARKDOWN}),
    ANNOTATIONS_DIR: ANNOTATION_FIELDS,
    CORRECTIONS_DIR: frozenset(EntityCorrection.__dataclass_fields__),
    SPEAKERS_DIR: frozenset(SpeakerCorrection.__dataclass_fields__),
}
TARGET = "target"
Extras = dict[str, dict[str, Any]]
"""Fields of a record's file this version has no name for (a newer diplotui wrote them), by
where they sit: "" at the top, ``TARGET`` in an annotation's target."""
_ABSENT = object()


def extra_fields(kind: str, raw: bytes | None) -> Extras:
    """The fields of a record's file (of ``kind``) that this version neither reads nor
    writes: kept when the file is written anew, so a teammate's newer diplotui loses nothing
    to ours."""
    known = _KNOWN.get(kind)
    if raw is None or known is None:
        return {}
    try:
        data = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    extras = {"": {name: value for name, value in data.items() if name not in known}}
    target = data.get(TARGET)
    if kind == ANNOTATIONS_DIR and isinstance(target, dict):
        extras[TARGET] = {name: v for name, v in target.items() if name not in TARGET_FIELDS}
    return {place: fields for place, fields in extras.items() if fields}


def merged_extras(base: Extras, ours: Extras, theirs: Extras) -> Extras:
    """Each unknown field as either side changed it since ``base`` (theirs when both did)."""
    merged: Extras = {}
    for place in {*base, *ours, *theirs}:
        start, mine, yours = (side.get(place, {}) for side in (base, ours, theirs))
        fields = {}
        for name in {*start, *mine, *yours}:
            was = start.get(name, _ABSENT)
            value = yours.get(name, _ABSENT)
            if value == was:
                value = mine.get(name, _ABSENT)
            if value is not _ABSENT:
                fields[name] = value
        if fields:
            merged[place] = fields
    return merged


def with_extras(data: bytes, extras: Extras) -> bytes:
    """A record's file as formatted here, with the unknown fields of its earlier version."""
    if not extras:
        return data
    document = json.loads(data.decode("utf-8", "surrogatepass"))
    for place, fields in extras.items():
        into = document.get(place) if place else document
        if isinstance(into, dict):
            into.update({name: v for name, v in fields.items() if name not in into})
    return _dump(document)


def git_blob_id(data: bytes) -> str:
    """The id git gives a file with these bytes (so unchanged files need no git call)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


KNOWN_FILES = "diplotui-known.json"
_VERSION = "store version"  # no file path: kept beside the entries


class KnownFiles:
    """Which store records were last found to match which repository file: path -> a 64-bit
    hash of (fingerprint of the records, blob id). A sync of 10,000 unchanged articles then
    formats none of them. Only a cache: a missing or damaged file costs time, never
    correctness. Hashed because the file is rewritten by every sync and kept beside the
    repository: the pair spelled out took 125 bytes an annotation, the hash half that."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, str] = {}
        self.version: str | None = None
        """The store's version the last sync committed whole (see ``Store.version``)."""
        # only a regular file (a FIFO there kept every sync waiting), and damage of any
        # kind (JSON nested too deep ended it in a traceback) costs the cache alone
        with contextlib.suppress(OSError, ValueError, RecursionError):
            loaded = json.loads(read_regular_file(path))
            if isinstance(loaded, dict):
                version = loaded.pop(_VERSION, None)
                self.version = version if isinstance(version, str) else None
                self.entries = {k: v for k, v in loaded.items() if isinstance(v, str)}

    @staticmethod
    def _token(fingerprint: str, blob: str) -> str:
        pair = f"{fingerprint}\0{blob}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(pair, digest_size=8).hexdigest()

    def same(self, file_path: str, fingerprint: str, tree: dict[str, str]) -> bool:
        """Whether the records are as they were when they matched the file now in ``tree``."""
        blob = tree.get(file_path)
        return blob is not None and self.entries.get(file_path) == self._token(fingerprint, blob)

    def note(self, file_path: str, fingerprint: str, blob: str) -> None:
        self.entries[file_path] = self._token(fingerprint, blob)

    def keep_only(self, file_paths: set[str]) -> None:
        """Forget the files no longer in the repository (deleted records, a moved layout)."""
        self.entries = {k: v for k, v in self.entries.items() if k in file_paths}

    def save(self) -> None:
        """Written as the store writes, to a temp file of a new name: one fixed name was
        written through whatever link was planted there (another analyst's store file)."""
        with contextlib.suppress(OSError):  # only a cache: a failure costs time
            remove_dead_temps(self.path)
            data = json.dumps({**self.entries, _VERSION: self.version}).encode()
            atomic_write_bytes(self.path, data, derived=True)
