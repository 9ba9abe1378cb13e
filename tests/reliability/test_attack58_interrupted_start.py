"""attack58: the installed ``diplotui`` script imports its entry point before it can catch
anything, and that import (the command line's modules, ~0.1-0.3 s) is most of a short
command's start: a Ctrl-C then ended it in a traceback (``python -m diplotui`` caught it).
The entry point is now ``diplotui.__main__:run``, a module that imports nothing itself, whose
function imports the rest: a Ctrl-C at any import after it ends the command quietly, status
130. The script is built here as pip builds it, from pyproject.toml's entry point, and the
child sends itself SIGINT as a chosen import begins (each instant, without timing)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

# The child's SIGINT is made Python's, as a terminal's shell leaves it: a child of a run started
# in the background (SIGINT ignored) would ignore its own Ctrl-C and end 0.
INTERRUPTED_AT_AN_IMPORT = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
wanted, seen = int(sys.argv.pop(1)), [0]
entry = sys.argv.pop(1)
class InterruptAtImport:
    def find_spec(self, name, path=None, target=None):
        if name not in ("diplotui", entry):  # the entry point's own module: see below
            seen[0] += 1
            if seen[0] == wanted:
                os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, InterruptAtImport())
sys.argv[0] = "diplotui"
exec(sys.argv.pop(1), {"__name__": "__main__"})
"""


def _console_script() -> tuple[str, str]:
    """The entry point's module and the script pip writes for it (its own template)."""
    found = re.search(
        r'^\[project\.scripts\]\ndiplotui = "([\w.]+):(\w+)"$', PYPROJECT.read_text(), re.M
    )
    assert found is not None, "pyproject.toml names the diplotui entry point"
    module, function = found.groups()
    script = (
        f"import sys\nfrom {module} import {function}\n"
        f'if __name__ == "__main__":\n    sys.exit({function}())\n'
    )
    return module, script


def _interrupted(instant: int, db: Path) -> subprocess.CompletedProcess[str]:
    module, script = _console_script()
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTED_AT_AN_IMPORT, str(instant), module, script,
         "--db", str(db), "list"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("instant", [1, 2, 8, 60])
def test_a_ctrl_c_while_the_script_imports_the_command_ends_it_quietly(
    tmp_path: Path, instant: int
):
    done = _interrupted(instant, tmp_path / "library.json")
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "")
    assert list(tmp_path.iterdir()) == []  # interrupted before it opened any store


@pytest.mark.slow
def test_a_ctrl_c_at_any_import_of_a_command_start_ends_it_quietly(tmp_path: Path):
    db = tmp_path / "library.json"
    ended = 0
    for instant in range(1, 600, 12):
        done = _interrupted(instant, db)
        assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, instant
        if done.returncode == 0:  # past the last import: the command ran whole
            break
        assert done.returncode == 130, (instant, done.stderr)
        ended += 1
    assert ended > 12, ended  # the instants fell through the whole start
