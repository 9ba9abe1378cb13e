"""The finder gives the same statements for the same text whatever the interpreter's hash seed
(det45): iteration over a set of strings follows ``PYTHONHASHSEED``, so a choice made by it
changed speakers from run to run. Each seed runs in its own interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from diplotui.statements.cast import Speaker
from diplotui.statements.finder import _Found, _units_prefixed

SRC = Path(__file__).resolve().parents[2] / "src"

# six one-word names the recogniser misses and a speaker's place gives (Aida, Granma, NSAs,
# Baltic, Allied, Brown): more than the four that were sought elsewhere, picked from a set
MISSED_NAMES = (
    "Headline\n\n"
    "Protests followed the death in police custody of Mahsa Amini. Aida, a former teacher at "
    "girls’ schools in Iran, was accepted at a doctoral program at the University of "
    "Barcelona. “I couldn’t stay silent,” she told IranWire. Aida further explained that she "
    "was informed that her father was ill. “The two NSAs vowed to work together,” Granma "
    "further recalls that the blockade went on. Poland and the Baltic states took a first "
    'step. "The incident is a threat to an Allied state," Brown also announced that China '
    "would provide a grant.\n"
)

_SPEAKERS = (
    "import json, sys\n"
    "from diplotui.statements import find_statements\n"
    "print(json.dumps([[s.speaker, s.text] for s in find_statements(sys.stdin.read())]))\n"
)


def _speakers(text: str, seed: str) -> list[list[str]]:
    environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", _SPEAKERS],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        encoding="utf-8",
    )
    found: list[list[str]] = json.loads(done.stdout)
    return found


def test_every_missed_name_is_sought_elsewhere_whatever_the_hash_seed() -> None:
    # seed 0 sought four names without Aida: "she" went back to Mahsa Amini; seed 1 found her
    first, second = _speakers(MISSED_NAMES, "0"), _speakers(MISSED_NAMES, "1")
    assert first == second
    assert ["Aida", "I couldn’t stay silent,"] in first


def test_a_numbered_unit_takes_the_longest_name_prefixing_it() -> None:
    def found(name: str) -> _Found:
        return _Found(0, 0, 1, "reported", Speaker(name, name.lower(), "ORG"), "said", "")

    named = [found("US 7th Fleet"), found("U.S. Navy 7th Fleet"), found("7th Fleet")]
    # picked from a set, the first of the two followed the hash seed
    assert _units_prefixed(named) == {"7th fleet": "U.S. Navy 7th Fleet"}
