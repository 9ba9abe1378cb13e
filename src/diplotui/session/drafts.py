"""Drafts of notes and tags being typed, kept beside the store so a kill loses none of the typing.

A note lives in the store only once it is saved (``ctrl+s``, or a hang-up saving for the
user), tags once added (``enter``). Until then what is typed is kept as a draft: one file per
target (an article's note or tags, a highlight's, a selection's) in ``<store>.drafts/``,
written atomically and durably (temp file, ``fsync``, rename, folder ``fsync``) by a thread of
its own, so the typing never waits for the disk. Only the process holding the store's write
lock types notes and tags, so only it writes or takes back drafts: a second, read-only app
never touches another's draft.

Drafts are private to the machine: no backup, export or sync carries them.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import threading
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from diplotui.inert import inert_block, inert_words, without_surrogates
from diplotui.model import Highlight, local_minute, new_id, now_iso
from diplotui.store.files import (
    atomic_write_bytes,
    fsync_dir,
    make_dirs_durable,
    open_regular_file,
    remove_dead_temps,
)
from diplotui.text.same_words import says_more

DraftKind = Literal["article", "highlight", "selection"]
DraftOf = Literal["note", "tags"]
DRAFT_FORMAT = 1
MAX_DRAFT_BYTES = 16 * 1024 * 1024
"""A draft file larger than this is not read (every opening of an article reads them all):
a planted one must not stall the app. Nor is a draft larger than this written (a report of
megabytes pasted into a note): kept, it was passed over at the next start, unsaid; refused,
the dialog says it is not kept, and ``ctrl+s`` saves the note whole."""
_KINDS: frozenset[str] = frozenset({"article", "highlight", "selection"})
_OF: frozenset[str] = frozenset({"note", "tags"})


def drafts_dir(store_path: Path) -> Path:
    """The folder of the store's note drafts."""
    return store_path.with_name(store_path.name + ".drafts")


def as_saved(typed: str) -> str:
    """The note the dialog saves for ``typed``: blank lines typed at its end are kept (words
    typed there later start below them), a note of nothing but spaces is no note."""
    return without_surrogates(typed.rstrip(" \t") if typed.strip() else "")


def _digest(*parts: str) -> str:
    import hashlib  # OpenSSL's binding: loaded when a draft is first named, not at start

    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def why_not_kept(error: OSError) -> str:
    """Why a draft could not be written, in words ("Permission denied: /…/db.json.drafts"),
    where the error's own were Python's ("[Errno 13] Permission denied: '/…'")."""
    if error.strerror and error.filename:
        return f"{error.strerror}: {error.filename}"
    return error.strerror or str(error)


@dataclass(slots=True, frozen=True)
class NoteDraft:
    """What was typed for one note target (or, ``of`` "tags", in the tag dialog for one
    target), with what finds the target again.

    A selection's (and a highlight's, in case the highlight is gone) words are kept as a
    highlight's selectors are: ``start``/``end`` and the words with some context, so the
    passage is found again after its text changed, or kept as an orphan when it is gone."""

    article_id: str
    kind: DraftKind
    text: str
    label: str = ""  # what the note dialog named the target ("“The ministers met…”")
    highlight_id: str = ""
    start: int = 0
    end: int = 0
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    saved_at: str = field(default_factory=now_iso)
    base: str = ""
    """The target's note when the dialog opened: a note stored since (``diplotui note``, a
    sync, an import) is not the one the draft was typed over, and must not be overwritten."""
    of: DraftOf = "note"
    """What the typing is: a note, or the tags typed for the target (offered back when the
    tag dialog opens on it again, never unasked)."""

    @classmethod
    def on(cls, kind: DraftKind, passage: Highlight, label: str, of: DraftOf = "note") -> NoteDraft:
        """The draft, empty, of a note (or tags) on ``passage``: a stored highlight
        (``kind`` "highlight") or words not highlighted yet ("selection")."""
        return cls(
            passage.article_id,
            kind,
            "",
            label,
            highlight_id=passage.id if kind == "highlight" else "",
            start=passage.start,
            end=passage.end,
            quote=passage.quote,
            prefix=passage.prefix,
            suffix=passage.suffix,
            of=of,
        )

    def passage(self) -> Highlight:
        """The draft's words as a new highlight, not stored: placed in the text as it is
        now, it is where the note goes."""
        return Highlight(
            id=new_id(),
            article_id=self.article_id,
            start=self.start,
            end=self.end,
            quote=self.quote,
            prefix=self.prefix,
            suffix=self.suffix,
        )

    @property
    def note(self) -> str:
        """The note saving the draft stores: its text as the dialog shows and saves it."""
        return as_saved(inert_block(self.text))

    @property
    def key(self) -> str:
        """The draft's file name (without ``.json``): its article's part first, so an
        article's drafts are found by name, and one per target, so drafts of several
        articles or passages never overwrite each other, nor a target's tags its note."""
        target = self.highlight_id if self.kind == "highlight" else f"{self.start}:{self.quote}"
        parts = (self.kind, target) if self.of == "note" else (self.of, self.kind, target)
        return f"{_digest(self.article_id)}-{_digest(*parts)}"

    def over(self, note: str) -> NoteDraft | None:
        """This draft as offered on a target whose note is now ``note``: None when that is
        the draft (saved, the app killed before its draft was removed); ``note`` above the
        text typed when a note stored since says what the draft does not, so saving the
        draft keeps both rather than overwriting it unseen."""
        if self.note == note:
            return None
        if note != self.base and says_more(note, self.note):
            return dataclasses.replace(self, text=f"{note}\n\n{self.text}", base=note)
        return self

    def described(self) -> str:
        """One line naming the draft for ``doctor``: what it is, its target, when it was
        typed, its first words (inert: the file is data)."""
        where = "the article" if self.kind == "article" else f"“{inert_words(self.quote)[:40]}”"
        words = inert_words(self.text)
        shown = f"{words[:60]}…" if len(words) > 60 else words
        what = "a note" if self.of == "note" else "tags"
        return f"{what} on {where}, typed {inert_words(local_minute(self.saved_at))}: “{shown}”"

    def typed(self, text: str) -> NoteDraft:
        """This target's draft holding ``text``, stamped now."""
        return dataclasses.replace(self, text=text, saved_at=now_iso())

    def to_json(self) -> bytes:
        record = {"format": DRAFT_FORMAT, **dataclasses.asdict(self)}
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _read_draft(raw: bytes) -> NoteDraft | None:
    """The draft a file holds; None when it is no draft this version writes."""
    try:
        record = json.loads(raw.decode("utf-8", "surrogatepass"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.pop("format", None) != DRAFT_FORMAT:
        return None
    record.setdefault("base", "")  # the first drafts had none: the stored note is news
    record.setdefault("of", "note")  # nor tags: every draft was a note's
    fields = {f.name: f for f in dataclasses.fields(NoteDraft)}
    if set(record) != set(fields) or record.get("kind") not in _KINDS:
        return None
    if record.get("of") not in _OF:
        return None
    for name, value in record.items():
        wanted = int if name in ("start", "end") else str
        if type(value) is not wanted:
            return None
    return NoteDraft(**record)


@dataclass(slots=True, frozen=True)
class DraftFile:
    """A file of the drafts folder: the draft it holds, or why it holds none offered."""

    name: str
    draft: NoteDraft | None
    problem: str = ""


_LINKED = "a symbolic link: never followed (its draft would be another folder's)"


def _load(path: Path) -> DraftFile:
    """The draft at ``path``, read without following a link, waiting on a FIFO or reading a
    device or a file too large for a note."""
    try:
        with open(open_regular_file(path, follow=False), "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_DRAFT_BYTES:
                return DraftFile(path.name, None, f"{size:,} bytes: too large to be a draft")
            raw = handle.read(MAX_DRAFT_BYTES + 1)
    except OSError as error:
        linked = error.errno == errno.ELOOP
        return DraftFile(path.name, None, _LINKED if linked else error.strerror or str(error))
    draft = _read_draft(raw)
    if draft is None:
        return DraftFile(path.name, None, "not a draft this version of diplotui reads")
    if f"{draft.key}.json" != path.name:
        return DraftFile(path.name, None, "its name is not its target's")
    return DraftFile(path.name, draft)


class DraftFolder:
    """The drafts of one store, one file each (see the module's docstring)."""

    def __init__(self, store_path: Path) -> None:
        self.path = drafts_dir(store_path)

    def _file(self, key: str) -> Path:
        return self.path / f"{key}.json"

    def _is_folder(self) -> bool:
        """Whether the drafts folder is a real folder (a link planted there is never
        followed, nor a missing one made)."""
        try:
            return stat.S_ISDIR(os.lstat(self.path).st_mode)
        except OSError:
            return False

    def _names(self) -> list[str]:
        """The folder's draft file names; none when it is missing or not a real folder."""
        if not self._is_folder():
            return []
        try:
            return sorted(n for n in os.listdir(self.path) if n.endswith(".json"))
        except OSError:
            return []

    def problem(self) -> str:
        """Why no draft can be read or kept here ("" when the folder is fine or missing):
        the app then says so only once a note is typed, so ``doctor`` says it too."""
        try:
            if not stat.S_ISDIR(os.lstat(self.path).st_mode):
                return "not a folder (a link or a file): no draft can be kept; move it away"
            os.listdir(self.path)
        except FileNotFoundError:
            return ""
        except OSError as error:
            return f"cannot be read ({error.strerror or error}): drafts there are not offered"
        return ""

    def write(self, draft: NoteDraft) -> None:
        """Put ``draft`` on disk, replacing the target's earlier one (raises OSError)."""
        if not os.path.lexists(self.path):
            make_dirs_durable(self.path)
            os.chmod(self.path, 0o700)  # notes are private
        elif not stat.S_ISDIR(os.lstat(self.path).st_mode):
            raise NotADirectoryError(f"{self.path} is not a folder")
        raw = draft.to_json()
        if len(raw) > MAX_DRAFT_BYTES:  # written, it was passed over unsaid once killed
            limit = MAX_DRAFT_BYTES // (1024 * 1024)
            raise OSError(
                errno.EFBIG, f"{len(raw):,} bytes, more than a draft read back ({limit} MB)"
            )
        target = self._file(draft.key)
        remove_dead_temps(target)
        atomic_write_bytes(target, raw)

    def remove(self, key: str) -> None:
        """Take a draft away (its note was saved or discarded); gone already is fine. A
        temp file a writer killed mid-write left of it goes too: it holds the same typing,
        and only a later write of the same target took it away. A folder that is a link
        holds none of ours (none is written through it): discarding a note removed the file
        of its name in the folder linked to, another library's draft of the same article."""
        if not self._is_folder():
            return
        target = self._file(key)
        remove_dead_temps(target)
        try:
            target.unlink()
        except FileNotFoundError:
            return
        fsync_dir(self.path)

    def refile(self, old_id: str, new_id: str) -> int:
        """File the drafts of ``old_id`` under ``new_id`` (a sync filed the article under
        the team's id), returning how many: each written anew, atomically and durably,
        before its old file goes, so a kill between leaves the typing twice, never lost
        (raises OSError)."""
        moved = self.drafts(old_id)
        for draft in moved:
            self.write(dataclasses.replace(draft, article_id=new_id))
            self.remove(draft.key)
        return len(moved)

    def files(self, article_id: str | None = None) -> list[DraftFile]:
        """The folder's draft files (of ``article_id`` alone, when given), each read or
        named with why it cannot be: ``doctor`` lists those, the app passes them over."""
        prefix = f"{_digest(article_id)}-" if article_id is not None else ""
        return [_load(self.path / name) for name in self._names() if name.startswith(prefix)]

    def drafts(self, article_id: str | None = None) -> list[NoteDraft]:
        """The drafts kept (of ``article_id`` alone, when given), newest first; a file that
        cannot be read as a draft is passed over, left as it is."""
        found = [file.draft for file in self.files(article_id) if file.draft is not None]
        return sorted(found, key=lambda d: d.saved_at, reverse=True)


@dataclass(slots=True, frozen=True)
class DraftSurvey:
    """A store's drafts as ``doctor`` reports them: those of articles in the library, those
    whose article is gone (deleted since, or another library's), files holding none."""

    kept: list[NoteDraft]
    orphaned: list[NoteDraft]
    unreadable: list[DraftFile]
    problem: str = ""


def survey(store_path: Path, articles: Container[str]) -> DraftSurvey:
    """The drafts beside the store at ``store_path``, ``articles`` the ids it holds."""
    folder = DraftFolder(store_path)
    files = folder.files()
    drafts = sorted(
        (file.draft for file in files if file.draft is not None), key=lambda d: d.saved_at
    )
    return DraftSurvey(
        [d for d in drafts if d.article_id in articles],
        [d for d in drafts if d.article_id not in articles],
        [file for file in files if file.draft is None],
        folder.problem(),
    )


class DraftWriter:
    """Writes the drafts of a folder from a thread of its own, the newest of each target
    winning; :meth:`keep` and :meth:`drop` act at once, in the caller's thread, and a write
    under way never brings back a draft dropped meanwhile.

    It also keeps the folder's drafts in memory (:meth:`drafts`): read once, then changed by
    its own writes alone. Only the process holding the store's write lock writes drafts (a
    read-only app never does; ``doctor --clear-orphaned-drafts`` and a command line sync wait
    for the lock), so nothing else changes the folder while this one writes, and an
    article's opening reads no file (it read every draft file, on the app's UI thread)."""

    def __init__(self, folder: DraftFolder, on_error: Callable[[str], None]) -> None:
        self.folder = folder
        self._on_error = on_error
        self._pending: dict[str, NoteDraft] = {}
        self._wake = threading.Condition()
        self._io = threading.Lock()  # held while a draft is taken and written
        self._thread: threading.Thread | None = None
        self._closing = False
        self._writing = False  # a draft taken from ``_pending`` is being written
        self._kept: dict[str, NoteDraft] | None = None  # by key, once read
        self._refiled: dict[str, str] = {}  # an article's old id -> the id a sync gave it

    def filed_as(self, article_id: str) -> str:
        """The id the article ``article_id`` has now: a sync may have refiled it while a
        note on it was typed (the dialog still names the old one)."""
        seen = {article_id}
        while (article_id := self._refiled.get(article_id, article_id)) not in seen:
            seen.add(article_id)
        return article_id

    def _filed(self, draft: NoteDraft) -> NoteDraft:
        now = self.filed_as(draft.article_id)
        return draft if now == draft.article_id else dataclasses.replace(draft, article_id=now)

    def drafts(self, article_id: str | None = None) -> list[NoteDraft]:
        """The drafts kept (of ``article_id`` alone, when given), newest first: the folder
        as read the first time, changed since by this writer's own writes."""
        with self._wake:
            if self._kept is None:
                self._kept = {d.key: d for d in self.folder.drafts()}
                self._kept.update(self._pending)
            found = [d for d in self._kept.values() if article_id in (None, d.article_id)]
        return sorted(found, key=lambda d: d.saved_at, reverse=True)

    def _note(self, draft: NoteDraft) -> None:
        """Count ``draft`` as kept (under ``_wake``)."""
        if self._kept is not None:
            self._kept[draft.key] = draft

    def put(self, draft: NoteDraft) -> None:
        """Write ``draft`` soon, without waiting."""
        with self._wake:
            draft = self._filed(draft)
            self._pending[draft.key] = draft
            self._note(draft)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="drafts", daemon=True)
                self._thread.start()
            self._wake.notify()

    def keep(self, draft: NoteDraft) -> None:
        """Write ``draft`` now (raises OSError)."""
        with self._io:
            with self._wake:
                draft = self._filed(draft)
                self._pending.pop(draft.key, None)
                self._note(draft)
            self.folder.write(draft)

    def drop(self, draft: NoteDraft) -> None:
        """Take ``draft``'s target's draft away now, and any write of it still to come
        (raises OSError: the caller, in the app's thread, says it)."""
        with self._io:
            with self._wake:
                key = self._filed(draft).key
                self._pending.pop(key, None)
                if self._kept is not None:
                    self._kept.pop(key, None)
            self.folder.remove(key)

    def refile(self, old_id: str, new_id: str) -> int:
        """File the drafts of ``old_id`` under ``new_id`` (a sync filed the article under the
        team's id): those on disk, those still to be written, and those typed from now on in
        a dialog opened on the old id, which were written under it and never offered again
        (raises OSError, with every draft still on disk under one id or the other)."""
        with self._io:
            with self._wake:
                self._refiled[old_id] = new_id
                self._rekey(self._pending)
                if self._kept is not None:
                    self._rekey(self._kept)
            return self.folder.refile(old_id, new_id)

    def _rekey(self, drafts: dict[str, NoteDraft]) -> None:
        """Key the drafts of refiled articles by their new id (under ``_wake``)."""
        for key, draft in list(drafts.items()):
            moved = self._filed(draft)
            if moved is not draft:
                del drafts[key]
                drafts[moved.key] = moved

    def flush(self) -> None:
        """Wait until every draft put so far is written."""
        with self._wake:
            while self._pending or self._writing:
                self._wake.wait(0.1)

    def close(self) -> None:
        """Write what is pending, then end the thread."""
        with self._wake:
            self._closing = True
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and not self._closing:
                    self._wake.wait()
                if not self._pending:
                    return
            with self._io:
                with self._wake:
                    if not self._pending:
                        continue
                    _, draft = self._pending.popitem()
                    self._writing = True
                try:
                    self.folder.write(draft)
                except OSError as error:
                    what = "note's" if draft.of == "note" else "tags'"
                    self._on_error(
                        f"The {what} draft could not be kept ({why_not_kept(error)}): what is "
                        "typed stays in the dialog until it is added or left"
                    )
                finally:
                    with self._wake:
                        self._writing = False
                        self._wake.notify_all()
