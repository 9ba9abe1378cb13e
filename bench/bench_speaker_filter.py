"""The Statements view's filter, keystroke by keystroke, on a kept library: what each letter
typed costs the index (``StatementIndex.find``), and for a filter that lists nothing what
its "why none" line costs (``names_no_speaker``, ``names_started`` and, where the code has
it, ``close_speakers``), as the view works them out; where the code reads the countries an
``org:`` term names (``read_places``, a worker of the view), that is timed once apart, first.

Usage: .venv/bin/python bench/bench_speaker_filter.py --pair SRC LIB [--pair SRC LIB ...]
       [--runs 5] [--typed "ngo le van" --typed "org:sudan" ...]

Each ``--pair`` is a source tree (its ``src``, put on PYTHONPATH) and a library (made by
``bench_statements_view.py --keep DIR``: ``DIR/lib.json``) whose statement cache that code
has filled. The pairs' runs are interleaved, so one load of the machine weighs on all alike;
each figure is the best of ``--runs`` of the median and the worst keystroke (in-process,
wall time; the index is built once, as the view builds it in a worker).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

TYPED = ("ngo le van", "le hoai trung", "el-burhan", "daglo", "org:sudan", "org:foreign")

CHILD = """
import json, statistics, sys, time
from diplotui.library import LibraryQuery
from diplotui.library.statement_cache import StatementCache
from diplotui.library.statements import StatementIndex, StatementQuery
from diplotui.store import Store
with Store.open(sys.argv[1], read_only=True) as store:
    articles = LibraryQuery().apply(store)
    index = StatementIndex.build(articles, StatementCache.load(store))
    figures = {}
    try:  # the view reads the countries an org: term may name in a worker, once
        from diplotui.library.speaker_names import read_places
    except ImportError:
        pass
    else:
        began = time.perf_counter()
        read_places()
        figures["(places read, in the view's worker)"] = [time.perf_counter() - began] * 2 + [0]
    for typed in json.loads(sys.argv[2]):
        took = []
        for end in range(1, len(typed) + 1):
            began = time.perf_counter()
            query = StatementQuery.parse(typed[:end])
            found = index.find(query, store)
            if not found.rows and index.names_no_speaker(query):
                index.names_started(query)
                if hasattr(index, "close_speakers"):
                    index.close_speakers(query, store)
            took.append(time.perf_counter() - began)
        figures[typed] = [statistics.median(took), max(took), len(found.rows)]
    print(json.dumps(figures))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pair", nargs=2, action="append", required=True, metavar=("SRC", "LIB"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typed", action="append", default=None)
    args = parser.parse_args()
    typed = json.dumps(args.typed or TYPED)
    best: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.runs):
        for src, lib in args.pair:
            env = {**os.environ, "PYTHONPATH": src}
            argv = [sys.executable, "-c", CHILD, lib, typed]
            done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
            for text, (median, worst, rows) in json.loads(done.stdout).items():
                kept = best.setdefault((src, text), [median, worst, rows])
                kept[0], kept[1] = min(kept[0], median), min(kept[1], worst)
    for (src, text), (median, worst, rows) in best.items():
        print(
            f"{src}: {text!r}: keystroke median {median * 1000:.2f} ms, worst "
            f"{worst * 1000:.2f} ms ({rows:,.0f} statements listed)"
        )


if __name__ == "__main__":
    main()
