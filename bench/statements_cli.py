"""CPU time of ``diplotui statements FILE`` beside ``diplotui entities FILE``, per article, as a
user runs them: the issue's words are "adds at most 20% to `diplotui entities` time per article".

Usage: .venv/bin/python bench/statements_cli.py [--articles DIR] [--limit N] [--runs R]

Each article is given to both commands one after the other (alternating which goes first), each
a fresh process on a temporary store; the figure is the children's CPU time (user + system, which
waiting for a core on a loaded machine does not inflate), the best of ``--runs`` per article and
command. A process's start (imports, gazetteers) is part of what the user waits for, so it is
counted; ``statements_instructions.py`` counts the in-process work alone.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "statements_dev" / "articles"
DIPLOTUI = Path(sys.executable).with_name("diplotui")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(command: str, article: Path, store: Path) -> float:
    """CPU seconds of one ``diplotui COMMAND ARTICLE`` process, its output discarded."""
    before = _children_cpu()
    subprocess.run(
        [str(DIPLOTUI), "--db", str(store), command, str(article)],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    return _children_cpu() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    articles = sorted(args.articles.glob("*.txt"))
    if args.limit:
        articles = articles[: args.limit]
    totals = {"entities": 0.0, "statements": 0.0}
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "lib.json"
        for number, article in enumerate(articles):
            order = ("entities", "statements") if number % 2 == 0 else ("statements", "entities")
            best = {command: float("inf") for command in order}
            for _ in range(args.runs):
                for command in order:
                    best[command] = min(best[command], _cpu_of(command, article, store))
            for command in order:
                totals[command] += best[command]
    count = len(articles)
    entities, statements = totals["entities"], totals["statements"]
    print(f"{count} articles, CPU per article (best of {args.runs}):")
    print(f"  diplotui entities FILE    {1000 * entities / count:7.1f} ms")
    print(f"  diplotui statements FILE  {1000 * statements / count:7.1f} ms")
    print(f"  statements / entities     {statements / entities:7.3f}")


if __name__ == "__main__":
    main()
