"""What finding statements adds to recognising entities, per article (target: at most 20%).

Usage: .venv/bin/python bench/bench_statements.py [--runs 9] [--commands] [--before OLD/src]

Each article of the statements dev set is recognised (``recognise``, what ``diplotui entities``
runs) and then searched for statements with those spans (``find_statements``, what ``diplotui
statements`` adds), the two interleaved in one run so that both meet the same machine load.
The fastest of ``--runs`` passes is kept for each, in wall and in CPU time of this process
(on a shared machine the wall time also counts other processes' turns; CPU time does not).
``--before OLD/src`` runs the same bench on another source tree (a frozen copy: the statement
cache is keyed on the code) and on this one, in turns, and prints their totals side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from diplotui.entities import recognise
from diplotui.statements import find_statements

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "statements_dev" / "articles"


def _best(job: Callable[[], object], runs: int) -> tuple[float, float]:
    """The shortest wall and the shortest CPU time of ``runs`` calls of ``job``."""
    wall = cpu = float("inf")
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        job()
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    return wall, cpu


def _median_seconds(job: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _command_seconds(command: str, path: Path, runs: int) -> float:
    """Median wall time of ``diplotui COMMAND FILE --jsonl`` as a user runs it."""
    argv = [sys.executable, "-m", "diplotui.cli.main", command, str(path), "--jsonl"]
    return _median_seconds(lambda: subprocess.run(argv, capture_output=True, check=True), runs)


def commands(runs: int) -> None:
    """The commands' times: what a user waits for, start-up and printing included."""
    entities = statements = 0.0
    for path in sorted(ARTICLES.glob("*.txt")):
        entities += _command_seconds("entities", path, runs)
        statements += _command_seconds("statements", path, runs)
    print(
        f"commands, all articles: diplotui entities {entities * 1000:.0f} ms, diplotui "
        f"statements {statements * 1000:.0f} ms (+{statements / entities - 1:.0%})"
    )


def side_by_side(before: str, runs: int, rounds: int = 2) -> None:
    """This bench on ``before`` (PYTHONPATH) and on this tree, in turns: the totals only."""
    trees = {
        "before": str(Path(before).resolve()),
        "this tree": str(Path(__file__).parents[1] / "src"),
    }
    for _ in range(rounds):
        for name, tree in trees.items():
            argv = [sys.executable, __file__, "--runs", str(runs)]
            environment = {**os.environ, "PYTHONPATH": tree}
            done = subprocess.run(argv, capture_output=True, text=True, check=True, env=environment)
            for line in done.stdout.splitlines():
                if line.startswith(("all ", "per article")):
                    print(f"{name:>9}: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--commands", action="store_true", help="also time the two commands")
    parser.add_argument("--before", metavar="OLD_SRC", help="compare with another source tree")
    args = parser.parse_args()
    if args.before:
        side_by_side(args.before, args.runs)
        return
    recognise("warm up the gazetteers")
    totals = {"entities": [0.0, 0.0], "statements": [0.0, 0.0]}
    ratios = []
    for path in sorted(ARTICLES.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        spans = recognise(text)
        best = {"entities": [float("inf")] * 2, "statements": [float("inf")] * 2}
        for _ in range(args.runs):  # interleaved: both see the same load
            for name, job in (
                ("entities", lambda text=text: recognise(text)),
                ("statements", lambda text=text, spans=spans: find_statements(text, spans)),
            ):
                wall, cpu = _best(job, 1)
                best[name] = [min(best[name][0], wall), min(best[name][1], cpu)]
        for name in totals:
            totals[name] = [t + b for t, b in zip(totals[name], best[name], strict=True)]
        entities_cpu, statements_cpu = best["entities"][1], best["statements"][1]
        ratios.append(statements_cpu / entities_cpu)
        print(
            f"{path.stem:<32} {len(text):>6} chars  CPU: entities {entities_cpu * 1000:6.2f} ms"
            f"  statements +{statements_cpu * 1000:5.2f} ms ({statements_cpu / entities_cpu:4.0%})"
        )
    for kind, at in (("wall", 0), ("CPU", 1)):
        entities, statements = totals["entities"][at], totals["statements"][at]
        print(
            f"all {len(ratios)} articles, {kind}: entities {entities * 1000:.1f} ms, statements "
            f"+{statements * 1000:.1f} ms ({statements / entities:.0%})"
        )
    print(f"per article (CPU): median {statistics.median(ratios):.0%}, worst {max(ratios):.0%}")
    if args.commands:
        commands(max(3, args.runs // 3))


if __name__ == "__main__":
    main()
