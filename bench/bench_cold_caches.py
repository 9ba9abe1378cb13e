"""Filling the statement and timeline caches of a library from cold: ``diplotui timeline NAME``
on a library without ``<store>.cache/``, which fills both before it answers (cache9, session 18).

Usage: .venv/bin/python bench/bench_cold_caches.py --library LIB [--before OLD/src] [--runs 2]
       [--name "Le Hoai Trung"] [--outputs DIR]

Each run times, in fresh processes from an emptied cache folder each (``PYTHONPATH`` names
the tree: this checkout's ``src``, or ``--before``'s, alternated run by run), ``statements
--speaker NAME`` (which fills the statement cache alone, as the first ``W`` does) and
``timeline NAME`` (both caches), then runs both with ``--json`` on the caches left. Every
output must be byte for byte the same for every tree and run; ``--outputs DIR`` keeps them.
The commands only read the store; its cache folder is deleted before each cold one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src"
COLD = {  # each timed on a library without caches
    "statements": ("statements", "--speaker"),  # the statement cache alone, as a first W fills it
    "timeline": ("timeline",),  # both caches
}
WARM = {
    "timeline.json": ("timeline", "--json"),
    "statements.json": ("statements", "--json", "--speaker"),
}


def run(tree: Path, library: Path, *args: str) -> tuple[float, bytes]:
    """Wall seconds and standard output of ``diplotui --db LIBRARY ARGS`` from ``tree``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(library), *args],
        env=env,
        stdout=subprocess.PIPE,
        check=True,
    )
    return time.perf_counter() - started, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--before", type=Path, help="the src folder of the tree compared with")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--name", default="Le Hoai Trung")
    parser.add_argument("--outputs", type=Path)
    args = parser.parse_args()
    trees = {"after": HERE}
    if args.before is not None:
        trees = {"before": args.before.resolve(), **trees}
    cache = args.library.with_name(args.library.name + ".cache")
    times: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
    outputs: dict[str, set[str]] = {}
    for number in range(args.runs):
        for label, tree in trees.items():
            results = {}
            for kind, command in COLD.items():
                shutil.rmtree(cache, ignore_errors=True)
                seconds, results[kind] = run(tree, args.library, *command, args.name)
                times[label].setdefault(kind, []).append(seconds)
                print(f"run {number + 1} {label}: cold {kind} {seconds:.2f} s", flush=True)
            for kind, command in WARM.items():
                results[kind] = run(tree, args.library, *command, args.name)[1]
            for kind, output in results.items():
                outputs.setdefault(kind, set()).add(hashlib.sha256(output).hexdigest())
                if args.outputs is not None:
                    args.outputs.mkdir(parents=True, exist_ok=True)
                    (args.outputs / f"{label}-{number}-{kind}").write_bytes(output)
    for label, kinds in times.items():
        for kind, seconds in kinds.items():
            listed = ", ".join(f"{s:.2f}" for s in seconds)
            print(f"{label}: cold {kind} median {statistics.median(seconds):.2f} s ({listed})")
    for kind, digests in outputs.items():
        print(f"{kind}: {'the same in every run' if len(digests) == 1 else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
