"""Key press to the frame that shows its effect, in the real app on a 20,000-word article.

Issue 4's target is one frame (16 ms) for cursor movement and highlighting. Pilot's own
round trip varies by tens of milliseconds, so this times from the key press to the moment
the app hands the updated screen to its driver (``App._display``), which is what a person
sees next.
``--dialogs N`` times instead the opening of the help (``?``) and export (``x``) dialogs over
the reader, N times each (closed with ``esc`` between): key press to the first frame showing
the dialog, the first opening apart (it reads the dialogs' style sheet).
Usage: .venv/bin/python bench/bench_key_to_frame.py [--words 20000 --highlights 300 --presses 30]
       [--dialogs 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_reader import build_store
from diplotui.tui.app import DiplotuiApp

KEYS = {"j": "next sentence", "J": "next paragraph", "k": "previous sentence", "h": "highlight"}


def record_frames(app: DiplotuiApp) -> list[float]:
    """The times at which ``app`` hands a frame to its driver, from now on."""
    frames: list[float] = []
    display = app._display

    def recording_display(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            frames.append(time.perf_counter())
        return display(screen, renderable)

    app._display = recording_display  # type: ignore[method-assign]
    return frames


async def measure(words: int, highlights: int, presses: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        store, article_id = build_store(Path(folder), words, highlights)
        app = DiplotuiApp(store)
        frames = record_frames(app)
        medians = {}
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.open_article(article_id)
            app.screen.reader.focus()
            await pilot.pause(0.5)
            for key in KEYS:
                samples = []
                for _ in range(presses):
                    if key == "h":
                        await pilot.press("j")  # a fresh sentence to highlight each time
                    frames.clear()
                    pressed = time.perf_counter()
                    await pilot.press(key)
                    if frames:
                        samples.append((frames[0] - pressed) * 1000)
                medians[key] = statistics.median(samples)
        store.close()
    return medians


DIALOG_KEYS = {"question_mark": "help", "x": "export"}


async def measure_dialogs(
    words: int, highlights: int, presses: int
) -> dict[str, tuple[list[float], list[float], list[float]]]:
    """Each dialog's ``presses`` openings, in ms: key press to the first frame showing it,
    to the app idle again (through Pilot: what else the opening does after that frame),
    and the UI thread's CPU until then."""
    with tempfile.TemporaryDirectory() as folder:
        store, article_id = build_store(Path(folder), words, highlights)
        app = DiplotuiApp(store)
        frames: list[float] = []
        display = app._display
        main_screen = None

        def recording_display(screen, renderable):  # type: ignore[no-untyped-def]
            if renderable is not None and app.screen is not main_screen:
                frames.append(time.perf_counter())
            return display(screen, renderable)

        app._display = recording_display  # type: ignore[method-assign]
        times: dict[str, tuple[list[float], list[float], list[float]]] = {}
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.open_article(article_id)
            app.screen.reader.focus()
            await pilot.pause(0.5)
            main_screen = app.screen
            for key in DIALOG_KEYS:
                samples, idle, cpu = times[key] = ([], [], [])
                for _ in range(presses):
                    frames.clear()
                    pressed, used = time.perf_counter(), time.thread_time()
                    await pilot.press(key)
                    await pilot.pause()
                    idle.append((time.perf_counter() - pressed) * 1000)
                    cpu.append((time.thread_time() - used) * 1000)
                    assert app.screen is not main_screen and frames, key
                    samples.append((frames[0] - pressed) * 1000)
                    await pilot.press("escape")
                    await pilot.pause(0.2)
        store.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--highlights", type=int, default=300)
    parser.add_argument("--presses", type=int, default=30)
    parser.add_argument("--dialogs", type=int, default=0, help="time ? and x, N openings each")
    args = parser.parse_args()
    if args.dialogs:
        times = asyncio.run(measure_dialogs(args.words, args.highlights, args.dialogs))
        print(f"{args.words:,} words, {args.highlights} highlights, 120x40, key press to frame:")
        for key, kinds in times.items():
            for kind, samples in zip(("first frame", "idle again", "UI CPU"), kinds, strict=True):
                later = samples[1:] or samples
                print(
                    f"  {key} ({DIALOG_KEYS[key]}) {kind}: first {samples[0]:.0f} ms, later "
                    f"median {statistics.median(later):.0f} ms (worst {max(later):.0f})"
                )
        return
    medians = asyncio.run(measure(args.words, args.highlights, args.presses))
    print(f"{args.words:,} words, {args.highlights} highlights, 120x40, medians:")
    for key, label in KEYS.items():
        print(f"  {key} ({label}): {medians[key]:.1f} ms from key press to frame")


if __name__ == "__main__":
    main()
