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


def report(run: dict[str, object], top: int, earlier: dict[str, object] | None) -> None:
    tests: dict[str, dict[str, float]] = run["tests"]  # type: ignore[assignment]
    in_tests = sum(test_cpu(figures) for figures in tests.values())
    print(
        f"\npytest exit {run['returncode']}; {len(tests)} tests; wall {run['wall']:.1f} s; "
        f"CPU {run['cpu']:.1f} s (in tests {in_tests:.1f} s); load {os.getloadavg()[0]:.1f}"
    )
    folders: dict[str, float] = defaultdict(float)
    for name, seconds in per_file(tests).items():
        folders[name.split("/")[1] if name.count("/") > 1 else name] += seconds
    print(
        "folders: "
        + ", ".join(f"{name} {s:.1f}" for name, s in sorted(folders.items(), key=lambda x: -x[1]))
    )
    report_workers(run)
    old_files = per_file(earlier["tests"]) if earlier else {}  # type: ignore[arg-type]
    print(f"\n{'file':60} {'CPU s':>7}" + (f" {'before':>7}" if earlier else ""))
    for name, seconds in sorted(per_file(tests).items(), key=lambda x: -x[1])[:top]:
        before = f" {old_files[name]:7.1f}" if name in old_files else (" " * 8 if earlier else "")
        print(f"{name:60} {seconds:7.1f}{before}")
    print(f"\n{'test':90} {'CPU s':>6} {'wall s':>6}")
    for nodeid, figures in sorted(tests.items(), key=lambda x: -test_cpu(x[1]))[:top]:
        print(f"{nodeid[:90]:90} {test_cpu(figures):6.2f} {figures['wall']:6.2f}")


def report_workers(run: dict[str, object]) -> None:
    """Each worker's CPU and when it finished: with ``--dist loadfile`` the run lasts as long
    as its busiest worker, so one heavy file given out last can keep the others waiting."""
    workers: dict[str, dict[str, float]] = run.get("workers", {})  # type: ignore[assignment]
    tests: dict[str, dict[str, Any]] = run["tests"]  # type: ignore[assignment]
    if not workers or "started" not in run:
        return
    print(f"\n{'worker':8} {'tests':>5} {'CPU s':>7} {'in tests':>8} {'done at s':>9}  last files")
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
        print(
            f"{name:8} {len(own):5} {cpu:7.1f} {in_tests:8.1f} {done:9.1f}  {', '.join(files[-2:])}"
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
