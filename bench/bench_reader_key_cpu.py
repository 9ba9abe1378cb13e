"""What a key costs in the reader, frames included: the UI thread's CPU from the key press to
the app at rest again (per key), and the time to the first frame that shows the first key.

Run on the longest bundled seed at 120x40 (a person's first article), with the reader
focused; each key pressed ``--presses`` times. Per key it prints the median CPU, the median
time to the first frame, and the frames and layouts the key brought. With ``--before
OLD_TREE`` (a ``git archive`` of the older code) each side runs in its own process, the
two alternating ``--rounds`` times, so both see the same load; the medians of all rounds
are shown side by side.

Usage: .venv/bin/python bench/bench_reader_key_cpu.py [--before OLD_TREE] [--presses 40]
       [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEYS = {
    "j k": "next sentence, then back",
    "J K": "next paragraph, then back",
    "space pageup": "page down, then up",
    "tab shift+tab": "to the next pane, then back",
}
"""The reader's keys a person presses most, in pairs that come back to where they began (a
short seed has no end reached by 40 presses); figures are per key, half a pair's."""

TYPED = {
    "slash": ("find in the article", "the minister said"),
    "W": ("the Statements view's filter", "minister of foreign"),
}
"""Dialogs opened over the reader by a key, and the words typed in them, a letter a key."""

HERE = Path(__file__).resolve().parent


async def _at_rest(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """The app has handled the key and drawn what it brought: nothing queued, no frame due."""
    await pilot.pause()
    for _ in range(20):
        screen = app.screen
        pending = (
            screen._layout_required
            or screen._repaint_required
            or screen._dirty_widgets
            or any(worker.is_running for worker in app.workers)
        )
        if not pending:
            return
        await pilot.pause(0.01)


async def measure(presses: int) -> dict[str, dict[str, float]]:
    """Each key's medians in this process's diplotui."""
    from textual.screen import Screen

    from bench_key_to_frame import record_frames
    from diplotui.ingest import seed_if_empty
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp

    counts = {"frames": 0, "layouts": 0}
    compositor_refresh, refresh_layout = Screen._compositor_refresh, Screen._refresh_layout

    def counted_frame(screen: Screen[object]) -> None:
        counts["frames"] += 1
        compositor_refresh(screen)

    def counted_layout(screen: Screen[object], *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        counts["layouts"] += 1
        refresh_layout(screen, *args, **kwargs)

    Screen._compositor_refresh = counted_frame  # type: ignore[method-assign]
    Screen._refresh_layout = counted_layout  # type: ignore[method-assign]
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "library.json")
        seed_if_empty(store)
        app = DiplotuiApp(store)
        first_frames = record_frames(app)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.5)
            screen = app.screen
            wanted = max(
                store.articles(), key=lambda article: len(store.article_text(article.id))
            ).id
            screen.open_article(wanted)  # type: ignore[attr-defined]
            screen.reader.focus()  # type: ignore[attr-defined]
            await _at_rest(app, pilot)
            for key in KEYS:
                cpu, to_frame, frames, layouts = [], [], [], []
                for _ in range(presses):
                    first_frames.clear()
                    counts.update(frames=0, layouts=0)
                    began, used = time.perf_counter(), time.thread_time()
                    for one in key.split():
                        await pilot.press(one)
                    await _at_rest(app, pilot)
                    cpu.append((time.thread_time() - used) * 1000 / 2)
                    if first_frames:
                        to_frame.append((first_frames[0] - began) * 1000)
                    frames.append(counts["frames"] / 2)
                    layouts.append(counts["layouts"] / 2)
                results[key] = {
                    "cpu_ms": statistics.median(cpu),
                    "frame_ms": statistics.median(to_frame) if to_frame else float("nan"),
                    "frames": statistics.mean(frames),
                    "layouts": statistics.mean(layouts),
                }
            for opener, (_, words) in TYPED.items():
                await pilot.press(opener)
                await _at_rest(app, pilot)
                cpu, frames, layouts = [], [], []
                for letter in words:
                    counts.update(frames=0, layouts=0)
                    used = time.thread_time()
                    await pilot.press("space" if letter == " " else letter)
                    await _at_rest(app, pilot)
                    cpu.append((time.thread_time() - used) * 1000)
                    frames.append(counts["frames"])
                    layouts.append(counts["layouts"])
                results[opener] = {
                    "cpu_ms": statistics.median(cpu),
                    "frame_ms": float("nan"),
                    "frames": statistics.mean(frames),
                    "layouts": statistics.mean(layouts),
                }
                await pilot.press("escape")
                await _at_rest(app, pilot)
        store.close()
    return results


def _child(tree: Path, presses: int) -> dict[str, dict[str, float]]:
    """One measurement in a fresh process importing ``tree``'s diplotui."""
    environment = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run(
        [sys.executable, __file__, "--child", "--presses", str(presses)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", type=Path, help="a checkout of the older code")
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(asyncio.run(measure(args.presses))))
        return
    trees = {"after": HERE.parent}
    if args.before:
        trees = {"before": args.before.resolve(), **trees}
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            rounds[name].append(_child(tree, args.presses))
    print(f"the reader on the longest seed, 120x40, {args.presses} presses a key, "
          f"{args.rounds} rounds; medians of the rounds")  # fmt: skip
    print(
        f"{'keys':<14} "
        + "  ".join(f"{name + ': CPU ms, to frame ms, frames, layouts':<46}" for name in trees)
    )
    rows = {**KEYS, **{f"{key} + typing": label for key, (label, _) in TYPED.items()}}
    for row, label in rows.items():
        key = row.removesuffix(" + typing")
        cells = []
        for name in trees:
            figures = [r[key] for r in rounds[name]]
            cells.append(
                f"{statistics.median(f['cpu_ms'] for f in figures):6.2f} "
                f"{statistics.median(f['frame_ms'] for f in figures):8.2f} "
                f"{statistics.median(f['frames'] for f in figures):6.2f} "
                f"{statistics.median(f['layouts'] for f in figures):6.2f}".ljust(46)
            )
        print(f"{row:<14} " + "  ".join(cells) + f"  ({label})")


if __name__ == "__main__":
    main()
