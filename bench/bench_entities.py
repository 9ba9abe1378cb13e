"""Entity recognition speed (characters per second) and the import cost of the recogniser.

Usage: .venv/bin/python bench/bench_entities.py [--megabytes 5 --runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def _subprocess_seconds(code: str, runs: int) -> float:
    """Median wall time of a fresh interpreter running ``code``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_cost(runs: int) -> tuple[float, float]:
    """(added start-up in a fresh process, self-reported import time), both in seconds."""
    bare = _subprocess_seconds("pass", runs)
    with_import = _subprocess_seconds("from diplotui.entities import recognise", runs)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import diplotui.entities"],
        capture_output=True,
        text=True,
        check=True,
    )
    last = result.stderr.strip().splitlines()[-1]  # "import time: self | cumulative | name"
    cumulative_us = int(last.split("|")[1])
    return with_import - bare, cumulative_us / 1e6


def throughput(megabytes: float, runs: int) -> tuple[int, float, int, float]:
    """(characters, median seconds, spans, first-call gazetteer load seconds)."""
    from diplotui.entities import recognise

    start = time.perf_counter()
    recognise("Hanoi")
    first_call = time.perf_counter() - start
    texts = [
        path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")) if path.is_file()
    ]
    seed_text = "\n\n".join(texts)
    repeats = max(1, int(megabytes * 1_000_000 / max(len(seed_text), 1)))
    text = "\n\n".join([seed_text] * repeats)
    times = []
    spans = 0
    for _ in range(runs):
        start = time.perf_counter()
        spans = len(recognise(text))
        times.append(time.perf_counter() - start)
    return len(text), statistics.median(times), spans, first_call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    added, self_reported = import_cost(max(args.runs, 5))
    print(f"import: +{added * 1000:.0f} ms start-up vs bare interpreter (median)")
    print(f"import: {self_reported * 1000:.0f} ms by -X importtime (incl. diplotui.model)")
    chars, seconds, spans, first_call = throughput(args.megabytes, args.runs)
    print(f"first call (loads gazetteers): {first_call * 1000:.0f} ms")
    print(
        f"recognise: {chars:,} chars in {seconds:.2f} s = {chars / seconds:,.0f} chars/s "
        f"({spans:,} spans, median of {args.runs})"
    )


if __name__ == "__main__":
    main()
