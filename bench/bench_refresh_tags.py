"""What reading the library's tag spellings costs a refresh (fixcli13): ``_known_docs``, the
pass over every stored article a refresh makes before fetching, with and without noting each
article's tags, interleaved run by run so that the machine's load falls on both alike.

    .venv/bin/python bench/bench_refresh_tags.py [--articles 10000] [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from diplotui.feeds.fetch import FetchPolicy
from diplotui.feeds.refresh import _direct, _Refresh
from diplotui.library.generate import generate_library
from diplotui.store import Store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = generate_library(Path(folder) / "lib.json", args.articles)
        with Store.open(path, read_only=True) as store:
            keys = list(store.article_ids())
            timings: dict[bool, list[float]] = {True: [], False: []}
            for _ in range(args.runs):
                for noting in (True, False):
                    run = _Refresh(store, FetchPolicy(), _direct, False, None, None)  # type: ignore[arg-type]
                    if not noting:
                        run._note_tags = lambda tags: None  # type: ignore[method-assign]
                    started = time.perf_counter()
                    run._known_docs(keys)
                    timings[noting].append(time.perf_counter() - started)
                    run.writer.shutdown()
    for noting, label in ((False, "without tags"), (True, "noting tags")):
        median = statistics.median(timings[noting]) * 1000
        print(f"_known_docs, {len(keys):,} articles, {label}: median {median:.1f} ms")


if __name__ == "__main__":
    main()
