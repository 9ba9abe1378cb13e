"""How many statements' person speakers come out with no role where the article gives one.

Usage: PYTHONPATH=src .venv/bin/python bench/statement_roles.py [--sample N] [--seed S]

Issue 17 asks that each statement carry "the speaker's role and organisation as the article
gives them"; a missing role hides a speaker from ``role:`` in ``W`` and ``statements --role``.
Over the statements dev set and the seeds, each distinct (article, speaker) whose statements
carry no role is checked for a role the article gives in the usual shapes, read crudely here
(a role noun is one of the finder's own):

- ``title``: a title right before a mention ("Deputy Foreign Minister X", "spokeswoman X");
- ``apposition``: a role set off after a mention ("X, the UN special rapporteur on ..., said");
- ``before comma``: a role closed by a comma before a mention ("the spokeswoman for the
  Ministry of Foreign Affairs, X, told");
- ``role-only``: the speaker is named by a role alone ("spokeswoman") and has no role (not
  a noun naming no office: "a diplomatic source").

The counts are what the finder misses by this reading; a sample of each shape is printed to
be read (the reading is crude: some are descriptions, not titles).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from diplotui.entities import recognise
from diplotui.statements import find_statements
from diplotui.statements import lexicon as lx
from diplotui.statements.cast import NO_OFFICE

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT / "tests" / "statements_dev" / "articles", ROOT / "seeds")
_ROLE_NOUN = "|".join(sorted((re.escape(n) for n in lx.ROLE_NOUNS if len(n) > 3), key=len)[::-1])
_TITLE = re.compile(rf"\b(?:{_ROLE_NOUN})s?(?:-[A-Z][a-z]+)? $", re.IGNORECASE)
_APPOSITION = re.compile(
    rf"^, (?:[^,.;\"“”]{{0,80}}?\b)(?:{_ROLE_NOUN})\b[^.;\"“”]{{0,80}}?,", re.IGNORECASE
)
_BEFORE_COMMA = re.compile(rf"\b(?:{_ROLE_NOUN})\b[^.;\"“”,]{{0,80}}, $", re.IGNORECASE)


def shapes(text: str, name: str) -> list[tuple[str, str]]:
    """The role shapes this reading sees around mentions of ``name`` (its last word)."""
    if not name[:1].isupper():
        return []
    surname = name.rsplit(" ", 1)[-1]
    found = []
    for mention in re.finditer(rf"\b{re.escape(surname)}\b", text):
        start = text.rfind(name, max(0, mention.start() - len(name)), mention.end())
        start = start if start >= 0 else mention.start()
        before = text[max(0, start - 120) : start]
        after = text[mention.end() : mention.end() + 200]
        if _TITLE.search(before):
            found.append(("title", before[-60:] + "|" + text[start : mention.end()]))
        elif _BEFORE_COMMA.search(before):
            found.append(("before comma", before[-100:] + "|" + text[start : mention.end()]))
        elif _APPOSITION.match(after):
            found.append(("apposition", text[start : mention.end()] + "|" + after[:120]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=37)
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    speakers = 0
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found = find_statements(text, recognise(text))
            persons = {s.speaker: s for s in found if s.speaker_type == "PERSON"}
            speakers += len(persons)
            for name, statement in persons.items():
                if any(s.role for s in found if s.speaker == name):
                    continue
                if not name[:1].isupper():
                    if name.rpartition(" ")[2] in NO_OFFICE:
                        continue  # "a diplomatic source": no office, no role
                    shape, seen = "role-only", [("role-only", name)]
                else:
                    seen = shapes(text, name)
                    if not seen:
                        continue
                    shape = seen[0][0]
                counts[shape] += 1
                line = f"{path.stem}: {name!r} at {statement.start}: {seen[0][1]!r}"
                examples.setdefault(shape, []).append(line.replace("\n", " "))
    print(f"{speakers} person speakers (article, name); with no role where the article gives one:")
    for shape, count in counts.most_common():
        print(f"  {shape}: {count}")
    print(f"  all: {sum(counts.values())}")
    rng = random.Random(args.seed)
    pool = [line for lines in examples.values() for line in lines]
    for line in sorted(rng.sample(pool, min(args.sample, len(pool)))):
        print(line)


if __name__ == "__main__":
    main()
