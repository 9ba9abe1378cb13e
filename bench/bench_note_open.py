"""CPU of the trust note read and parsed at open (``storage._read_if_present``) and of a
read-only ``Store.open``, medians of N, on a store a tree compacted (run it under that tree's
``PYTHONPATH``: each tree reads the note its own compaction wrote).

Usage: python bench/bench_note_open.py STORE [RUNS] [LABEL]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from diplotui.store import Store, storage


def main() -> None:
    path = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 21
    label = sys.argv[3] if len(sys.argv) > 3 else str(path)
    note, opened = [], []
    for _ in range(runs):
        start = time.process_time()
        _, match = storage._read_if_present(path)
        note.append(time.process_time() - start)
        assert match.note is not None, "the note does not match the file: compact it first"
        start = time.process_time()
        Store.open(path, read_only=True).close()
        opened.append(time.process_time() - start)
    print(
        f"{label}: note {statistics.median(note) * 1000:.1f} ms, read-only open "
        f"{statistics.median(opened) * 1000:.1f} ms (median of {runs})"
    )


if __name__ == "__main__":
    main()
