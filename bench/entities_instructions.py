"""The recogniser's work for an instruction count: `recognise` on the dev set joined, N times.

Usage, once with N=0 and once with N=1 (the difference is one call's instructions; the same
on every run whatever the load, unlike CPU seconds on a shared machine):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/entities_instructions.py SRC N

SRC is a ``src`` folder (this checkout's, or an earlier one's from ``git archive``); the dev
set's texts are this checkout's, joined as ``bench_entities_before.py`` joins them.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEV_SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "entities_dev" / "articles"


def main(source: str, calls: int) -> None:
    sys.path.insert(0, source)
    from diplotui.entities import recognise

    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(DEV_SET.glob("*.txt")))
    recognise("Minister Pham Binh Minh met Antony J. Blinken in Hanoi on May 1.")  # warm-up
    for _ in range(calls):
        recognise(text)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
