"""Importers: turn files on disk into articles in the store."""

from diplotui.ingest.importer import ImportOutcome, ImportReport, import_paths, seed_if_empty

__all__ = ["ImportOutcome", "ImportReport", "import_paths", "seed_if_empty"]
