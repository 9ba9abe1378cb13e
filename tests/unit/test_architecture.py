"""The layers hold: headless modules never load Textual, and no two modules import each other.

``lint-imports`` (in ``.ci/run``) checks the contracts in ``pyproject.toml``; these tests check
what it cannot: that the contracts name every module, that importing a headless module really
leaves Textual unloaded (nothing reaches it through a third package), and that there is no import
cycle, even inside one layer.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import grimp

import diplotui

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPO_ROOT = Path(__file__).resolve().parents[2]
PRESENTATION = ("diplotui.tui", "diplotui.cli", "diplotui.__main__")


def _contracts() -> list[dict]:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(diplotui.__path__, prefix="diplotui.")
    )


def _top_level() -> set[str]:
    return {".".join(name.split(".")[:2]) for name in _modules()}


def _is_textual_free(module: str) -> bool:
    return not module.startswith("diplotui.tui")


def test_the_contracts_name_every_module():
    forbidden, layers = (
        next(c for c in _contracts() if c["type"] == kind) for kind in ("forbidden", "layers")
    )
    core = _top_level() - set(PRESENTATION)
    assert set(forbidden["source_modules"]) == core, (
        "add new core modules to the forbidden contract in pyproject.toml"
    )
    layered = {
        name.strip() for layer in layers["layers"] for name in layer.replace(":", "|").split("|")
    }
    assert layered == _top_level(), "give every new module its layer in pyproject.toml"


def test_headless_modules_import_without_textual():
    """One interpreter imports the headless modules one by one: the first after which Textual
    is loaded is named with the diplotui modules it brought in, one of which loads Textual
    (the modules imported before did not)."""
    modules = [m for m in _modules() if _is_textual_free(m)]
    assert len(modules) > 50
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    before = set(sys.modules)\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        new = sorted(m for m in set(sys.modules) - before if m.startswith('diplotui'))\n"
        "        print(name, 'through one of', new)\n"
        "        break\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"importing {result.stdout.strip()} loads Textual"


def test_no_import_cycle_between_modules():
    """Only the edges the contracts ignore (each with its reason there) may close a cycle."""
    graph = grimp.build_graph("diplotui", exclude_type_checking_imports=True)
    for contract in _contracts():
        for ignored in contract.get("ignore_imports", []):
            importer, imported = (part.strip() for part in ignored.split("->"))
            graph.remove_import(importer=importer, imported=imported)
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain is not None:
                cycles.append(" -> ".join((module, *chain)))
    assert cycles == []
