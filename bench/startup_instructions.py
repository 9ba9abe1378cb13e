"""Instructions executed until the first frame, next to the bare Textual app (callgrind).

Wall and CPU times swing with the machine's load; the number of instructions a start-up
executes does not (with ``PYTHONHASHSEED=0``). Each candidate runs once under ``valgrind
--tool=callgrind`` in a 120x40 pseudo-terminal through ``paint_probe.py``, which ends the
process when the driver is handed the frame showing the list's first title (the bare app's
label), so the count stops where ``bench_startup.py``'s clock does.

``--library PATH`` adds an existing store (use a copy: it is written to), measured as
diplotui left it, after another program retagged an article, and after another program added
an article and deleted one (see ``bench_startup.py``). ``--before SRC`` also measures another
tree's ``src`` folder (e.g. ``main``'s) in the same run, on the same stores; the tree needs its
``styles`` beside ``src`` (``git archive main src styles seeds | tar -x -C OLD``): without them
the app stops before its first frame, which this bench reports.
Usage: python bench/startup_instructions.py [--library PATH ...] [--before OLD/src] [--tree SRC]
       [--no-seeds]
"""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_startup import first_listed_title, other_writer_preparations
from diplotui.ingest import seed_if_empty
from diplotui.library.snapshot import save_snapshot
from diplotui.store import Store
from startup import bare_app_command, terminal_env

BENCH = Path(__file__).resolve().parent


def instructions(
    probe_args: list[str], env: dict[str, str], workdir: Path, counted: bool = True
) -> int:
    """Instructions callgrind counted for ``paint_probe.py PROBE_ARGS`` in a 120x40 pty
    (not ``counted``: run without valgrind, e.g. to write the bytecode caches; returns 0)."""
    out = workdir / "callgrind.out"
    out.unlink(missing_ok=True)
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"]
    command = [
        *(valgrind if counted else []),
        sys.executable,
        str(BENCH / "paint_probe.py"),
        *probe_args,
    ]
    master, slave = pty.openpty()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    child = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    seen = b""
    try:
        while child.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    seen = (seen + os.read(master, 65536))[-4000:]
                except OSError:
                    break
        child.wait(timeout=600)
    finally:
        os.close(master)
    if child.returncode != 0:  # the probe ends with 0 once the frame is drawn, not before
        raise RuntimeError(f"the start failed ({child.returncode}); tail: {seen[-600:]!r}")
    if not counted:
        return 0
    if not out.exists():
        raise RuntimeError(f"no callgrind output; tail: {seen[-600:]!r}")
    totals = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.MULTILINE)
    if totals is None:
        raise RuntimeError(f"no totals in {out}")
    return int(totals.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", action="append", default=[], help="a store (a copy)")
    parser.add_argument("--before", help="another tree's src folder, measured alongside")
    parser.add_argument("--tree", help="the src folder to measure (default: the installed one)")
    parser.add_argument("--no-seeds", action="store_true")
    args = parser.parse_args()
    env = terminal_env()
    env["PYTHONHASHSEED"] = "0"
    trees = {
        "this tree": {**env, "PYTHONPATH": str(Path(args.tree).resolve())} if args.tree else env
    }
    if args.before:
        trees["before"] = {**env, "PYTHONPATH": str(Path(args.before).resolve())}
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        bare = bare_app_command(workdir)[1]
        runs: list[tuple[str, list[str], Callable[[], object] | None]] = [
            ("bare textual app", ["bare-textual-floor", "script", bare], None)
        ]
        if not args.no_seeds:
            seeds_db = workdir / "seeds.json"
            with Store.open(seeds_db) as store:
                seed_if_empty(store)
            save_snapshot(store)
            title = first_listed_title(seeds_db)
            runs.append(("seeds", [title, "diplotui", "--db", str(seeds_db)], None))
        for library in map(Path, args.library):
            title = first_listed_title(library)
            probe = [title, "diplotui", "--db", str(library)]
            name = library.parent.name or str(library)
            for label, prepare in other_writer_preparations(library).items():
                runs.append((f"{name}, {label}", probe, prepare))
        counts: dict[str, dict[str, int]] = {}
        for name, probe, prepare in runs:
            for tree, tree_env in trees.items():
                if prepare is not None:
                    prepare()
                instructions(probe, tree_env, workdir, counted=False)  # writes bytecode caches
                if prepare is not None:
                    prepare()
                count = instructions(probe, tree_env, workdir)
                counts.setdefault(name, {})[tree] = count
                print(f"{name:<36} {tree:<10} {count / 1e6:>9,.0f} M", flush=True)
    bare_counts = counts["bare textual app"]
    print(f"\n{'until the first frame (M instructions)':<40}" + "".join(f"{t:>20}" for t in trees))
    for name, by_tree in counts.items():
        cells = "".join(
            f"{by_tree[t] / 1e6:>10,.0f} ({by_tree[t] / bare_counts[t]:.2f}x)" for t in trees
        )
        print(f"{name:<40}{cells}")


if __name__ == "__main__":
    main()
