"""Whether two source trees find the same statements on every dev text (a speed change must not
change the output).

Usage: .venv/bin/python bench/statements_diff.py OLD/src [--show 5]

Texts: the statements and entities dev sets' articles, each whole, with blank lines folded, and
cut in half (both halves): cut texts end mid-sentence or mid-quotation, where a finder's edge
cases are. Each tree runs in its own process (``PYTHONPATH``) and prints one JSON line per text;
the lines are compared and the first differences shown.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    ROOT / "tests" / "statements_dev" / "articles",
    ROOT / "tests" / "data" / "entities_dev" / "articles",
)


def texts() -> dict[str, str]:
    """Every variant of every dev text, by a name that says which."""
    found: dict[str, str] = {}
    for folder in SETS:
        for path in sorted(folder.glob("*.txt")):
            with open(path, encoding="utf-8", newline="") as handle:  # as stored: CRLF kept
                text = handle.read()
            name = f"{folder.parent.name}/{path.stem}"
            half = len(text) // 2
            variants = {
                "whole": text,
                "folded": re.sub(r"\n\s*\n", "\n", text),
                "first half": text[:half],
                "second half": text[half:],
            }
            for variant, body in variants.items():
                found[f"{name} {variant}"] = body
    return found


def dump() -> None:
    """One JSON line per text: its name and its statements (this process's tree)."""
    from diplotui.entities import recognise
    from diplotui.statements import find_statements

    for name, text in texts().items():
        found = find_statements(text, recognise(text))
        print(json.dumps([name, [dataclasses.asdict(s) for s in found]], ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", nargs="?", help="the other tree's src")
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    if args.dump:
        dump()
        return
    outputs = []
    for tree in (Path(args.before).resolve(), ROOT / "src"):
        environment = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run(
            [sys.executable, __file__, "--dump"],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        outputs.append(dict(json.loads(line) for line in done.stdout.splitlines()))
    before, after = outputs
    differing = [name for name in before if before[name] != after.get(name)]
    statements = sum(len(found) for found in before.values())
    print(f"{len(before)} texts, {statements} statements before: {len(differing)} differ")
    for name in differing[: args.show]:
        old = {json.dumps(s, sort_keys=True) for s in before[name]}
        new = {json.dumps(s, sort_keys=True) for s in after[name]}
        print(
            f"== {name}\n  - "
            + "\n  - ".join(sorted(old - new))
            + "\n  + "
            + "\n  + ".join(sorted(new - old))
        )
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
