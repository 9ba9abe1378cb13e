"""``diplotui annotations`` over a whole library: how long before its first line, how long in all,
and whether its output is byte for byte another code tree's (left52).

Usage: .venv/bin/python bench/bench_annotations_listing.py STORE [--before SRC] [--runs 3]
       [--profile]

STORE: e.g. ``generate_library(PATH, 100_000, 250_000)``, compacted. Each run is a process of
its own (``python -m diplotui --db STORE annotations``, then with ``--json``), read as it
prints: the wall time to its first line and to its end, and a digest of what it printed.
``--before SRC``: the same runs with another tree's ``src`` first on the path, interleaved
run by run so that the machine's load falls on both alike; the digests must agree.
``--profile``: this tree's listing once in this process, under cProfile, split at the first
line printed (what the first line waits for, then the rest), the costliest functions of each.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import io
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
LISTINGS = ((), ("--json",))


def timed_run(src: Path, store: Path, extra: tuple[str, ...]) -> tuple[float, float, str]:
    """Seconds to the first line and to the end, and the output's digest."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [sys.executable, "-m", "diplotui", "--db", str(store), "annotations", *extra]
    digest = hashlib.sha256()
    started = time.perf_counter()
    first = None
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if first is None:
                first = time.perf_counter() - started
            digest.update(line)
    if process.returncode:
        raise SystemExit(f"{command} exited {process.returncode}")
    return first or 0.0, time.perf_counter() - started, digest.hexdigest()


class _FirstLine(io.TextIOBase):
    """Stdout that turns from one profile to the next at the first line written."""

    def __init__(self, before: cProfile.Profile, after: cProfile.Profile) -> None:
        self.profiles = (before, after)
        self.turned = False

    def write(self, text: str) -> int:
        if not self.turned and text.strip():
            self.profiles[0].disable()
            self.profiles[1].enable()
            self.turned = True
        return len(text)


def profile(store: Path) -> None:
    from diplotui.cli.main import main as cli

    before, after = cProfile.Profile(), cProfile.Profile()
    before.enable()
    with contextlib.redirect_stdout(_FirstLine(before, after)):
        cli(["--db", str(store), "annotations"])
    after.disable()
    before.disable()
    for label, profiled in (("to the first line", before), ("the rest", after)):
        print(f"--- {label}")
        pstats.Stats(profiled).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path, help="another tree's src folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.profile:
        profile(args.store)
        return
    trees = {"this tree": SRC, **({"before": args.before} if args.before else {})}
    for extra in LISTINGS:
        runs: dict[str, list[tuple[float, float, str]]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, src in trees.items():
                runs[name].append(timed_run(src, args.store, extra))
        digests = {run[2] for timings in runs.values() for run in timings}
        for name, timings in runs.items():
            first = statistics.median(run[0] for run in timings)
            whole = statistics.median(run[1] for run in timings)
            print(
                f"annotations {' '.join(extra)}".rstrip()
                + f", {name}: first line {first:.2f} s, all {whole:.1f} s"
                f" (medians of {len(timings)})"
            )
        print("outputs identical" if len(digests) == 1 else f"OUTPUTS DIFFER: {digests}")


if __name__ == "__main__":
    main()
