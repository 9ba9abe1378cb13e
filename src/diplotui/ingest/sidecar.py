"""A sidecar of details beside an article file: ``NAME.meta.json`` beside ``NAME.txt``
(``.md``, ``.html``), for what the text cannot state: a scraper's plain text names no
outlet, date or address, and neither do the bundled seeds, whose dates are theirs.

A sidecar is written on purpose for its file, so it is read strictly: what it states wins
over what the file states itself (front matter, a page's head, the text's own dateline), and
one that cannot be read as written (not JSON, a detail of the wrong kind, a date no calendar
has, a control character in a title) refuses its article, whole, with one line saying why.
Imported without the details, the text would be a duplicate at the next import, and the
fixed sidecar never read. Dates are read as a front matter's are (``read_stated_date``);
lengths are cut as every import cuts them (``formats``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplotui.cite import clean_field, safe_url
from diplotui.ingest.decode import IngestError, read_bytes
from diplotui.ingest.metadata import MAX_ADDRESS_CHARS, StatedDate, read_stated_date
from diplotui.tags import MAX_TAGS_PER_RECORD, TagError, parse_tags

SIDECAR_SUFFIX = ".meta.json"
MAX_SIDECAR_BYTES = 100_000
"""The largest sidecar read: a few details take a few hundred bytes; a 50 MB file is no
article's details, and is refused unread."""
TEXT_DETAILS = ("title", "source", "url", "author")
SIDECAR_FIELDS = ("title", "source", "url", "date", "date_is_guess", "author", "tags")
_LEFT_OUT = ": left out"  # how ``read_stated_date`` ends the warning of a date it drops


class SidecarError(IngestError):
    """A sidecar that cannot be read as written: its article is refused."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"its sidecar {path}: {reason}")


@dataclass(slots=True)
class Sidecar:
    """The details a sidecar states, checked: only those it names are set."""

    text: dict[str, str] = field(default_factory=dict)  # title, source, url, author
    date: StatedDate | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def named(self) -> tuple[str, ...]:
        """The article's details the sidecar gives ("date" for its date and whether a guess;
        "tags" for tags, which an update adds to the article's, never taking one away)."""
        return (*self.text, *(("date",) if self.date else ()), *(("tags",) if self.tags else ()))


def sidecar_path(article: Path) -> Path:
    """Where ``article``'s sidecar is: beside it, its name's last suffix made ``.meta.json``."""
    return article.with_name(article.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    """Whether ``path`` is named as a sidecar is, the case as ``sidecar_path`` writes it (one
    named otherwise would be taken for one here and never read as one)."""
    return path.name.endswith(SIDECAR_SUFFIX)


def article_stem(sidecar: Path) -> str:
    """The name, without suffix, of the article a sidecar belongs to."""
    return sidecar.name[: -len(SIDECAR_SUFFIX)]


def read_sidecar(article: Path) -> Sidecar | None:
    """The details ``article``'s sidecar states, or None when it has none; ``SidecarError``
    says why one cannot be read as written."""
    path = sidecar_path(article)
    if not os.path.lexists(path):
        return None
    folder = os.path.realpath(path.parent)
    if os.path.commonpath((folder, os.path.realpath(path))) != folder:
        raise SidecarError(path, "a symbolic link leading out of its folder (not followed)")
    try:
        data = read_bytes(path, MAX_SIDECAR_BYTES)
    except IngestError as error:
        raise SidecarError(path, str(error)) from error
    return _checked(path, _loaded(path, data))


def _loaded(path: Path, data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SidecarError(path, "not UTF-8 text") from error
    try:
        # no detail is a number: any is read only to be refused as one, and a float reads
        # every length (an int of over 4,300 digits fails, with advice for programmers)
        loaded = json.loads(text, object_pairs_hook=_once_each, parse_int=float)
    except json.JSONDecodeError as error:
        where = f"at line {error.lineno} column {error.colno}"
        raise SidecarError(path, f"not valid JSON ({error.msg} {where})") from error
    except RecursionError as error:
        raise SidecarError(path, "nested too deep to be details") from error
    except _GivenTwice as error:
        raise SidecarError(path, f"{_detail(error.name)} is given twice") from error
    if not isinstance(loaded, dict):
        details = "an object of details (title, source, ...)"
        raise SidecarError(path, f"holds {_kind(loaded)}, not {details}")
    return loaded


class _GivenTwice(Exception):
    """A name an object of the sidecar gives twice."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _once_each(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose names are given once each: JSON readers differ on which of a detail
    given twice wins (Python's takes the last, silently), so neither is read as written."""
    loaded: dict[str, Any] = {}
    for name, value in pairs:
        if name in loaded:
            raise _GivenTwice(name)
        loaded[name] = value
    return loaded


def _blank(value: Any) -> bool:
    """Whether a detail states nothing: null, or text of spaces only, as "" (a title of
    spaces took the file's own, and failed it as having none)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(name: str) -> str:
    """A name the file gives, quoted as one short line: its control characters escaped, a
    name of thousands of characters cut."""
    return repr(name[:60]) + ("..." if len(name) > 60 else "")


def _detail(name: str) -> str:
    """A detail named in a reason: "its title" for one diplotui knows, else the name quoted."""
    return f"its {name}" if name in SIDECAR_FIELDS else _shown(name)


def _kind(value: Any) -> str:
    """What a JSON value is, in words."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def _checked(path: Path, loaded: dict[str, Any]) -> Sidecar:
    for name in loaded:
        if name not in SIDECAR_FIELDS:
            given = ", ".join(SIDECAR_FIELDS)
            raise SidecarError(path, f"no detail {_shown(name)} (it may give {given})")
    stated = {name: value for name, value in loaded.items() if not _blank(value)}

    def refuse(name: str, what: str) -> SidecarError:
        return SidecarError(path, f"its {name} is {_kind(stated[name])}, not {what}")

    sidecar = Sidecar()
    for name in TEXT_DETAILS:
        if name not in stated:
            continue
        value = stated[name]
        if not isinstance(value, str):
            raise refuse(name, "text")
        cleaned = clean_field(value)
        if cleaned != " ".join(value.split()):
            stray = next(c for c in value if not c.isspace() and not clean_field(c))
            raise SidecarError(path, f"its {name} holds a control character (U+{ord(stray):04X})")
        sidecar.text[name] = cleaned
    url = sidecar.text.get("url", "")
    if url and not safe_url(url):  # as ``meta --url`` and every citation read one
        raise SidecarError(path, f"its url {url[:60]!r} is no web address (http:// or https://)")
    if " " in url:  # a citation joins the words ("/a b" cited "/ab"): another address
        raise SidecarError(path, f"its url {url[:60]!r} holds a space (write it %20)")
    if len(url) > MAX_ADDRESS_CHARS:
        long = f"{len(url):,} characters long: at most {MAX_ADDRESS_CHARS:,}"
        raise SidecarError(path, f"its url is {long}")
    guess = stated.get("date_is_guess", False)
    if not isinstance(guess, bool):
        raise refuse("date_is_guess", "true or false")
    if "date" in stated:
        if not isinstance(stated["date"], str):
            raise refuse("date", "text (YYYY-MM-DD)")
        date = read_stated_date(stated["date"])
        if not date.iso:
            raise SidecarError(path, date.warning.removesuffix(_LEFT_OUT))
        sidecar.date = StatedDate(date.iso, date.is_guess or guess, date.warning)
    elif guess:
        raise SidecarError(path, "its date_is_guess names no date")
    tags = stated.get("tags", [])
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise SidecarError(path, "its tags are not text or a list of texts")
    sidecar.tags = _checked_tags(path, tags)
    return sidecar


def _checked_tags(path: Path, tags: list[str]) -> list[str]:
    """The tags, refused here rather than as the file's front matter's: one holding a
    control character (stored, it was cut into other words), too long, or too many."""
    for tag in tags:
        if clean_field(tag) != " ".join(tag.split()):
            stray = next(c for c in tag if not c.isspace() and not clean_field(c))
            shown = f"its tag {_shown(tag)} holds a control character (U+{ord(stray):04X})"
            raise SidecarError(path, shown)
    try:
        parsed = parse_tags(tags)
    except TagError as error:
        raise SidecarError(path, f"its tags: {error}") from error
    if len(parsed) > MAX_TAGS_PER_RECORD:
        raise SidecarError(path, f"its tags are {len(parsed):,}: at most {MAX_TAGS_PER_RECORD}")
    return parsed
