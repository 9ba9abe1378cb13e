"""CPU of a short ``diplotui`` command as a whole process: ``list``, ``import`` and ``quote``.

A short command's cost is mostly its start (the interpreter, the imports, parsing the
arguments), which every script and every command-line test pays. Each run is a fresh process
on the same store (the seeded library, with one highlight for ``quote``; ``import`` stores a
new one-paragraph file each time); the figure is the child's CPU (user + system, from
``wait4``), which the machine's load does not inflate as it does wall time. ``--before
OLD_TREE`` runs another checkout's ``src`` on a store of its own, alternating with this one
run by run, so both see the same load.

Usage: python bench/bench_cli_start.py [--runs 15] [--before OLD_TREE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = ("list", "import", "quote")


def _child_cpu(command: list[str], env: dict[str, str]) -> float:
    """The CPU seconds of one run of ``command``, which must succeed."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {stderr}")
    return usage.ru_utime + usage.ru_stime


class Tree:
    """One checkout's ``diplotui`` on a store of its own."""

    def __init__(self, name: str, src: Path, scratch: Path) -> None:
        self.name = name
        self.env = {**os.environ, "PYTHONPATH": str(src)}
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached
        self.folder = scratch / name
        self.folder.mkdir()
        self.store = self.folder / "library.json"
        self.imported = 0
        self._diplotui("list")  # the first run seeds the library and writes the bytecode
        self._diplotui("import", str(self._page("Talks begin")))
        listed = json.loads(self._output("list", "--json"))
        article = next(row["id"] for row in listed if row["title"] == "Talks begin")
        highlight = self._output("highlight", article, "--quote", "the talks would go on")
        self.highlight = highlight.strip().splitlines()[-1]

    def _command(self, *words: str) -> list[str]:
        return [sys.executable, "-m", "diplotui", "--db", str(self.store), *words]

    def _diplotui(self, *words: str) -> None:
        subprocess.run(self._command(*words), env=self.env, check=True, capture_output=True)

    def _output(self, *words: str) -> str:
        run = subprocess.run(
            self._command(*words), env=self.env, check=True, capture_output=True, text=True
        )
        return run.stdout

    def _page(self, title: str) -> Path:
        """A new one-paragraph text file to import."""
        self.imported += 1
        page = self.folder / f"note-{self.imported}.txt"
        page.write_text(
            f"{title}\n\nThe ministers met on day {self.imported} and said the talks would "
            "go on.\n",
            encoding="utf-8",
        )
        return page

    def words(self, command: str) -> list[str]:
        """The command line of one run of ``command``."""
        if command == "list":
            return ["list"]
        if command == "quote":
            return ["quote", self.highlight]
        return ["import", str(self._page(f"Talks resume, round {self.imported}"))]

    def run(self, command: str) -> float:
        return _child_cpu(self._command(*self.words(command)), self.env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--before", type=Path, help="another checkout, measured alongside")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        trees = [Tree("after", ROOT / "src", scratch)]
        if args.before:
            trees.insert(0, Tree("before", args.before.resolve() / "src", scratch))
        figures: dict[tuple[str, str], list[float]] = {}
        for _ in range(args.runs):
            for command in COMMANDS:
                for tree in trees:
                    figures.setdefault((tree.name, command), []).append(tree.run(command))
    header = " | ".join(f"{tree.name}: median (min)" for tree in trees)
    print(f"| command, CPU of the process, {args.runs} runs | {header} |")
    print("|---|" + "---|" * len(trees))
    for command in COMMANDS:
        cells = []
        for tree in trees:
            runs = figures[(tree.name, command)]
            cells.append(f"{statistics.median(runs) * 1000:.0f} ms ({min(runs) * 1000:.0f})")
        print(f"| `diplotui {command}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
