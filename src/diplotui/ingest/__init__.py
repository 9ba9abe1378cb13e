"""Importers: turn text, Markdown and saved HTML files into articles in the store.

Each name is imported from its submodule when first used: the importer brings the HTML
parsing and the store's writing with it, which ``diplotui list`` (an update's note, a
report's words) and the app's start never need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplotui.lazy import lazy_exports

if TYPE_CHECKING:
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
__getattr__ = lazy_exports(
    __name__,
    {
        "MAX_FILE_BYTES": "decode",
        "IngestError": "decode",
        "import_paths": "importer",
        "seed_if_empty": "importer",
        **dict.fromkeys(
            [
                "CHANGED",
                "DUPLICATE",
                "FAILED",
                "IMPORTED",
                "UPDATED",
                "ImportOutcome",
                "ImportReport",
            ],
            "report",
        ),
    },
)
