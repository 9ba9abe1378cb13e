"""attack59: a Ctrl-C while Python loads ``diplotui/__init__.py`` or ``diplotui/__main__.py``
comes before any line of diplotui can catch it (the installed script's first import): Python
prints its own traceback there, status 130, nothing written, as the README says. That window
stays as small as it is only while those two modules import nothing else."""

from __future__ import annotations

import subprocess
import sys

LOADED_BY_THE_ENTRY_POINT = """
import sys
before = set(sys.modules)
from diplotui.__main__ import run
print(" ".join(sorted(set(sys.modules) - before)))
"""


def test_the_entry_point_loads_its_two_modules_and_nothing_else() -> None:
    loaded = subprocess.run(
        [sys.executable, "-c", LOADED_BY_THE_ENTRY_POINT],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert loaded.stdout.split() == ["diplotui", "diplotui.__main__"]
