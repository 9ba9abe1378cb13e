"""Opening a copied store: CPU time of a read-only and a writable open of a copy.

A copy (``cp -r``, a restore from an archive) has another inode and modification time than
the file its trust note was written for. Without a way to know the note still describes it,
every read-only open parsed and checked the whole file, and the first writable open rewrote it.

    python bench/bench_copied_store.py --library /tmp/storecli/lib10k/lib.json [--src OLD/src]

The library is copied (file, note and journal; texts are not read on opening) to a temporary
folder, compacted there once by the code measured (so its note is that code's), then copied
again; each open runs in a fresh process with ``--src`` (default: this checkout's ``src``)
first on the path. Figures are the child's CPU time (``time.process_time``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OPEN = """
import sys, time
from diplotui.store import Store
started = time.process_time()
with Store.open(sys.argv[1], read_only=sys.argv[2] == "ro") as store:
    count = len(store.article_ids())
print(f"{time.process_time() - started:.3f} {count} {store._storage.compactions}")
"""

PARTS = ("", ".checked", ".journal")


def run_open(src: Path, store: Path, mode: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", OPEN, str(store), mode],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout.strip()


def copy_store(source: Path, folder: Path) -> Path:
    folder.mkdir()
    for part in PARTS:
        if source.with_name(source.name + part).exists():
            shutil.copy(source.with_name(source.name + part), folder / f"lib.json{part}")
    return folder / "lib.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="an existing store file")
    parser.add_argument("--src", type=Path, default=Path(__file__).parent.parent / "src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        compacted = copy_store(args.library, Path(temp) / "compacted")
        run_open(args.src, compacted, "rw")  # a note as the measured code writes it
        print("original, read-only open:  cpu s, articles, compactions:", end=" ")
        print(run_open(args.src, compacted, "ro"))
        copy = copy_store(compacted, Path(temp) / "copy")
        steps = (
            ("copy, read-only open", "ro"),
            ("copy, read-only again", "ro"),
            ("copy, writable open", "rw"),
            ("copy, read-only after", "ro"),
        )
        for label, mode in steps:
            print(f"{label}:  cpu s, articles, compactions:", run_open(args.src, copy, mode))


if __name__ == "__main__":
    main()
