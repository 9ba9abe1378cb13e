"""A pytest plugin that records each test's CPU seconds, for ``bench_suite.py``.

CPU rather than wall time because the machine is shared: another engineer's build slows a
test's wall time but hardly its CPU. A test's CPU is its process's user + system time over
setup, call and teardown, plus the children it waited for (subprocesses of the CLI, kill
tests). Each process (one per xdist worker) writes ``<worker>.json`` into ``SUITE_CPU_DIR``
with its per-test figures (and when each started, so the bench can show which worker finished
last and with which files) and its whole CPU, collection and start-up included.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Generator
from pathlib import Path

import pytest

_per_test: dict[str, dict[str, float | str]] = {}


def _cpu() -> tuple[float, float]:
    """(this process's CPU, its waited-for children's CPU) in seconds so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    own_before, children_before = _cpu()
    wall_before, started = time.perf_counter(), time.time()
    yield
    own_after, children_after = _cpu()
    _per_test[item.nodeid] = {
        "cpu": own_after - own_before,
        "children": children_after - children_before,
        "wall": time.perf_counter() - wall_before,
        "started": started,
        "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    folder = os.environ.get("SUITE_CPU_DIR")
    if not folder:
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    own, children = _cpu()
    report = {
        "process_cpu": own,
        "children_cpu": children,
        "finished": time.time(),
        "tests": _per_test,
    }
    (Path(folder) / f"{worker}.json").write_text(json.dumps(report))
