"""Where the test suite's time goes: CPU seconds per folder, file and test, and the wall time.

Usage: python bench/bench_suite.py [--top 40] [--save run.json] [--compare old.json]
       [-- PYTEST ARGS]   (default: -n 2 --dist loadfile, as .ci/run on this 2-core machine)

Runs pytest in a child process with the ``suite_cpu`` plugin (CPU of each test, its
subprocesses included) and reports the whole run's CPU (every worker and subprocess that
was waited for), which a shared machine's load changes far less than wall time.
``--compare`` prints each file's CPU next to an earlier ``--save``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_suite(pytest_args: list[str]) -> dict[str, object]:
    """Run pytest once; the merged per-test figures, whole CPU and wall time."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, SUITE_CPU_DIR=folder)
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(ROOT / "bench"), env.get("PYTHONPATH")])
        )
        command = [sys.executable, "-m", "pytest", "-p", "suite_cpu", *pytest_args]
        cpu_before, wall_before, started = children_cpu(), time.perf_counter(), time.time()
        returncode = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        wall, cpu = time.perf_counter() - wall_before, children_cpu() - cpu_before
        tests: dict[str, dict[str, float]] = {}
        workers: dict[str, dict[str, float]] = {}
        for report in Path(folder).glob("*.json"):
            figures = json.loads(report.read_text())
            tests.update(figures.pop("tests"))
            workers[report.stem] = figures
    return {
        "returncode": returncode,
        "wall": wall,
        "cpu": cpu,
        "started": started,
        "tests": tests,
        "workers": workers,
    }


def test_cpu(figures: dict[str, float]) -> float:
    return figures["cpu"] + figures["children"]


def per_file(tests: dict[str, dict[str, float]]) -> dict[str, float]:
    sums: dict[str, float] = defaultdict(float)
    for nodeid, figures in tests.items():
        sums[nodeid.split("::")[0]] += test_cpu(figures)
    return sums


def file_figures(tests: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per test file: CPU, wall, tests, app starts, pilot idle waits and their wall time."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for nodeid, figures in tests.items():
        row = sums[nodeid.split("::")[0]]
        row["cpu"] += test_cpu(figures)
        row["wall"] += figures["wall"]
        row["tests"] += 1
        for name in ("app_starts", "pilot_waits", "pilot_wait_seconds", "idle_windows"):
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
    print(
        f"\npytest exit {run['returncode']}; {len(tests)} tests; wall {run['wall']:.1f} s; "
        f"CPU {run['cpu']:.1f} s (in tests {in_tests:.1f} s); load {os.getloadavg()[0]:.1f}; "
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    run = run_suite(args.pytest_args or ["-n", "2", "--dist", "loadfile"])
    if args.save:
        args.save.write_text(json.dumps(run))
    earlier = json.loads(args.compare.read_text()) if args.compare else None
    report(run, args.top, earlier)


if __name__ == "__main__":
    main()
