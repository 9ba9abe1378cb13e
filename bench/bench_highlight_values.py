"""What the library pane's completion values cost (scale51b): the highlights' tags and authors
as ``Store.highlight_values`` reads them from the trust note's columns, against reading every
highlight's document (what it did before), interleaved run by run in one process so that the
machine's load falls on both alike; then a note as scale51 wrote it (no authors column): the
first writer's read (each document read once, the column added to the note) and the next.

    .venv/bin/python bench/bench_highlight_values.py STORE [--runs 5]

STORE, a compacted store (``generate_library(PATH, 10_000, 250_000)``, then ``compact``), is
copied first: nothing is written to it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import diplotui.store.storage as storage_module
from diplotui.store import Store
from diplotui.store.records import ARTICLES, HIGHLIGHTS
from diplotui.store.tables import TAGS

Values = tuple[list[str], list[str]]


def every_document(store: Store) -> Values:
    """The values as reading every highlight's document gives them (``highlight_values``
    before the note held them), in the order they first come."""
    tags: dict[str, None] = {}
    authors: dict[str, None] = {}
    for _key, doc in store._storage.table(HIGHLIGHTS).items():
        tags.update((tag, None) for tag in doc.get("tags") or () if isinstance(tag, str))
        author = doc.get("author")
        if author and isinstance(author, str):
            authors[author] = None
    return list(tags), list(authors)


def timed(read: Callable[[], Values]) -> tuple[float, float]:
    """Milliseconds, then (a second read, traced) the peak of memory allocated (MB)."""
    started = time.perf_counter()
    read()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    read()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed * 1000, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.json"
        for suffix in ("", ".checked", ".journal"):
            shutil.copy2(f"{args.store}{suffix}", f"{path}{suffix}")
        with Store.open(path) as store:
            store.compact()  # its note as this version writes it
        timings: dict[str, list[tuple[float, float]]] = {"documents": [], "note": []}
        with Store.open(path, read_only=True) as store:
            count = len(store._storage.table(HIGHLIGHTS))
            assert store.highlight_values() == every_document(store)
            for _ in range(args.runs):
                timings["documents"].append(timed(lambda: every_document(store)))
                timings["note"].append(timed(store.highlight_values))
        for label, runs in timings.items():
            ms, peak = (statistics.median(run[n] for run in runs) for n in (0, 1))
            print(f"{count:,} highlights, read from the {label}: {ms:.0f} ms, +{peak:.1f} MB")
        earlier = {ARTICLES: (TAGS,), HIGHLIGHTS: (TAGS,)}
        original, storage_module.STRING_COLUMNS = storage_module.STRING_COLUMNS, earlier
        with Store.open(path) as store:
            store.compact()
        storage_module.STRING_COLUMNS = original
        for label in ("first writer", "next open"):
            with Store.open(path) as store:
                started = time.perf_counter()
                store.highlight_values()
                ms = (time.perf_counter() - started) * 1000
            print(f"a note without the authors, {label}: {ms:.0f} ms")


if __name__ == "__main__":
    main()
