#!/usr/bin/env python3
"""Build gold/<stem>.jsonl from specs/<stem>.spec and articles/<stem>.txt after a spec edit.

A spec line is ``TYPE<TAB>surface`` (every occurrence of the surface is marked) or
``TYPE<TAB>surface<TAB>n,m`` (only its n-th and m-th occurrences, counted from 1, for a surface
the guidelines annotate in one place and not another, such as a lowercase title). Longer surfaces
are marked first; a mark needs word boundaries and never overlaps an earlier one, as in the
shared gold set's builder. ``--show STEM`` prints the text with the marks for reading through.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ORG", "GPE", "LOC", "DATE", "ROLE", "LAW", "EVENT"}


def _read_spec(path: Path) -> list[tuple[str, str, set[int] | None]]:
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] not in TYPES or len(parts) not in (2, 3) or not parts[1]:
            raise SystemExit(f"{path.name}:{number}: bad spec line {line!r}")
        only = {int(n) for n in parts[2].split(",")} if len(parts) == 3 else None
        entries.append((parts[0], parts[1], only))
    return entries


def _boundary(text: str, start: int, end: int) -> bool:
    before = start == 0 or not text[start - 1].isalnum()
    after = end == len(text) or not text[end].isalnum()
    return before and after


def build(stem: str) -> list[dict[str, object]]:
    text = (HERE / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    with open(HERE / "articles" / f"{stem}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    taken = [False] * len(text)
    spans = []
    entries = _read_spec(HERE / "specs" / f"{stem}.spec")
    for entity_type, surface, only in sorted(entries, key=lambda e: -len(e[1])):
        occurrence = 0
        start = text.find(surface)
        marked = 0
        while start != -1:
            end = start + len(surface)
            if _boundary(text, start, end) and not any(taken[start:end]):
                occurrence += 1
                if only is None or occurrence in only:
                    taken[start:end] = [True] * (end - start)
                    spans.append({"start": start, "end": end, "text": surface, "type": entity_type})
                    marked += 1
            start = text.find(surface, start + 1)
        if not marked:
            raise SystemExit(f"{stem}: {surface!r} ({entity_type}) marks nothing")
    return sorted(spans, key=lambda s: s["start"])  # type: ignore[arg-type,return-value]


def show(stem: str) -> str:
    with open(HERE / "articles" / f"{stem}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    out, position = [], 0
    for span in build(stem):
        start, end = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        out.append(text[position:start] + f"[{text[start:end]}]{span['type']}")
        position = end
    return "".join(out) + text[position:]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--show"]:
        print(show(argv[1]))
        return 0
    for spec in sorted((HERE / "specs").glob("*.spec")):
        spans = build(spec.stem)
        lines = [json.dumps(span, ensure_ascii=False) for span in spans]
        (HERE / "gold" / f"{spec.stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
