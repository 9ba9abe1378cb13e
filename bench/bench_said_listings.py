"""The listings that give a statement's said words, on a kept library: ``diplotui statements``
unfiltered and ``--speaker``, and a speaker's timeline (``entity_timeline``, its caches loaded).

Usage: .venv/bin/python bench/bench_said_listings.py --pair SRC LIB [--pair SRC LIB ...]
       [--runs 3] [--speaker "le hoai trung"] [--name "Ngo Le Van"]

Each ``--pair`` is a source tree (its ``src``, put on PYTHONPATH) and a library (made by
``bench_statements_view.py --keep DIR``: ``DIR/lib.json``) whose caches that code has filled;
the pairs' runs are interleaved, so one load of the machine weighs on all of them alike. The
commands' output is thrown away; each figure is the best of ``--runs`` (wall time).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

TIMELINE = """
import sys, time
from diplotui.library.statement_cache import StatementCache
from diplotui.library.timeline import TimelineCache, entity_timeline
from diplotui.store import Store
with Store.open(sys.argv[1], read_only=True) as store:
    said, dated = StatementCache.load(store), TimelineCache.load(store)
    began = time.perf_counter()
    entries = entity_timeline(store, sys.argv[2], timeline=dated, said=said)
    print(time.perf_counter() - began, len(entries))
"""


def _run(src: str, argv: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.run(argv, env=env, capture_output=True, text=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pair", nargs=2, action="append", required=True, metavar=("SRC", "LIB"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--speaker", default="le hoai trung")
    parser.add_argument("--name", default="Ngo Le Van")
    args = parser.parse_args()
    cli, speaker = [sys.executable, "-m", "diplotui"], ["--speaker", args.speaker]
    best: dict[tuple[str, str], float] = {}
    counts: dict[tuple[str, str], str] = {}
    for _ in range(args.runs):
        for src, lib in args.pair:
            commands = {
                "statements": [*cli, "--db", lib, "statements"],
                "statements --speaker": [*cli, "--db", lib, "statements", *speaker],
            }
            for label, argv in commands.items():
                began = time.perf_counter()
                done = _run(src, argv)
                took = time.perf_counter() - began
                best[src, label] = min(best.get((src, label), took), took)
                counts[src, label] = f"{done.stdout.count(chr(10))} lines"
            seconds, entries = _run(
                src, [sys.executable, "-c", TIMELINE, lib, args.name]
            ).stdout.split()
            label = f"timeline {args.name!r}"
            best[src, label] = min(best.get((src, label), float(seconds)), float(seconds))
            counts[src, label] = f"{entries} entries"
    for (src, label), took in best.items():
        print(f"{src}: {label}: {took * 1000:,.0f} ms ({counts[src, label]})")


if __name__ == "__main__":
    main()
