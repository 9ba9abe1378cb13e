"""What dating statements by their attribution costs the Statements view and the timeline.

Usage: .venv/bin/python bench/bench_statement_dates.py LIB [NAME ...] [--rounds 3]
       .venv/bin/python bench/bench_statement_dates.py --texts DIR

``--texts DIR``: what finding each statement's attribution date adds to finding the
statements of DIR's ``*.txt`` files (each recognised once; the finder and the date pass timed
apart, five rounds, best of each).

LIB is a store (``generate_library(LIB, 10_000, 10_000)``); its statement and timeline caches
are filled first when they miss (timed: a new finder version refills them once, on upgrade).
Then, round after round, in this process: the statement cache loaded and the Statements view's
index built from it (what ``W``'s worker does), and each NAME's timeline from the caches (what
``L`` and ``diplotui timeline`` do). Run it with ``PYTHONPATH=OLD/src`` (``git archive main
src``) on a copy of LIB to compare: each code version keeps caches of its own.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

from diplotui.library import LibraryQuery
from diplotui.library.statement_cache import StatementCache
from diplotui.library.statements import StatementIndex
from diplotui.library.timeline import TimelineCache, entity_timeline
from diplotui.store import Store

NAMES = ("Le Hoai Trung", "Viet Nam")


def finding_cost(folder: Path) -> None:
    """The finder's time and the date pass's time over the texts of ``folder``."""
    from diplotui.entities import recognise
    from diplotui.library.statement_cache import statements_of
    from diplotui.statements.when import with_dates

    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    read = [(text, recognise(text), text.split("\n", 1)[0]) for text in texts]
    found = [statements_of(text, spans, title) for text, spans, title in read]
    finder, dates = [], []
    for _ in range(5):
        started = time.perf_counter()
        for text, spans, title in read:
            statements_of(text, spans, title)
        finder.append(time.perf_counter() - started)
        started = time.perf_counter()
        for (text, spans, _title), statements in zip(read, found, strict=True):
            with_dates(text, spans, statements)
        dates.append(time.perf_counter() - started)
    count = sum(len(statements) for statements in found)
    dated = sum(bool(s.said_on) for statements in found for s in statements)
    print(
        f"{len(texts)} texts, {count} statements ({dated} dated by their attribution): "
        f"finder with the date pass {min(finder):.3f} s, of which the date pass {min(dates):.3f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", nargs="?")
    parser.add_argument("names", nargs="*", default=list(NAMES))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--texts", type=Path)
    args = parser.parse_args()
    if args.texts is not None:
        finding_cost(args.texts)
        return
    with Store.open(args.store, read_only=True) as store:
        articles = store.articles()
        for cache_class in (StatementCache, TimelineCache):
            cache = cache_class.load(store)
            started = time.perf_counter()
            filled = cache.fill_in_process(store, articles)
            if filled:
                print(
                    f"{cache_class.__name__}: filled {filled} "
                    f"in {time.perf_counter() - started:.1f} s"
                )
        timings: dict[str, list[float]] = {}
        counts: dict[str, int] = {}
        for _ in range(args.rounds):
            gc.collect()
            started = time.perf_counter()
            said = StatementCache.load(store)
            index = StatementIndex.build(LibraryQuery().apply(store), said)
            timings.setdefault("statements index", []).append(time.perf_counter() - started)
            counts["statements index"] = len(index.rows)
            timeline = TimelineCache.load(store)
            for name in args.names:
                started = time.perf_counter()
                entries = entity_timeline(store, name, timeline=timeline, said=said)
                timings.setdefault(f"timeline {name}", []).append(time.perf_counter() - started)
                counts[f"timeline {name}"] = len(entries)
    for what, times in timings.items():
        shown = " / ".join(f"{t:.2f}" for t in times)
        print(f"{what}: {shown} s (median {statistics.median(times):.2f}), {counts[what]:,} rows")


if __name__ == "__main__":
    main()
