"""A pytest plugin that records each test's CPU seconds, for ``bench_suite.py``.

CPU rather than wall time because the machine is shared: another engineer's build slows a
test's wall time but hardly its CPU. A test's CPU is its process's user + system time over
setup, call and teardown (threads included), plus the children it waited for (subprocesses
of the CLI, kill tests). Each process (one per xdist worker) writes ``<worker>.json`` into
``SUITE_CPU_DIR`` with its per-test figures (when each started, its wall time, the Textual
apps it started, the pilot's waits and how many of them were Textual's idle waits, so the
bench can show what each file costs and which files kept a worker busy alone at the end) and
its whole CPU, collection and start-up included.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

_per_test: dict[str, dict[str, float | str]] = {}
_counters = {
    "app_starts": 0,
    "pilot_waits": 0,
    "pilot_wait_seconds": 0.0,
    "textual_waits": 0,
    "child_processes": 0,
    "git_processes": 0,
    "child_wait_seconds": 0.0,
    "fsyncs": 0,
    "fsync_seconds": 0.0,
    "sleep_seconds": 0.0,
}


def _figures() -> dict[str, float]:
    """The counters so far, with the waits that ended on an idle window: Textual's own waits
    and those of ``tests/settle.py`` that ended as Textual's would."""
    figures = dict(_counters)
    settle = sys.modules.get("tests.settle")
    outcomes = getattr(settle, "OUTCOMES", {})
    figures["idle_windows"] = (
        figures.pop("textual_waits") + outcomes.get("idle window", 0) + outcomes.get("max_sleep", 0)
    )
    return figures


_collection: dict[str, float] = {}


def _cpu() -> tuple[float, float]:
    """(this process's CPU, its waited-for children's CPU) in seconds so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _count_apps_and_waits() -> None:
    """Count each Textual app run (``run_test`` or ``run``: both go through
    ``_process_messages``), each wait of the pilot (after a key, twice; ``pause()``) with
    the wall time it took, and each of Textual's idle waits (``wait_for_idle``: at least one
    20 ms window without CPU; all of the pilot's waits unless ``tests/settle.py`` settles
    them on the app's state)."""
    try:
        import textual._wait
        import textual.app
        import textual.pilot
    except ImportError:
        return
    process_messages = textual.app.App._process_messages
    textual_wait = textual._wait.wait_for_idle

    async def counted_process_messages(self: Any, *args: Any, **kwargs: Any) -> Any:
        _counters["app_starts"] += 1
        return await process_messages(self, *args, **kwargs)

    async def counted_textual_wait(*args: Any, **kwargs: Any) -> None:
        _counters["textual_waits"] += 1
        await textual_wait(*args, **kwargs)

    textual.app.App._process_messages = counted_process_messages  # type: ignore[method-assign]
    textual._wait.wait_for_idle = counted_textual_wait
    for module in (textual.app, textual.pilot):
        pilot_wait = module.wait_for_idle  # type: ignore[attr-defined]
        if pilot_wait is textual_wait:  # Textual's own: count it once, as an idle wait
            pilot_wait = counted_textual_wait

        async def counted_pilot_wait(*args: Any, wait: Any = pilot_wait, **kwargs: Any) -> None:
            started = time.perf_counter()
            try:
                await wait(*args, **kwargs)
            finally:
                _counters["pilot_waits"] += 1
                _counters["pilot_wait_seconds"] += time.perf_counter() - started

        module.wait_for_idle = counted_pilot_wait  # type: ignore[attr-defined]


def _timed(function: Any, count: str | None, seconds: str) -> Any:
    """``function`` counting its calls into ``count`` and its wall time into ``seconds``,
    an inner call of the same kind (``run`` waits with ``communicate``) not counted twice."""
    inside = {"depth": 0}

    def timed(*args: Any, **kwargs: Any) -> Any:
        if inside["depth"]:
            return function(*args, **kwargs)
        inside["depth"] += 1
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            inside["depth"] -= 1
            if count:
                _counters[count] += 1
            _counters[seconds] += time.perf_counter() - started

    return timed


def _count_processes_fsyncs_and_sleeps() -> None:
    """Count the child processes a test starts (``git`` ones apart) and the wall time it
    waited for them, each ``os.fsync`` and its wall time, and the seconds spent in
    ``time.sleep`` and in ``asyncio.sleep`` with a delay (the event loop runs other work
    during the latter, so it is an upper bound of what the sleep cost)."""
    import asyncio
    import subprocess

    popen_init = subprocess.Popen.__init__

    def counted_init(self: Any, args: Any, *rest: Any, **kwargs: Any) -> None:
        _counters["child_processes"] += 1
        program = args if isinstance(args, str) else (list(args) or [""])[0]
        if Path(str(program)).name == "git":
            _counters["git_processes"] += 1
        popen_init(self, args, *rest, **kwargs)

    subprocess.Popen.__init__ = counted_init  # type: ignore[method-assign]
    waiting = _timed(lambda call, *a, **k: call(*a, **k), None, "child_wait_seconds")
    for name in ("wait", "communicate"):
        original = getattr(subprocess.Popen, name)

        def waited(self: Any, *args: Any, original: Any = original, **kwargs: Any) -> Any:
            return waiting(original, self, *args, **kwargs)

        setattr(subprocess.Popen, name, waited)
    os.fsync = _timed(os.fsync, "fsyncs", "fsync_seconds")
    time.sleep = _timed(time.sleep, None, "sleep_seconds")
    asyncio_sleep = asyncio.sleep

    async def timed_async_sleep(delay: float, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return await asyncio_sleep(delay, *args, **kwargs)
        finally:
            if delay:
                _counters["sleep_seconds"] += time.perf_counter() - started

    asyncio.sleep = timed_async_sleep  # type: ignore[assignment]


def pytest_configure(config: pytest.Config) -> None:
    _collection["configured_cpu"] = _cpu()[0]
    _collection["configured_at"] = time.time()
    _count_apps_and_waits()
    _count_processes_fsyncs_and_sleeps()


def pytest_collection_finish(session: pytest.Session) -> None:
    _collection["collected_cpu"] = _cpu()[0]
    _collection["collected_at"] = time.time()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    own_before, children_before = _cpu()
    counters_before = _figures()
    wall_before, started = time.perf_counter(), time.time()
    yield
    own_after, children_after = _cpu()
    _per_test[item.nodeid] = {
        "cpu": own_after - own_before,
        "children": children_after - children_before,
        "wall": time.perf_counter() - wall_before,
        "started": started,
        "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
        **{name: value - counters_before[name] for name, value in _figures().items()},
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
        **_collection,
        "tests": _per_test,
    }
    (Path(folder) / f"{worker}.json").write_text(json.dumps(report))
