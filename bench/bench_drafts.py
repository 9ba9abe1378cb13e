"""What an article's opening spends on note drafts: it read every file of the drafts folder
(``DraftFolder.drafts``), on the app's UI thread; it now asks the app's draft writer, which
read the folder once, at the start (``DraftWriter.drafts``). Medians of ``--rounds``.

    .venv/bin/python bench/bench_drafts.py [--counts 10,100,1000] [--rounds 21]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diplotui.session.drafts import DraftFolder, DraftWriter, NoteDraft


def median_ms(read: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="10,100,1000")
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    print("drafts  folder read at each opening  in-memory view (after one read at start)")
    for count in (int(c) for c in args.counts.split(",")):
        with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as work:
            folder = DraftFolder(Path(work) / "library.json")
            typed = "A note being typed about the talks and who said what. " * 4
            for number in range(count):
                folder.write(NoteDraft(f"{number:012x}", "article", typed, "the article"))
            writer = DraftWriter(folder, print)
            writer.drafts()  # the start's read
            read = median_ms(folder.drafts, args.rounds)
            kept = median_ms(writer.drafts, args.rounds)
        print(f"{count:>6}  {read:26.2f} ms  {kept:26.3f} ms")


if __name__ == "__main__":
    main()
