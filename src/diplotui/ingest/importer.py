"""Walk paths, read each file, and add it to the store (or report why not)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from diplotui.model import Article
from diplotui.paths import bundled_dir
from diplotui.store import Store, text_hash

IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclass(slots=True)
class ImportOutcome:
    """What happened to one file."""

    path: str
    status: str
    article_id: str = ""
    title: str = ""
    reason: str = ""


@dataclass(slots=True)
class ImportReport:
    """What happened to a whole batch."""

    outcomes: list[ImportOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failed(self) -> bool:
        return any(outcome.status == FAILED for outcome in self.outcomes)


def _walk(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            files.append(path)
    return files


def _import_file(store: Store, path: Path) -> ImportOutcome:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        return ImportOutcome(str(path), FAILED, reason=error.strerror or str(error))
    except UnicodeDecodeError as error:
        return ImportOutcome(str(path), FAILED, reason=f"not UTF-8 at byte {error.start}")
    title = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if not title:
        return ImportOutcome(str(path), FAILED, reason="empty file")
    digest = text_hash(text)
    existing = store.article_by_hash(digest)
    if existing is not None:
        return ImportOutcome(str(path), DUPLICATE, existing.id, existing.title)
    article = Article(
        id=store.new_article_id(digest),
        title=title,
        text_hash=digest,
        origin_path=str(path.resolve()),
    )
    store.add_article(article, text)
    return ImportOutcome(str(path), IMPORTED, article.id, article.title)


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import files and directories (walked recursively); failures never touch the store."""
    files = _walk(paths)
    report = ImportReport()
    for done, path in enumerate(files, start=1):
        report.outcomes.append(_import_file(store, path))
        if progress is not None:
            progress(done, len(files))
    return report


def seed_if_empty(store: Store) -> ImportReport | None:
    """On first run, fill an empty store with the bundled seed articles."""
    if not store.is_new or store.read_only:
        return None
    return import_paths(store, [bundled_dir("seeds")])
