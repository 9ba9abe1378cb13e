"""Where finding's instructions go by phase: one function's inclusive count, by callgrind, on
the venv's own Python (3.11: no ``-X perf`` trampolines, which ``statements_profile.py`` needs).

Usage: .venv/bin/python bench/statements_phases.py [--articles DIR] [--tree SRC] REGION...

A REGION is ``module:function`` or ``module:Class.method`` (``diplotui.statements.cast:
Cast.__init__``), or ``all`` (the whole loop). Each region runs in a callgrind process of its
own over the loop ``statements_instructions.py`` counts (``find_statements`` over every
article, its spans recognised beforehand): the region's outermost calls go through
``functools.reduce`` (nothing in the finder calls it), and ``--toggle-collect=functools_reduce``
counts them alone, their callees included; ``all`` counts the loop through ``itertools.starmap``
as the bench does. A name other modules imported from the region's module is patched there too.
The counts are repeatable, whatever the machine's load (session 61).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import itertools
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "statements_dev" / "articles"


def _through_reduce(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` called through ``functools.reduce`` when not already inside it (a
    recursive call is counted once, with its outermost)."""
    depth = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        try:
            return functools.reduce(lambda _, __: function(*args, **kwargs), [0], None)
        finally:
            depth[0] -= 1

    return counted


def _patch(region: str) -> None:
    module_name, _, qualified = region.partition(":")
    module = importlib.import_module(module_name)
    owner: Any = module
    *classes, name = qualified.split(".")
    for part in classes:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    wrapped = _through_reduce(original)
    setattr(owner, name, wrapped)
    if owner is module:  # ``from module import name`` elsewhere
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("diplotui") and (
                getattr(other, name, None) is original
            ):
                setattr(other, name, wrapped)


def loop(region: str, articles: Path) -> None:
    """The loop callgrind counts (warmed on the first article, as the bench warms it)."""
    import diplotui.cite  # noqa: F401  (the finder's one lazy import, as the bench makes it)
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    texts = [path.read_text(encoding="utf-8") for path in sorted(articles.glob("*.txt"))]
    find_statements(texts[0], recognise(texts[0]))
    jobs = [(text, recognise(text)) for text in texts]
    if region == "all":
        list(itertools.starmap(find_statements, jobs))
        return
    _patch(region)
    for text, spans in jobs:
        find_statements(text, spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("regions", nargs="*", default=["all"])
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of *.txt")
    parser.add_argument("--tree", type=Path, default=ROOT / "src", help="the source tree")
    parser.add_argument("--loop", help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = args.articles.resolve()
    if args.loop:
        loop(args.loop, articles)
        return
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        for number, region in enumerate(args.regions):
            out = Path(folder) / f"{number}.out"
            toggle = "starmap_next" if region == "all" else "functools_reduce"
            command = [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                f"--toggle-collect={toggle}",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--loop",
                region,
                "--articles",
                str(articles),
            ]
            environment = {**os.environ, "PYTHONPATH": str(args.tree.resolve())}
            runs.append(
                (
                    region,
                    out,
                    subprocess.Popen(
                        command,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        env=environment,
                    ),
                )
            )
        for region, out, process in runs:
            if process.wait():
                sys.exit(f"the callgrind run of {region} failed")
            found = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
            assert found is not None, f"callgrind wrote no summary for {region}"
            print(f"{int(found.group(1)) / 1e6:10.1f} M  {region}")


if __name__ == "__main__":
    main()
