"""Where the test suite's time goes: CPU seconds per folder, file and test, and the wall time.

Usage: python bench/bench_suite.py [--top 40] [--save run.json] [--compare old.json]
       [--before OLD_TREE] [--report run.json] [-- PYTEST ARGS]
       (default: -n 2 --dist loadfile, as .ci/run on this 2-core machine)

Runs pytest in a child process with the ``suite_cpu`` plugin (CPU of each test, its
subprocesses included) and reports the whole run's CPU (every worker and subprocess that
was waited for), which a shared machine's load changes far less than wall time.
``--compare`` prints each file's CPU next to an earlier ``--save``. ``--before`` runs the
same command in another checkout (the code before a change) at the same time as this one,
so both see the same load, and prints each file's CPU side by side (``--save`` then holds
both runs). ``--report`` prints a saved run's figures again without running anything.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_suite(pytest_args: list[str]) -> dict[str, object]:
    """Run pytest once; the merged per-test figures, whole CPU and wall time."""
    return run_suites([ROOT], pytest_args)[0]


def run_suites(trees: list[Path], pytest_args: list[str]) -> list[dict[str, object]]:
    """Run pytest in each checkout at once, each with its own ``src`` first on the path and
    this checkout's ``suite_cpu`` plugin; each run's figures, its CPU that of its own
    process tree (``wait4``), not the others'."""
    with tempfile.TemporaryDirectory() as scratch:
        running = []
        for number, tree in enumerate(trees):
            folder = Path(scratch) / str(number)
            folder.mkdir()
            env = dict(os.environ, SUITE_CPU_DIR=str(folder))
            env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(tree / "src"), str(ROOT / "bench"), env.get("PYTHONPATH")])
            )
            command = [sys.executable, "-m", "pytest", "-p", "suite_cpu", *pytest_args]
            started, wall_before = time.time(), time.perf_counter()
            process = subprocess.Popen(command, cwd=tree, env=env)
            running.append((process, folder, started, wall_before))
        ended: dict[int, tuple[int, Any, float]] = {}
        while len(ended) < len(running):  # each as it ends, so its wall time is its own
            pid, status, usage = os.wait4(-1, 0)
            ended[pid] = (status, usage, time.perf_counter())
        runs = []
        for process, folder, started, wall_before in running:
            status, usage, finished = ended[process.pid]
            wall = finished - wall_before
            tests: dict[str, dict[str, float]] = {}
            workers: dict[str, dict[str, float]] = {}
            for report in folder.glob("*.json"):
                figures = json.loads(report.read_text())
                tests.update(figures.pop("tests"))
                workers[report.stem] = figures
            runs.append(
                {
                    "returncode": os.waitstatus_to_exitcode(status),
                    "wall": wall,
                    "cpu": usage.ru_utime + usage.ru_stime,
                    "started": started,
                    "load": os.getloadavg()[0],
                    "tests": tests,
                    "workers": workers,
                }
            )
    return runs


def test_cpu(figures: dict[str, float]) -> float:
    return figures["cpu"] + figures["children"]


def per_file(tests: dict[str, dict[str, float]]) -> dict[str, float]:
    sums: dict[str, float] = defaultdict(float)
    for nodeid, figures in tests.items():
        sums[nodeid.split("::")[0]] += test_cpu(figures)
    return sums


COUNTED = (
    "app_starts",
    "pilot_waits",
    "pilot_wait_seconds",
    "idle_windows",
    "child_processes",
    "git_processes",
    "child_wait_seconds",
    "fsyncs",
    "fsync_seconds",
    "sleep_seconds",
)
"""What ``suite_cpu`` counts in each test, summed per file."""


def file_figures(tests: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per test file: CPU, wall, tests, app starts, pilot idle waits and their wall time."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for nodeid, figures in tests.items():
        row = sums[nodeid.split("::")[0]]
        row["cpu"] += test_cpu(figures)
        row["wall"] += figures["wall"]
        row["tests"] += 1
        for name in COUNTED:
            row[name] += figures.get(name, 0)
    return sums


def report(run: dict[str, object], top: int, earlier: dict[str, object] | None) -> None:
    tests: dict[str, dict[str, float]] = run["tests"]  # type: ignore[assignment]
    in_tests = sum(test_cpu(figures) for figures in tests.values())
    files = file_figures(tests)
    total = {
        name: sum(row[name] for row in files.values())
        for name in ("app_starts", "pilot_waits", "pilot_wait_seconds", "idle_windows")
    }
    load = float(run.get("load", os.getloadavg()[0]))  # type: ignore[arg-type]
    print(
        f"\npytest exit {run['returncode']}; {len(tests)} tests; wall {run['wall']:.1f} s; "
        f"CPU {run['cpu']:.1f} s (in tests {in_tests:.1f} s); load {load:.1f}; "
        f"app starts {total['app_starts']:.0f}; pilot waits {total['pilot_waits']:.0f} "
        f"({total['pilot_wait_seconds']:.1f} s summed over the workers), of which Textual's "
        f"idle waits {total['idle_windows']:.0f}"
    )
    folders: dict[str, float] = defaultdict(float)
    for name, row in files.items():
        folders[name.split("/")[1] if name.count("/") > 1 else name] += row["cpu"]
    print(
        "folders: "
        + ", ".join(f"{name} {s:.1f}" for name, s in sorted(folders.items(), key=lambda x: -x[1]))
    )
    report_workers(run)
    report_busy_workers(run)
    report_occupancy(run)
    report_waits(files)
    old_files = per_file(earlier["tests"]) if earlier else {}  # type: ignore[arg-type]
    print(
        f"\n{'file':52} {'CPU s':>6} {'wall s':>6} {'tests':>5} {'apps':>4} {'waits':>5}"
        f" {'wait s':>6} {'idle':>5}" + (f" {'CPU before':>10}" if earlier else "")
    )
    for name, row in sorted(files.items(), key=lambda x: -x[1]["cpu"])[:top]:
        before = f" {old_files[name]:10.1f}" if name in old_files else ""
        print(
            f"{name[-52:]:52} {row['cpu']:6.1f} {row['wall']:6.1f} {row['tests']:5.0f}"
            f" {row['app_starts']:4.0f} {row['pilot_waits']:5.0f} {row['pilot_wait_seconds']:6.1f}"
            f" {row['idle_windows']:5.0f}" + before
        )
    print(f"\n{'test':90} {'CPU s':>6} {'wall s':>6}")
    for nodeid, figures in sorted(tests.items(), key=lambda x: -test_cpu(x[1]))[:top]:
        print(f"{nodeid[:90]:90} {test_cpu(figures):6.2f} {figures['wall']:6.2f}")


def report_workers(run: dict[str, object]) -> None:
    """Each worker's CPU, its collection (start-up to the first test) and when it finished:
    with ``--dist loadfile`` the run lasts as long as its busiest worker, so one heavy file
    given out last can keep the others waiting."""
    workers: dict[str, dict[str, float]] = run.get("workers", {})  # type: ignore[assignment]
    tests: dict[str, dict[str, Any]] = run["tests"]  # type: ignore[assignment]
    if not workers or "started" not in run:
        return
    print(
        f"\n{'worker':8} {'tests':>5} {'CPU s':>7} {'in tests':>8} {'collect CPU':>11}"
        f" {'collected at':>12} {'done at s':>9}  last files"
    )
    for name, figures in sorted(workers.items()):
        own = {k: v for k, v in tests.items() if v.get("worker") == name}
        in_tests = sum(test_cpu(v) for v in own.values())
        files = list(
            dict.fromkeys(
                k.split("::")[0] for k, _ in sorted(own.items(), key=lambda x: x[1]["started"])
            )
        )
        done = figures["finished"] - run["started"]  # type: ignore[operator]
        cpu = figures["process_cpu"] + figures["children_cpu"]
        collected_at = figures.get("collected_at", run["started"]) - run["started"]  # type: ignore[operator]
        print(
            f"{name:8} {len(own):5} {cpu:7.1f} {in_tests:8.1f} "
            f"{figures.get('collected_cpu', 0.0):11.1f} {collected_at:12.1f} {done:9.1f}  "
            f"{', '.join(files[-2:])}"
        )


def report_busy_workers(run: dict[str, object]) -> None:
    """How long 0, 1, 2, ... workers were inside a test, and the files that ran while fewer
    than all of them were (the tail: the run waits for its last file)."""
    tests: dict[str, dict[str, Any]] = run["tests"]  # type: ignore[assignment]
    workers = {figures.get("worker") for figures in tests.values()}
    if not tests or "started" not in run:
        return
    edges = sorted(
        [(f["started"], 1) for f in tests.values()]
        + [(f["started"] + f["wall"], -1) for f in tests.values()]
    )
    busy, previous = 0, float(run["started"])  # type: ignore[arg-type]
    spent: dict[int, float] = defaultdict(float)
    for instant, change in edges:
        spent[busy] += instant - previous
        busy, previous = busy + change, instant
    print(
        "\nworkers inside a test, seconds of the run: "
        + ", ".join(f"{count}: {spent[count]:.1f}" for count in sorted(spent))
    )
    last_start = max(
        max(f["started"] + f["wall"] for f in tests.values() if f.get("worker") == worker)
        for worker in workers
    )
    first_done = min(
        max(f["started"] + f["wall"] for f in tests.values() if f.get("worker") == worker)
        for worker in workers
    )
    tail: dict[str, float] = defaultdict(float)
    for nodeid, figures in tests.items():
        end = figures["started"] + figures["wall"]
        if end > first_done:
            tail[nodeid.split("::")[0]] += end - max(figures["started"], first_done)
    print(
        f"tail: first worker done {first_done - run['started']:.1f} s, last "  # type: ignore[operator]
        f"{last_start - run['started']:.1f} s; files after the first was done: "  # type: ignore[operator]
        + ", ".join(f"{name} {s:.1f} s" for name, s in sorted(tail.items(), key=lambda x: -x[1]))
    )


FOLDER_LETTERS = {"tui": "t", "unit": "u", "cli": "c", "reliability": "r", "feeds": "f", "e2e": "e"}


def report_occupancy(run: dict[str, object], columns: int = 72) -> None:
    """Each worker's run as a row of ``columns`` slices of the wall time: the letter of the
    folder whose tests took most of the slice (``FOLDER_LETTERS``), "." where the worker was
    in no test (starting, collecting, waiting for work, finishing). A worker idle at the end
    while the others still run is the tail the scheduler could have filled."""
    tests: dict[str, dict[str, Any]] = run["tests"]  # type: ignore[assignment]
    if not tests or "started" not in run:
        return
    start = float(run["started"])  # type: ignore[arg-type]
    end = max(f["started"] + f["wall"] for f in tests.values())
    width = (end - start) / columns
    legend = ", ".join(f"{letter} {folder}" for folder, letter in FOLDER_LETTERS.items())
    print(f"\noccupancy, one column {width:.1f} s ({legend}):")
    for worker in sorted({f.get("worker", "main") for f in tests.values()}):
        spans: list[dict[str, float]] = [defaultdict(float) for _ in range(columns)]
        for nodeid, figures in tests.items():
            if figures.get("worker", "main") != worker:
                continue
            folder = nodeid.split("/")[1] if nodeid.count("/") > 1 else ""
            began, ended = figures["started"] - start, figures["started"] + figures["wall"] - start
            for column in range(int(began // width), min(int(ended // width), columns - 1) + 1):
                low, high = column * width, (column + 1) * width
                spans[column][folder] += max(0.0, min(ended, high) - max(began, low))
        row = "".join(
            FOLDER_LETTERS.get(max(span, key=span.__getitem__), "?")
            if sum(span.values()) > width / 2
            else "."
            for span in spans
        )
        print(f"{worker:6} {row}")


def report_waits(files: dict[str, dict[str, float]]) -> None:
    """What the tests waited on, summed over the workers (wall seconds, not CPU): child
    processes (git's apart), fsync, sleeps and the pilot's waits, with the app starts."""
    total = defaultdict(float)
    for row in files.values():
        for name, value in row.items():
            total[name] += value
    print(
        f"\nwaits: {total['child_processes']:.0f} child processes ({total['git_processes']:.0f} "
        f"of them git), {total['child_wait_seconds']:.1f} s waited for; {total['fsyncs']:.0f} "
        f"fsyncs, {total['fsync_seconds']:.1f} s; sleeps {total['sleep_seconds']:.1f} s "
        f"(asyncio's overlap the event loop's work); pilot waits {total['pilot_waits']:.0f}, "
        f"{total['pilot_wait_seconds']:.1f} s; app starts {total['app_starts']:.0f}"
    )


def report_side_by_side(before: dict[str, object], after: dict[str, object]) -> None:
    """The two runs' totals in one table: tests, CPU of the run and in tests, wall, app
    starts and pilot waits, with the change in per cent."""

    def totals(run: dict[str, object]) -> dict[str, float]:
        tests: dict[str, dict[str, float]] = run["tests"]  # type: ignore[assignment]
        rows = file_figures(tests).values()
        return {
            "tests": len(tests),
            "CPU of the run s": float(run["cpu"]),  # type: ignore[arg-type]
            "CPU in tests s": sum(test_cpu(figures) for figures in tests.values()),
            "wall s": float(run["wall"]),  # type: ignore[arg-type]
            "app starts": sum(row["app_starts"] for row in rows),
            "pilot waits": sum(row["pilot_waits"] for row in rows),
        }

    old, new = totals(before), totals(after)
    print(f"\n{'side by side':20} {'before':>10} {'after':>10} {'change':>8}")
    for name, value in old.items():
        change = f"{100 * (new[name] - value) / value:+7.1f}%" if value else ""
        print(f"{name:20} {value:10.1f} {new[name]:10.1f} {change:>8}")
    print(f"pytest exit: before {before['returncode']}, after {after['returncode']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--before", type=Path, help="a checkout of the code before, run at once")
    parser.add_argument("--report", type=Path, help="print a run saved by --save, run nothing")
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    if args.report:
        report(json.loads(args.report.read_text()), args.top, None)
        return
    pytest_args = args.pytest_args or ["-n", "2", "--dist", "loadfile"]
    if args.before:
        before, run = run_suites([args.before.resolve(), ROOT], pytest_args)
        if args.save:
            args.save.write_text(json.dumps({"before": before, "after": run}))
        print(f"\nBEFORE ({args.before})")
        report(before, args.top, None)
        print(f"\nAFTER ({ROOT}), CPU before from the same run")
        report(run, args.top, before)
        report_side_by_side(before, run)
        return
    run = run_suite(pytest_args)
    if args.save:
        args.save.write_text(json.dumps(run))
    earlier = json.loads(args.compare.read_text()) if args.compare else None
    report(run, args.top, earlier)


if __name__ == "__main__":
    main()
