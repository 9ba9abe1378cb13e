"""Patterns compiled on first use: the same answers as ``re.compile``'s, every one of them
valid, and none compiled by importing the statement finder (each ``diplotui statements
FILE`` process compiled ~550 at its start and used ~85)."""

from __future__ import annotations

import copy
import importlib
import pickle
import re
import subprocess
import sys

import pytest

from diplotui import lazy_patterns
from diplotui.lazy_patterns import LazyPattern, compile_all, lazy_compile

# The modules whose patterns are made lazily: the finder's and those only it needs.
LAZY_MODULES = (
    "diplotui.statements.finder",
    "diplotui.statements.subjects",
    "diplotui.statements.cast",
    "diplotui.statements.when",
    "diplotui.statements.said",
    "diplotui.statements.verbs",
    "diplotui.statements.bodies",
    "diplotui.statements.countries",
    "diplotui.statements.gender",
    "diplotui.statements.persons",
    "diplotui.dating",
    "diplotui.text.sentences",
    "diplotui.anchoring",
    "diplotui.library.statements",
)


def _is_compiled(pattern: LazyPattern) -> bool:
    return "_compiled" in vars(pattern)


def test_a_pattern_is_compiled_only_when_first_used_and_answers_as_re_compile():
    pattern = lazy_compile(r"(?P<who>[A-Z]\w+) (said|stressed)", re.IGNORECASE)
    assert isinstance(pattern, LazyPattern)
    assert not _is_compiled(pattern)
    text = "On Monday, minister Vu said the talks went well; LAM STRESSED it too."
    compiled = re.compile(r"(?P<who>[A-Z]\w+) (said|stressed)", re.IGNORECASE)
    assert pattern.search(text).group("who") == compiled.search(text).group("who") == "Vu"
    assert _is_compiled(pattern)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.sub("X", text) == compiled.sub("X", text)
    assert (pattern.pattern, pattern.flags, pattern.groups) == (
        compiled.pattern,
        compiled.flags,
        compiled.groups,
    )
    # a method once looked up is the instance's own: no second trip through __getattr__
    assert vars(pattern)["search"].__self__ is vars(pattern)["_compiled"]


def test_a_mistyped_pattern_fails_at_its_first_use_and_compile_all_finds_it(monkeypatch):
    monkeypatch.setattr(lazy_patterns, "_MADE", [])
    good = lazy_compile(r"said")
    broken = lazy_compile(r"(unclosed")
    assert not _is_compiled(good)
    with pytest.raises(re.error):
        broken.search("x")
    with pytest.raises(re.error):
        compile_all()


def test_every_lazy_pattern_of_the_finder_and_its_modules_compiles():
    for name in LAZY_MODULES:
        importlib.import_module(name)
    assert compile_all() > 500
    for name in LAZY_MODULES:
        module = sys.modules[name]
        lazy = [value for value in vars(module).values() if isinstance(value, LazyPattern)]
        assert lazy, f"{name} makes no pattern lazily"
        assert all(_is_compiled(pattern) for pattern in lazy)


def test_a_lazy_pattern_survives_copy_and_pickle():
    pattern = lazy_compile(r"\bsaid\b")
    assert copy.deepcopy(pattern).search("he said so").span() == (3, 7)
    assert pickle.loads(pickle.dumps(pattern)).search("she said").span() == (4, 8)
    assert copy.copy(pattern).pattern == r"\bsaid\b"


def test_importing_the_finder_compiles_none_of_its_patterns():
    """A fresh process, as ``diplotui statements FILE`` starts: the finder and its modules
    loaded, no pattern compiled; finding one article's statements compiles only some."""
    script = (
        "import importlib\n"
        "from diplotui import lazy_patterns\n"
        f"for name in {LAZY_MODULES!r}: importlib.import_module(name)\n"
        "made = lazy_patterns._MADE\n"
        "print(len(made), sum('_compiled' in vars(p) for p in made))\n"
        "from diplotui.statements import find_statements\n"
        "find_statements('Minister Vu said the talks were “frank”, and she stressed unity.')\n"
        "print(sum('_compiled' in vars(p) for p in made))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    counts, used = done.stdout.splitlines()
    made, compiled_at_import = map(int, counts.split())
    assert made > 500
    assert compiled_at_import == 0
    assert 0 < int(used) < made // 2


# compared by identity with ``match.re``, which is the compiled pattern: compiled at import
COMPILED_AT_IMPORT = {("diplotui.statements.subjects", "_NAME_THEN_OUTLET")}


def test_the_finders_modules_compile_no_named_pattern_at_import():
    """A pattern added later with ``re.compile`` would put its cost back into every
    process's start: each module-level pattern of these modules is made lazily."""
    compiled_now = set()
    for name in LAZY_MODULES:
        module = importlib.import_module(name)
        compiled_now |= {
            (name, attribute)
            for attribute, value in vars(module).items()
            if isinstance(value, re.Pattern)
        }
    assert compiled_now == COMPILED_AT_IMPORT
