"""The "who said what" paths on hostile texts, at three sizes each, to see how cost grows.

Usage: PYTHONPATH=src .venv/bin/python bench/bench_hostile_who_said.py
[--sizes 10000,100000,1000000] [--only NAME] [--limit SECONDS] [--cli]

Each text is one an attacker (or a broken page) could hand the library: 5 MB on one line,
quotation marks of every kind never balanced, one sentence of 50,000 words with "said" every few
words, 100,000 capitalised words in a row, parentheses and dashes nested deep, "according to"
10,000 times, and text made of combining marks, right-to-left and zero-width characters. For
each size it prints the CPU seconds of the recogniser (``entities``, the reader's names) and of
the statements as the cache keeps them (``statements``, ``timeline``, the Statements view), and
the growth from one size to the next: 10x the text should cost about 10x. A step that took
over ``--limit`` seconds skips the larger sizes of that text. ``--cli`` also times the
commands a user points at one article (``statements``, ``entities``, ``timeline``, ``show``,
``export``) on the largest size run, in a library of its own: their CPU seconds.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from diplotui.entities import recognise
from diplotui.library.statement_cache import statements_of
from diplotui.model import EntitySpan

WORDS = ("talks", "peace", "trade", "region", "security", "partners", "dialogue", "ties")
NAMES = ("Wang Yi", "Penny Wong", "Ngo Le Van", "Lawrence Wong", "Pham Thu Hang")
HEAD = "Hostile page\n\n"


def _cycle_to(size: int, pieces: Callable[[int], str]) -> str:
    """``HEAD`` then ``pieces(i)`` for i = 0, 1, ... until the text is ``size`` long."""
    parts, length = [HEAD], len(HEAD)
    for i in itertools.count():
        if length >= size:
            break
        piece = pieces(i)
        parts.append(piece)
        length += len(piece)
    return "".join(parts)[:size]


def one_line(size: int) -> str:
    """Plain reported speech, no line break in it."""
    return _cycle_to(
        size,
        lambda i: f"{NAMES[i % 5]} said the {WORDS[i % 8]} went well on Monday. ",
    )


def quotes_unbalanced(size: int) -> str:
    """Quotation marks of every kind, each opened and never closed, beside a verb."""
    marks = "\"“”„«»‹›'‘’‚「」"
    return _cycle_to(size, lambda i: f"{marks[i % len(marks)]}{WORDS[i % 8]} said ")


def said_sentence(size: int) -> str:
    """One sentence: "said" every few words, no full stop."""
    return _cycle_to(size, lambda i: f"{NAMES[i % 5]} said that the {WORDS[i % 8]} ")


def capitalised_run(size: int) -> str:
    """Capitalised words in a row, no lower-case word between them, then "said"."""
    syllables = ("Ba", "Ko", "Ri", "Tu", "Me", "Sa", "Lo", "Ni")
    run = _cycle_to(
        size - 40, lambda i: f"{syllables[i % 8]}{syllables[(i // 8) % 8].lower()}{i % 97} "
    )
    return run + "said the talks went well. Wang Yi said so."


def nested_brackets(size: int) -> str:
    """Parentheses opened deep, dashes between, closed at the end, "said" inside."""
    depth = size // 17
    opened = "".join(f"({WORDS[i % 8]} said — " for i in range(depth))
    return (HEAD + opened + ")" * depth)[:size]


def according_to(size: int) -> str:
    """ "according to" again and again, a name after each."""
    return _cycle_to(size, lambda i: f"according to {NAMES[i % 5]} ")


def marks_and_directions(size: int) -> str:
    """Combining marks, right-to-left letters and overrides, zero-width characters."""
    pieces = (
        "a\u0301\u0302\u0303",
        "\u200f\u05d0\u05d1",
        "\u202e\u0627\u0644",
        "\u200b\u200d",
        "\u2067x\u2069",
        "said\u200b ",
    )
    return _cycle_to(size, lambda i: pieces[i % len(pieces)])


HOSTILE: dict[str, Callable[[int], str]] = {
    "one line": one_line,
    "quotes unbalanced": quotes_unbalanced,
    "said sentence": said_sentence,
    "capitalised run": capitalised_run,
    "nested brackets": nested_brackets,
    "according to": according_to,
    "marks and directions": marks_and_directions,
}


def _recognised_into(spans: list[EntitySpan], text: str) -> None:
    spans.extend(recognise(text))


def cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _command_seconds(db: Path, *args: str) -> float:
    """The CPU seconds of one command (a wall-clock figure waits on the machine's load)."""
    before = _children_cpu()
    subprocess.run(
        [sys.executable, "-m", "diplotui", "--db", str(db), *args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    return _children_cpu() - before


def time_commands(name: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.txt"
        path.write_text(text, encoding="utf-8")
        db = Path(folder) / "db.json"
        imported = _command_seconds(db, "--create", "import", str(path))
        listed = subprocess.run(
            [sys.executable, "-m", "diplotui", "--db", str(db), "list"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        article = next(line.split()[0] for line in listed.stdout.splitlines() if "Hostile" in line)
        figures = {"import": imported}
        for command in (
            ("statements", article),
            ("entities", article),
            ("timeline", "Wang Yi"),
            ("show", article),
            ("export", "--article", article),
        ):
            figures[command[0]] = _command_seconds(db, *command)
        shown = "  ".join(f"{key} {value:.2f}s" for key, value in figures.items())
        print(f"  cli {name} at {len(text):,}: {shown}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", default="")
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--cli", action="store_true")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    warm = "Wang Yi said “the talks went well,” according to Penny Wong."
    statements_of(warm, recognise(warm), "")  # the gazetteer and lexicon load outside the figures
    for name, make in HOSTILE.items():
        if args.only and args.only != name:
            continue
        before: dict[str, float] = {}
        largest = ""
        for size in sizes:
            text = make(size)
            spans: list[EntitySpan] = []
            figures = {
                "entities": cpu(partial(_recognised_into, spans, text)),
                "statements": cpu(partial(statements_of, text, spans, "Hostile page")),
            }
            growth = "  ".join(
                f"{step} x{figures[step] / max(before[step], 1e-3):.1f}" for step in before
            )
            shown = "  ".join(f"{step} {seconds:7.2f}s" for step, seconds in figures.items())
            print(f"{name:<22} {size:>9,}  {shown}  {growth}", flush=True)
            before, largest = figures, text
            if max(figures.values()) > args.limit:
                print(f"{name:<22} larger sizes skipped (over {args.limit:.0f} s)", flush=True)
                break
        if args.cli:
            time_commands(name, largest)


if __name__ == "__main__":
    main()
