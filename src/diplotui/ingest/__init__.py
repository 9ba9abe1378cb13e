"""Importers: turn text, Markdown and saved HTML files into articles in the store."""

from diplotui.ingest.decode import MAX_FILE_BYTES, IngestError
from diplotui.ingest.importer import import_paths, seed_if_empty
from diplotui.ingest.report import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    UPDATED,
    ImportOutcome,
    ImportReport,
)

__all__ = [
    "CHANGED",
    "DUPLICATE",
    "FAILED",
    "IMPORTED",
    "MAX_FILE_BYTES",
    "UPDATED",
    "ImportOutcome",
    "ImportReport",
    "IngestError",
    "import_paths",
    "seed_if_empty",
]
