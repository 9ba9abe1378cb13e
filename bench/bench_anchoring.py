"""Benchmark: re-anchoring 1,000 highlights on a 20,000-word article after 50 edits.

Run ``.venv/bin/python bench/bench_anchoring.py`` from the repository root. The article is
random prose made from the seeds' vocabulary (one paragraph per line, as stored); the edits
insert, delete or replace a few words at random places. Figures are medians of several runs.

``--long-chars 50000 --words 24000`` makes every highlight up to that many characters long
(about 200,000 characters of article): the case a quadratic matcher cannot survive.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from diplotui.anchoring import new_highlight, reanchor_all
from diplotui.model import Highlight
from diplotui.text import sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def vocabulary() -> list[str]:
    words = re.findall(r"[\w’'-]+", " ".join(p.read_text("utf-8") for p in SEEDS.glob("*.txt")))
    return sorted(set(words))


def build_article(rng: random.Random, words: list[str], word_count: int) -> str:
    """Paragraphs of 3-6 sentences of 8-25 words, with a sprinkle of the domain's abbreviations."""
    paragraphs, total = [], 0
    while total < word_count:
        sentences_in_paragraph = []
        for _ in range(rng.randint(3, 6)):
            chosen = rng.choices(words, k=rng.randint(8, 25))
            if rng.random() < 0.2:
                chosen.insert(rng.randrange(len(chosen)), rng.choice(["Dr.", "Mr.", "U.S.", "3.5"]))
            total += len(chosen)
            sentences_in_paragraph.append(" ".join(chosen).capitalize() + ".")
        paragraphs.append(" ".join(sentences_in_paragraph))
    return "\n".join(paragraphs) + "\n"


def make_highlights(rng: random.Random, text: str, count: int) -> list[Highlight]:
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    highlights = []
    for _ in range(count):
        first = rng.randrange(len(spans))
        last = min(len(spans) - 1, first + rng.randint(0, 29))
        highlights.append(new_highlight("bench", text, spans[first][0], spans[last][1]))
    return highlights


def make_long_highlights(
    rng: random.Random, text: str, count: int, max_chars: int
) -> list[Highlight]:
    """Word-aligned highlights of 1 to ``max_chars`` characters."""
    starts = [match.start() for match in re.finditer(r"\S+", text)]
    ends = [match.end() for match in re.finditer(r"\S+", text)]
    highlights = []
    for _ in range(count):
        first = rng.randrange(len(starts))
        limit = starts[first] + rng.randint(1, max_chars)
        last = max(first, min(len(ends) - 1, bisect.bisect_right(ends, limit) - 1))
        highlights.append(new_highlight("bench", text, starts[first], ends[last]))
    return highlights


def edit(rng: random.Random, text: str, words: list[str], edits: int) -> str:
    """Insert, delete or replace 1-5 words at ``edits`` random word boundaries."""
    boundaries = sorted(rng.sample([m.start() for m in re.finditer(r"(?<=\s)\S", text)], edits))
    for start in reversed(boundaries):
        following = list(re.finditer(r"\S+\s*", text[start : start + 200]))
        removed = following[min(rng.randint(1, 5), len(following)) - 1].end()
        added = " ".join(rng.choices(words, k=rng.randint(1, 5))) + " "
        kind = rng.choice(["insert", "delete", "replace"])
        if kind == "insert":
            text = text[:start] + added + text[start:]
        elif kind == "delete":
            text = text[:start] + text[start + removed :]
        else:
            text = text[:start] + added + text[start + removed :]
    return text


def median_seconds(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--highlights", type=int, default=1_000)
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--long-chars", type=int, default=0, help="highlights up to N characters")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    words = vocabulary()
    old_text = build_article(rng, words, args.words)
    if args.long_chars:
        highlights = make_long_highlights(rng, old_text, args.highlights, args.long_chars)
    else:
        highlights = make_highlights(rng, old_text, args.highlights)
    new_text = edit(rng, old_text, words, args.edits)

    results = reanchor_all(highlights, old_text, new_text)
    cpu_started = time.process_time()
    anchor_time = median_seconds(lambda: reanchor_all(highlights, old_text, new_text), args.runs)
    anchor_cpu = (time.process_time() - cpu_started) / args.runs  # on a shared machine, steadier
    sentence_time = median_seconds(lambda: sentences(new_text), args.runs)
    statuses = Counter(result.status for result in results)
    misplaced = sum(
        1
        for result in results
        if result.status in ("anchored", "moved")
        and new_text[result.start : result.end] != result.quote
    )

    print(f"article: {len(old_text.split()):,} words, {len(old_text):,} characters")
    longest = max(len(h.quote) for h in highlights)
    print(f"highlights: {len(highlights):,} (longest {longest:,} characters); edits: {args.edits}")
    print(
        f"reanchor_all: {anchor_time * 1000:.1f} ms (median of {args.runs}), "
        f"{anchor_cpu * 1000:.1f} ms of CPU time (mean)"
    )
    print("statuses: " + ", ".join(f"{name} {count}" for name, count in sorted(statuses.items())))
    print(f"anchored or moved highlights not holding their exact quote: {misplaced}")
    print(f"sentences(): {sentence_time * 1000:.1f} ms for {len(sentences(new_text)):,} sentences")


if __name__ == "__main__":
    main()
