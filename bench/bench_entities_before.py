"""This recogniser against an earlier one, in one process, alternating, on the same texts.

Usage: .venv/bin/python bench/bench_entities_before.py BEFORE_SRC [--megabytes 1 --runs 5
--files 1000] (--files 0: no import)

BEFORE_SRC is the ``src`` folder of an earlier checkout (``git worktree add /tmp/before d17b8ce``
then ``/tmp/before/src``); its ``diplotui/entities`` package is loaded beside this one. On a
shared machine the load changes from second to second, so each round times the two back to
back and the medians are compared; a single pair means little.

Measures: characters per second on the seeds and on the other-outlets dev set, each two ways:
joined into one text (repeated to about ``--megabytes``) and article by article (each file
recognised alone, as the app and the importer do: the dev set joined is one 550 KB text of 280
articles, where linking names across the whole text costs what no single article does); and the
import of ``--files`` generated text files through this code's importer, once with each
recogniser.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import diplotui.entities
from bench_library import bench_import  # this folder is first on the path of a script
from diplotui.model import EntitySpan

REPO = Path(__file__).resolve().parents[1]
CORPORA = {
    "seeds": sorted((REPO / "seeds").glob("*.txt")),
    "dev set": sorted((REPO / "tests" / "data" / "entities_dev" / "articles").glob("*.txt")),
}
Recognise = Callable[[str], list[EntitySpan]]


def load_before(src: Path) -> ModuleType:
    """The earlier ``diplotui.entities`` package, imported as ``diplotui.entities_before``."""
    package = src / "diplotui" / "entities"
    spec = importlib.util.spec_from_file_location(
        "diplotui.entities_before",
        package / "__init__.py",
        submodule_search_locations=[str(package)],
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"{package}: not a diplotui.entities package")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def repeated(paths: list[Path], megabytes: float) -> str:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in paths)
    return "\n\n".join([text] * max(1, int(megabytes * 1_000_000 / len(text))))


def timed(recognise: Recognise, texts: list[str]) -> tuple[float, float]:
    """(wall seconds, this process's CPU seconds) to recognise each text in turn: on a busy
    machine the second is steadier."""
    start, cpu_start = time.perf_counter(), time.process_time()
    for text in texts:
        recognise(text)
    return time.perf_counter() - start, time.process_time() - cpu_start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before_src", type=Path)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    recognisers: dict[str, Recognise] = {
        "before": load_before(args.before_src).recognise,
        "now": diplotui.entities.recognise,
    }
    for recognise in recognisers.values():
        recognise("Hanoi")  # loads the gazetteers outside the timings
    for corpus, paths in CORPORA.items():
        articles = [path.read_text(encoding="utf-8") for path in paths]
        for way, texts in (
            ("joined", [repeated(paths, args.megabytes)]),
            (
                "by article",
                articles * max(1, int(args.megabytes * 1_000_000 / len("".join(articles)))),
            ),
        ):
            chars = sum(len(text) for text in texts)
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in recognisers}
            for _ in range(args.runs):
                for name, recognise in recognisers.items():
                    times[name].append(timed(recognise, texts))
            for name, pairs in times.items():
                wall = chars / statistics.median(pair[0] for pair in pairs)
                cpu = chars / statistics.median(pair[1] for pair in pairs)
                print(
                    f"{corpus:8} {way:10} {name:6}: {wall:>12,.0f} chars/s wall,"
                    f" {cpu:>12,.0f} per CPU second (median of {args.runs})"
                )
    imports: dict[str, list[float]] = {name: [] for name in recognisers}
    for _ in range(max(1, args.runs // 2) if args.files else 0):
        for name, recognise in recognisers.items():
            diplotui.entities.recognise = recognise  # what the importer's entity cache calls
            with tempfile.TemporaryDirectory() as work:
                imports[name].append(bench_import(args.files, 0, Path(work))[0])
    diplotui.entities.recognise = recognisers["now"]
    for name, seconds in imports.items() if args.files else ():
        print(f"import {args.files:,} files {name:6}: {statistics.median(seconds):.2f} s (median)")


if __name__ == "__main__":
    main()
