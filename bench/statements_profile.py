"""Where finding's instructions go: each Python function's inclusive share, counted by callgrind.

Usage: .venv/bin/python bench/statements_profile.py --python PY312 [--articles DIR] [--top 40]

``PY312`` is a Python 3.12 or later interpreter that can import the project's dependencies (a
second venv: ``python3.12 -m venv V && V/bin/pip install rich``; the finder needs no more).
It runs the loop ``statements_instructions.py`` counts (``find_statements`` over every
article, its spans recognised beforehand, collection toggled on ``itertools.starmap``) with
``-X perf``: each Python function then runs through a trampoline of its own, which callgrind
counts as a function, and ``/tmp/perf-PID.map`` names it. The venv's 3.11 has no trampolines,
so its callgrind output names only the interpreter's C functions; 3.12's counts run ~15%
higher (the trampolines), so read the shares, not the totals.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOOP = ROOT / "bench" / "statements_instructions.py"
ARTICLES = ROOT / "tests" / "statements_dev" / "articles"
_INCLUSIVE = re.compile(r"\s*([\d,]+) \([^)]*\)\s+\?\?\?:0x([0-9a-f]+) \[\?\?\?\]")


def _names(perf_map: Path) -> tuple[list[int], list[tuple[int, str]]]:
    """The trampolines' start addresses, and each one's end and Python function."""
    entries = []
    for line in perf_map.read_text().splitlines():
        start, size, name = line.split(" ", 2)
        entries.append((int(start, 16), int(start, 16) + int(size, 16), name.removeprefix("py::")))
    entries.sort()
    return [start for start, _, _ in entries], [(end, name) for _, end, name in entries]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--python", required=True, help="a Python >= 3.12 (for -X perf)")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of *.txt")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        process = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--collect-atstart=no",
                "--toggle-collect=starmap_next",
                f"--callgrind-out-file={out}",
                args.python,
                "-X",
                "perf",
                str(LOOP),
                "--loop",
                "statements",
                "--articles",
                str(args.articles.resolve()),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            check=False,
        )
        if process.returncode:
            sys.exit("the callgrind run failed")
        perf_map = Path(f"/tmp/perf-{_field(out, 'pid')}.map")
        starts, ends = _names(perf_map)
        annotated = subprocess.run(
            ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        total = _field(out, "summary")
    perf_map.unlink()
    costs: dict[str, int] = {}
    for line in annotated.splitlines():
        found = _INCLUSIVE.match(line)
        if found is None:
            continue
        address = int(found.group(2), 16)
        index = bisect_right(starts, address) - 1
        if index < 0 or address >= ends[index][0] or LOOP.name in ends[index][1]:
            continue  # not a trampoline (the interpreter's own code), or the loop itself
        name = ends[index][1].replace(str(ROOT / "src" / "diplotui") + "/", "")
        costs[name] = max(costs.get(name, 0), int(found.group(1).replace(",", "")))
    print(f"finding: {total / 1e6:.1f} M instructions (with trampolines), inclusive shares:")
    for name, cost in sorted(costs.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{cost / total:7.1%} {cost / 1e6:8.1f} M  {name}")


def _field(out: Path, name: str) -> int:
    """A number callgrind wrote in its output's header: ``summary`` (instructions), ``pid``
    (the profiled process's, which names its perf map)."""
    found = re.search(rf"^{name}: (\d+)", out.read_text(), re.MULTILINE)
    assert found is not None, f"callgrind wrote no {name} to {out}"
    return int(found.group(1))


if __name__ == "__main__":
    main()
