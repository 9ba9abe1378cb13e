"""Opening a restored store: CPU time of the opens after ``doctor --restore``.

A restored file (a backup's bytes written over the store) matches no trust note unless it is
the very file the note was last written for, so each read-only open parses and checks it
whole until a writable open compacts it (and notes it); a file of 1 MB or more is compacted
by that first writable open.

    python bench/bench_restored_store.py --library /tmp/storecli/lib100k/lib.json

The library's file alone is copied to a temporary folder (no note, no journal: what a
restore leaves when the note describes a later file); each open is timed in this process
(``resource.getrusage``: CPU seconds), in order: read-only, writable (parse, check,
compaction), then read-only and writable again.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from diplotui.store import Store

OPENS = (
    ("read-only open, restored file", True),
    ("first writable open (parse, check, compaction)", False),
    ("read-only open after it", True),
    ("writable open after it", False),
)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="a library.json to copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.json"
        shutil.copyfile(args.library, path)
        for label, read_only in OPENS:
            cpu, wall = cpu_seconds(), time.perf_counter()
            with Store.open(path, read_only=read_only) as store:
                count = len(store.article_ids())
            print(
                f"{label}: {cpu_seconds() - cpu:.2f} s CPU, "
                f"{time.perf_counter() - wall:.2f} s wall ({count:,} articles)"
            )


if __name__ == "__main__":
    main()
