"""What a push sent, in the things an analyst counts: articles, highlights, notes, tags.

A sync's line said "sent 22 changes" for a library of 9 articles: it counted the files the
push changed (each article is two, its record and its text), a figure no one could check
against what they had made. The push's files are read back here as records: a new article or
highlight, a note written, a tag added or removed, a record removed, any other edit (a detail
corrected, a highlight moved), a correction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from diplotui.share import files
from diplotui.share.files import Doc, MadeAhead, UnreadableFile
from diplotui.share.git import FILE_MODE, Change, Repository
from diplotui.text.plural import plural

_READERS: dict[str, Callable[[str, bytes], Doc]] = {
    files.ARTICLES_DIR: files.read_article,
    files.ANNOTATIONS_DIR: files.read_annotation,
}
_CORRECTIONS = (files.CORRECTIONS_DIR, files.SPEAKERS_DIR)


_NOUNS = {files.ARTICLES_DIR: "article", files.ANNOTATIONS_DIR: "highlight"}


@dataclass(slots=True)
class SentRecords:
    """The records one push sent, counted as the sync's line names them."""

    new: Counter[str] = field(default_factory=Counter)  # "article", "highlight": new ones
    notes: int = 0  # records whose note was written or rewritten
    tags: int = 0  # tags added or removed
    edited: Counter[str] = field(default_factory=Counter)  # changed otherwise: details, place
    removed: Counter[str] = field(default_factory=Counter)
    corrections: int = 0  # entity and speaker corrections added, changed or removed
    deletions: int = 0  # deletion records: articles deleted here before they were shared
    undeleted: int = 0  # deletion records removed: articles brought back

    def __bool__(self) -> bool:
        return bool(self.counts())

    def line(self) -> str:
        """ "sent 9 articles, 4 highlights, 2 notes, 3 tags, 1 highlight removed"."""
        return f"sent {self.counts()}"

    def counts(self) -> str:
        """ "9 articles, 4 highlights, 2 notes, 3 tags, 1 highlight removed" ("" for none)."""
        parts = [plural(self.new[noun], noun) for noun in _NOUNS.values()]
        parts += [plural(self.notes, "note"), plural(self.tags, "tag")]
        for counter, done in ((self.edited, "edited"), (self.removed, "removed")):
            parts += [f"{plural(counter[noun], noun)} {done}" for noun in _NOUNS.values()]
        parts.append(plural(self.corrections, "correction"))
        parts.append(plural(self.deletions, "deletion"))
        parts.append(f"{plural(self.undeleted, 'article')} brought back" if self.undeleted else "")
        return ", ".join(part for part in parts if part and not part.startswith("0 "))


def sent_records(repo: Repository, before: str | None, after: str) -> SentRecords:
    """What the commits from ``before`` (None: nothing yet) to ``after`` hold, as records."""
    changes = repo.changes(before, after)
    return _counted(
        repo, before, changes, lambda paths: repo.blobs([f"{after}:{p}" for p in paths])
    )


def staged_records(
    repo: Repository,
    before: str | None,
    held: Mapping[str, str],
    writes: Sequence[tuple[str, bytes | str]],
    deletes: Sequence[str],
) -> SentRecords:
    """What a commit about to be made on ``before`` (whose files are ``held``: path -> blob
    id) will hold, as records: its subject names them. "mai: 17 changes from diplotui" told
    whoever read the team's history (``git log``) nothing of what had changed."""
    written = dict(writes)
    changes = [Change("D", path, "", "000000") for path in deletes]
    changes += [Change("M" if path in held else "A", path, "", FILE_MODE) for path in written]

    def contents(paths: Sequence[str]) -> list[bytes | None]:
        stored = [written[path] for path in paths]
        ids = iter(repo.blobs([data for data in stored if isinstance(data, str)]))
        return [data if isinstance(data, bytes) else next(ids) for data in stored]

    return _counted(repo, before, changes, contents)


def _counted(
    repo: Repository,
    before: str | None,
    changes: list[Change],
    contents_after: Callable[[Sequence[str]], list[bytes | None]],
) -> SentRecords:
    """The records ``changes`` (from ``before``) make, their new contents read by
    ``contents_after`` (a commit's files, or files about to be committed)."""
    sent = SentRecords()
    records = [c for c in changes if c.path.startswith(f"{files.DELETIONS_DIR}/")]
    sent.deletions = sum(c.status == "A" for c in records)
    sent.undeleted = sum(c.status == "D" for c in records)
    changes = [c for c in changes if files.kind_of(c.path)]
    added = {(files.kind_of(c.path), files.id_of(c.path)): c for c in changes if c.status == "A"}
    # a record refiled (a highlight moved to its day's folder) is one record, not two
    moved = {
        key: c
        for c in changes
        if c.status == "D" and (key := (files.kind_of(c.path), files.id_of(c.path))) in added
    }
    compared: list[tuple[str, str | None, str]] = []  # kind, path before (None: new), after
    for change in changes:
        kind = files.kind_of(change.path)
        key = (kind, files.id_of(change.path))
        if kind in _CORRECTIONS:
            sent.corrections += change.status != "D" or key not in added
        elif kind not in _READERS:
            continue  # a text comes with its article
        elif change.status == "D":
            sent.removed[_NOUNS[kind]] += key not in added
        elif change.status == "A" and key in moved:
            compared.append((kind, moved[key].path, change.path))
        else:
            compared.append((kind, change.path if change.status != "A" else None, change.path))
    paths = [path for _, path, _ in compared if path is not None and before]
    earlier = dict(zip(paths, repo.blobs([f"{before}:{path}" for path in paths]), strict=True))
    later = iter(contents_after([now for _, _, now in compared]))
    for kind, path, now in compared:
        old = _record(kind, path, earlier.get(path) if path else None)
        new = _record(kind, now, next(later))
        if path is not None and old is None:  # what the team held was unreadable: mended
            sent.edited[_NOUNS[kind]] += 1
            continue
        if path is None:
            sent.new[_NOUNS[kind]] += 1
        _count_edit(sent, _NOUNS[kind], old or {}, new or {}, path is None)
    return sent


def _record(kind: str, path: str | None, raw: bytes | None) -> Doc | None:
    if path is None or raw is None:
        return None
    try:
        return _READERS[kind](path, raw)
    except MadeAhead as ahead:  # held by teammates, yet sent all the same
        return ahead.doc
    except UnreadableFile:  # the merge has named what it cannot read
        return None


def _count_edit(sent: SentRecords, noun: str, old: Doc, new: Doc, new_record: bool) -> None:
    """Count a record's note, tags and other fields as they changed from ``old`` to ``new``."""
    note_written = (new.get("note") or "") != (old.get("note") or "") and bool(new.get("note"))
    note_changed = (new.get("note") or "") != (old.get("note") or "")
    tags_old, tags_new = set(old.get("tags") or []), set(new.get("tags") or [])
    sent.notes += note_written
    # a tag respelt or renamed on a record is one tag sent, not one gone and one come (a
    # rename across the library of 3 records was "sent 6 tags")
    sent.tags += max(len(tags_old - tags_new), len(tags_new - tags_old))
    if new_record:
        return
    rest = {"note", "tags", "updated_at"}
    otherwise = {k: v for k, v in old.items() if k not in rest} != {
        k: v for k, v in new.items() if k not in rest
    }
    sent.edited[noun] += otherwise or (note_changed and not note_written)
