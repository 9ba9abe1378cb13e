"""Filter and sort behind the library pane, on existing stores, this code beside an older one.

Usage: .venv/bin/python bench/bench_library_facets.py --library PATH [--library PATH ...]
       [--before OLD_TREE/src] [--runs 5]

Each library is measured in a fresh process per code tree (``--before`` puts an older
checkout's ``src`` first on the path, e.g. a ``git worktree`` of main), one tree after the
other, in CPU time of the process (``time.process_time``: waiting for a shared core does not
count). Filters are the ones issue 13 names (tag, two tags, source, date range, annotated,
tag + date) over the whole library in date order, the result as ids, as the pane needs them;
"sort" is changing the order of the whole list when nothing was prepared (the old pane's `o`
before its background sort) and once prepared. Where ``LibraryFacets`` exists it answers
(the preparation is its build, a thread worker's job in the app); otherwise
``LibraryQuery.select`` over the sorted articles does. Targets at 100,000 articles: filter
<= 20 ms, sort <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

FILTERS = {
    "tag": {"tags": ["asean"]},
    "two tags": {"tags": ["asean", "laos"]},
    "source": {"source": "vnexpress"},
    "date range": {"since": "2020-01", "until": "2021-06"},
    "annotated": {"annotated": True},
    "tag + date": {"tags": ["asean"], "since": "2024"},
}
SORTS = ("date", "title", "source", "annotated")


def cpu_ms(action: Callable[[], object], runs: int) -> float:
    """The median CPU time of ``runs`` calls, in milliseconds."""
    samples = []
    for _ in range(runs):
        tick = time.process_time()
        action()
        samples.append((time.process_time() - tick) * 1000)
    return statistics.median(samples)


def child(path: str, runs: int) -> dict[str, Any]:
    from diplotui.library import LibraryQuery, MatchContext
    from diplotui.store import Store

    facets_class: Any
    try:
        from diplotui.library.facets import LibraryFacets as facets_class
    except ImportError:
        facets_class = None  # the older code has no facets

    with Store.open(path, read_only=True) as store:
        articles = store.articles()
        counts = store.highlight_counts()
        ctx = MatchContext(annotation_counts=counts)
        result: dict[str, Any] = {"articles": len(articles)}
        result["sort, nothing prepared"] = {
            sort: cpu_ms(lambda s=sort: LibraryQuery(sort=s).sorted(articles, ctx), 1)  # type: ignore[misc]
            for sort in SORTS
        }
        if facets_class is not None:
            tick = time.process_time()
            facets = facets_class.of(articles, counts)
            result["prepare"] = (time.process_time() - tick) * 1000

            def answer(query: Any) -> list[str]:
                return list(facets.select(query, ctx))

        else:
            tick = time.process_time()  # what the old pane's background sort did
            ordered = {sort: LibraryQuery(sort=sort).sorted(articles, ctx) for sort in SORTS}
            result["prepare"] = (time.process_time() - tick) * 1000

            ordered_ids = {sort: [a.id for a in ordered[sort]] for sort in SORTS}

            def answer(query: Any) -> list[str]:
                if query.is_empty():  # the old pane kept the ids of each whole order
                    return ordered_ids[query.sort]
                return [a.id for a in query.select(ordered[query.sort], ctx)]

        result["sort, prepared"] = {
            sort: cpu_ms(lambda s=sort: answer(LibraryQuery(sort=s)), runs)  # type: ignore[misc]
            for sort in SORTS
        }
        result["filter"] = {
            name: cpu_ms(lambda f=fields: answer(LibraryQuery(**f)), runs)  # type: ignore[misc]
            for name, fields in FILTERS.items()
        }
        result["filter, title order"] = {
            name: cpu_ms(lambda f=fields: answer(LibraryQuery(sort="title", **f)), runs)  # type: ignore[misc]
            for name, fields in FILTERS.items()
        }
    return result


def run(path: str, src: str | None, runs: int) -> dict[str, Any]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, __file__, "--child", path, "--runs", str(runs)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(out.splitlines()[-1]))


def cells(result: dict[str, Any], group: str) -> str:
    values = result[group]
    return " / ".join(f"{values[name]:.1f}" for name in values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", action="append", default=[])
    parser.add_argument("--before", default="", help="an older tree's src folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.runs)))
        return
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print("filters: " + " / ".join(FILTERS) + "; sorts: " + " / ".join(SORTS) + " (CPU ms)")
    for path in args.library:
        trees = [("before", args.before)] if args.before else []
        for label, src in [*trees, ("now", "")]:
            result = run(path, src or None, args.runs)
            print(f"{result['articles']:,} articles, {label}:")
            print(f"  prepared in {result['prepare']:.0f} ms")
            for group in (
                "filter",
                "filter, title order",
                "sort, nothing prepared",
                "sort, prepared",
            ):
                print(f"  {group}: {cells(result, group)}")
        print(f"load average: {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
