"""What the entity, statement and timeline caches share: one result per text, kept beside the
store.

Each result costs about what recognition costs (~1 MB/s), far too slow to redo for a whole
library, so each is kept in a JSON file in ``<store>.cache/``, keyed by the text's sha256 (and
title, where the result depends on it). Each is made from the text's recognised spans, so
caches filled together (:func:`fill_together`) recognise a text once for all of them. The
whole file is thrown away when the code that made it or the user's entity corrections change: it
is derived data, never the only copy of anything, so losing it costs only time; a file or a
text's row that cannot be trusted is read as missing.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar, Generic, TypeVar

from diplotui.errors import Failed, failed
from diplotui.inert import utf8_kept
from diplotui.layout import words_read
from diplotui.library.priority import apart_from_terminal, lower_process
from diplotui.model import Article, EntityCorrection, EntitySpan
from diplotui.paths import cache_dir
from diplotui.store import Store, StoreError, atomic_write_bytes, remove_dead_temps, text_hash
from diplotui.store.collection import gc_paused
from diplotui.store.files import open_regular_file

Result = TypeVar("Result")
Cache = TypeVar("Cache", bound="TextCache[Any]")

_TEXTS_OPENING = b'"texts": {\n'
"""How a cache file's header line ends: one text per line follows, then the closing line."""
_TEXTS_CLOSING = b"}}"
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
LONG_ROW = 1 << 20
"""Bytes of a JSON line from which its arrays are read an item at a time
(:func:`decoded_in_pieces`)."""


FAILED_NAMED = 3
"""How many failed articles :func:`failure_line` names (then "and N more")."""


def failure_line(failures: Sequence[tuple[Article, str]], answer: str) -> str:
    """The one line the command line (on stderr) and the app (in a notice) say of the
    articles :meth:`TextCache.failed` passed over: "1 article left out of this answer
    (finding names or statements in its text failed, a bug to report): 49636c1dda0e 'Title'
    (IndexError: ...)", the first few named; "" for none."""
    from diplotui.inert import inert_line
    from diplotui.text.plural import plural

    if not failures:
        return ""
    named = "; ".join(
        f"{article.id} {_cut(article.title)!r} ({why})" for article, why in failures[:FAILED_NAMED]
    )
    more = len(failures) - FAILED_NAMED
    named += f" and {more} more" if more > 0 else ""
    texts = "its text" if len(failures) == 1 else "their texts"
    return inert_line(
        f"{plural(len(failures), 'article')} left out of this {answer} (finding names or "
        f"statements in {texts} failed, a bug to report): {named}"
    )


def unsaved_line(caches: Sequence[TextCache[Any]]) -> str:
    """The one line a command says of the caches it could not save, "" for none: a full
    disk kept every ``statements`` and ``timeline`` finding every text again (half a
    minute at 1,500 articles), unsaid. The store is not touched by it; the answer stands."""
    from diplotui.inert import inert_line

    unsaved = [cache for cache in caches if cache.unsaved]
    if not unsaved:
        return ""
    names = ", ".join(cache.path.name for cache in unsaved)
    whys = ", ".join(dict.fromkeys(cache.unsaved for cache in unsaved))
    return inert_line(
        f"{names} in {unsaved[0].path.parent} not saved ({whys}): the next command finds "
        "what they hold again"
    )


def _cut(title: str, most: int = 60) -> str:
    return title if len(title) <= most else title[: most - 1] + "…"


def failed_in(
    caches: Sequence[TextCache[Any]], articles: Iterable[Article]
) -> list[tuple[Article, str]]:
    """The articles some of ``caches`` failed on (:meth:`TextCache.failed`), each once."""
    listed = list(articles)
    found: dict[str, tuple[Article, str]] = {}
    for cache in caches:
        for article, why in cache.failed(listed):
            found.setdefault(article.id, (article, why))
    return list(found.values())


class _NotThisCache(Exception):
    """A one-line cache file's header names other code or corrections."""


def _space_after(text: str, index: int) -> int:
    """The index of the first character at or after ``index`` that is not JSON white space."""
    match = _SPACE.match(text, index)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _each_member(text: str, start: int, read_value: Callable[[str, int], int]) -> int:
    """Walk the JSON object at ``text[start]``: ``read_value(key, where its value starts)``
    reads each member's value and returns the index after it. Returns the index after the
    object; ValueError or IndexError when it is not a JSON object."""
    if text[start] != "{":
        raise ValueError("not a JSON object")
    index = _space_after(text, start + 1)
    if text[index] == "}":
        return index + 1
    while True:
        if text[index] != '"':
            raise ValueError("a key expected")
        key, index = _DECODER.raw_decode(text, index)
        index = _space_after(text, index)
        if text[index] != ":":
            raise ValueError("a colon expected")
        index = _space_after(text, read_value(key, _space_after(text, index + 1)))
        if text[index] == "}":
            return index + 1
        if text[index] != ",":
            raise ValueError("a comma expected")
        index = _space_after(text, index + 1)


def decoded_in_pieces(line: bytes, depth: int = 1) -> Any:
    """The JSON value of ``line`` (a cache's row, a helper's answer); a long one's arrays and
    objects, to ``depth`` levels, read an item at a time: one ``json.loads`` holds the
    interpreter lock throughout (a second for the 30 MB row of an article of 185,000
    statements, the UI frozen while a worker read it). Decoded as ``json.loads`` decodes
    bytes, a lone surrogate's three bytes kept (``inert.utf8_kept``). ValueError or
    IndexError when it is not JSON."""
    if len(line) < LONG_ROW:
        return json.loads(line)
    text = line.decode("utf-8", "surrogatepass")
    value, end = _in_pieces(text, _space_after(text, 0), depth)
    if _space_after(text, end) != len(text):
        raise ValueError("more than one JSON value")
    return value


def _in_pieces(text: str, index: int, depth: int) -> tuple[Any, int]:
    """The JSON value at ``text[index]`` and the index after it: an array or object, to
    ``depth`` levels, an item at a time (other threads take the interpreter lock between)."""
    if depth > 0 and text[index] == "{":
        members: dict[str, Any] = {}

        def member(key: str, start: int) -> int:
            members[key], end = _in_pieces(text, start, depth - 1)
            return end

        return members, _each_member(text, index, member)
    if depth <= 0 or text[index] != "[":
        return _DECODER.raw_decode(text, index)
    items: list[Any] = []
    index = _space_after(text, index + 1)
    if text[index] == "]":
        return items, index + 1
    while True:
        item, index = _in_pieces(text, index, depth - 1)
        items.append(item)
        index = _space_after(text, index)
        if text[index] == "]":
            return items, index + 1
        if text[index] != ",":
            raise ValueError("a comma expected")
        index = _space_after(text, index + 1)


_hashed_versions: dict[tuple[tuple[str, int, int, int], ...], str] = {}
"""Each set of files hashed so far, by their paths, modification times, sizes and inodes."""


def code_version(*modules: ModuleType) -> str:
    """A hash of the code and word lists of the modules (a package: all of its own files):
    any change invalidates a cache. Every cache's load asks (a command, an app's worker):
    the ~3 MB of the finder's and the recogniser's files are read and hashed again only
    when one of them changed on disk, ~3 ms of each load otherwise."""
    paths = []
    for module in modules:
        file = Path(module.__file__ or ".")
        root = file.parent
        is_package = hasattr(module, "__path__")
        paths += sorted([*root.glob("*.py"), *root.glob("data/*")]) if is_package else [file]
    signature = tuple(
        (str(path), found.st_mtime_ns, found.st_size, found.st_ino)
        for path in paths
        for found in [path.stat()]
    )
    version = _hashed_versions.get(signature)
    if version is None:
        version = _hashed_versions[signature] = _hash_files(paths)
    return version


def _hash_files(paths: Iterable[Path]) -> str:
    import hashlib  # hashes are taken in workers, after the first paint

    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def corrections_key(corrections: Sequence[EntityCorrection]) -> str:
    """Corrections change what is recognised and how mentions link, so they key the caches."""
    import hashlib

    parts = sorted((c.kind, c.text, c.type, c.canonical) for c in corrections)
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


class TextCache(Generic[Result]):
    """Results per text hash. Thread-safe: a worker fills it while the UI reads it.

    A subclass names its file, format and version field, says how one text's result is made
    (:meth:`compute`) and how it is written to and read from JSON.
    """

    FILE_NAME: ClassVar[str]
    FORMAT: ClassVar[int]
    VERSION_FIELD: ClassVar[str]

    def __init__(self, path: Path, version: str, corrections: Sequence[EntityCorrection]) -> None:
        self.path = path
        self.version = version
        self.corrections = list(corrections)
        self.corrections_key = corrections_key(self.corrections)
        self._results: dict[str, Result] = {}
        self._lock = threading.Lock()
        self._dirty = False
        self._failed: dict[str, str] = {}  # key -> why its result could not be made
        self._only: frozenset[str] | None = None  # the keys read, when not all (never saved)
        self.changes = 0
        """Results put or forgotten since loaded: what was derived from them is current
        while this is the same."""
        self.unsaved = ""
        """Why the last save failed (a full disk, a folder not ours to write); "" when it
        did not: :func:`unsaved_line` says it."""

    @classmethod
    def current_version(cls) -> str:
        raise NotImplementedError

    @classmethod
    def decode(cls, row: Any) -> Result:
        """One text's result from its JSON form; raises TypeError/ValueError when malformed."""
        raise NotImplementedError

    @classmethod
    def encode(cls, result: Result) -> Any:
        raise NotImplementedError

    def compute(self, text: str, title: str = "") -> Result:
        """The result for one text, under its article's ``title`` (slow: a worker's or a
        command's job)."""
        from diplotui.entities import recognise

        return self.from_spans(text, recognise(text, self.corrections), title)

    def from_spans(self, text: str, spans: Sequence[EntitySpan], title: str) -> Result:
        """The result for one text from its recognised ``spans``: recognition is most of
        the cost, so caches filled together share it (:func:`results_together`)."""
        raise NotImplementedError

    @classmethod
    def load(cls: type[Cache], store: Store) -> Cache:
        """The cache of ``store``: empty when missing, unreadable or stale."""
        return cls.load_file(cache_dir(store.path) / cls.FILE_NAME, store.corrections())

    @classmethod
    def load_file(
        cls: type[Cache],
        path: Path,
        corrections: Sequence[EntityCorrection],
        only: Collection[str] | None = None,
    ) -> Cache:
        """The cache kept in ``path`` for these corrections: empty when missing, unreadable
        or stale (a helper process, which has no store open, loads it so). With ``only``,
        the results of those keys alone are read, and the cache is never saved (it holds
        part of the file): ``quote`` of one highlight read every text's.

        A file in the line-per-text layout (:meth:`save`) is read a line at a time, so a
        100,000-text cache never exists as one parsed document beside the results made from
        it (that took gigabytes); a file in the one-line layout of earlier versions is read
        one text at a time from its decoded string, then written again in the line layout."""
        cache = cls(path, cls.current_version(), corrections)
        cache._only = None if only is None else frozenset(only)
        try:
            with open(open_regular_file(path), "rb") as handle, gc_paused():
                first = handle.readline()
                if first.endswith(_TEXTS_OPENING):
                    header = json.loads(first[: -len(_TEXTS_OPENING)].rstrip(b", ") + b"}")
                    if cache._accepts(header):
                        cache._read_lines(handle)
                    return cache
                accepted = cache._read_one_line((first + handle.read()).decode("utf-8"))
        except (OSError, ValueError, IndexError, RecursionError):  # a JSON nested too deep
            cache._results.clear()  # a damaged line: start again rather than trust the rest
            return cache
        if not accepted:
            cache._results.clear()  # a header field after the texts named other code
        elif cache._results:
            cache._dirty = True
            cache.save()
        return cache

    def _read_one_line(self, text: str) -> bool:
        """Read a file of the one-line layout member by member: the header's fields, which
        such files hold first, then each text; False if the header is not this cache's.
        ValueError or IndexError when it is not one JSON object."""
        decoder = _DECODER
        header: dict[str, Any] = {}

        def text_member(digest: str, start: int) -> int:
            row, end = decoder.raw_decode(text, start)
            self._take(digest, row)
            return end

        def member(key: str, start: int) -> int:
            if key == "texts":
                if not self._accepts(header):
                    raise _NotThisCache
                return _each_member(text, start, text_member)
            header[key], end = decoder.raw_decode(text, start)
            return end

        try:
            end = _each_member(text, _space_after(text, 0), member)
        except _NotThisCache:
            return False
        if _space_after(text, end) != len(text):
            raise ValueError("more than one JSON value")
        return self._accepts(header)

    def _accepts(self, header: object) -> bool:
        """Whether a file's header says it holds this code's results for these corrections."""
        return (
            isinstance(header, dict)
            and header.get("format") == self.FORMAT
            and header.get(self.VERSION_FIELD) == self.version
            and header.get("corrections") == self.corrections_key
        )

    def _read_lines(self, lines: Iterable[bytes]) -> None:
        """The texts of a line-layout file after its header, each line ``"digest": row,``;
        ValueError if the closing line is missing (a file cut short)."""
        only = self._only
        for line in lines:
            if line.startswith(_TEXTS_CLOSING):
                return
            digest, _, row = line.rstrip(b",\n").partition(b": ")
            key = json.loads(digest)
            if only is None or key in only:  # the others' rows not even parsed
                self._take(key, decoded_in_pieces(row))
        raise ValueError("cache file cut short")

    def _take(self, digest: object, row: Any) -> None:
        """Keep one text's result read from the file (a malformed one is passed over: its
        text is computed again; a number too big for an offset overflows)."""
        if not isinstance(digest, str) or (self._only is not None and digest not in self._only):
            return
        try:
            self._results[digest] = self._read(row)
        except (TypeError, ValueError, AttributeError, ArithmeticError):
            return

    def _read(self, row: Any) -> Result:
        """One text's result from the file, as kept (:meth:`decode` then :meth:`_kept`)."""
        return self._kept(self.decode(row))

    def _kept(self, result: Result) -> Result:
        """The result as held in memory for a long time (a subclass may share equal parts
        between texts)."""
        return result

    def __len__(self) -> int:
        return len(self._results)

    def has(self, digest: str) -> bool:
        return digest in self._results

    def key(self, article: Article) -> str:
        """What an article's result is kept under (:meth:`key_for` its text and title, and
        whether it is read as Markdown)."""
        return self.key_for(article.text_hash, article.title, article.markdown)

    def key_for(self, text_hash: str, title: str, markdown: bool = False) -> str:
        """What the result for a text read under ``title`` (as Markdown: its marks as
        spaces) is kept under: the text's hash (a subclass whose result depends on the title
        and the marks too says so here)."""
        return text_hash

    def missing(self, articles: Iterable[Article]) -> list[Article]:
        """The articles whose text has no result yet, and was not tried in vain
        (:meth:`failed`)."""
        return [a for a in articles if not self.tried(self.key(a))]

    def tried(self, key: str) -> bool:
        """Whether the text kept under ``key`` has a result, or failed to give one."""
        return key in self._results or key in self._failed

    def fail(self, key: str, why: str) -> None:
        """Keep (in memory only) that the text kept under ``key`` gave no result, and why."""
        with self._lock:
            self._failed[key] = why

    def keep(self, key: str, result: Result | Failed, saved: bool = False) -> None:
        """:meth:`put` a result, or :meth:`fail` on a :class:`Failed` one."""
        if isinstance(result, Failed):
            self.fail(key, result.why)
        else:
            self.put(key, result, saved)

    def failed(self, articles: Iterable[Article]) -> list[tuple[Article, str]]:
        """The articles of ``articles`` whose text gave no result, each with why (the
        recogniser or the finder raised on it): passed over, to be named."""
        failures = self._failed
        if not failures:  # the Statements view's index asks at each rebuild: no key hashed
            return []
        return [
            (article, failures[key])
            for article in articles
            if (key := self.key(article)) in failures and key not in self._results
        ]

    def put(self, digest: str, result: Result, saved: bool = False) -> None:
        """Keep one text's result; ``saved``: the file already holds it (a helper wrote it)."""
        result = self._kept(result)
        with self._lock:
            self._results[digest] = result
            self._dirty = self._dirty or not saved
            self.changes += 1

    def prune(self, live: Iterable[Article]) -> int:
        """Forget the results no article of ``live`` is kept under any more (edited or
        deleted articles), so the file does not grow with every changed text; the next save
        writes it smaller. Returns how many were dropped."""
        keep = {self.key(article) for article in live}
        with self._lock:
            stale = [digest for digest in self._results if digest not in keep]
            for digest in stale:
                del self._results[digest]
            self._dirty = self._dirty or bool(stale)
            self.changes += len(stale)
        return len(stale)

    def forget(self, key: str) -> None:
        """Drop the result kept under ``key`` (one found not to fit its text): the next fill
        makes it again, and the next save leaves it out until then."""
        with self._lock:
            if self._results.pop(key, None) is not None:
                self._dirty = True
                self.changes += 1

    def add_text(self, text: str, digest: str, title: str = "") -> None:
        """Compute one text's result (under its article's ``title``) and keep it, or keep
        that it failed (:class:`Failed`): an import goes on."""
        self.keep(digest, results_together([self], text, title)[0])

    def fill(
        self,
        store: Store,
        articles: Iterable[Article] | None = None,
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        save_every: int = 500,
        save: bool = True,
    ) -> int:
        """Compute the articles still missing (:func:`fill_together` with this cache alone)."""
        listed = store.articles() if articles is None else articles
        return fill_together([self], store, listed, progress, stop, save_every, save)

    def wants_helper(self, store: Store, articles: list[Article], many: int, long: int) -> bool:
        """Whether computing ``articles`` belongs in a helper process (:meth:`fill_in_process`):
        ``many`` of them or more, or one text longer than ``long`` characters among them (in a
        thread of the app, recognising a 10 MB text held the interpreter lock up to 0.9 s at a
        time, for 15-35 s: every key waited)."""
        if len(articles) >= many:
            return True
        for article in articles:
            try:
                if len(store.article_text(article.id)) > long:
                    return True
            except StoreError:
                continue  # passed over by the fill too
        return False

    def fill_in_process(
        self,
        store: Store,
        articles: Iterable[Article],
        progress: Callable[[int, int], None] | None = None,
        stop: Callable[[], bool] | None = None,
        chunk: int = 100,
        lowest: bool = False,
    ) -> int:
        """Like :meth:`fill`, in a helper process (:func:`fill_together_in_process` with this
        cache alone)."""
        return fill_together_in_process([self], store, articles, progress, stop, chunk, lowest)

    def save(self) -> None:
        """Write the cache atomically if anything changed (a failure only costs a rebuild).

        One JSON document, one text per line (read back a line at a time by
        :meth:`load_file`), each line encoded on its own: no second copy of the whole cache
        is made, and other threads get the interpreter lock between lines."""
        with self._lock:
            if not self._dirty or self._only is not None:
                return
            results = list(self._results.items())
            self._dirty = False
        header = {
            "format": self.FORMAT,
            self.VERSION_FIELD: self.version,
            "corrections": self.corrections_key,
        }
        chunks = [json.dumps(header, ensure_ascii=False).encode()[:-1] + b", " + _TEXTS_OPENING]
        last = len(results) - 1
        for number, (digest, found) in enumerate(results):
            line = f"{json.dumps(digest)}: {json.dumps(self.encode(found), ensure_ascii=False)}"
            chunks.append(utf8_kept(line) + (b"\n" if number == last else b",\n"))
        chunks.append(_TEXTS_CLOSING + b"\n")
        del results
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, chunks, derived=True)
            remove_dead_temps(self.path)  # a writer killed mid-write left its temp file
        except OSError as error:
            with self._lock:
                self._dirty = True
            self.unsaved = error.strerror or type(error).__name__
        else:
            self.unsaved = ""


def results_together(caches: Sequence[TextCache[Any]], text: str, title: str) -> list[Any]:
    """Each cache's result for one text (read under ``title``) from one recognition: the
    caches of one store, which share its corrections. Filled one after the other, the
    statement and timeline caches recognised every text of a library twice. A cache whose
    finding raises on the text gets a :class:`Failed` (all of them when recognition does):
    one odd text must not stop the fill of the library's others."""
    from diplotui.entities import recognise

    try:
        spans = recognise(text, caches[0].corrections)
    except Exception as error:  # a recogniser's bug: this text alone goes without
        return [failed(error)] * len(caches)
    return [_result(cache, text, spans, title) for cache in caches]


def _result(cache: TextCache[Any], text: str, spans: Sequence[EntitySpan], title: str) -> Any:
    """``cache``'s result for one text, or a :class:`Failed` when making it raised."""
    try:
        return cache.from_spans(text, spans, title)
    except Exception as error:  # a finder's bug: this text alone goes without
        return failed(error)


@dataclass(frozen=True, slots=True)
class _Missing:
    """One article to compute, as it was listed: the caches missing it and the keys its
    results go under there, with the text hash those keys were made from."""

    article: Article
    text_hash: str
    title: str
    wanting: list[tuple[TextCache[Any], str]]

    def text(self, store: Store) -> str | None:
        """The article's text, if it is still the one the keys were made from: a text
        replaced while a fill runs (``R``, an edit in another process) was kept under its old
        text's key, and given to any article holding that text again. None when it is
        unreadable (``doctor`` names it) or replaced (a later fill reads it). A Markdown
        article's is read with its marks as spaces (``layout.words_read``)."""
        try:
            text = store.article_text(self.article.id)
        except StoreError:
            return None
        if text_hash(text) != self.text_hash:
            return None
        return words_read(text, self.article.markdown)  # its words, no marks


def _missing(caches: Sequence[TextCache[Any]], articles: Iterable[Article]) -> list[_Missing]:
    """The articles some of ``caches`` have no result for, each with those caches."""
    todo = []
    for article in articles:
        digest, title = article.text_hash, article.title
        wanting = [(cache, cache.key_for(digest, title, article.markdown)) for cache in caches]
        wanting = [(cache, key) for cache, key in wanting if not cache.tried(key)]
        if wanting:
            todo.append(_Missing(article, digest, title, wanting))
    return todo


def missing_in(caches: Sequence[TextCache[Any]], articles: Iterable[Article]) -> list[Article]:
    """The articles some of ``caches`` have no result for."""
    return [item.article for item in _missing(caches, articles)]


def fill_together(
    caches: Sequence[TextCache[Any]],
    store: Store,
    articles: Iterable[Article],
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
    save_every: int = 500,
    save: bool = True,
) -> int:
    """Compute what ``caches`` miss of ``articles``, each text recognised once for all the
    caches missing it; saves every ``save_every`` articles and at the end (without ``save``,
    never: a caller filling one article at a time saves once when done).

    Returns how many articles it went through before finishing or being stopped; an article
    whose text cannot be read, or was replaced since it was listed, is passed over, and so
    is one whose results could not be made (each cache's :meth:`TextCache.failed` names it).
    """
    todo = _missing(caches, articles)
    done = 0
    for item in todo:
        if stop is not None and stop():
            break
        done += 1
        text = item.text(store)  # None: passed over, but counted (the last one ends progress)
        if text is not None:
            chosen = [cache for cache, _key in item.wanting]
            found = results_together(chosen, text, item.title)
            for (cache, key), result in zip(item.wanting, found, strict=True):
                cache.keep(key, result)
        if progress is not None:
            progress(done, len(todo))
        if save and done % save_every == 0:
            save_all(caches)
    if save:
        save_all(caches)
    return done


def save_all(caches: Sequence[TextCache[Any]]) -> None:
    """Save each cache that changed (:meth:`TextCache.save`)."""
    for cache in caches:
        cache.save()


REQUEST_CHARACTERS = 500_000
"""The most characters of text one request to the helper carries, unless a single text is
longer: the helper answers a request once its every text is done (a few seconds for this
many), and a longer text is sent alone after every shorter one: an 8 MB import among a
hundred articles kept the statements of the others from the Statements view for two
minutes."""

_Request = list[tuple[str, str, list[list[Any]]]]


def _requests(
    todo: list[_Missing], store: Store, chunk: int, number: dict[int, int]
) -> Iterator[tuple[int, _Request, bool]]:
    """The helper's requests for ``todo``, each with how many of ``todo`` are done once it is
    answered (an unreadable text counts as done) and whether it is one long text: at most
    ``chunk`` articles and ``REQUEST_CHARACTERS`` a request, longer texts last, one at a
    time."""
    later: list[_Missing] = []
    items: _Request = []
    counted = characters = 0
    for item in todo:
        text = item.text(store)
        if text is not None and len(text) > REQUEST_CHARACTERS:
            later.append(item)  # read again when its turn comes: not held meanwhile
            continue
        if items and characters + len(text or "") > REQUEST_CHARACTERS:
            yield counted, items, False
            items, counted, characters = [], 0, 0
        counted += 1
        if text is not None:
            characters += len(text)
            wanted = [[number[id(cache)], key] for cache, key in item.wanting]
            items.append((text, item.title, wanted))
        if counted == chunk:
            yield counted, items, False
            items, counted, characters = [], 0, 0
    if counted:
        yield counted, items, False
    for item in later:
        text = item.text(store)
        wanted = [[number[id(cache)], key] for cache, key in item.wanting]
        yield 1, [] if text is None else [(text, item.title, wanted)], True


def fill_together_in_process(
    caches: Sequence[TextCache[Any]],
    store: Store,
    articles: Iterable[Article],
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
    chunk: int = 100,
    lowest: bool = False,
) -> int:
    """Like :func:`fill_together`, but the computing runs in a helper process (``python -m
    diplotui.library.cache_helper``, JSON lines over pipes): the caller, a UI thread worker,
    only reads texts and waits, leaving the GIL to the event loop. The helper also writes
    the cache files, every few seconds and when its input ends, so its work outlives a
    killed app and the UI process never serialises a whole cache. It runs lowered, or
    with ``lowest`` at the lowest priority there is (``priority.lower_process``).

    ``progress`` is told after each answer, and told the same figures again before a text
    so long its answer may take minutes: a caller that shows what was found only every few
    seconds shows it then, not after that text."""
    todo = _missing(caches, articles)
    done = 0
    helper = subprocess.Popen(
        [sys.executable, "-m", "diplotui.library.cache_helper", *(c.FILE_NAME for c in caches)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        **apart_from_terminal(),
    )
    lower_process(helper.pid, lowest)  # its start-up and imports too
    assert helper.stdin is not None and helper.stdout is not None
    header = {
        "paths": [str(cache.path) for cache in caches],
        "corrections": [c.to_dict() for c in caches[0].corrections],
    }
    number = {id(cache): index for index, cache in enumerate(caches)}
    try:
        helper.stdin.write(json.dumps(header).encode() + b"\n")
        for counted, items, long in _requests(todo, store, chunk, number):
            if stop is not None and stop():
                break
            if long and done and progress is not None:
                progress(done, len(todo))
            helper.stdin.write(json.dumps(items).encode() + b"\n")
            helper.stdin.flush()
            answer = helper.stdout.readline()
            if not answer:
                break  # the helper died: what is done is kept, the rest waits for next time
            # [[cache, key, row], ...]: a row's statements read one at a time
            for index, key, row, *why in decoded_in_pieces(answer, depth=3):
                cache = caches[index]
                # a failure comes as [cache, key, null, why]
                cache.keep(key, Failed(str(why[0])) if why else cache.decode(row), saved=True)
            done += counted
            if progress is not None:
                progress(done, len(todo))
    except (OSError, ValueError, TypeError, IndexError):
        pass  # a broken pipe or a garbled answer: as if the helper died
    finally:
        with contextlib.suppress(OSError):
            helper.stdin.close()  # the helper saves what it has and ends
        helper.wait()
    save_all(caches)  # what this process added besides (usually nothing)
    return done
