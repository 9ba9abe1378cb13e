"""Instructions of finding statements on the statements dev set, counted by callgrind (repeatable
whatever the machine's load), beside those of recognising the same articles.

Usage: .venv/bin/python bench/statements_instructions.py [--before OLD/src] [--articles DIR]

Each tree runs under ``valgrind --tool=callgrind`` twice with collection toggled on one loop:
``recognise`` over every article, then ``find_statements`` over every article with its spans
recognised beforehand (``itertools.starmap`` is the toggle, so nothing else is counted).
``--articles`` counts another folder of ``*.txt`` articles (the entities dev set's are less
dense in statements than the statements dev set's, as a library is).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "statements_dev" / "articles"


def loop(phase: str, articles: Path) -> None:
    """The loop callgrind counts: ``phase`` over every article (spans recognised first)."""
    import itertools

    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    texts = [path.read_text(encoding="utf-8") for path in sorted(articles.glob("*.txt"))]
    # Each phase first runs once, uncounted, on the first article: loading gazetteers, compiling
    # patterns and lazy imports are a process's, not an article's (until session 36 only
    # recognition was warmed, so finding also counted its own set-up).
    # The finder's one lazy import (``diplotui.cite``, for a text quoting in » at both ends)
    # is made here too: an article after the first asking for it counted the module's
    # compilation and patterns as finding (session 37), though ``diplotui statements``
    # imports the module at its start.
    import diplotui.cite  # noqa: F401

    warm_up_spans = recognise(texts[0])
    if phase == "entities":
        list(itertools.starmap(recognise, [(text,) for text in texts]))
        return
    find_statements(texts[0], warm_up_spans)
    # Patterns compiled at their first use (session 65) are compiled here, as a tree before
    # them compiled every one at import: a process's cost either way, not an article's.
    try:
        from diplotui.lazy_patterns import compile_all
    except ImportError:  # a tree from before session 65
        pass
    else:
        compile_all()
    jobs = [(text, recognise(text)) for text in texts]
    list(itertools.starmap(find_statements, jobs))


def counted(
    script: str, tree: Path, phase: str, out: Path, articles: Path
) -> subprocess.Popen[bytes]:
    """callgrind counting ``script --loop phase`` on ``tree``, started (the runs go on side by
    side; ``statements_class_string.py`` counts its phases the same way)."""
    return subprocess.Popen(
        [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=starmap_next",
            f"--callgrind-out-file={out}",
            sys.executable,
            script,
            "--loop",
            phase,
            "--articles",
            str(articles),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )


def summary(out: Path) -> int:
    """The instructions callgrind counted into ``out``."""
    found = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
    assert found is not None, f"callgrind wrote no summary to {out}"
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", metavar="OLD_SRC", help="also count another source tree")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of *.txt")
    parser.add_argument("--loop", choices=("entities", "statements"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = args.articles.resolve()
    if args.loop:
        loop(args.loop, articles)
        return
    trees = {"this tree": ROOT / "src"}
    if args.before:
        trees = {"before": Path(args.before).resolve(), **trees}
    with tempfile.TemporaryDirectory() as folder:
        runs = {
            (name, phase): (Path(folder) / f"{name.replace(' ', '-')}-{phase}.out")
            for name in trees
            for phase in ("entities", "statements")
        }
        started = [
            counted(__file__, trees[name], phase, out, articles)
            for (name, phase), out in runs.items()
        ]
        if any(process.wait() for process in started):
            sys.exit("a callgrind run failed")
        counts = {run: summary(out) for run, out in runs.items()}
    for name in trees:
        entities, statements = counts[name, "entities"], counts[name, "statements"]
        print(
            f"{name:>9}: entities {entities / 1e6:.1f} M, statements {statements / 1e6:.1f} M "
            f"(+{statements / entities:.1%})"
        )


if __name__ == "__main__":
    main()
