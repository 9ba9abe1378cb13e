"""What finding statements adds to recognising entities, per article (target: at most 20%).

Usage: .venv/bin/python bench/bench_statements.py [--runs 9] [--commands]

Each article of the statements dev set (the two seeds and 12 articles from other outlets) is
recognised (``recognise``, what ``diplotui entities`` runs) and then searched for statements
with those spans (``find_statements``, what ``diplotui statements`` adds); the medians of
``--runs`` passes are compared per article and over the whole set.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from diplotui.entities import recognise
from diplotui.statements import find_statements

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "statements_dev" / "articles"


def _median_seconds(job, runs: int) -> float:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--commands", action="store_true", help="also time the two commands")
    args = parser.parse_args()
    recognise("warm up the gazetteers")
    total_entities = total_statements = 0.0
    ratios = []
    for path in sorted(ARTICLES.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        spans = recognise(text)
        entities = _median_seconds(lambda text=text: recognise(text), args.runs)
        statements = _median_seconds(
            lambda text=text, spans=spans: find_statements(text, spans), args.runs
        )
        total_entities += entities
        total_statements += statements
        ratios.append(statements / entities)
        print(
            f"{path.stem:<32} {len(text):>6} chars  entities {entities * 1000:6.2f} ms  "
            f"statements +{statements * 1000:5.2f} ms ({statements / entities:4.0%})"
        )
    print(
        f"all {len(ratios)} articles: entities {total_entities * 1000:.1f} ms, statements "
        f"+{total_statements * 1000:.1f} ms ({total_statements / total_entities:.0%}); "
        f"median per article {statistics.median(ratios):.0%}, worst {max(ratios):.0%}"
    )
    if args.commands:
        commands(max(3, args.runs // 3))


if __name__ == "__main__":
    main()
