"""``diplotui statements FILE`` starts as ``diplotui entities FILE`` does, plus the finder: issue
17 has it add at most 20% to the entities command's time, and most of what it added was a
process's start (session 65): the store's modules, the library's queries, search index and
statement cache, ``cli.annotate``, imported for a text file that needs none of them, and
patterns compiled that the article never used."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

from diplotui.lazy_patterns import LazyPattern

ARTICLE = Path(__file__).resolve().parents[1] / "statements_dev" / "articles"

# What the finder and a statement's line never need: each was imported by ``statements FILE``
# alone (``entities FILE`` imports none of them).
NOT_FOR_A_FILE = (
    "diplotui.cli.annotate",
    "diplotui.library.statements",
    "diplotui.library.query",
    "diplotui.library.search",
    "diplotui.library.speaker_names",
    "diplotui.library.statement_cache",
    "diplotui.library.text_cache",
    "diplotui.statements.corrections",
    "diplotui.store.storage",
    "diplotui.store.records",
    "diplotui.store.backups",
    "diplotui.store.body_log",
    "hashlib",
    "sqlite3",
    "logging",
    "subprocess",
    "concurrent.futures",
)

_RUN = """
import io, sys, contextlib
from diplotui.cli.main import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    status = main(["--db", sys.argv[1], sys.argv[2], sys.argv[3]])
print(status, out.getvalue().count("\\n"))
print(" ".join(sorted(sys.modules)))
"""


def _modules_after(command: str, article: Path, tmp_path: Path) -> tuple[str, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(tmp_path / "lib.json"), command, str(article)],
        capture_output=True,
        text=True,
        check=True,
    )
    first, modules = done.stdout.splitlines()[-2:]
    return first, set(modules.split())


def test_statements_of_a_file_imports_no_store_module_nor_the_librarys_queries(tmp_path):
    article = sorted(ARTICLE.glob("*.txt"))[0]
    said, modules = _modules_after("statements", article, tmp_path)
    status, lines = map(int, said.split())
    assert status == 0 and lines > 0  # statements were found and listed
    assert "diplotui.statements.finder" in modules
    assert sorted(modules.intersection(NOT_FOR_A_FILE)) == []
    _, of_entities = _modules_after("entities", article, tmp_path)
    assert not (of_entities & set(NOT_FOR_A_FILE))  # none of them is the recogniser's either


def test_the_finders_modules_compile_no_pattern_list_at_import():
    """Patterns kept in lists or tuples (``dating._PATTERNS``) are made lazily too: the
    date patterns an article seldom needs (none of the first twelve of the dev set) cost
    ~3 ms of every process's start."""
    compiled = []
    for name in (
        "diplotui.dating",
        "diplotui.statements.finder",
        "diplotui.statements.subjects",
        "diplotui.statements.cast",
        "diplotui.statements.when",
    ):
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            if isinstance(value, list | tuple) and any(isinstance(p, re.Pattern) for p in value):
                compiled.append(f"{name}.{attribute}")
    assert compiled == []
    from diplotui import dating

    assert all(isinstance(p, LazyPattern) for p in (*dating._PATTERNS, *dating._ACROSS_MONTHS))


def test_a_speakers_name_absent_from_the_words_compiles_no_pattern():
    """``cite.names_its_speaker`` answers False, as its patterns would, for words holding no
    word of the name, without compiling them (~0.3 ms a speaker, each listed line's)."""
    from diplotui.cite import names_its_speaker

    re.purge()
    assert not names_its_speaker("Wang Yi", "the talks would resume next week")
    assert not re._cache  # type: ignore[attr-defined]
    assert names_its_speaker("Wang Yi", "Wang Yi said the talks would resume")
    assert names_its_speaker("Wang Yi (Foreign Minister)", "According to Wang, they will")
    assert not names_its_speaker("Wang Yi", "China's Wang Yi visit was short")
