"""The date resolution audit: DATE mentions the product resolves, judged by hand (sessions 39, 44).

Each case of ``bench/data/dates_audit.jsonl`` (session 39's set) and
``bench/data/dates_audit_44.jsonl`` (session 44's, from the dev articles of rounds 356-427:
outlets new since) is a date the product finds in a dev article of
known date (tests/statements_dev/SOURCES, tests/data/entities_dev/SOURCES.md): a statement's
date as its attribution gives it (``said``, keyed by the statement's start) or the date an
event sentence opens with (``event``, keyed by the sentence's start), with the answers judged
right (``expected``: ISO labels, ``null`` where leaving it unresolved is right). The articles
are read again with the code as it is, so a change to what dates a statement or a sentence
counts as well as one to the resolver. Prints right / wrong (a date guessed wrong) / missed
(unresolved where the text pins the date down) / unresolved rightly.
A set's article dated only to a month or a year ("2022-03") has no day to count from, as an
import with no sure day has none: there a relative date is right unresolved, an absolute one
must still be right.
Usage: ``PYTHONPATH=src .venv/bin/python bench/dates_audit.py [--errors] [--set NAME]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from diplotui.dating import PAST, dateline, said_when
from diplotui.entities import recognise
from diplotui.ingest.metadata import title_from_text
from diplotui.library.statement_cache import statements_of
from diplotui.library.timeline import dated_sentences, event_date, spoken_days
from diplotui.model import Article
from diplotui.statements.when import in_the_past

TESTS = Path(__file__).resolve().parents[1] / "tests"
DATA = Path(__file__).resolve().parent / "data"
CASE_SETS = {"dates39": DATA / "dates_audit.jsonl", "dates44": DATA / "dates_audit_44.jsonl"}


def product_dates(source: str, article_date: str) -> dict[tuple[str, int], str | None]:
    """What the product dates in the article: each statement's date (None when its
    attribution gives none that resolves) and each dated sentence's, by kind and start."""
    stem = source.rsplit("/", 1)[-1]
    text = (TESTS / source.rsplit("/", 1)[0] / "articles" / f"{stem}.txt").read_text()
    title = title_from_text(text)
    spans = recognise(text)
    anchor = dateline(article_date, False)
    found: dict[tuple[str, int], str | None] = {}
    statements = statements_of(text, spans, title)
    for statement in statements:
        tense = PAST if in_the_past(statement) else ""
        when = said_when(statement.said_on, anchor, tense) if statement.said_on else None
        found[("said", statement.start)] = when.label() if when else None
    spoken = spoken_days(statements, Article(id="a", title=title, text_hash="", date=article_date))
    for sentence in dated_sentences(text, spans, title):
        when = event_date(text, sentence, anchor, spoken)
        found[("event", sentence.start)] = when.label() if when else None
    return found


MOVED = 40  # how far the finder may since have moved a statement's start (a few words)


def answer(found: dict[tuple[str, int], str | None], kind: str, start: int) -> str | None:
    """The product's date for the case at ``start``: a statement the finder now starts a
    few words later (its first words since left out) is the same statement, the nearest
    one within ``MOVED`` characters after."""
    if (kind, start) in found:
        return found[(kind, start)]
    later = [at for of, at in found if of == kind and start < at <= start + MOVED]
    return found[(kind, min(later))] if later else None


def verdict(got: str | None, expected: list[str | None]) -> str:
    """right, wrong, missed or unresolved (rightly) for the product's answer ``got``."""
    if got is None:
        return "unresolved" if None in expected else "missed"
    return "right" if got in expected else "wrong"


def audit(cases_path: Path, errors: bool) -> str:
    """One set's line of figures, listing its wrong and missed first with ``errors``."""
    cases: list[dict[str, Any]] = [json.loads(line) for line in cases_path.open(encoding="utf-8")]
    articles: dict[tuple[str, str], dict[tuple[str, int], str | None]] = {}
    counts: Counter[str] = Counter()
    for case in cases:
        key = (case["source"], case["article_date"])
        if key not in articles:
            articles[key] = product_dates(*key)
        got = answer(articles[key], case["kind"], case["start"])
        result = verdict(got, case["expected"])
        counts[result] += 1
        if errors and result in ("wrong", "missed"):
            print(
                f"{result}: {case['source']} {case['article_date']} [{case['mention']}] "
                f"got {got} expected {case['expected']}: {case['note']}"
            )
    outlets = len({case["source"] for case in cases})
    return (
        f"{len(cases)} cases, {outlets} articles: right {counts['right']}, wrong "
        f"{counts['wrong']}, missed {counts['missed']}, unresolved rightly "
        f"{counts['unresolved']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the wrong and missed")
    parser.add_argument("--set", choices=sorted(CASE_SETS), help="one set only (default: all)")
    args = parser.parse_args()
    for name, path in CASE_SETS.items():
        if args.set in (None, name):
            print(f"{name}: {audit(path, args.errors)}")


if __name__ == "__main__":
    main()
