"""Bytecode for the suite's workers, made once before they start.

On a fresh clone every xdist worker rewrote the asserts of every test module and compiled
the project's modules itself, all four at once: ~4 s of CPU each (5.5 s to collect cold,
1.8 s warm), ~8 s of a 2-core machine's wall before the first test. The controller, idle
until its workers report, now does it once beforehand in one forked process per core and
writes the same caches pytest and Python write (pytest's rewritten ``.pyc`` beside each test
module, ordinary ``.pyc`` for the rest), so every worker finds them valid and reads them.

Only an optimisation: a file left out, a pytest whose private rewriting API changed, or a
folder that cannot be written leaves that file to the workers, as before. Nothing is written
when bytecode is not to be written (``PYTHONDONTWRITEBYTECODE``).
"""

from __future__ import annotations

import compileall
import os
import py_compile
import sys
import threading
from collections.abc import Iterable
from pathlib import Path

import pytest

SKIPPED_FOLDERS = frozenset({"__pycache__", "__snapshots__"})


def prepare_for_workers(session: pytest.Session, packages: Iterable[Path]) -> None:
    """Rewrite the test modules and compile ``packages`` and the tests' helper modules, in
    parallel, if this process is an xdist controller about to start its workers."""
    config = session.config
    if (
        sys.dont_write_bytecode
        or config.pluginmanager.getplugin("dsession") is None  # not giving out tests
        or threading.active_count() > 1  # forking is only safe with one thread
    ):
        return
    try:
        from _pytest.assertion.rewrite import assertstate_key
    except ImportError:
        return
    if assertstate_key not in config.stash:  # --assert=plain: nothing is rewritten
        return
    rewritten, compiled = _modules(config)
    for package in packages:
        compiled.extend(_python_files(package))
    _in_forked_processes(config, rewritten, compiled)


def _modules(config: pytest.Config) -> tuple[list[Path], list[Path]]:
    """The modules under the run's paths pytest rewrites (test modules, conftests) and the
    others (helpers the tests import)."""
    from _pytest.pathlib import fnmatch_ex

    patterns = config.getini("python_files")
    rewritten: list[Path] = []
    compiled: list[Path] = []
    for argument in config.args:
        start = Path(argument.split("::")[0])
        start = start if start.is_absolute() else config.invocation_params.dir / start
        for path in _python_files(start):
            if path.name == "conftest.py" or any(fnmatch_ex(p, path) for p in patterns):
                rewritten.append(path)
            else:
                compiled.append(path)
    return rewritten, compiled


def _python_files(start: Path) -> list[Path]:
    if start.is_file():
        return [start] if start.suffix == ".py" else []
    found: list[Path] = []
    for folder, subfolders, names in os.walk(start):
        subfolders[:] = [s for s in subfolders if s not in SKIPPED_FOLDERS]
        found.extend(Path(folder, name) for name in names if name.endswith(".py"))
    return found


def _in_forked_processes(
    config: pytest.Config, rewritten: list[Path], compiled: list[Path]
) -> None:
    """Share the files out by size among one forked process per core and wait for them."""
    jobs = sorted(
        [(path, True) for path in rewritten] + [(path, False) for path in compiled],
        key=lambda job: job[0].stat().st_size,
        reverse=True,
    )
    processes = min(len(os.sched_getaffinity(0)), len(jobs))
    children = []
    for index in range(processes):
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            status = 1
            try:
                _write_caches(config, jobs[index::processes])
                status = 0
            finally:
                os._exit(status)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)


def _write_caches(config: pytest.Config, jobs: list[tuple[Path, bool]]) -> None:
    from _pytest.assertion.rewrite import (
        PYC_TAIL,
        _read_pyc,
        _rewrite_test,
        _write_pyc,
        assertstate_key,
        get_cache_dir,
        try_makedirs,
    )

    state = config.stash[assertstate_key]
    for path, rewrite in jobs:
        if not rewrite:
            compileall.compile_file(
                path, quiet=2, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP
            )
            continue
        cache = get_cache_dir(path)
        pyc = cache / (path.name[:-3] + PYC_TAIL)
        if _read_pyc(path, pyc) is not None or not try_makedirs(cache):
            continue
        try:
            source_stat, code = _rewrite_test(path, config)
        except SyntaxError:  # the worker reports it when it collects the module
            continue
        _write_pyc(state, code, source_stat, pyc)
