"""Import what ``diplotui.export`` wrote (JSON or W3C), merging into the store without doubles.

Merge rules: an article whose text is already stored (same text hash) is the same article:
its empty metadata fields are filled in and tags united, nothing else changes. A highlight
whose id is known, or whose (article, start, end, quote) is already there, is skipped; so is
a correction with a known id or the same (kind, text, type, canonical). A speaker correction
is placed where its words are in its article's text, as a highlight is; one of words the
library has a correction of already is skipped when it says the same or was changed earlier,
else it replaces that one (as a sync settles two people's corrections of one statement), and
the article's highlights take the speakers it gives. One naming an article neither in the
file nor in the library is reported, the rest of the file imported.

Ids, ``imported_at`` and ``created_at`` are kept from the file so a round trip reproduces the
store (a highlight's ``created_at`` checked, and written in UTC as the store writes it);
``updated_at`` records when this store last wrote the record, so it is the import time.

The whole file is parsed and checked before anything is written; a file that fails yields one
``failed`` outcome and leaves the store untouched.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from diplotui.anchoring import reanchor, reanchor_all
from diplotui.cite import text_to_store
from diplotui.dates import NOT_A_DATE, article_date_refused
from diplotui.export import (
    ARTICLE_URN,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    EXT,
    HIGHLIGHT_URN,
    shared_origin,
)
from diplotui.inert import inert_words, without_surrogates
from diplotui.ingest.decode import MAX_EXPORT_BYTES, MAX_FILE_BYTES, IngestError, read_bytes
from diplotui.ingest.formats import unreadable_value
from diplotui.ingest.metadata import within_limits, without_unsafe_url
from diplotui.ingest.report import DUPLICATE, FAILED, IMPORTED, TEXT_MENDED, ImportOutcome
from diplotui.model import (
    ONE_LINE_CHARS,
    SPEAKER_SOURCES,
    AnchorStatus,
    Article,
    EntityCorrection,
    EntityType,
    Highlight,
    ReadState,
    SpeakerCorrection,
    new_id,
    too_long_for_a_line,
)
from diplotui.palette import DEFAULT_COLOUR, colour_label, palette_key
from diplotui.store import (
    SPEAKER_CORRECTIONS,
    ArticleUnreadable,
    Store,
    UnknownId,
    is_valid_id,
    text_hash,
)
from diplotui.store.records import RECORD_TABLES
from diplotui.tags import MAX_TAGS_PER_RECORD, TagError, add_tags, parse_tags, united_tags
from diplotui.text.same_words import says_more


class ExchangeError(ValueError):
    """The file is not an export this version can read; the message says why."""


MADE_AHEAD = timedelta(days=1)
"""How far ahead of this computer's clock a highlight's creation time may be: a clock set to
local time and called UTC is at most 14 hours out; beyond a day is no time it was made."""


class CorrectionRefused(ValueError):
    """An entity correction no library may hold; the message says why."""


CORRECTION_KINDS = ("add", "remove", "alias")
_ESCAPE_CHARS = frozenset("\x1b\x9b")


def cleaned_entity_correction(correction: EntityCorrection) -> EntityCorrection:
    """``correction`` as a library keeps it, whichever door it came by (the app's ``E``, an
    import, a sync): its alias's name cleaned as a speaker's is (one line, no control
    characters, escapes or bidi overrides), or ``CorrectionRefused``. Its ``text`` is the
    article's words, matched as they stand, so it is refused rather than changed when it is
    no words of one line (a break, an escape, nothing to name, longer than a line), as is a
    kind or type the recogniser does not know: a file's alias to "EvilX\x1b[0m Y" was stored
    and grouped statements under a name no search found."""
    from diplotui.cite import clean_field

    if correction.kind not in CORRECTION_KINDS:
        raise CorrectionRefused(
            f"its kind {correction.kind[:40]!r} is not one of {', '.join(CORRECTION_KINDS)}"
        )
    text = correction.text
    refusal = too_long_for_a_line(text, "its text")
    if refusal:
        raise CorrectionRefused(refusal)
    if "\n" in text or "\r" in text or _ESCAPE_CHARS & set(text):
        raise CorrectionRefused("its text is no words of one line (a line break or an escape)")
    if not any(character.isalnum() for character in text):
        raise CorrectionRefused(f"its text {text!r} has no letters or digits to name anything")
    types = {kind.value for kind in EntityType}
    if correction.type not in types and (correction.type or correction.kind == "add"):
        raise CorrectionRefused(
            f"its type {correction.type[:40]!r} is not one of {', '.join(sorted(types))}"
        )
    canonical = clean_field(correction.canonical) if correction.kind == "alias" else ""
    refusal = too_long_for_a_line(canonical, "its canonical name")
    if refusal:
        raise CorrectionRefused(refusal)
    if correction.kind == "alias" and not any(character.isalnum() for character in canonical):
        raise CorrectionRefused(
            f"its canonical name {canonical!r} has no letters or digits to name anything"
        )
    return replace(correction, canonical=canonical)


def _zoned_time(value: object) -> datetime | None:
    """``value`` as a moment, if it is an ISO timestamp with a time zone."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def created_problem(value: object, what: str = "created time") -> str | None:
    """Why ``value`` is no time a highlight was made (not an ISO timestamp with a time zone,
    or more than ``MADE_AHEAD`` in the future), or None. A teammate's or an import's
    "2099-01-01" filed the highlight in 2099 for ever, "not a date" in a year 0000; a speaker
    correction's change time (``what``) in 2099 won over every later correction."""
    if _zoned_time(value) is None:
        return f"its {what} is not an ISO timestamp with a time zone"
    if made_ahead(value):
        return f"its {what} {value} is in the future"
    return None


def made_ahead(value: object) -> bool:
    """Whether ``value`` is a time more than ``MADE_AHEAD`` after this computer's clock."""
    made = _zoned_time(value)
    return made is not None and made > datetime.now(timezone.utc) + MADE_AHEAD


@dataclass(slots=True)
class _ArticleIn:
    article: Article
    text: str
    highlights: list[Highlight] = field(default_factory=list)
    failure: str = ""
    speakers: list[SpeakerCorrection] = field(default_factory=list)
    no_date: str = ""
    """The file's date of the article when it is none an article may have (left out)."""
    no_date_why: str = ""
    """Why: "no calendar date", "before 1900", "more than a year after today"."""
    url_left_out: str = ""
    """Why the file's url of the article was not stored (no web address)."""


@dataclass(slots=True)
class _Parsed:
    articles: list[_ArticleIn]
    corrections: list[EntityCorrection]
    strays: list[SpeakerCorrection] = field(default_factory=list)
    """Speaker corrections of articles not in the file (perhaps in the library)."""


_Record = TypeVar("_Record", Article, Highlight, EntityCorrection, SpeakerCorrection)


_SPECS: dict[type, tuple[Field[Any], ...]] = {}


def _specs(cls: type) -> tuple[Field[Any], ...]:
    """A record class's fields, read once: ``dataclasses.fields`` for each of an export's
    records was a tenth of its reading."""
    if cls not in _SPECS:
        _SPECS[cls] = fields(cls)
    return _SPECS[cls]


def _record(cls: type[_Record], data: Any, what: str) -> _Record:
    """Build a model record, checking the types a hand-edited file could get wrong."""
    if not isinstance(data, dict):
        raise ExchangeError(f"{what} is not an object")
    missing = [
        spec.name
        for spec in _specs(cls)
        if spec.name not in data and spec.default is MISSING and spec.default_factory is MISSING
    ]
    if missing:
        raise ExchangeError(f"{what}: missing {', '.join(missing)}")
    record = cls.from_dict(data)
    for spec in _specs(cls):
        value = getattr(record, spec.name)
        if spec.type == "int" and (type(value) is not int or value < 0):
            raise ExchangeError(f"{what}: {spec.name} must be a non-negative integer")
        if spec.type == "str" and not isinstance(value, str):
            raise ExchangeError(f"{what}: {spec.name} must be a string")
        if spec.type == "bool" and not isinstance(value, bool):
            raise ExchangeError(f"{what}: {spec.name} must be true or false")
        if spec.type == "list[str]" and not (
            isinstance(value, list) and all(isinstance(t, str) for t in value)
        ):  # an article's ``edited`` of "title" was stored, and set aside at the next check
            raise ExchangeError(f"{what}: {spec.name} must be a list of strings")
    if isinstance(record, Highlight) and "created_at" in data:
        problem = created_problem(record.created_at)
        if problem is not None:
            raise ExchangeError(f"{what}: {problem}")
        made = _zoned_time(record.created_at)
        assert made is not None  # it has no problem
        record.created_at = made.astimezone(timezone.utc).isoformat(timespec="milliseconds")
    if hasattr(record, "tags"):
        try:
            record.tags = add_tags([], parse_tags(record.tags))  # as if typed: same limits
        except TagError as error:
            raise ExchangeError(f"{what}: {error}") from None
    return record


def _required(data: dict[str, Any], keys: tuple[str, ...], what: str) -> None:
    missing = [key for key in keys if not isinstance(data.get(key), str) or not data.get(key)]
    if missing:
        raise ExchangeError(f"{what}: missing {', '.join(missing)}")


def _parse_article(data: Any, index: int) -> _ArticleIn:
    what = f"article {index + 1}"
    if not isinstance(data, dict):
        raise ExchangeError(f"{what} is not an object")
    _required(data, ("id", "title"), what)
    text = data.get("text")
    if isinstance(text, str):  # kept as an import of the text's file keeps it
        text = text_to_store(text)
    failure = "" if isinstance(text, str) and text else "no article text in the export"
    size = len(text.encode()) if isinstance(text, str) else 0
    if size > MAX_FILE_BYTES:  # as a text file of it would be: the export may hold more
        failure = f"{what}: its text is too large ({size:,} bytes, the limit is "
        failure += f"{MAX_FILE_BYTES:,})"
    if failure or not isinstance(text, str):
        untold = Article(id=data["id"], title=data["title"], text_hash="")
        return _ArticleIn(untold, "", [], failure)
    record = _record(Article, {**data, "text_hash": text_hash(text)}, what)
    for name in ("imported_at", "last_annotated_at", "text_changed_at"):
        # "garbage" was stored: listed as "[updated garbage]", sorted as the latest annotated
        stamp = getattr(record, name)
        if stamp and _zoned_time(stamp) is None:
            raise ExchangeError(f"{what}: its {name} is not an ISO timestamp with a time zone")
    within_limits(record)
    url_left_out = without_unsafe_url(record)
    record.origin_path = shared_origin(record.origin_path)
    record.earlier_texts = []  # the texts its updates replaced in the library that wrote it
    if record.state not in {state.value for state in ReadState}:
        record.state = ReadState.READ.value  # a hand edit's "maybe": the store sets it aside
    incoming = _ArticleIn(record, text, url_left_out=url_left_out)
    refused = article_date_refused(record.date) if record.date else ""
    if refused:
        # "2025-13-45", which `meta --date` refuses, sorted and was cited as a date; and
        # "0001-01-01" or "9999-12-31", which it and a file's import refuse too, were kept
        incoming.no_date = record.date
        incoming.no_date_why = "no calendar date" if refused == NOT_A_DATE else refused
        record.date, record.date_is_guess = "", False
    return incoming


def _parse_diplotui(document: dict[str, Any]) -> _Parsed:
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        # NaN was "newer than this diplotui reads", and true or 0 were read as version 1
        raise ExchangeError(f"export version {json.dumps(version)} is not a version number")
    if version > EXPORT_VERSION:
        raise ExchangeError(f"export version {version} is newer than this diplotui reads")
    raw_articles = document.get("articles", [])
    raw_highlights = document.get("highlights", [])
    raw_corrections = document.get("corrections", [])
    raw_speakers = document.get("speaker_corrections", [])
    if not all(
        isinstance(v, list) for v in (raw_articles, raw_highlights, raw_corrections, raw_speakers)
    ):
        raise ExchangeError(
            "articles, highlights, corrections and speaker_corrections must be lists"
        )
    articles = [_parse_article(a, i) for i, a in enumerate(raw_articles)]
    by_id: dict[str, _ArticleIn | None] = {}
    for incoming in articles:
        article_id = incoming.article.id
        by_id[article_id] = None if article_id in by_id else incoming
    for index, raw in enumerate(raw_highlights):
        what = f"highlight {index + 1}"
        if isinstance(raw, dict):
            _required(raw, ("id", "article_id"), what)
        highlight = _record(Highlight, raw, what)
        highlight.speaker, highlight.speaker_role = said_by(
            highlight.speaker, highlight.speaker_role, what
        )
        highlight.speaker_source = speaker_source(highlight.speaker, highlight.speaker_source, what)
        highlight.author = annotator_name(highlight.author)
        owner = _owner(by_id, highlight.article_id, what)
        if owner is None:
            raise ExchangeError(f"{what}: refers to article {highlight.article_id!r}, not in file")
        owner.highlights.append(highlight)
    return _Parsed(articles, *_corrections(raw_corrections, raw_speakers, by_id))


def _owner(
    articles: Mapping[str, _ArticleIn | None], article_id: str, what: str
) -> _ArticleIn | None:
    """The file's article ``article_id`` names, or None when none has that id. An id two
    articles of the file share (a hand-merged file) names neither for sure: the highlights
    of the first were all given to the last, their words not found there (orphans)."""
    if article_id in articles and articles[article_id] is None:
        raise ExchangeError(
            f"{what}: refers to article {article_id!r}, an id two articles of the file share"
        )
    return articles.get(article_id)


def _corrections(
    raw_corrections: list[Any], raw_speakers: list[Any], articles: Mapping[str, _ArticleIn | None]
) -> tuple[list[EntityCorrection], list[SpeakerCorrection]]:
    """The file's entity corrections, and its speaker corrections given to their articles
    of ``articles``; those of articles not there are returned (strays)."""

    corrections = []
    for index, raw in enumerate(raw_corrections):
        what = f"correction {index + 1}"
        if isinstance(raw, dict):
            _required(raw, ("id", "kind", "text"), what)
        try:  # cleaned, or refused, as the app's ``E`` and a sync take one
            corrections.append(cleaned_entity_correction(_record(EntityCorrection, raw, what)))
        except CorrectionRefused as error:
            raise ExchangeError(f"{what}: {error}") from None
    strays = []
    for index, raw in enumerate(raw_speakers):
        what = f"speaker correction {index + 1}"
        speaker = _speaker_correction(raw, what)
        owner = _owner(articles, speaker.article_id, what)
        if owner is None:
            strays.append(speaker)
        else:
            owner.speakers.append(speaker)
    return corrections, strays


def _speaker_correction(raw: Any, what: str) -> SpeakerCorrection:
    """One speaker correction of the file, checked as the store checks its own (its words as
    long as its offsets say, a known status) and with a change time no later than today; its
    speaker, role and organisation cleaned as ``diplotui speaker --name`` cleans them."""
    from diplotui.statements.corrections import SpeakerRefused, cleaned_speaker

    if not isinstance(raw, dict):
        raise ExchangeError(f"{what} is not an object")
    _required(raw, ("id", "article_id", "quote"), what)
    problem = RECORD_TABLES[SPEAKER_CORRECTIONS].problem(raw)
    if problem is None and "updated_at" in raw:
        problem = created_problem(raw["updated_at"], "change time")
    if problem is not None:
        raise ExchangeError(f"{what}: {problem}")
    correction = _record(SpeakerCorrection, raw, what)
    try:
        said = cleaned_speaker(correction.speaker, correction.role, correction.organisation)
    except SpeakerRefused as error:
        raise ExchangeError(f"{what}: {error}") from None
    correction.speaker, correction.role, correction.organisation = said
    return correction


HIGHLIGHT_SPEAKER_FIELDS = ("its speaker", "its speaker's role", "its organisation")
"""How a refusal names a highlight's speaker fields read from a file (an import, a sync)."""


def said_by(speaker: str, role: str, what: str) -> tuple[str, str]:
    """A highlight's speaker and role from a file (``what`` in it), cleaned or refused as a
    speaker correction's are: a file's "EvilX\x1b[0m Y" or a speaker of 10 MB was stored
    raw, cited without its escape and listed whole, though the correction of the same words
    from the same file was cleaned or refused."""
    from diplotui.statements.corrections import SpeakerRefused, cleaned_speaker

    try:
        name, said_role, _ = cleaned_speaker(speaker, role, "", HIGHLIGHT_SPEAKER_FIELDS)
    except SpeakerRefused as error:
        raise ExchangeError(f"{what}: {error}") from None
    return name, said_role


def speaker_source(speaker: str, source: object, what: str) -> str:
    """Whose a file's highlight's ``speaker`` is (``source``, as the file gives it): one of
    :class:`SpeakerSource`, or "" (a file written before sources were, read as the
    finder's); none for a highlight without a speaker. Anything else is refused, as a
    malformed field is: taken for the finder's, a user's answer would be followed away."""
    if not isinstance(source, str):
        raise ExchangeError(f"{what}: its speaker's source must be a string")
    if source and source not in SPEAKER_SOURCES:
        known = " or ".join(sorted(SPEAKER_SOURCES))
        raise ExchangeError(f"{what}: its speaker's source {source[:40]!r} is not {known}")
    return source if speaker else ""


def _w3c_items(document: Any) -> list[Any]:
    """The annotations of a W3C document: itself, its page's or its first page's items."""
    if isinstance(document, list):
        return document
    kind = document.get("type")
    if kind == "Annotation":
        return [document]
    page = document.get("first")
    holder = page if kind != "AnnotationPage" and isinstance(page, dict) else document
    items = holder.get("items", [])
    if not isinstance(items, list):
        raise ExchangeError("its items must be a list")
    return items


def _selectors(target: dict[str, Any]) -> dict[str, dict[str, Any]]:
    raw = target.get("selector", [])
    found = raw if isinstance(raw, list) else [raw]
    return {s["type"]: s for s in found if isinstance(s, dict) and isinstance(s.get("type"), str)}


def _strip_urn(value: Any, urn: str) -> str:
    text = value if isinstance(value, str) else ""
    return text[len(urn) :] if text.startswith(urn) else ""


def _parse_annotation(
    raw: Any, index: int, articles: dict[str, _ArticleIn], by_source: dict[str, str], store: Store
) -> None:
    """Add one annotation's highlight to its article (embedded, or already in the store)."""
    what = f"annotation {index + 1}"
    if not isinstance(raw, dict):
        raise ExchangeError(f"{what} is not an object")
    target = annotation_target(raw, what)
    article_id = target.get(EXT + "article")
    if not isinstance(article_id, str) or article_id not in articles:
        source = target.get("source")
        source = source if isinstance(source, str) else ""  # an object or list names none
        article_id = _strip_urn(source, ARTICLE_URN) or by_source.get(source, "")
    if article_id not in articles:
        try:
            stored = store.article(article_id)
        except UnknownId:
            raise ExchangeError(
                f"{what}: its article's text is neither in the file nor stored"
            ) from None
        try:
            articles[article_id] = _ArticleIn(stored, store.article_text(article_id))
        except ArticleUnreadable as error:
            raise ExchangeError(f"{what}: {error}") from None

    data = highlight_fields(raw, target, what)
    data["id"] = data["id"] or new_id()
    data["article_id"] = article_id
    articles[article_id].highlights.append(_record(Highlight, data, what))


def annotation_target(raw: dict[str, Any], what: str) -> dict[str, Any]:
    """An annotation's (first) target object."""
    target = raw.get("target")
    if isinstance(target, list):
        target = target[0] if target else None
    if not isinstance(target, dict):
        raise ExchangeError(f"{what}: no target")
    return target


def highlight_fields(raw: dict[str, Any], target: dict[str, Any], what: str) -> dict[str, Any]:
    """The Highlight fields a W3C annotation holds (its id "" when it has none of ours), as
    ``diplotui.export.w3c_annotation`` writes them; the article is for the caller to place."""
    selectors = _selectors(target)
    quote = selectors.get("TextQuoteSelector", {})
    position = selectors.get("TextPositionSelector", {})
    if not isinstance(quote.get("exact"), str):
        raise ExchangeError(f"{what}: no TextQuoteSelector")
    bodies = raw.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    texts = [b for b in bodies if isinstance(b, dict) and isinstance(b.get("value"), str)]
    creator = raw.get("creator")
    data: dict[str, Any] = {
        "id": _strip_urn(raw.get("id"), HIGHLIGHT_URN),
        "start": position.get("start", 0),
        "end": position.get("end", 0),
        "quote": quote["exact"],
        "prefix": quote.get("prefix", ""),
        "suffix": quote.get("suffix", ""),
        "note": "\n\n".join(b["value"] for b in texts if b.get("purpose") == "commenting"),
        "tags": [b["value"] for b in texts if b.get("purpose") == "tagging"],
    }
    for key, name in (
        ("color", "color"),
        ("status", "status"),
        ("drift_text", "driftText"),
        ("conflict", "conflict"),
    ):
        if isinstance(raw.get(EXT + name), str):
            data[key] = raw[EXT + name]
    said = [raw.get(EXT + name, "") for name in ("speaker", "speakerRole")]
    for value, key in zip(said, ("speaker", "speaker_role"), strict=True):
        if not isinstance(value, str):  # dropped, the words lost their speaker unsaid
            raise ExchangeError(f"{what}: {key} must be a string")
    data["speaker"], data["speaker_role"] = said_by(said[0], said[1], what)
    source = raw.get(EXT + "speakerSource", "")
    data["speaker_source"] = speaker_source(data["speaker"], source, what)
    for key, name in (("created_at", "created"), ("updated_at", "modified")):
        if isinstance(raw.get(name), str):
            data[key] = raw[name]
    if isinstance(creator, dict) and isinstance(creator.get("name"), str):
        data["author"] = annotator_name(creator["name"])
    return data


def annotator_name(name: str) -> str:
    """Who made a highlight, as a file gives it, named as a sync names its own author: one
    inert line, cut to a line's length as a cited author is (an export's 2 MB name holding
    escapes and line breaks was stored whole and shown in the sidebar and the brief)."""
    return inert_words(name)[:ONE_LINE_CHARS]


def _parse_w3c(document: Any, store: Store) -> _Parsed:
    embedded = document.get(EXT + "articles", []) if isinstance(document, dict) else []
    if not isinstance(embedded, list):
        raise ExchangeError(f"{EXT}articles must be a list")
    articles = {a.article.id: a for a in (_parse_article(r, i) for i, r in enumerate(embedded))}
    # annotations written by other tools may target articles already in the store, by URL
    by_source = {a.url: a.id for a in store.articles() if a.url}
    by_source.update({a.article.url: a.article.id for a in articles.values() if a.article.url})
    for index, raw in enumerate(_w3c_items(document)):
        _parse_annotation(raw, index, articles, by_source, store)
    wanted = {a.article.id for a in articles.values() if a.highlights} | {
        (r.get("id") if isinstance(r, dict) else "") for r in embedded
    }
    kept = {key: a for key, a in articles.items() if key in wanted}
    raw_corrections, raw_speakers = (
        document.get(EXT + name, []) if isinstance(document, dict) else []
        for name in ("corrections", "speakerCorrections")
    )
    if not (isinstance(raw_corrections, list) and isinstance(raw_speakers, list)):
        raise ExchangeError(f"{EXT}corrections and {EXT}speakerCorrections must be lists")
    return _Parsed(list(kept.values()), *_corrections(raw_corrections, raw_speakers, kept))


def _sniff(document: Any, store: Store) -> _Parsed:
    if isinstance(document, dict) and document.get("format") == EXPORT_FORMAT:
        return _parse_diplotui(document)
    if isinstance(document, list) or (
        isinstance(document, dict)
        and ("@context" in document or document.get("type") in ("Annotation", "AnnotationPage"))
    ):
        return _parse_w3c(document, store)
    raise ExchangeError("not a diplotui or W3C Web Annotation export")


_STATUSES = frozenset(status.value for status in AnchorStatus)


def _anchor(highlight: Highlight, text: str) -> Highlight:
    """Place an imported highlight in the stored text of its article.

    One with a TextQuoteSelector context goes through the same re-anchoring as a changed
    article, so it is never moved onto lookalike text. Annotations from other tools may carry
    only the quote: those take the quote's one exact occurrence, or become orphans. A status
    no anchoring gives ("weird") is none to keep: the highlight is placed anew.
    """
    if highlight.status not in _STATUSES:
        highlight = replace(highlight, status=AnchorStatus.ANCHORED.value, drift_text="")
    if highlight.prefix or highlight.suffix:
        return reanchor(highlight, text)
    if 0 <= highlight.start <= highlight.end <= len(text) and (
        text[highlight.start : highlight.end] == highlight.quote
    ):
        return highlight
    if highlight.quote and text.count(highlight.quote) == 1:
        at = text.find(highlight.quote)
        return replace(
            highlight, start=at, end=at + len(highlight.quote), status=AnchorStatus.MOVED.value
        )
    return replace(highlight, status=AnchorStatus.ORPHAN.value)


_DETAIL_NAMES = {
    "source": "source",
    "url": "address",
    "author": "author",
    "date": "date",
    "note": "note",
    "tags": "tags",
}
"""The details an export's article gives the stored one of its text, as its line names them
("duplicate" alone was said while they changed)."""


class _Merger:
    """Apply parsed records to the store, counting what was added and what was already there."""

    def __init__(self, store: Store, path: str) -> None:
        from diplotui.ingest.known import StoredArticles

        self.store = store
        # one index of the library's titles for the whole file, counting what it adds: built
        # again for each article, a library's export of 10,000 took 7 minutes to import
        self.known = StoredArticles(store)
        self.path = path
        self.keys = {(h.article_id, h.start, h.end, h.quote): h.id for h in store.highlights()}
        self.recoloured = 0
        self.enriched = 0
        self.note_joined = False
        self.mended = False  # the stored article's lost text written back from the file's
        self.given: list[str] = []  # the details the file gave the stored article, as named
        self.onto = ""  # the stored text, when it says the file's words in another form

    def article(self, incoming: _ArticleIn) -> ImportOutcome:
        source = incoming.article
        if incoming.failure:
            return ImportOutcome(self.path, FAILED, source.id, source.title, incoming.failure)
        existing = self.store.article_by_hash(source.text_hash)
        self.onto = ""
        if existing is None:
            existing = self._with_its_words(incoming)
        file_id = source.id
        self.note_joined = False
        if existing is None:
            article = self._add(source, incoming.text)
            status = IMPORTED
        else:
            article = self._fill(existing, source)
            status = DUPLICATE
            self.mended = not self.onto and self.store.mend_text(incoming.text)
        added, present = self._highlights(article, incoming)
        noun = "highlight" if added == 1 else "highlights"
        reason = f"{added} {noun} added" + (f", {present} already present" if present else "")
        if incoming.speakers:
            text = self.onto or incoming.text
            said = self.speakers(article, text, incoming.speakers, incoming.text)
            reason += f"; {said}"
        if incoming.no_date:
            date = inert_words(incoming.no_date)
            reason += f"; its date {date!r} is {incoming.no_date_why}: left out"
        if incoming.url_left_out:
            reason += f"; {incoming.url_left_out}"
        if status == IMPORTED and article.id != file_id and is_valid_id(file_id):
            # a valid id is replaced only when taken: a colleague's edited copy, said
            whose = "a highlight's" if self._a_highlights(file_id) else "another text's"
            reason += f"; its id {file_id} is {whose} here: stored as {article.id}"
        if self.enriched:
            reason += f" ({self.enriched} given its note or tags)"
        if self.recoloured:
            reason += (
                f", {self.recoloured} of unknown colour shown as {colour_label(DEFAULT_COLOUR)}"
            )
        if status == DUPLICATE and self.given:
            *first, last = self.given
            named = f"{', '.join(first)} and {last}" if first else last
            reason += f"; its {named} given from the file"
        if self.note_joined:
            reason += "; its note joined the note here"
        if status == DUPLICATE and self.mended:
            reason += f"; {TEXT_MENDED}"
        return ImportOutcome(self.path, status, article.id, article.title, reason)

    def _with_its_words(self, incoming: _ArticleIn) -> Article | None:
        """The stored article saying the export's words in another Unicode form or layout
        ("ể" composed here, decomposed there), its text kept in ``onto`` so the export's
        highlights are placed on it; None when there is none (or its text is unreadable)."""
        found = self.known.with_words(
            incoming.text, incoming.article.title, incoming.article.text_hash
        )
        if found is None:
            return None
        try:
            self.onto = self.store.article_text(found.id)
        except ArticleUnreadable:
            return None
        return found

    def _add(self, source: Article, text: str) -> Article:
        if not is_valid_id(source.id) or self._taken(source.id):
            source.id = self.store.new_article_id(source.text_hash)
        added = self.store.add_article(source, text)
        self.known.add(added)
        return added

    def _taken(self, record_id: str) -> bool:
        """An id a stored article or highlight holds: ``note ID`` and ``quote ID`` take
        either kind, so an id naming two records would send a note to the wrong one."""
        try:
            self.store.article(record_id)
        except UnknownId:
            return self._a_highlights(record_id)
        return True

    def _a_highlights(self, record_id: str) -> bool:
        try:
            self.store.highlight(record_id)
        except UnknownId:
            return False
        return True

    def _fill(self, existing: Article, source: Article) -> Article:
        """Fill in the stored article's empty details from the file's, unite their tags, and
        join a note written elsewhere (a colleague's) to the stored note, as a highlight's
        joins: "duplicate" never means that note was thrown away."""
        changes: dict[str, Any] = {}
        for name in ("source", "url", "author", "date", "note"):
            if not getattr(existing, name) and getattr(source, name):
                changes[name] = getattr(source, name)
        self.note_joined = bool(existing.note) and says_more(source.note, existing.note)
        if self.note_joined:
            changes["note"] = f"{existing.note}\n\n{source.note}"
        if "date" in changes:
            changes["date_is_guess"] = source.date_is_guess
        tags = united_tags(existing.tags, source.tags)
        tags = tags[: max(MAX_TAGS_PER_RECORD, len(existing.tags))]
        if tags != existing.tags:
            changes["tags"] = tags
        said = [name for name in changes if name in _DETAIL_NAMES]
        said = [name for name in said if name != "note" or not self.note_joined]  # said apart
        self.given = [_DETAIL_NAMES[name] for name in said]
        return self.store.with_updates(existing, **changes) if changes else existing

    def _highlights(self, article: Article, incoming: _ArticleIn) -> tuple[int, int]:
        added = present = 0
        self.recoloured = self.enriched = 0
        # the incoming record may be the stored one, which saving re-stamps: read both first
        latest = max(article.last_annotated_at, incoming.article.last_annotated_at)
        for highlight in incoming.highlights:
            highlight.article_id = article.id
            highlight = _anchor(highlight, incoming.text)
            if self.onto:  # the stored text says its words in another form
                highlight = reanchor_all([highlight], incoming.text, self.onto)[0]
            key = (article.id, highlight.start, highlight.end, highlight.quote)
            if key in self.keys:
                present += 1
                self._enrich(self.store.highlight(self.keys[key]), highlight)
                continue
            while not is_valid_id(highlight.id) or self._taken(highlight.id):
                highlight.id = new_id()  # an invalid or colliding id never replaces a record
            if palette_key(highlight.color) != highlight.color:
                highlight.color = DEFAULT_COLOUR
                self.recoloured += 1
            self.store.save_highlight(highlight)
            self.keys[key] = highlight.id
            added += 1
        if added:  # saving stamped "now"; keep the latest real annotation time instead
            self.store.with_updates(self.store.article(article.id), last_annotated_at=latest)
        return added, present

    def _enrich(self, stored: Highlight, incoming: Highlight) -> None:
        """Give the stored highlight of the same passage what the file adds to it: a note
        written elsewhere (a colleague's) joins the stored note, new tags join its tags, so
        "already present" never means "thrown away". An older copy of the same record (same
        id, written before the stored one) brings nothing: its note was since edited here."""
        if incoming.id == stored.id and incoming.updated_at <= stored.updated_at:
            return
        note = stored.note
        if says_more(incoming.note, stored.note):
            note = f"{stored.note}\n\n{incoming.note}" if stored.note else incoming.note
        tags = united_tags(stored.tags, incoming.tags)
        tags = tags[: max(MAX_TAGS_PER_RECORD, len(stored.tags))]
        if note == stored.note and tags == stored.tags:
            return
        self.store.save_highlight(replace(stored, note=note, tags=tags))
        self.enriched += 1

    def speakers(
        self, article: Article, text: str, incoming: list[SpeakerCorrection], written: str = ""
    ) -> str:
        """Store the file's speaker corrections of ``article`` (whose text is ``text``; the
        file's offsets are into ``written``, when its text is in another form), with the
        speakers they give its highlights, in one write; say how many came."""
        from diplotui.ingest.update import speakers_now
        from diplotui.statements.corrections import reanchor_corrections, superseded

        known = {c.id for c in self.store.speaker_corrections()}
        now = {c.id: c for c in self.store.speaker_corrections(article.id)}
        stored = set(now)
        added: dict[str, SpeakerCorrection] = {}
        removed: list[str] = []
        present = 0
        moved = [replace(c, article_id=article.id) for c in incoming]
        for placed, came in zip(
            reanchor_corrections(moved, written or text, text), incoming, strict=True
        ):
            # placed anew or not, it was changed when the file says: that decides which of
            # two corrections of the same words stands
            correction = replace(placed, updated_at=came.updated_at)
            same = now.get(correction.id)
            if same is None:
                while not is_valid_id(correction.id) or correction.id in known:
                    correction.id = new_id()  # an invalid or colliding id never replaces one
            elif correction.updated_at <= same.updated_at:
                present += 1  # an older copy of the same correction
                continue
            others = [c for c in now.values() if c.id != correction.id]
            dropped = superseded([*others, correction])
            if correction.id in dropped or any(_says_the_same(c, correction) for c in others):
                present += 1  # corrected again here since, or made here already
                continue
            for gone in (c.id for c in others if c.id in dropped):
                del now[gone]
                added.pop(gone, None)
                if gone in stored:
                    removed.append(gone)
            now[correction.id] = added[correction.id] = correction
            known.add(correction.id)
        if added:
            highlights = self.store.highlights(article.id)
            said = speakers_now(
                highlights, text, article.title, self.store.corrections(), list(now.values())
            )
            changed = [h for h, before in zip(said, highlights, strict=True) if h != before]
            self.store.save_speaker_corrections(list(added.values()), removed, changed)
        noun = "speaker correction" if len(added) == 1 else "speaker corrections"
        already = f", {present:,} already present" if present else ""
        return f"{len(added):,} {noun} added{already}"

    def strays(self, strays: list[SpeakerCorrection]) -> list[ImportOutcome]:
        """The speaker corrections of articles not in the file: stored for those in the
        library, reported for the others (one outcome each)."""
        by_article: dict[str, list[SpeakerCorrection]] = {}
        for correction in strays:
            by_article.setdefault(correction.article_id, []).append(correction)
        outcomes = []
        for article_id, corrections in by_article.items():
            try:
                article = self.store.article(article_id) if is_valid_id(article_id) else None
                text = self.store.article_text(article_id) if article else ""
            except (UnknownId, ArticleUnreadable):
                article = None
            if article is None:
                count = len(corrections)
                noun = "speaker correction" if count == 1 else "speaker corrections"
                reason = (
                    f"{count} {noun} of article {inert_words(article_id)!r}, neither in the "
                    "file nor in the library: not imported"
                )
                outcomes.append(ImportOutcome(self.path, FAILED, reason=reason))
                continue
            said = self.speakers(article, text, corrections)
            outcomes.append(ImportOutcome(self.path, DUPLICATE, article.id, article.title, said))
        return outcomes

    def correction(self, correction: EntityCorrection) -> bool:
        same = (correction.kind, correction.text, correction.type, correction.canonical)
        known = self.store.corrections()
        if any(same == (k.kind, k.text, k.type, k.canonical) for k in known):
            return False
        known_ids = {k.id for k in known}
        while not is_valid_id(correction.id) or correction.id in known_ids:
            correction.id = new_id()  # an invalid or colliding id never replaces a record
        self.store.save_correction(correction)
        return True


def _says_the_same(one: SpeakerCorrection, other: SpeakerCorrection) -> bool:
    """The same words given the same speaker (two copies of one correction, or the same
    correction made twice)."""
    return (one.start, one.end, one.quote, one.speaker, one.role, one.organisation) == (
        other.start,
        other.end,
        other.quote,
        other.speaker,
        other.role,
        other.organisation,
    )


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""How a lone surrogate gets into a parsed file: UTF-8 decoding refuses one, a JSON escape
gives it. Without such an escape the walk is skipped: it was 2 s of a 10,000-article import."""


def _without_surrogates(value: Any) -> Any:
    """The parsed document with every lone surrogate (``"\\ud800"`` in JSON) replaced."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _loaded(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except ValueError as error:  # a number of more digits than Python reads
        raise ExchangeError(f"invalid JSON: {unreadable_value(error)}") from None


@dataclass(slots=True)
class ExportRead:
    """An export file read and checked, nothing written yet: its failure, or what
    :class:`ExportMerge` writes."""

    name: str
    parsed: _Parsed | None = None
    failure: str = ""


def read_export_file(
    store: Store, path: str | os.PathLike[str], data: bytes | None = None
) -> ExportRead:
    """The reading half of an export's import: its bytes ``data`` (read here when None, as an
    import reads a file: a regular file, at most its size limit, never a FIFO that blocks)
    decoded, loaded and every record checked. It only reads the store: a caller with a UI
    runs it off its UI thread."""
    name = str(path)
    try:
        raw = read_bytes(Path(path), MAX_EXPORT_BYTES) if data is None else data
        # JSON's rule: a mark, or where the first bytes' NULs fall, tells UTF-16 and UTF-32
        # (Windows PowerShell 5 writes `export > notes.json` in UTF-16) from UTF-8
        codec = json.detect_encoding(raw)
        text = raw.decode(codec)
        document = _loaded(text)
        if _SURROGATE_ESCAPE.search(text) is not None:
            document = _without_surrogates(document)
        return ExportRead(name, _sniff(document, store))
    except IngestError as error:
        return ExportRead(name, failure=str(error))
    except UnicodeDecodeError as error:
        return ExportRead(
            name, failure=f"not {codec.upper().removesuffix('-SIG')} at byte {error.start}"
        )
    except json.JSONDecodeError as error:
        return ExportRead(name, failure=f"invalid JSON at line {error.lineno} column {error.colno}")
    except ExchangeError as error:
        return ExportRead(name, failure=str(error))
    except RecursionError:
        return ExportRead(name, failure="JSON nested too deeply")


MERGE_PART = 50
"""Articles of an export merged in one write: 10,000 merged in one held the app's UI thread
~33 s; in parts of 50 the longest took 0.5 s (the last 0.15 s), the app answering keys between
them, and the whole no longer."""


class ExportMerge:
    """The writing half of an export's import, a part at a time (:meth:`parts`), each part one
    durable write; the file's corrections and speaker corrections come with its last."""

    def __init__(self, store: Store, export: ExportRead) -> None:
        self.store = store
        self.export = export
        self._merger: _Merger | None = None  # made by the first part, with the store as then
        self._outcomes = 0

    def parts(self) -> list[Callable[[], list[ImportOutcome]]]:
        """The writes, in order: each returns its articles' outcomes (or the file's failure)."""
        parsed = self.export.parsed
        if parsed is None:
            return [self._failed]
        count = max(1, -(-len(parsed.articles) // MERGE_PART))
        return [partial(self._part, parsed, n, n == count - 1) for n in range(count)]

    def _failed(self) -> list[ImportOutcome]:
        return [ImportOutcome(self.export.name, FAILED, reason=self.export.failure)]

    def _part(self, parsed: _Parsed, number: int, last: bool) -> list[ImportOutcome]:
        if self._merger is None:
            self._merger = _Merger(self.store, self.export.name)
        merger = self._merger
        chosen = parsed.articles[number * MERGE_PART : (number + 1) * MERGE_PART]
        with self.store.batch():
            outcomes = [merger.article(incoming) for incoming in chosen]
            added = sum(merger.correction(c) for c in parsed.corrections) if last else 0
            outcomes += merger.strays(parsed.strays) if last else []
        self._outcomes += len(outcomes)
        if last and parsed.corrections and not self._outcomes:
            outcomes.append(
                ImportOutcome(self.export.name, IMPORTED, reason=f"{added} corrections added")
            )
        return outcomes


def import_export_file(
    store: Store, path: str | os.PathLike[str], data: bytes | None = None
) -> list[ImportOutcome]:
    """Import a diplotui JSON or W3C export, its bytes ``data`` when already read: one
    outcome per article (or one failure)."""
    merge = ExportMerge(store, read_export_file(store, path, data))
    return [outcome for part in merge.parts() for outcome in part()]
