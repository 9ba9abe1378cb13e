"""Walk paths, read each file, and add it to the store (or report why not).

Every file gets exactly one outcome; a file that fails is reported and leaves the store as it
was, and the rest of the batch goes on. Files are committed in groups of ``BATCH_SIZE`` so a
thousand files cost about ten durable writes of the store, not a thousand.

Each file is imported in two halves: reading and parsing it, which touches no store, then
writing it, a batch at a time. A caller that reads in a worker thread hands each batch's write
to ``run_write`` (the app runs it on its UI thread); recognising the new texts' entities for
the cache comes after the write, in the reading thread again. A diplotui export is loaded and
checked in the reading thread too, then merged in writes of its own, a part of its articles
each (``diplotui.exchange.ExportMerge``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from diplotui.inert import inert_words
from diplotui.ingest.decode import (
    MAX_EXPORT_BYTES,
    IngestError,
    TooLarge,
    read_bytes,
    read_head,
)
from diplotui.ingest.formats import (
    JSON,
    JSON_SUFFIXES,
    READABLE_SUFFIXES,
    ParsedDocument,
    detect_kind,
    parse_document,
    refuse_feed_file,
    sniffs_as_export,
)
from diplotui.ingest.known import StoredArticles, where_from
from diplotui.ingest.report import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    SKIPPED,
    TEXT_MENDED,
    UPDATED,
    ImportOutcome,
    ImportReport,
    lacking_citation,
)
from diplotui.ingest.sidecar import (
    SIDECAR_SUFFIX,
    article_stem,
    is_sidecar,
    read_sidecar,
    sidecar_path,
)
from diplotui.ingest.update import DETAILS, apply_update, new_article, take_details
from diplotui.layout import words_read
from diplotui.model import Article
from diplotui.paths import bundled_dir, is_store_file
from diplotui.store import ArticleUnreadable, Store, text_hash
from diplotui.store.interrupts import interrupt_held
from diplotui.tags import TagError, add_tags, parse_tags
from diplotui.text.same_words import same_story

BATCH_SIZE = 100

Progress = Callable[[int, int, str], None]
Outcomes = list[ImportOutcome]
WriteRunner = Callable[[Callable[[], Outcomes]], Outcomes]
"""Runs one batch's write and returns its outcomes (raising its error): where it runs is the
caller's choice."""


NOT_READ = "not a format diplotui reads (.txt .md .html .json ...); name the file to try it"


@dataclass(frozen=True, slots=True)
class _Entry:
    path: Path
    error: str = ""
    skipped: bool = False  # found in a folder, but of a format diplotui does not read
    reason: str = ""  # why skipped, when not for its format


def _found_in_folder(path: Path) -> _Entry:
    """A file met while walking a folder: only the formats diplotui reads are taken (a
    folder of articles also holds ``pyproject.toml`` or ``SOURCES.tsv``, which are not news)."""
    return _Entry(path, skipped=path.suffix.lower() not in READABLE_SUFFIXES)


_ARTICLE_SUFFIXES = ".txt, .md or .html"


def _sidecar_entry(path: Path, names: list[str]) -> _Entry | None:
    """A sidecar met in a folder: read with its article (None), or, with no article beside
    it, listed as skipped (a typo in its name would leave the details unread unsaid)."""
    stem = article_stem(path)
    if any(Path(name).stem == stem and _reads_sidecars(Path(name)) for name in names):
        return None
    reason = f"a sidecar of details with no article beside it ({stem}{_ARTICLE_SUFFIXES})"
    return _Entry(path, skipped=True, reason=reason)


def _reads_sidecars(path: Path) -> bool:
    """Whether a file found in a folder is an article a sidecar may go with (an export's
    articles carry their own details)."""
    suffix = path.suffix.lower()
    return suffix in READABLE_SUFFIXES and suffix not in JSON_SUFFIXES


def _other_letters(name: str) -> str:
    """Why a file named as a sidecar in capitals (``talks.META.JSON``, as a Windows tool
    saves it) is not read as one: it was read as an export, and failed as none."""
    written = name[: -len(SIDECAR_SUFFIX)] + SIDECAR_SUFFIX
    return f"a sidecar is named {written}, in these letters, to be read with its article"


def _named_sidecar(path: Path) -> _Entry:
    """A sidecar named on its own: not an article, whatever it holds."""
    article = f"{article_stem(path)}{_ARTICLE_SUFFIXES}"
    return _Entry(
        path,
        "the sidecar of details of the article beside it, not an article "
        f"(import {article}: its details come with it)",
    )


def _walk(paths: Iterable[str | os.PathLike[str]]) -> list[_Entry]:
    """Every file under ``paths`` (hidden names skipped), with listing errors as entries.

    A file named in ``paths`` is tried whatever its name; files found in folders are taken
    only in the formats diplotui reads, the others listed as skipped. Symlinked folders are
    followed, but each real folder is visited once, so loops end; a link leading out of the
    folder named is refused: an unpacked archive's link to ``~/.ssh`` or ``/etc/passwd`` made
    a private file an article (and shared it at the next sync).
    """
    entries: list[_Entry] = []
    paths = list(paths)
    beside: set[str] | None = None  # the sidecars of the articles named, when one is named
    for raw in paths:
        if not os.fspath(raw):
            entries.append(_Entry(Path(), "an empty path names no file or folder"))
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            if not is_sidecar(path):
                entries.append(_Entry(path))
                continue
            if beside is None:
                beside = _sidecars_of_named(paths)
            if os.path.abspath(path) not in beside:  # beside its article: read with it
                entries.append(_named_sidecar(path))
            continue
        seen: set[tuple[int, int]] = set()
        errors: list[OSError] = []
        found_before = len(entries)
        root = os.path.realpath(path)
        for folder, real, dirnames, filenames in _walked(path, root, errors):
            try:
                info = os.stat(folder)
            except OSError as error:
                errors.append(error)
                dirnames.clear()
                continue
            if not _inside(root, real):
                entries.append(_Entry(Path(folder), _LEADS_OUT))
                dirnames.clear()
                continue
            if (info.st_dev, info.st_ino) in seen:
                dirnames.clear()
                continue
            seen.add((info.st_dev, info.st_ino))
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            names = sorted(name for name in filenames if not name.startswith("."))
            for name in names:
                found = Path(folder, name)
                if is_sidecar(found):
                    sidecar = _sidecar_entry(found, names)
                    entries.extend([sidecar] if sidecar else [])
                elif name.lower().endswith(SIDECAR_SUFFIX):
                    entries.append(_Entry(found, _other_letters(name)))
                elif _inside(root, _real_path(os.fspath(found), real)):
                    entries.append(_found_in_folder(found))
                else:
                    entries.append(_Entry(found, _LEADS_OUT))
        for failure in errors:
            reason = (failure.strerror or str(failure)).lower()
            entries.append(_Entry(Path(failure.filename or path), f"cannot list folder: {reason}"))
        if len(entries) == found_before:  # was "nothing to import", exit 0, the folder unnamed
            entries.append(_Entry(path, _NOTHING_IN_FOLDER))
    return entries


def _sidecars_of_named(paths: Iterable[str | os.PathLike[str]]) -> set[str]:
    """Where the sidecars of the articles named in ``paths`` are: a shell's ``arts/0*``
    names each article and its sidecar, read with the article, not failed as one named
    alone."""
    return {
        os.path.abspath(sidecar_path(Path(raw)))
        for raw in paths
        if os.fspath(raw) and not is_sidecar(Path(raw)) and _reads_sidecars(Path(raw))
    }


_LEADS_OUT = "a symbolic link leading out of the folder (not followed)"
_NOTHING_IN_FOLDER = "a folder holding no file (hidden ones aside)"


def _walked(
    top: Path, real_top: str, errors: list[OSError]
) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """``os.walk(top, followlinks=True)``, top down, a folder's ``dirnames`` pruned in place
    by the caller, without recursion: os.walk calls itself for each level, and a folder of
    1,200 levels ended the import in a RecursionError traceback. Each folder comes with its
    real path (``real_top`` for ``top``). A folder that cannot be listed joins ``errors``."""
    waiting: list[tuple[str, str | None]] = [(os.fspath(top), None)]
    while waiting:
        folder, parent_real = waiting.pop()
        real = real_top if parent_real is None else _real_path(folder, parent_real)
        try:
            with os.scandir(folder) as listing:
                found = list(listing)
        except OSError as error:
            errors.append(error)
            continue
        dirnames: list[str] = []
        filenames: list[str] = []
        for entry in found:
            try:
                is_dir = entry.is_dir()  # a link to a folder is followed, as os.walk's option
            except OSError:
                is_dir = False
            (dirnames if is_dir else filenames).append(entry.name)
        yield folder, real, dirnames, filenames
        waiting.extend((os.path.join(folder, name), real) for name in reversed(dirnames))


def _real_path(path: str, parent_real: str) -> str:
    """``os.path.realpath(path)`` for ``path`` in a folder whose real path is
    ``parent_real``: that and the name, unless the name is a link. Resolved from the top
    for each folder and file, a folder 1,200 levels down took 730,000 ``lstat`` calls, each
    of a path of up to 1,200 parts (19 s)."""
    if os.path.islink(path):
        return os.path.realpath(path)
    return os.path.join(parent_real, os.path.basename(path))


def _inside(root: str, real: str) -> bool:
    """Whether the real path ``real`` (links followed) is ``root`` or lies under it."""
    return os.path.commonpath((root, real)) == root


_HEAD_BYTES = 4096


def _file_bytes(path: Path) -> bytes:
    """A file's bytes: at most one text's limit, or, for a ``.json`` file that starts as an
    export does, an export's (a library's backup holds every article's text: a few thousand
    articles were refused as "too large"). Any other large file is refused unread."""
    try:
        return read_bytes(path)
    except TooLarge:
        if path.suffix.lower() not in JSON_SUFFIXES:
            raise
        if not sniffs_as_export(read_head(path, _HEAD_BYTES)):
            raise
    return read_bytes(path, MAX_EXPORT_BYTES)


@dataclass(slots=True)
class _Read:
    """One file read and parsed, nothing written yet: what its write needs."""

    shown: str
    outcome: ImportOutcome | None = None  # decided without the store (failed, skipped)
    doc: ParsedDocument | None = None
    origin: str = ""
    tags: list[str] = field(default_factory=list)
    digest: str = ""
    stated: tuple[str, ...] = ()  # the details its sidecar gives
    export: Path | None = None  # a diplotui export file: its writes are its own
    export_data: bytes = b""
    """The export's bytes as read (read again by the write, a file renamed over by a FIFO
    meanwhile hung the app's writing thread)."""


def _write_here(write: Callable[[], Outcomes]) -> Outcomes:
    return write()


def _apart_from_the_store(entries: list[_Entry], store: Path, named: set[Path]) -> list[_Entry]:
    """The entries that are not the store's own files (a folder holding the library is
    imported without them); one of those named on its own is a failed line: it was dropped
    without a word ("nothing to import", exit 0)."""
    kept = []
    for entry in entries:
        if not is_store_file(os.path.realpath(entry.path), store):
            kept.append(entry)
        elif entry.path in named:
            kept.append(_Entry(entry.path, "a file of this library's store itself, not news"))
    return kept


class _Importer:
    """One import run: caches what repeated lookups need (origins, recogniser)."""

    def __init__(self, store: Store, update: bool) -> None:
        self.store = store
        self.update = update
        # loaded here, not at module import, to keep start-up light; import fills it per text
        from diplotui.library.entity_cache import EntityCache

        self.entities = EntityCache.load(store)
        self.by_origin = {a.origin_path: a for a in store.articles() if a.origin_path}
        self.known = StoredArticles(store)
        self.to_recognise: list[tuple[str, str]] = []  # (text, key) stored, for the cache

    def read(self, entry: _Entry) -> _Read:
        """The reading half: the file parsed, or the reason it cannot be imported."""
        shown = str(entry.path)
        if entry.error:
            return _Read(shown, ImportOutcome(shown, FAILED, reason=entry.error))
        if entry.skipped:
            return _Read(shown, ImportOutcome(shown, SKIPPED, reason=entry.reason or NOT_READ))
        try:
            data = _file_bytes(entry.path)
            refuse_feed_file(entry.path, data)
            kind = detect_kind(entry.path, data)
            if kind == JSON:
                return _Read(shown, export=entry.path, export_data=data)
            sidecar = read_sidecar(entry.path)
            doc = parse_document(entry.path, data, kind, sidecar)
            tags = add_tags([], parse_tags(doc.tags))  # the same limits as typed tags
        except IngestError as error:
            return _Read(shown, ImportOutcome(shown, FAILED, reason=str(error)))
        except TagError as error:
            return _Read(shown, ImportOutcome(shown, FAILED, reason=f"front matter: {error}"))
        except Exception as error:  # a parser bug must not sink the rest of the batch
            reason = f"cannot parse ({type(error).__name__}: {error})"
            return _Read(shown, ImportOutcome(shown, FAILED, reason=reason))
        origin = os.path.realpath(entry.path)
        stated = sidecar.named if sidecar else ()
        digest = text_hash(doc.text)
        return _Read(shown, doc=doc, origin=origin, tags=tags, digest=digest, stated=stated)

    def export_writes(self, path: Path, data: bytes) -> list[tuple[Callable[[], Outcomes], int]]:
        """An export checked here, in the reading thread, and its writes, a part of its
        articles each, with how many of its articles are merged once each has run: loaded,
        checked and merged in one write, 10,000 articles held the app's UI thread ~30 s
        (``diplotui.exchange.ExportMerge``)."""
        from diplotui.exchange import MERGE_PART, ExportMerge, ExportRead, read_export_file

        try:
            checked = read_export_file(self.store, path, data)
        except (ValueError, OSError) as error:
            checked = ExportRead(str(path), failure=_not_an_export(error))
        articles = len(checked.parsed.articles) if checked.parsed is not None else 0
        parts = ExportMerge(self.store, checked).parts()
        return [
            (partial(_merged, part, str(path)), min(articles, (number + 1) * MERGE_PART))
            for number, part in enumerate(parts)
        ]

    def write_batch(self, batch: list[_Read]) -> Outcomes:
        """The writing half of a batch of files: one durable write of the store."""
        with self.store.batch():
            return [outcome for read in batch for outcome in self._write(read)]

    def _write(self, read: _Read) -> Outcomes:
        if read.outcome is not None:
            return [read.outcome]
        assert read.doc is not None
        return [self._store(read)]

    def recognise_stored(self) -> None:
        """Recognise the entities of the texts stored since last time, for the cache."""
        for text, key in self.to_recognise:
            self.entities.add_text(text, key)
        self.to_recognise.clear()

    def _store(self, read: _Read) -> ImportOutcome:
        shown, origin, doc, digest = read.shown, read.origin, read.doc, read.digest
        assert doc is not None
        existing = self.store.article_by_hash(digest)
        if existing is not None and read.stated and existing.origin_path == origin:
            told = self._sidecar_changed(shown, existing, read)
            if told is not None:
                return told
        if existing is not None:
            reason = f"the same text, {where_from(self.store, existing)}"
            reason += f"; {TEXT_MENDED}" if self.store.mend_text(doc.text) else ""
            return ImportOutcome(shown, DUPLICATE, existing.id, existing.title, reason)
        previous = self.by_origin.get(origin)
        if previous is not None:
            if not self.update:
                reason = "the file changed since it was imported (use --update to apply)"
                return ImportOutcome(shown, CHANGED, previous.id, previous.title, reason)
            return self._apply_update(shown, previous, read)
        same = self.known.with_words(doc.text, doc.title, digest)
        if same is not None:
            reason = f"the same words, {where_from(self.store, same)}"
            return ImportOutcome(shown, DUPLICATE, same.id, same.title, reason)
        apart = ""
        claimed = self.known.at_address(doc.url)
        if claimed is not None:
            if self._same_story(claimed, doc):
                return self._known_story(shown, claimed, doc)
            apart = (
                f"its address {inert_words(doc.url)} is {claimed.id}'s, another story: "
                "stored as an article of its own, without that address"
            )
            doc = dataclasses.replace(doc, url="")
        else:
            titled = self.known.story_titled(doc.text, doc.title, doc.date)
            if titled is not None and titled.feed_id:  # two files of one headline are two
                return self._known_story(shown, titled, doc)
        article = new_article(self.store, doc, digest, read.tags, origin_path=origin)
        self.store.add_article(article, doc.text)
        self.by_origin[origin] = article
        self.known.add(article)
        self.to_recognise.append((_read_text(doc.text, article), self.entities.key(article)))
        uncited = lacking_citation(article.source, article.date)
        said = "; ".join(part for part in (apart, doc.said) if part)
        return ImportOutcome(
            shown,
            IMPORTED,
            article.id,
            article.title,
            said,
            uncited,
            doc.latest_year_named(),
            _source_read(doc, article),
        )

    def _same_story(self, article: Article, doc: ParsedDocument) -> bool:
        """Whether ``doc``, naming ``article``'s address, is that article's story: any page
        may name any address as its own, and a site naming its front page for every page
        made every saved page one article."""
        try:
            return same_story(self.store.article_text(article.id), doc.text)
        except ArticleUnreadable:
            return False

    def _known_story(self, shown: str, article: Article, doc: ParsedDocument) -> ImportOutcome:
        """A saved page of an article the library holds from another door (a feed, ``add``),
        at its address or under its headline, its text another version: reported, or with
        ``update`` applied to that article, its record (feed, read state, tags, note) and
        highlights kept, as a refresh applies it."""
        where = where_from(self.store, article)
        if not self.update:
            reason = f"{where}, its text differs (use --update to apply it there)"
            return ImportOutcome(shown, CHANGED, article.id, article.title, reason)
        lost = apply_update(self.store, article, doc).said()
        self.to_recognise.append((_read_text(doc.text, article), self.entities.key(article)))
        reason = "; ".join(part for part in (where, doc.said, lost) if part)
        return ImportOutcome(shown, UPDATED, article.id, article.title, reason)

    def _without_anothers_address(self, doc: ParsedDocument, article: Article) -> ParsedDocument:
        """``doc`` without the address another stored article has: the import stored
        ``article`` without it, another story's, so an update must not give it back (every
        later import called the unchanged file's sidecar "changed", and ``--update`` gave
        two articles one address)."""
        claimed = self.known.at_address(doc.url)
        if claimed is None or claimed.id == article.id:
            return doc
        return dataclasses.replace(doc, url="")

    def _sidecar_changed(self, shown: str, article: Article, read: _Read) -> ImportOutcome | None:
        """The file's text unchanged but details its sidecar gives changed since it was
        imported: reported, or with ``update`` applied as an update of the text applies them
        (a detail the user corrected stays, a tag the file gives is added to the article's,
        none taken away); None when nothing the sidecar gives changed."""
        doc, stated = read.doc, read.stated
        assert doc is not None
        doc = self._without_anothers_address(doc, article)
        given = ParsedDocument(text=doc.text, title=doc.title if "title" in stated else "")
        for name in ("source", "url", "author", "date"):
            if name in stated:
                setattr(given, name, getattr(doc, name))
        given.date_is_guess = doc.date_is_guess if "date" in stated else False
        changed = dataclasses.replace(article, edited=list(article.edited))
        try:
            changed.tags = add_tags(article.tags, read.tags)
        except TagError as error:
            return ImportOutcome(shown, FAILED, article.id, article.title, f"its tags: {error}")
        if not take_details(changed, given) and changed.tags == article.tags:
            return None
        if not self.update:
            reason = "its sidecar's details changed since it was imported (use --update to apply)"
            return ImportOutcome(shown, CHANGED, article.id, article.title, reason)
        names = (*DETAILS, "date_is_guess", "tags")
        updates = {
            n: getattr(changed, n) for n in names if getattr(changed, n) != getattr(article, n)
        }
        updated = self.store.with_updates(article, **updates)
        self.by_origin[updated.origin_path] = updated
        return ImportOutcome(shown, UPDATED, updated.id, updated.title, "details from its sidecar")

    def _apply_update(self, shown: str, article: Article, read: _Read) -> ImportOutcome:
        """Replace the text, carrying highlights over (``diplotui.ingest.update``), and add
        the tags the file gives that the article lacks (the user's stay)."""
        assert read.doc is not None
        doc = self._without_anothers_address(read.doc, article)
        try:
            article.tags = add_tags(article.tags, read.tags)
        except TagError as error:
            return ImportOutcome(shown, FAILED, article.id, article.title, f"its tags: {error}")
        lost = apply_update(self.store, article, doc).said()
        self.to_recognise.append((_read_text(doc.text, article), self.entities.key(article)))
        said = "; ".join(part for part in (doc.said, lost) if part)
        return ImportOutcome(
            shown, UPDATED, article.id, article.title, said, source_read=_source_read(doc, article)
        )


def _not_an_export(error: Exception) -> str:
    return f"not a diplotui export ({error})"


def _merged(part: Callable[[], Outcomes], shown: str) -> Outcomes:
    try:
        return part()
    except (ValueError, OSError) as error:
        return [ImportOutcome(shown, FAILED, reason=_not_an_export(error))]


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    progress: Progress | None = None,
    update: bool = False,
    batch_size: int = BATCH_SIZE,
    run_write: WriteRunner = _write_here,
    report: ImportReport | None = None,
) -> ImportReport:
    """Import files and folders (walked recursively); failures never touch the store.

    ``progress(done, total, path)`` is called after each file is read, and after each part
    of an export's articles is merged: an export counts its articles, each as a file does (a
    library's export of 10,000 showed "importing…" and 0 of 1 until it was done), so
    ``total`` grows as an export is read. With ``update`` a file whose text changed since it
    was imported replaces the stored text (highlights re-anchored); without it the change is
    only reported. Every store write is a call of ``run_write`` (one per batch), whose
    outcomes join ``report`` as it is stored: a caller the import fails or is interrupted
    for still knows what was.
    """
    paths = list(paths)
    entries = _apart_from_the_store(_walk(paths), store.path, {Path(p) for p in paths})
    importer = _Importer(store, update)
    report = ImportReport() if report is None else report
    report.files = [str(entry.path) for entry in entries]
    total, done = len(entries), 0
    batch: list[_Read] = []

    def write_batch(taken: int) -> None:
        nonlocal batch
        with interrupt_held():  # what is stored is in the report, or was not stored
            report.outcomes.extend(run_write(partial(importer.write_batch, batch)))
            report.taken = taken
        importer.recognise_stored()
        batch = []

    for number, entry in enumerate(entries, start=1):
        shown = str(entry.path)
        read = importer.read(entry)
        if read.export is None:
            batch.append(read)
        else:
            if batch:  # the export is checked against the library with the files before it
                write_batch(number - 1)
            writes = importer.export_writes(read.export, read.export_data)
            articles = max(1, writes[-1][1])
            total += articles - 1
            if progress is not None:  # its count known: the bar says it while the first part
                progress(done, total, shown)  # is merged
            for write, merged in writes:
                with interrupt_held():
                    report.outcomes.extend(run_write(write))
                if progress is not None and merged < articles:
                    progress(done + merged, total, shown)
            report.taken = number
            done += articles - 1
        done += 1
        if progress is not None:
            progress(done, total, shown)
        if batch and (len(batch) >= batch_size or number == len(entries)):
            write_batch(number)
    importer.entities.save()
    return report


def seed_if_empty(store: Store) -> ImportReport | None:
    """On first run, fill an empty store with the bundled seed articles.

    Their outlet and dates come in their sidecars, as any file's do; the dates are marked
    guesses: their datelines ("On July 18") state no year, which ``guess_date`` does not take
    from the body, but each text reviews the year it was written in ("the first half of
    2025", "people-to-people diplomacy work in 2025")."""
    if not store.is_new or store.read_only:
        return None
    with store.batch():  # the seeds and the note that they were stored, or nothing of them
        report = import_paths(store, [bundled_dir("seeds")])
        store.note_seeded()
    return report


def _read_text(text: str, article: Article) -> str:
    """The text the recogniser reads for the cache: a Markdown article's with its marks as
    spaces (``layout.words_read``), as the caches' fills read it."""
    return words_read(text, article.markdown)


def _source_read(doc: ParsedDocument, article: Article) -> str:
    """The source read from the byline, which the import's line names with how to correct
    it (:func:`~diplotui.ingest.report.source_note`); "" when the article keeps another (an
    update leaves a source the user corrected)."""
    return article.source if doc.source_from_byline and article.source == doc.source else ""
