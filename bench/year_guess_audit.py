"""The year-guess audit: what year an article of no stated date gets from its text (session 42).

An article whose text states no date (no front matter, meta tags, byline or dateline) is
dated by the years its text names, where ``year_from_text`` finds the evidence strong; the
rest stay undated. Over the dev articles of known date (``bench/data/dates_audit.jsonl``
gives each article's date) with no dateline and a year named, this prints how often each
rule gives the right year, a wrong one (earlier or later) or none: the product's rule and
the simple ones it replaced (the year named most often, the latest, the first).
Usage: ``PYTHONPATH=src .venv/bin/python bench/year_guess_audit.py [--errors]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from diplotui.ingest.metadata import _DATELINE_RE, _head_lines, year_from_text, years_named

TESTS = Path(__file__).resolve().parents[1] / "tests"
CASES = Path(__file__).resolve().parent / "data" / "dates_audit.jsonl"
TODAY = date(2026, 12, 31)  # the latest article date in the cases: a fixed "today"


def _article_text(source: str) -> str:
    folder, stem = source.rsplit("/", 1)
    return (TESTS / folder / "articles" / f"{stem}.txt").read_text()


def _most_often(text: str) -> str:
    years = Counter(years_named(text, TODAY))
    return str(max(years, key=lambda y: (years[y], y)))


RULES: dict[str, Callable[[str], str]] = {
    "product (year_from_text)": lambda text: year_from_text(text, TODAY),
    "named most often (before)": _most_often,
    "latest named": lambda text: str(max(years_named(text, TODAY))),
    "first named": lambda text: str(years_named(text, TODAY)[0]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the product's wrong years")
    args = parser.parse_args()
    dates = {}
    for line in CASES.read_text().splitlines():
        case = json.loads(line)
        dates[case["source"]] = case["article_date"]
    tally: dict[str, Counter[str]] = {name: Counter() for name in RULES}
    errors = []
    for source, known in sorted(dates.items()):
        text = _article_text(source)
        if _DATELINE_RE.search("\n".join(_head_lines(text))) or not years_named(text, TODAY):
            continue
        for name, rule in RULES.items():
            year = rule(text)
            verdict = "none" if not year else "right" if year == known[:4] else "wrong"
            if verdict == "wrong":
                verdict += " (earlier)" if year < known[:4] else " (later)"
                if name.startswith("product"):
                    errors.append(f"{source}: {year}, dated {known}")
            tally[name][verdict] += 1
    total = sum(tally[next(iter(RULES))].values())
    print(f"{total} articles of known date with no dateline and a year named")
    for name, counts in tally.items():
        wrong = counts["wrong (earlier)"] + counts["wrong (later)"]
        print(
            f"{name:<27} right {counts['right']:>3}  wrong {wrong:>3} "
            f"({counts['wrong (earlier)']} earlier, {counts['wrong (later)']} later)  "
            f"undated {counts['none']:>3}"
        )
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
