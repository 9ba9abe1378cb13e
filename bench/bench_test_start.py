"""CPU of one app start as the UI tests make it, many starts in one process (issue 14).

Each start opens a fresh copy of a seeded store (or of ``--library``), builds
``DiplotuiApp(store)`` and runs ``async with app.run_test(size=(120, 40))``: ``--mode
pause`` makes one ``pilot.pause()`` (most tests' first step), ``--mode settled`` also waits
for start-up's workers (facets, search index, entity cache, prepared dialogs), ``--mode key``
presses ``j`` after the pause. The process is set up as the suite's is (``tests/conftest.py``:
parsed CSS shared between apps, collector thresholds, start-up objects frozen), so the figure
is what a UI test pays. The first ``--warm`` starts are not counted (imports, first parses).
CPU is this process's user + system time (threads included), not wall time.

Compare trees in one shell: ``PYTHONPATH=OLD/src python bench/bench_test_start.py`` then
without ``PYTHONPATH``; ``OLD`` from ``git archive main src styles seeds | tar -x -C OLD``.
Usage: python bench/bench_test_start.py [--starts 30] [--warm 3] [--mode pause|settled|key]
       [--library PATH] [--profile OUT.prof]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def one_start(source: Path, workdir: Path, mode: str, number: int) -> float:
    """CPU seconds of one start on a fresh copy of the store at ``source``."""
    from tests.tui.helpers import settle_start_up

    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp

    folder = workdir / f"start{number}"
    shutil.copytree(source.parent, folder)
    before = cpu_seconds()
    store = Store.open(folder / source.name)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        if mode == "settled":
            await settle_start_up(app, pilot)
        elif mode == "key":
            await pilot.press("j")
            await pilot.pause()
    store.close()
    spent = cpu_seconds() - before
    shutil.rmtree(folder)
    return spent


def seeded(workdir: Path) -> Path:
    from diplotui.ingest import seed_if_empty
    from diplotui.store import Store

    folder = workdir / "seeds"
    folder.mkdir()
    with Store.open(folder / "library.json") as store:
        seed_if_empty(store)
    return folder / "library.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=30)
    parser.add_argument("--warm", type=int, default=3)
    parser.add_argument("--mode", choices=("pause", "settled", "key"), default="pause")
    parser.add_argument("--library", help="a store to copy per start (default: the seeds)")
    parser.add_argument("--profile", help="write a cProfile of the counted starts here")
    args = parser.parse_args()

    import tests.conftest as suite  # the suite's process set-up (shared CSS parses)

    import diplotui

    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as w:
        workdir = Path(w)
        source = Path(args.library) if args.library else seeded(workdir)
        gc.collect()
        gc.freeze()
        gc.set_threshold(*suite.GC_THRESHOLDS)
        profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not wall
        spent: list[float] = []
        started = time.perf_counter()
        for number in range(args.warm + args.starts):
            counted = number >= args.warm
            if counted and profiler is not None:
                profiler.enable()
            cpu = asyncio.run(one_start(source, workdir, args.mode, number))
            if counted and profiler is not None:
                profiler.disable()
            if counted:
                spent.append(cpu)
        wall = time.perf_counter() - started
    if profiler is not None:
        profiler.dump_stats(args.profile)
    print(f"diplotui from {Path(diplotui.__file__).parent}")
    median, mean, least = (f(spent) * 1e3 for f in (statistics.median, statistics.mean, min))
    print(
        f"{args.mode}: {len(spent)} starts, CPU per start median {median:.1f} ms,"
        f" mean {mean:.1f} ms, min {least:.1f} ms (wall of all starts {wall:.1f} s)"
    )


if __name__ == "__main__":
    main()
