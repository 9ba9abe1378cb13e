"""Exact-span scores of the recogniser on a range of the entities dev set's files.

Held-out rounds are numbered ranges of tests/data/entities_dev (files 300-304, ...); scoring a
range alone shows what a round says before any rule is written for it, which the whole set's
figure hides. Usage: ``.venv/bin/python bench/score_dev_range.py FIRST LAST [--errors]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from diplotui.entities import recognise

DEV_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "entities_dev"

Span = tuple[str, int, int, str]


def _prf(gold: set[Span], predicted: set[Span]) -> tuple[float, float, float]:
    hits = len(gold & predicted)
    if not hits:
        return 0.0, 0.0, 0.0
    return hits / len(predicted), hits / len(gold), 2 * hits / (len(gold) + len(predicted))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=int)
    parser.add_argument("last", type=int)
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    gold: set[Span] = set()
    predicted: set[Span] = set()
    texts: dict[str, str] = {}
    for gold_file in sorted((DEV_SET / "gold").glob("*.jsonl")):
        if not args.first <= int(gold_file.stem.split("_")[0]) <= args.last:
            continue
        article = DEV_SET / "articles" / f"{gold_file.stem}.txt"
        with open(article, encoding="utf-8", newline="") as handle:
            text = texts[gold_file.stem] = handle.read()
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold.add((gold_file.stem, record["start"], record["end"], record["type"]))
        predicted.update((gold_file.stem, s.start, s.end, s.type) for s in recognise(text))
    precision, recall, f1 = _prf(gold, predicted)
    print(f"files {len(texts)}, spans {len(gold)}: F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})")
    for entity_type in sorted({span[3] for span in gold | predicted}):
        typed_gold = {g for g in gold if g[3] == entity_type}
        typed_predicted = {p for p in predicted if p[3] == entity_type}
        typed_f1 = _prf(typed_gold, typed_predicted)[2]
        print(f"  {entity_type:7} gold {len(typed_gold):4} F1 {typed_f1:.3f}")
    if args.errors:
        for label, spans in (("miss", gold - predicted), ("false", predicted - gold)):
            for stem, start, end, entity_type in sorted(spans):
                print(f"{label:5} {stem} {entity_type} {texts[stem][start:end]!r}")


if __name__ == "__main__":
    main()
