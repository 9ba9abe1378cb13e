"""Library benchmarks on a generated 10,000-article library (issue 6).

Usage: .venv/bin/python bench/bench_library.py [--articles 10000 --files 1000 --seed 0]
       .venv/bin/python bench/bench_library.py --library PATH [--library PATH ...]

With ``--library`` only the search index is measured, on each existing store in turn (the
growth curve): its first build from scratch (the index file deleted), reopening and syncing
when nothing changed, its size on disk, the memory the build added, and the keystrokes.

Measures: generating the library, building the search index, every keystroke of typed
queries (median, 95th percentile, worst), a combined tag + entity filter, and importing
1,000 text files with entity recognition. Targets: keystroke median < 50 ms, tag + entity
filter < 20 ms, 1,000-file import < 10 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from diplotui.entities import EntityIndex, recognise
from diplotui.ingest import IMPORTED, import_paths
from diplotui.library import LibraryQuery, SearchIndex
from diplotui.library.generate import _article_text, _seed_sentences, generate_library
from diplotui.library.search import index_path
from diplotui.store import Store

TYPED = (
    "vietnam cooperation",
    "hà nội asean",
    "people-to-people diplomacy",
    "resolution 59 integration",
    "penny wong singapore",
    "đà nẵng",
    "zzz no match",
)


class Precomputed:
    """An entity lookup answering from a ready set: the filter's own cost, without the index's."""

    def __init__(self, ids: set[str]) -> None:
        self.ids = ids

    def articles_for(self, name: str) -> set[str]:
        return self.ids


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def keystrokes(index: SearchIndex, narrowing: bool) -> list[float]:
    """Time every prefix of every typed query, as the list is refiltered on each keystroke."""
    times = []
    for phrase in TYPED:
        for end in range(1, len(phrase) + 1):
            if not narrowing:
                index._recent.clear()  # nothing cached: the cost of a pasted query
            seconds, _ = timed(lambda end=end, phrase=phrase: index.search(phrase[:end]))
            times.append(seconds)
    return times


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_index(path: Path) -> None:
    """The search index of an existing store: first build, reopening, size, keystrokes."""
    with Store.open(path, read_only=True) as store:
        count = len(store.articles())
        index_path(path).unlink(missing_ok=True)
        before = vm_rss_mb()
        seconds, index = timed(lambda: SearchIndex.build(store))
        assert index is not None
        size = index_path(path).stat().st_size / 1e6
        print(
            f"{count:,} articles: first build {seconds:.1f} s, {size:.0f} MB on disk, "
            f"VmRSS +{vm_rss_mb() - before:.0f} MB"
        )
        index.close()
        seconds, index = timed(lambda: SearchIndex.build(store))
        assert index is not None
        print(f"  reopen + sync, nothing changed: {ms(seconds)}")
        print(f"  keystrokes, typing on: {summary(keystrokes(index, narrowing=True))}")
        print(f"  keystrokes, each cold: {summary(keystrokes(index, narrowing=False))}")
        index.close()


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {ms(statistics.median(times))}, p95 {ms(p95)}, worst {ms(ordered[-1])}"


def bench_import(files: int, seed: int, workdir: Path) -> tuple[float, int]:
    folder = workdir / "files"
    folder.mkdir()
    rng = random.Random(seed)
    sentences = _seed_sentences()
    for number in range(files):
        text = _article_text(rng, sentences, 2025, rng.randint(1, 12), rng.randint(1, 28))
        (folder / f"{number:04d}.txt").write_text(f"{text}(File {number})\n", encoding="utf-8")
    with Store.open(workdir / "import.json") as store:
        seconds, report = timed(lambda: import_paths(store, [folder]))
    return seconds, report.count(IMPORTED)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--library", action="append", default=[], help="an existing store")
    args = parser.parse_args()
    if args.library:
        for library in args.library:
            bench_index(Path(library))
        return
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        seconds, path = timed(
            lambda: generate_library(workdir / "lib.json", args.articles, args.articles, args.seed)
        )
        print(f"generate_library({args.articles:,} articles + highlights): {seconds:.1f} s")
        with Store.open(path, read_only=True) as store:
            seconds, index = timed(lambda: SearchIndex.build(store))
            print(f"SearchIndex.build: {seconds:.2f} s (in a worker thread in the app)")
            print(f"keystrokes, typing on:     {summary(keystrokes(index, narrowing=True))}")
            print(f"keystrokes, each cold:     {summary(keystrokes(index, narrowing=False))}")

            def build_entities() -> EntityIndex:
                entities = EntityIndex()
                for article in store.articles():
                    entities.add(article.id, recognise(store.article_text(article.id)))
                return entities

            seconds, entities = timed(build_entities)
            print(f"EntityIndex of every article (recognise): {seconds:.1f} s")
            query = LibraryQuery(tags=["asean"], entity="Hà Nội")
            runs = [timed(lambda: query.apply(store, entities=entities)) for _ in range(15)]
            found = len(runs[0][1])
            print(
                f"tag + entity filter ({found} articles): "
                f"median {ms(statistics.median(r[0] for r in runs))}"
            )
            lookups = [timed(lambda: entities.articles_for("Hà Nội"))[0] for _ in range(15)]
            print(f"  of which EntityIndex.articles_for: median {ms(statistics.median(lookups))}")
            known = Precomputed(entities.articles_for("Hà Nội"))
            runs = [timed(lambda: query.apply(store, entities=known))[0] for _ in range(15)]
            print(f"  the same filter, entity ids known: median {ms(statistics.median(runs))}")
            by_tags = LibraryQuery(tags=["asean", "laos"])
            runs = [timed(lambda: by_tags.apply(store))[0] for _ in range(15)]
            print(f"tags-only filter: median {ms(statistics.median(runs))}")
        seconds, imported = bench_import(args.files, args.seed, workdir)
        print(
            f"import {args.files:,} text files with recognition: {seconds:.2f} s ({imported} new)"
        )


if __name__ == "__main__":
    main()
