"""What a class-string reader would pay before reading one subject: callgrind instructions of
the finder's set-up and of one token class string, beside recognition and finding.

Usage: .venv/bin/python bench/statements_class_string.py [--articles DIR]

The design (bench/README, "Twelfth round"): the text's tokens mapped once to a compact class
string (one character per token) and the subject and attribution shapes tested as compiled
patterns over it. Its fixed costs are counted here, each phase in its own callgrind run with
collection toggled on one ``itertools.starmap`` loop (as ``statements_instructions.py``):

- ``entities``: ``recognise`` over every article (the issue's +20% is a share of this);
- ``statements``: ``find_statements`` over every article, its spans recognised beforehand;
- ``setup``: the same with the reading left out (``_Finder.run`` returns at once): quotation
  marks, the listed verbs, completed and missed names, reader blocks, the cast;
- ``classes``: the token class string of every paragraph the finder reads (those with a listed
  verb, a quotation mark or "according to"): each token's offset and one class character from
  the lexicon's word lists and its capital, person/role/organisation mentions written over
  their tokens; built with C-level passes only (``finditer``, ``map``, ``join``), the cheapest
  way found to make one;
- ``floor``: the cheapest class string at all: the paragraphs' lowercased ASCII letter runs
  split and mapped to classes, with no offsets, marks, capitals or mentions.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from bisect import bisect_left
from collections.abc import Sequence
from itertools import repeat
from operator import itemgetter
from pathlib import Path

from diplotui.model import EntitySpan
from statements_instructions import counted, summary  # this folder: run as a script
from statements_instructions import loop as counted_loop

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "statements_dev" / "articles"
PHASES = ("entities", "statements", "setup", "classes", "floor")
# a subject's word (as ``subjects.units`` reads them) or one mark the shapes read
_TOKEN = re.compile(r"[^\s,;:()\[\]\"“”—–]+|[,;:\"“”—–]")
_LETTER_RUNS = bytes(c if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))
# a token's first character to "C" (an ASCII capital) or "x", one byte each
_CAPITALS = bytes(ord("C") if chr(c).isupper() and c < 128 else ord("x") for c in range(256))
_MENTION_CLASSES = {"PERSON": "P", "ROLE": "R", "ORG": "O", "GPE": "G"}


def _word_classes() -> dict[str, str]:
    """Lowercased word -> its class character, from the finder's own word lists."""
    from diplotui.statements import lexicon as lx
    from diplotui.statements.verbs import FORMS

    lists = [
        (lx.PREPOSITIONS, "p"),
        (lx.DETERMINERS, "d"),
        (lx.ROLE_NOUNS, "n"),
        (lx.GROUP_NOUNS, "g"),
        (lx.ORG_HEADS, "o"),
        (lx.ADVERBS, "a"),
        (lx.CLAUSE_WORDS, "c"),
        (lx.BE_FORMS | lx.AUXILIARIES, "b"),
        (set(lx.SUBJECT_PRONOUNS), "h"),
        (set(lx.OBJECT_PRONOUNS), "m"),
        (set(FORMS), "V"),
        ({"and", "but", "while"}, "&"),
        ({"that"}, "t"),
        ({",", ";", ":"}, ","),
        ({'"', "“", "”"}, '"'),
        ({"—", "–"}, "-"),
    ]
    return {word: mark for words, mark in lists for word in words}


_CLASSES: dict[str, str] = {}


def class_strings(
    text: str, ranges: list[tuple[int, int]], spans: Sequence[EntitySpan]
) -> list[tuple[list[int], str]]:
    """One token class string (with its tokens' offsets) per paragraph range."""
    starts_of = [span.start for span in spans]
    made: list[tuple[list[int], str]] = []
    for start, end in ranges:
        tokens = list(_TOKEN.finditer(text, start, end))
        offsets = list(map(re.Match.start, tokens))
        words = list(map(re.Match.group, tokens))
        firsts = "".join(map(itemgetter(0), words)).encode("ascii", "replace")
        capitals = firsts.translate(_CAPITALS).decode("ascii")  # each word's class if unlisted
        classes = list(map(_CLASSES.get, map(str.lower, words), capitals))
        first = bisect_left(starts_of, start)
        for span in spans[first : bisect_left(starts_of, end, first)]:
            mark = _MENTION_CLASSES.get(span.type)
            if mark is not None:
                at = bisect_left(offsets, span.start)
                stop = bisect_left(offsets, span.end, at)
                classes[at:stop] = mark * (stop - at)
        made.append((offsets, "".join(classes)))
    return made


def floor_strings(text: str, ranges: list[tuple[int, int]]) -> list[bytes]:
    """The cheapest class strings: ASCII letter runs, lowercased, split and mapped in C."""
    get = _CLASSES.get
    made = []
    for start, end in ranges:
        letters = text[start:end].encode("ascii", "replace").translate(_LETTER_RUNS).lower()
        made.append("".join(map(get, letters.decode("ascii").split(), repeat("x"))).encode())
    return made


def loop(phase: str, articles: Path) -> None:
    """The loop callgrind counts: ``phase`` over every article (its inputs made first);
    recognition and finding as ``statements_instructions.py`` counts them."""
    import itertools

    from diplotui.entities import recognise
    from diplotui.statements import finder
    from diplotui.statements.verbs import listed_verbs

    if phase in ("entities", "statements", "setup"):
        if phase == "setup":
            finder._Finder.run = lambda self: []  # type: ignore[method-assign]
        counted_loop("entities" if phase == "entities" else "statements", articles)
        return
    texts = [path.read_text(encoding="utf-8") for path in sorted(articles.glob("*.txt"))]
    jobs = [(text, recognise(text)) for text in texts]
    _CLASSES.update(_word_classes())
    read_jobs = []
    for text, spans in jobs:
        read = finder._marks_read(text)
        made = finder._Finder(read, spans, listed_verbs(read))
        ranges = [(a, b) for a, b in made.body if made._may_hold_statements(a, b)]
        read_jobs.append((read, ranges, made.subjects.spans))
    if phase == "classes":
        list(itertools.starmap(class_strings, read_jobs))
    else:
        list(itertools.starmap(floor_strings, [(read, ranges) for read, ranges, _ in read_jobs]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="a folder of *.txt")
    parser.add_argument("--loop", choices=PHASES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    articles = args.articles.resolve()
    if args.loop:
        loop(args.loop, articles)
        return
    with tempfile.TemporaryDirectory() as folder:
        outs = {phase: Path(folder) / f"{phase}.out" for phase in PHASES}
        started = [
            counted(__file__, ROOT / "src", phase, out, articles) for phase, out in outs.items()
        ]
        if any(process.wait() for process in started):
            sys.exit("a callgrind run failed")
        counts = {phase: summary(out) for phase, out in outs.items()}
    entities = counts["entities"]
    for phase in PHASES:
        print(f"{phase:>10}: {counts[phase] / 1e6:8.1f} M ({counts[phase] / entities:6.1%})")
    budget = 0.2 * entities
    fixed = counts["setup"] + counts["classes"]
    print(
        f"the target allows {budget / 1e6:.1f} M for all of finding; set-up and class string "
        f"alone: {fixed / 1e6:.1f} M ({fixed / entities:.1%} of recognition)"
    )


if __name__ == "__main__":
    main()
