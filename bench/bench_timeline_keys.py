"""Keys in the list while the first ``L`` of a library fills its statement and timeline caches.

The real app (headless, 120x40) on a copy of a generated library whose start-up work is done
(search index, entity cache: the library is opened once first and that work let finish), with
no statement or timeline cache: the timeline worker of ``L`` is started for ``--name`` as the
key starts it (``StatementActions._build_timeline``, its screen left out so that the keys go to
the article list), and ``j`` / ``k`` are pressed every ``--every`` seconds until it is done.
A key's time runs from its press (sent to the app's driver as Pilot sends keys, without
waiting for the app to be idle) to the first frame the app hands its driver after the list
moved. ``PYTHONPATH=OLD/src`` measures another tree (cache9, session 18).

    .venv/bin/python bench/bench_timeline_keys.py --library LIB_FOLDER [--name "Le Hoai Trung"]
        [--every 0.1] [--keep DIR]

``--keep DIR`` keeps the settled copy in DIR and reuses it (settling fills the entity cache:
a minute or more at 10,000 articles).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from textual import events

from bench_key_to_frame import record_frames
from diplotui.paths import cache_dir
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

FILLED = ("statements.json", "timeline.json")
SLOW_MS = 50.0


async def settle(path: Path) -> None:
    """Open the library once and let its start-up workers finish."""
    with Store.open(path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(2):
                await pilot.pause(0.5)
                await app.workers.wait_for_complete()


async def measure(path: Path, name: str, every: float) -> tuple[float, float, list[float]]:
    """The seconds the timeline worker took, the CPU seconds of the app's process meanwhile
    (its threads; not the helper's), and each key's press-to-frame milliseconds."""
    moved: list[float] = []
    for action_name in ("action_cursor_down", "action_cursor_up"):
        action = getattr(ArticleList, action_name)

        def recorded(self, action=action):  # type: ignore[no-untyped-def]
            moved.append(time.perf_counter())
            return action(self)

        setattr(ArticleList, action_name, recorded)
    latencies: list[float] = []
    with Store.open(path) as store:
        app = DiplotuiApp(store)
        frames = record_frames(app)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            app.screen.query_one(ArticleList).focus()
            await pilot.pause()
            actions = app.screen.statement_actions
            started, cpu = time.perf_counter(), time.process_time()
            worker = app.screen.run_worker(
                partial(actions._build_timeline, object(), name), group="timeline", thread=True
            )
            presses = 0
            while not worker.is_finished:
                moved.clear()
                frames.clear()
                key = "j" if presses % 4 < 2 else "k"
                event = events.Key(key, key)
                event.set_sender(app)
                assert app._driver is not None
                pressed = time.perf_counter()
                app._driver.send_message(event)
                presses += 1
                deadline = pressed + 5
                while time.perf_counter() < deadline:
                    shown = [f for f in frames if moved and f >= moved[0]]
                    if shown:
                        latencies.append((shown[0] - pressed) * 1000)
                        break
                    await asyncio.sleep(0.001)
                await asyncio.sleep(every)
            took, cpu = time.perf_counter() - started, time.process_time() - cpu
            await app.workers.wait_for_complete()
    return took, cpu, latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--library", type=Path, required=True, help="a generated library's folder")
    parser.add_argument("--store", default="lib.json", help="the store file's name in it")
    parser.add_argument("--name", default="Le Hoai Trung")
    parser.add_argument("--every", type=float, default=0.1)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="timeline-keys-"))
    path = folder / args.store
    if not path.exists():
        shutil.copytree(args.library, folder, dirs_exist_ok=True)
        started = time.perf_counter()
        asyncio.run(settle(path))
        print(f"settled in {time.perf_counter() - started:.1f} s", flush=True)
    for name in FILLED:
        (cache_dir(path) / name).unlink(missing_ok=True)
    took, cpu, latencies = asyncio.run(measure(path, args.name, args.every))
    slow = [ms for ms in latencies if ms > SLOW_MS]
    print(
        f"cold L worker {took:.1f} s (the app's process: {cpu:.1f} s CPU); "
        f"{len(latencies)} keys: median "
        f"{statistics.median(latencies):.1f} ms, p95 "
        f"{statistics.quantiles(latencies, n=20)[-1]:.1f} ms, max {max(latencies):.1f} ms, "
        f"{len(slow)} over {SLOW_MS:.0f} ms"
    )
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
