"""Diagnose a store and restore it from its newest good backup.

Nothing here writes unless asked to restore, and a restore never deletes: the unreadable file
is first kept as ``<store>.broken-<timestamp>``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shlex
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from diplotui.anchoring import placed
from diplotui.model import AnchorStatus, Highlight, new_id
from diplotui.store import (
    ARTICLES,
    HIGHLIGHTS,
    QUARANTINE,
    Store,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    Tables,
    WriteLock,
    atomic_write_bytes,
    canonical_store_path,
    journal_path,
    load_store_json,
    orphaned_store_evidence,
    read_store,
    remove_stray_temp_files,
    stray_temp_files,
)
from diplotui.store.backups import (
    STAMP_FORMAT,
    Backup,
    backup_of_generation,
    backup_time,
    backups_not_a_folder,
    check_backups,
    linked_backups,
    timestamp,
)
from diplotui.store.body_log import body_log_path
from diplotui.store.errors import JournalTooNew, NotAStore
from diplotui.store.files import read_regular_file, trust_note_path
from diplotui.store.journal import JournalContents, read_journal
from diplotui.store.records import (
    JOURNAL_LINE,
    JOURNAL_LINE_STAYS,
    QUOTES,
    RECORD_TABLES,
    Doc,
    describe_record,
)
from diplotui.store.storage import noted_column, noted_keys
from diplotui.text.plural import plural

ORPHAN = AnchorStatus.ORPHAN.value
UNREFERENCED_MIN_AGE_SECONDS = 24 * 3600
"""How old a text no article names must be for ``--repair`` to remove it. A refresh writes
its texts to their files while it fetches, without the store's lock (``TextsAhead``), and
stores the articles naming them later: a newer unnamed text may be one of those. (An older
one a refresh finds on disk and counts on is safe to remove too: the batch that stores its
article, under the lock ``--repair`` holds, writes any text it no longer finds.)"""
_TEXT_NAME = re.compile(r"[0-9a-f]{64}\.txt")

ERROR = "error"
NOTE = "note"


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str
    message: str


@dataclass(slots=True)
class Diagnosis:
    """What is wrong with a store, in lines a user can act on."""

    path: Path
    readable: bool
    findings: list[Finding] = field(default_factory=list)
    backups: list[Backup] = field(default_factory=list)
    not_a_library: str = ""
    """Why the file is no diplotui library, when nothing beside it says it was one (no
    backup, texts or journal): no store to restore or mend, said in one line."""

    @property
    def healthy(self) -> bool:
        return not any(f.severity == ERROR for f in self.findings)


def diagnose(path: Path) -> Diagnosis:
    """Look at the store file, its bodies, lock, temp files and backups; write nothing."""
    path = canonical_store_path(path)
    diagnosis = Diagnosis(path, readable=False, backups=check_backups(path))
    add = diagnosis.findings.append
    too_new = False
    evidence = None if path.exists() else orphaned_store_evidence(path)
    if evidence is not None:
        add(Finding(ERROR, f"{path}: the store file is missing but {evidence} remain"))
    elif not path.exists():
        diagnosis.readable = True
        add(Finding(NOTE, f"{path}: no store yet (it is created on first use)"))
    else:
        try:
            state = read_store(path)
            data = state.tables
            diagnosis.readable = True
            for notice in state.notices:
                add(Finding(NOTE, notice))
            articles = plural(len(data.get(ARTICLES, {})), "article")
            add(Finding(NOTE, f"{path}: readable, {articles}"))
            diagnosis.findings.extend(_body_findings(path, data))
            diagnosis.findings.extend(_dangling_highlights(data))
            diagnosis.findings.extend(_misplaced_highlights(path, data))
            diagnosis.findings.extend(_quarantine_findings(path, data, bool(state.set_aside)))
            diagnosis.findings.extend(_unreferenced_findings(path, data))
        except StoreTooNew as error:
            too_new = True
            add(Finding(ERROR, str(error)))
        except NotAStore as error:
            if not diagnosis.backups and orphaned_store_evidence(path) is None:
                diagnosis.not_a_library = str(error)
            add(Finding(ERROR, f"{path}: cannot be read: {error.reason}"))
        except StoreCorrupt as error:
            add(Finding(ERROR, f"{path}: cannot be read: {error.reason}"))
    linked = body_log_path(path)
    if linked.is_symlink():
        add(
            Finding(
                ERROR,
                f"{linked}: the store's texts log is a symbolic link, so every write is refused "
                f"(the file it points to is left alone); remove the link: rm '{linked}'",
            )
        )
    unkept = linked_backups(path) or backups_not_a_folder(path)
    if unkept is not None:
        add(Finding(ERROR, unkept))
    holder = WriteLock(path).probe()
    if holder is not None:
        add(Finding(NOTE, f"open for writing in {f'process {holder}' if holder else 'a process'}"))
    strays = stray_temp_files(path)
    if strays:
        size = sum(_size(stray) for stray in strays)
        add(
            Finding(
                NOTE,
                f"{len(strays):,} temp file(s) of an interrupted write ({size:,} bytes, e.g. "
                f"{strays[0]}); removed on the next write, or now by 'diplotui doctor --repair'",
            )
        )
    good = [b for b in diagnosis.backups if b.good]
    if good:
        add(Finding(NOTE, f"{len(good):,} good backup(s); newest {good[0].path}"))
    else:
        add(Finding(NOTE, "no good backup yet (one is taken each time the store opens to write)"))
    if not diagnosis.readable:
        add(Finding(ERROR, next_step(path, bool(good), too_new)))
    return diagnosis


def next_step(path: Path, backed_up: bool, too_new: bool = False) -> str:
    """What a user can do about a store that cannot be read: restore its newest good backup;
    with none, a step that exists and loses nothing (``--restore`` would only say there is
    none, and ``--repair`` and ``--put-back`` refuse an unreadable store): the file is left
    as it is, the article texts it named can be imported into a new store, and the file
    mended by hand where it fails."""
    if backed_up:
        return "run 'diplotui doctor --restore' to restore the newest good backup"
    if too_new:
        return "no backup to restore from, nor one needed: upgrade diplotui to open it"
    steps = []
    bodies = path.with_name(path.name + ".bodies")
    if any(bodies.glob("*/*.txt")):
        recovered = path.with_name(f"{path.stem}-recovered") / path.name
        steps.append(
            f"to read its articles again now, import their texts into a new store: "
            f"'diplotui --db {shlex.quote(str(recovered))} --create import "
            f"{shlex.quote(str(bodies))}' (each titled by its first line: their details, "
            f"highlights and notes were in the {'unreadable' if path.exists() else 'missing'} "
            "file)"
        )
    if path.exists():
        steps.append(f"mend {path} by hand where it fails (above), then run 'diplotui doctor'")
    said = "no backup to restore from (nothing was changed or removed)"
    return f"{said}: {'; or '.join(steps)}" if steps else said


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore brought back, and what of the lost file's work it could not."""

    backup: Path
    broken_copy: Path | None  # None when the store file was missing
    taken_at: str = ""  # when the backup was taken, "2026-12-03 22:26:53 UTC" ("" if unknown)
    replayed: int = 0  # the journal's writes since the backup, applied onto it
    not_replayed: int = 0  # the journal's writes to the lost file, not applied (kept aside)
    holds: dict[str, int] = field(default_factory=dict)  # what the restored store holds
    differs: list[str] = field(default_factory=list)
    """What the lost file held (as diplotui last wrote it, with the journal's writes since)
    that the restored store does not, or the other way round; one phrase each."""
    known: bool = False  # whether the lost file's contents were known to compare with
    older_texts: list[str] = field(default_factory=list)
    """Articles whose text the backup holds in an older version than the lost file named."""
    unnamed_since: list[Path] = field(default_factory=list)
    """Texts written after the backup that no restored article names: newer versions of its
    articles, maybe (kept; said when which article had which text is not known)."""

    def lines(self) -> list[str]:
        """What the restore did, for the user: where it goes back to and what that loses."""
        when = f"taken {self.taken_at}" if self.taken_at else "of unknown time"
        holds = ", ".join(_counted(n, what) for what, n in self.holds.items())
        said = [f"restored from {self.backup} ({when}): {holds}"]
        if self.replayed:
            said.append(
                f"the journal's {self.replayed} write(s) since that backup were replayed onto "
                "it" + ("" if self.differs else ": nothing saved since is lost")
            )
            if not self.differs:
                return said
        elif self.not_replayed:
            said.append(
                f"the journal's {self.not_replayed} write(s) continue the lost file, not this "
                "backup, so they were not replayed (they were made on other records); the "
                "journal is kept aside by the next write"
            )
        else:
            said.append(
                "the journal holds no write since the lost file was last written whole (when "
                "diplotui last closed it, or folded its journal in): nothing can be replayed"
            )
        since = f"after {self.taken_at}" if self.taken_at else "after that backup"
        said += self._text_lines()
        if self.differs:
            said.append(
                f"work saved {since} is not in it; against the store file as diplotui last "
                f"wrote it (its trust note) and the journal: {'; '.join(self.differs)} "
                f"({self._where_the_lost_file_is()})"
            )
        elif self.known and not self.older_texts and not self.unnamed_since:
            said.append(
                "it holds every article, highlight and quote the lost file held (notes and "
                f"tags changed {since} are not in it)"
            )
        elif self.known:
            said.append(
                "it holds every article, highlight and quote the lost file held, not every "
                f"text they had (said above); notes and tags changed {since} are not in it"
            )
        else:
            said.append(
                f"work saved {since} is not in it (what the lost file held is not known: no "
                "note of it was kept)"
            )
        return said

    def _where_the_lost_file_is(self) -> str:
        """Where to look for the lost work: the unreadable file kept aside (its own line
        names it); a store file that was gone left nothing to keep, and saying "kept aside"
        sent users looking for a copy that does not exist."""
        if self.broken_copy is None:
            return "the store file was missing: no copy of it remains"
        return "the unreadable file, kept aside, still holds its bytes"

    def _text_lines(self) -> list[str]:
        said = []
        if self.older_texts:
            said.append(
                f"it holds an older text of {len(self.older_texts):,} article(s) than the lost "
                f"file named (e.g. article {self.older_texts[0]}): 'import --update' or a "
                "refresh changed them since; their newer text stays in the store's bodies "
                "folder, which 'doctor --repair' leaves: 'import --update' of their files "
                "brings it back"
            )
        elif self.unnamed_since:
            said.append(
                f"{len(self.unnamed_since):,} text(s) written after that backup that no restored "
                f"article names (e.g. {self.unnamed_since[0]}): they may be newer versions of "
                "its articles ('import --update' or a refresh since); kept, 'doctor --repair' "
                "leaves them"
            )
        return said


_COUNTED = {"article(s)": ARTICLES, "highlight(s)": HIGHLIGHTS, "quote(s)": QUOTES}


def _journal(path: Path) -> JournalContents | None:
    try:
        return read_journal(read_regular_file(journal_path(path)))
    except OSError:
        return None


def _too_new(path: Path) -> bool:
    try:
        read_store(path)
    except StoreTooNew:
        return True
    except StoreError:
        return False
    return False


def _backup_to_restore(path: Path, journal: JournalContents | None) -> Path | None:
    """The backup of the very file the journal continues, when it is good (the journal then
    replays onto it and nothing is lost), else the newest good one."""
    good = [b.path for b in check_backups(path) if b.good]
    if journal is not None and journal.generation is not None:
        exact = backup_of_generation(path, journal.generation)
        if exact in good:
            return exact
    return good[0] if good else None


def _counted(count: int, what: str) -> str:
    """``count`` of ``what`` (named in the plural), one in the singular: "1 article, 1
    highlight", where a restore said "1 articles, 1 highlights"."""
    if count != 1:
        return f"{count} {what}"
    noun, _, rest = what.partition(" ")
    return f"1 {noun.removesuffix('s')} {rest}".rstrip()


def _holds(data: Tables) -> dict[str, int]:
    """What a store holds, counted as a user reckons their work."""
    articles = list(data.get(ARTICLES, {}).values())
    highlights = list(data.get(HIGHLIGHTS, {}).values())
    notes = sum(bool(str(doc.get("note", "")).strip()) for doc in (*articles, *highlights))
    tags = sum(len(doc.get("tags") or []) for doc in (*articles, *highlights))
    return {
        "articles": len(articles),
        "highlights": len(highlights),
        "notes": notes,
        "tags given": tags,
        "quotes": len(data.get(QUOTES, {})),
    }


def _lost_keys(path: Path, journal: JournalContents | None) -> dict[str, set[str]] | None:
    """The record ids the lost file held, as diplotui last wrote it (its trust note), with
    the journal's writes since applied; None when no note says."""
    noted = noted_keys(trust_note_path(path))
    if noted is None:
        return None
    keys = {table: set(noted.get(table, ())) for table in _COUNTED.values()}
    for _, changes in journal.transactions if journal is not None else ():
        for table, key, doc in changes:
            if table in keys:
                (keys[table].add if doc is not None else keys[table].discard)(key)
    return keys


def _lost_texts(path: Path, journal: JournalContents | None) -> dict[str, str] | None:
    """Which text each article of the lost file had (its trust note's ``text_hash`` column,
    with the journal's writes since); None when no note says."""
    texts = noted_column(trust_note_path(path), ARTICLES, "text_hash")
    if texts is None:
        return None
    for _, changes in journal.transactions if journal is not None else ():
        for table, key, doc in changes:
            if table != ARTICLES:
                continue
            if isinstance(doc, dict) and isinstance(doc.get("text_hash"), str):
                texts[key] = doc["text_hash"]
            else:
                texts.pop(key, None)
    return texts


def _older_texts(lost: dict[str, str] | None, data: Tables) -> list[str]:
    """The restored articles whose text is not the one the lost file named."""
    articles = data.get(ARTICLES, {})
    return sorted(
        key
        for key, digest in (lost or {}).items()
        if key in articles and articles[key].get("text_hash") != digest
    )


def _stamp_epoch(name: str) -> float | None:
    """The time a backup or restore stamp (at the start of ``name``) names."""
    try:
        taken = datetime.strptime(name[: len("20261203T222653000000Z")], STAMP_FORMAT)
    except ValueError:
        return None
    return taken.replace(tzinfo=timezone.utc).timestamp()


def _unnamed_since(path: Path, data: Tables, backup: Path) -> list[Path]:
    """The texts written after ``backup`` was taken that no article of ``data`` names."""
    since = _stamp_epoch(backup.name)
    named = _named_texts(data) | _named_texts(data, "earlier_texts")
    first_text = _first_texts_of(data.get(ARTICLES, {}))
    return [
        text
        for text in _body_texts(path)
        if text.name[:-4] not in named
        and not first_text(text.name[:-4])
        and (since is None or _mtime(text) >= since)
    ]


def _mtime(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def _differences(lost: dict[str, set[str]], data: Tables) -> list[str]:
    said = []
    for what, table in _COUNTED.items():
        now = set(data.get(table, {}))
        gone, back = lost[table] - now, now - lost[table]
        if gone:
            said.append(f"{len(gone):,} {what} (e.g. {min(gone)}) made since")
        if back:
            said.append(f"{len(back):,} {what} deleted since are back (e.g. {min(back)})")
    return said


def restore_newest_backup(path: Path, wait_seconds: float = 0.0) -> Restored:
    """Replace an unreadable store with a good backup, keeping the broken file aside: the
    backup of the very file the journal continues when there is one (the journal's writes
    are then replayed onto it), else the newest. Says what it goes back to.

    Holds the write lock throughout so no running diplotui is writing meanwhile. Refuses when
    the store is readable (there is nothing to restore) or no backup is good.
    """
    path = canonical_store_path(path)
    lock = WriteLock(path)
    lock.acquire(wait_seconds)
    try:
        if path.exists():
            try:
                read_store(path)
            except (StoreCorrupt, StoreTooNew):
                pass
            else:
                raise StoreError(f"{path}: the store is readable; nothing was restored")
        journal = _journal(path)
        backup = _backup_to_restore(path, journal)
        if backup is None:
            raise StoreError(f"{path}: {next_step(path, False, _too_new(path))}")
        lost = _lost_keys(path, journal)
        lost_texts = _lost_texts(path, journal)
        stamp = timestamp()
        broken_copy = None
        if path.exists():
            broken_copy = path.with_name(f"{path.name}.broken-{stamp}")
            _keep_aside(path, broken_copy)
        if lost is not None:  # which articles it held, for doctor to keep their texts; it
            with contextlib.suppress(OSError):  # describes no file once the backup is back
                os.replace(trust_note_path(path), _lost_note(path, stamp))
        atomic_write_bytes(path, backup.read_bytes())
        _set_aside_unreadable_journal(path, stamp)
        remove_stray_temp_files(path)
        state = read_store(path)
        data = state.tables
        replayed = len(state.history)
        return Restored(
            backup,
            broken_copy,
            taken_at=backup_time(backup),
            replayed=replayed,
            not_replayed=0 if journal is None or replayed else len(journal.transactions),
            holds=_holds(data),
            differs=[] if lost is None else _differences(lost, data),
            known=lost is not None,
            older_texts=_older_texts(lost_texts, data),
            unnamed_since=(  # which article had which text is known, or may be any
                [] if lost_texts is not None else _unnamed_since(path, data, backup)
            ),
        )
    finally:
        lock.release()


LOST_NOTE = ".before-restore-"
"""``<store>.before-restore-<time>.checked``: the trust note of a file a restore replaced."""


def _lost_note(path: Path, stamp: str) -> Path:
    """Where a restore keeps the trust note of the file it replaced: the ids of the articles
    that file held name their texts, which the restored store may not."""
    return path.with_name(f"{path.name}{LOST_NOTE}{stamp}.checked")


@dataclass(slots=True)
class BeforeRestores:
    """What the files restores replaced held, from their set-aside trust notes."""

    articles: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    """The texts their articles had (notes that name them)."""
    blind_until: float | None = None
    """The newest restore whose note does not name texts: any text older may be one."""

    def may_have_had(self, digest: str, text: Path) -> bool:
        """Whether a file a restore replaced may have named this text."""
        return digest in self.texts or (
            self.blind_until is not None and _mtime(text) < self.blind_until
        )


def _before_restores(path: Path) -> BeforeRestores:
    """The articles, and their texts, the store held before any restore went back to a
    backup."""
    found = BeforeRestores()
    with contextlib.suppress(OSError):
        for name in os.listdir(path.parent):
            if name.startswith(f"{path.name}{LOST_NOTE}") and name.endswith(".checked"):
                note = path.parent / name
                found.articles.update((noted_keys(note) or {}).get(ARTICLES, ()))
                texts = noted_column(note, ARTICLES, "text_hash")
                if texts is not None:
                    found.texts.update(texts.values())
                    continue
                when = _stamp_epoch(name[len(f"{path.name}{LOST_NOTE}") :])
                if when is None or found.blind_until is None or when > found.blind_until:
                    found.blind_until = when if when is not None else float("inf")
    return found


def _keep_aside(path: Path, broken_copy: Path) -> None:
    """A second name for the broken file (a hard link, or a copy where links are refused)."""
    try:
        os.link(path, broken_copy)
    except OSError:
        shutil.copy2(path, broken_copy)


def _set_aside_unreadable_journal(path: Path, stamp: str) -> None:
    """A journal that still keeps the restored store from opening (damaged, or of a newer
    format) is renamed aside, whole."""
    try:
        read_store(path)
    except (StoreCorrupt, JournalTooNew) as error:
        journal = journal_path(path)
        if error.path == journal:
            os.replace(journal, journal.with_name(f"{journal.name}.broken-{stamp}"))


def _size(path: Path) -> int:
    try:
        return path.lstat().st_size
    except OSError:
        return 0


def _body_problem(body: Path, digest: str) -> str | None:
    """Why an article's stored text cannot be used, or None when it is intact."""
    try:
        raw = read_regular_file(body)
    except OSError as error:
        return "missing" if isinstance(error, FileNotFoundError) else error.strerror or str(error)
    if hashlib.sha256(raw).hexdigest() != digest:
        return "altered (its bytes do not match their hash)"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8 at byte {error.start}"
    return None


def _body_findings(path: Path, data: Tables) -> list[Finding]:
    """One error per kind of problem among the article texts, with an example of each."""
    bodies = path.with_name(path.name + ".bodies")
    problems: dict[str, list[str]] = {}
    for doc in data.get(ARTICLES, {}).values():
        digest = doc["text_hash"]
        problem = _body_problem(bodies / digest[:2] / f"{digest}.txt", digest)
        if problem is not None:
            problems.setdefault(problem, []).append(doc["id"])
    return [
        Finding(
            ERROR,
            f"{len(ids):,} article text(s) {problem} in {bodies} (e.g. article {ids[0]}); "
            "re-import those articles from their files (or a JSON export holding them)",
        )
        for problem, ids in problems.items()
    ]


def _dangling_highlights(data: Tables) -> list[Finding]:
    """Highlights whose article is not in the store: listed, never deleted, each group with
    the step its cause calls for (``missing_article_step``)."""
    articles = data.get(ARTICLES, {})
    set_aside = _set_aside_articles(data)
    by_cause: dict[bool, list[Doc]] = {}
    for doc in data.get(HIGHLIGHTS, {}).values():
        if doc["article_id"] not in articles:
            by_cause.setdefault(doc["article_id"] in set_aside, []).append(doc)
    findings = []
    for aside, dangling in sorted(by_cause.items()):
        first = dangling[0]
        findings.append(
            Finding(
                NOTE if aside else ERROR,
                f"{len(dangling):,} highlight(s) point at an article "
                f"{'that is set aside' if aside else 'the store does not have'} (e.g. "
                f"highlight {first['id']} on article {first['article_id']}); they are kept: "
                f"{missing_article_step(aside)}",
            )
        )
    return findings


def missing_article_step(set_aside: bool) -> str:
    """What brings back the article highlights point at, by why the store lacks it. One set
    aside (a hand edit it failed) returns by ``--put-back`` once fixed: re-importing its file
    would make a new article beside the set-aside one, which then holds the id in use and
    could come back only as a second copy. One the store never had, or lost, comes back by
    importing the same text, which gives it the id they name."""
    if set_aside:
        return (
            "they come back with it when its record is fixed and put back (as said for "
            "records set aside: 'diplotui doctor --put-back'); do not re-import its file: "
            "that makes a new article in its place, and the one set aside (its note, tags and "
            "reading state) could then return only as a second copy"
        )
    return "re-import the article's file to bring them back"


def _set_aside_articles(data: Tables) -> set[str]:
    """The ids of the article records in quarantine: the key they failed under, and the id
    they hold (``--put-back`` returns a record under its own id when that is one)."""
    ids = set()
    for doc in data.get(QUARANTINE, {}).values():
        if doc.get("table") == ARTICLES:
            record = doc.get("record")
            ids.add(str(doc.get("key")))
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                ids.add(record["id"])
    return ids


def _misplaced_highlights(path: Path, data: Tables) -> list[Finding]:
    """Highlights whose offsets no longer hold their words in their article's intact text (the
    file changed outside diplotui, valid JSON still), placed as the app, ``annotations`` and
    ``quote`` place them (``anchoring.placed``): where their words are, or among the orphans;
    that place is stored when the highlight is next changed."""
    texts = {doc["id"]: doc["text_hash"] for doc in data.get(ARTICLES, {}).values()}
    bodies = path.with_name(path.name + ".bodies")
    shape = RECORD_TABLES[HIGHLIGHTS]
    by_article: dict[str, list[Highlight]] = {}
    for doc in data.get(HIGHLIGHTS, {}).values():
        if doc["article_id"] in texts:
            by_article.setdefault(doc["article_id"], []).append(shape.build(doc))
    misplaced: list[tuple[Highlight, Highlight]] = []
    for article_id, highlights in by_article.items():
        digest = texts[article_id]
        body = bodies / digest[:2] / f"{digest}.txt"
        if _body_problem(body, digest) is not None:
            continue  # said above
        text = read_regular_file(body).decode("utf-8")
        misplaced += [(h, where) for h in highlights if (where := placed(h, text)) is not h]
    if not misplaced:
        return []
    first = misplaced[0][0]
    orphans = sum(where.status == ORPHAN for _, where in misplaced)
    return [
        Finding(
            ERROR,
            f"{len(misplaced):,} highlight(s) whose offsets no longer hold their words (e.g. "
            f"highlight {first.id} at {first.start}-{first.end} of article "
            f"{first.article_id}): the store file was changed outside diplotui; the app, "
            f"'annotations' and 'quote' take {len(misplaced) - orphans} where their words are "
            f"and {orphans} as orphan(s), and that is stored when each is next changed",
        )
    ]


SHOWN_RECORD_CHARS = 400


def _quarantine_findings(path: Path, data: Tables, just_now: bool = False) -> list[Finding]:
    """Each record set aside because it failed its check: what it was, why, and the record
    as stored (so it can be fixed in the file's quarantine table and put back). Records set
    aside ``just_now``, by this read, are not in that table yet: nothing wrote the file since
    the hand edit, so the note says where they stand and how to move them."""
    import json

    findings = []
    returnable = False  # a record --put-back returns once fixed (a journal line it never does)
    for doc in data.get(QUARANTINE, {}).values():
        record = json.dumps(doc.get("record"), ensure_ascii=False, separators=(",", ":"))
        if len(record) > SHOWN_RECORD_CHARS:
            record = record[:SHOWN_RECORD_CHARS] + "…"
        table, key = str(doc.get("table")), str(doc.get("key"))
        what = describe_record(table, key, doc.get("record"))
        findings.append(
            Finding(ERROR, f"set aside {what}: {doc.get('reason')}; as stored: {record}")
        )
        if table == JOURNAL_LINE:
            findings.append(Finding(NOTE, f"{what} is not put back: {JOURNAL_LINE_STAYS}"))
            continue
        returnable = True
        if key in data.get(table, {}) and table in RECORD_TABLES:
            findings.append(_second_of_an_id(what))
    if returnable and just_now:
        findings.append(
            Finding(
                NOTE,
                f"a record set aside still stands where it failed its check, in its own "
                f"table of {path} (no write has moved it yet): fix it there, or run "
                "'diplotui doctor --put-back' (any write does it too) to move it into the file's "
                f'"{QUARANTINE}" table, fix its "record" there and run '
                "'diplotui doctor --put-back' again",
            )
        )
    elif returnable:
        findings.append(
            Finding(
                NOTE,
                f'the records set aside are kept in the "{QUARANTINE}" table of {path}: fix one '
                "there (its \"record\"), then 'diplotui doctor --put-back' returns it",
            )
        )
    return findings


def _second_of_an_id(what: str) -> Finding:
    """How to keep a record set aside beside the record in use with its id (given twice in
    the file): fixing its fields cannot return it under that id, which the other holds."""
    return Finding(
        NOTE,
        f"{what} has the id of the record in use: to keep it as a record of its own, give it "
        f'an id no record has (its "id" in the "{QUARANTINE}" table, 12 lowercase hex digits, '
        f"e.g. {new_id()}), then 'diplotui doctor --put-back' returns it; a copy the same as "
        f'the record in use is dropped from the "{QUARANTINE}" table by --put-back (nothing of it '
        "is lost)",
    )


def put_back(path: Path, wait_seconds: float = 0.0) -> list[str]:
    """Return every fixed quarantined record to its table (``Store.put_back``)."""
    with Store.open(path, wait_seconds=wait_seconds) as store:
        return store.put_back()


def _texts_named_by(doc: object, key: str) -> list[str]:
    """The texts an article record names in ``key``: ``text_hash``, its own, or
    ``earlier_texts``, those updates replaced."""
    value = doc.get(key) if isinstance(doc, dict) else None
    values = value if isinstance(value, list) else [value]
    return [digest for digest in values if isinstance(digest, str)]


def _named_texts(data: Tables, key: str = "text_hash") -> set[str]:
    """The digests of the texts a store's articles name in ``key``, set-aside articles
    included (putting one back needs its text)."""
    records: list[object] = [*data.get(ARTICLES, {}).values()]
    records += [doc.get("record") for doc in data.get(QUARANTINE, {}).values()]
    return {digest for doc in records for digest in _texts_named_by(doc, key)}


FIRST_TEXT_ID_CHARS = 12
"""An article's id is a prefix of its first text's hash, at least this long (``new_article_id``):
a text no record names whose hash starts with an article's id is that article's first text,
replaced by an update made before articles named their earlier texts."""


@dataclass(slots=True)
class UnnamedTexts:
    """The text files in a store's body folder that no article names as its current text."""

    earlier: list[Path] = field(default_factory=list)
    """Earlier texts of updated articles: named by them, or their first (by its hash)."""
    maybe_earlier: list[Path] = field(default_factory=list)
    """Named by nothing, while some article was updated before articles named their earlier
    texts: each may be one of those, so none is removed."""
    lost_articles: list[Path] = field(default_factory=list)
    """First texts of articles the store held before a restore went back to a backup."""
    leftovers: list[Path] = field(default_factory=list)
    """Named by nothing, and no article can have had them: what an import or refresh stopped
    before it stored its articles (a full disk, a kill) left."""
    after_backup: list[Path] = field(default_factory=list)
    """Named by nothing, written after the newest backup (or with none): an import's
    leftovers, or an article's newer version if the store file was replaced by an older copy."""
    updated_unnamed: list[str] = field(default_factory=list)
    """The articles whose text an update replaced before articles named their earlier ones."""


def _body_texts(path: Path) -> list[Path]:
    bodies = path.with_name(path.name + ".bodies")
    found: list[Path] = []
    with contextlib.suppress(OSError):
        for folder in sorted(os.listdir(bodies)):
            with contextlib.suppress(OSError):
                names = sorted(os.listdir(bodies / folder))
                found += [bodies / folder / name for name in names if _TEXT_NAME.fullmatch(name)]
    return found


def _first_texts_of(articles: Iterable[str]) -> Callable[[str], bool]:
    """Whether a digest is the first text of one of ``articles`` (its id is the prefix)."""
    ids = {key for key in articles if len(key) >= FIRST_TEXT_ID_CHARS}
    lengths = sorted({len(key) for key in ids})
    return lambda digest: any(digest[:length] in ids for length in lengths)


def unnamed_texts(path: Path, data: Tables) -> UnnamedTexts:
    """Sort the text files no article names as its current text (in the store, ``data``, nor
    in any good backup: a restore brings a deleted article back with its text) into earlier
    versions of updated articles, texts that may be such versions, and an import's leftovers."""
    named = _named_texts(data)
    earlier = _named_texts(data, "earlier_texts")
    first_text = _first_texts_of(data.get(ARTICLES, {}))
    before = _before_restores(path)
    lost_text = _first_texts_of(before.articles)
    found = UnnamedTexts(
        updated_unnamed=[
            doc["id"]
            for doc in data.get(ARTICLES, {}).values()
            if doc.get("text_changed_at") and not doc.get("earlier_texts")
        ]
    )
    unknown: list[Path] = []
    lost: list[Path] = []
    for text in _body_texts(path):
        digest = text.name[:-4]
        if digest in named:
            continue
        if digest in earlier or first_text(digest):
            found.earlier.append(text)
        elif lost_text(digest) or before.may_have_had(digest, text):
            lost.append(text)
        else:
            unknown.append(text)
    if unknown or lost:  # only then are the backups read (each a whole store)
        newest: float | None = None
        for backup in check_backups(path):
            if not backup.good:
                continue
            newest = newest or _stamp_epoch(backup.path.name)
            try:
                in_backup = load_store_json(backup.path, set_aside_into=[])
                named |= _named_texts(in_backup) | _named_texts(in_backup, "earlier_texts")
            except StoreError:  # gone or changed since it was checked: which texts it
                unknown = []  # names is not known, so none is called unnamed
                break
        unknown = [text for text in unknown if text.name[:-4] not in named]
        # A backup naming it makes it a deleted article's text (an `rm` after the restore),
        # which a restore of that backup brings back, not one the restore went back before.
        found.lost_articles = [text for text in lost if text.name[:-4] not in named]
        found.after_backup = [t for t in unknown if newest is None or _mtime(t) > newest]
        unknown = [text for text in unknown if text not in found.after_backup]
    if found.updated_unnamed:
        found.maybe_earlier = unknown
    else:
        found.leftovers = unknown
    return found


def _unreferenced_findings(path: Path, data: Tables) -> list[Finding]:
    found = unnamed_texts(path, data)
    findings = []
    if found.earlier:
        findings.append(
            Finding(
                NOTE,
                f"{len(found.earlier):,} earlier text(s) of updated articles "
                f"({sum(map(_size, found.earlier)):,} bytes, e.g. {found.earlier[0]}): what "
                "they said before 'import --update' or a refresh changed them; kept, nothing "
                "removes them",
            )
        )
    if found.lost_articles:
        findings.append(
            Finding(
                NOTE,
                f"{len(found.lost_articles):,} text(s) of articles the store held before "
                "'doctor --restore' went back to an earlier backup "
                f"({sum(map(_size, found.lost_articles)):,} bytes, e.g. "
                f"{found.lost_articles[0]}), or their newer versions: kept, nothing removes "
                "them; importing their files again ('import --update' for an article the "
                "backup holds in an older text) brings them back",
            )
        )
    if found.maybe_earlier:
        findings.append(
            Finding(
                NOTE,
                f"{len(found.maybe_earlier):,} article text(s) that no article names "
                f"({sum(map(_size, found.maybe_earlier)):,} bytes, e.g. "
                f"{found.maybe_earlier[0]}): {len(found.updated_unnamed):,} article(s) (e.g. "
                f"{found.updated_unnamed[0]}) were updated before diplotui noted the texts an "
                "update replaces, so these may be earlier versions of them, or what an "
                "import that stopped left; kept: 'diplotui doctor --repair' leaves them",
            )
        )
    if found.after_backup:
        findings.append(
            Finding(
                NOTE,
                f"{len(found.after_backup):,} article text(s) that no article names, written "
                f"after the newest backup ({sum(map(_size, found.after_backup)):,} bytes, e.g. "
                f"{found.after_backup[0]}): left by an import or refresh that stopped, or an "
                "article's newer version if the store file was replaced by an older copy; "
                "kept: 'diplotui doctor --repair' leaves them until a later backup is taken",
            )
        )
    if found.leftovers:
        findings.append(
            Finding(
                NOTE,
                f"{len(found.leftovers):,} article text(s) that no article names "
                f"({sum(map(_size, found.leftovers)):,} bytes, e.g. {found.leftovers[0]}), "
                "left by an import or refresh that stopped before storing their articles; "
                "'diplotui doctor --repair' removes those over a day old (a newer one may "
                "belong to a refresh under way); nothing else removes them",
            )
        )
    return findings


def _remove_unreferenced(path: Path) -> list[str]:
    """Remove an import's leftover texts that are over a day old (only under the lock);
    earlier texts of updated articles, and texts that may be, are never removed."""
    unnamed = unnamed_texts(path, read_store(path).tables)
    found = unnamed.leftovers
    oldest = time.time() - UNREFERENCED_MIN_AGE_SECONDS
    removed, size = 0, 0
    for text in found:
        with contextlib.suppress(FileNotFoundError):
            stat = text.lstat()
            if stat.st_mtime < oldest:
                text.unlink()
                removed, size = removed + 1, size + stat.st_size
    done = (
        [f"removed {removed:,} article text(s) that no article named ({size:,} bytes)"]
        if removed
        else []
    )
    if len(found) > removed:
        done.append(
            f"kept {len(found) - removed} article text(s) that no article names yet: under a "
            "day old, they may belong to a refresh under way"
        )
    if unnamed.after_backup:
        done.append(
            f"kept {len(unnamed.after_backup):,} article text(s) that no article names, written "
            "after the newest backup: each may be an article's newer version"
        )
    return done


def repair(path: Path, wait_seconds: float = 0.0) -> list[str]:
    """Fix what is safe to fix in a readable store, holding its write lock: remove the temp
    files of interrupted writes, and the texts no article names that are over a day old.
    Returns what was done, one line each."""
    path = canonical_store_path(path)
    lock = WriteLock(path)
    lock.acquire(wait_seconds)
    try:
        done = [f"removed {stray}" for stray in remove_stray_temp_files(path)]
        return done + _remove_unreferenced(path)
    finally:
        lock.release()
