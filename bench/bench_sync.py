"""Sync between two stores of 10,000 articles sharing one bare repository (issue 18).

Each round: store A and store B each add 100 new highlights (``--batch``); A syncs (sends), B
syncs (sends its own, merges A's), A syncs (receives B's). Prints each sync's time and how much
the bare repository grew per 100 annotations. Targets: each sync under 3 s; growth under 50 KB
per 100 annotations.

Growth is given three ways: the bytes of the remote's files (what ``du --apparent-size``
counts: the figure the target is read against), the blocks they take on this file system
(``du``: a push of under 100 objects is stored as one file per object), and what the remote
settles to once git packs it (``git gc`` on a copy before and after the rounds: what the
remote's own ``gc --auto`` does after pushes; diplotui never runs it on a shared remote).

The library's 2,000 existing highlights are dated over the year before (a library's
highlights were made over time; the repository files them by the minute they were made).

``--batch N``: highlights each store adds a round (default 100; a push of fewer than 100
objects is unpacked into loose objects by the remote). ``--spread N``: the highlights of a
round fall on N articles (default 100: every highlight on a different article, the worst case
for git's trees; 20 is closer to a day's reading).

Usage: ``.venv/bin/python bench/bench_sync.py [--articles 10000] [--rounds 3] [--spread 100]
[--batch 100]``
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.library.generate import generate_library
from diplotui.model import Highlight
from diplotui.share import share_clone, share_init, sync
from diplotui.store import Store


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def blocks(path: Path) -> int:
    """Bytes the folder takes on disk (whole blocks)."""
    return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file())


def packed(remote: Path, copy: Path) -> int:
    """Bytes of the remote's objects once packed as its own ``git gc`` would (on a copy)."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(remote, copy)
    subprocess.run(["git", "--git-dir", str(copy), "gc", "--quiet"], check=True)
    return folder_bytes(copy / "objects")


def date_over_last_year(path: Path, rng: random.Random) -> None:
    """Give the generated library's highlights creation times spread over the past year."""
    now = datetime.now(timezone.utc)
    with Store.open(path) as store:
        dated = []
        for highlight in store.highlights():
            made = (now - timedelta(seconds=rng.randrange(365 * 86400))).isoformat(
                timespec="milliseconds"
            )
            dated.append(Highlight.from_dict(highlight.to_dict() | {"created_at": made}))
        store.save_as_given(highlights=dated)


def add_highlights(path: Path, count: int, spread: int, rng: random.Random) -> None:
    with Store.open(path) as store, store.batch():
        chosen = rng.sample(sorted(store.article_ids()), spread)
        for index in range(count):
            article_id = chosen[index % spread]
            text = store.article_text(article_id)
            start = rng.randrange(len(text) - 60)
            store.save_highlight(new_highlight(article_id, text, start, start + 40, note="n"))


def timed_sync(path: Path, author: str) -> tuple[float, str]:
    with Store.open(path) as store:
        began = time.perf_counter()
        summary = sync(store, author).summary()
        return time.perf_counter() - began, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--highlights", type=int, default=2_000, help="already in the library")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spread", type=int, default=100)
    parser.add_argument("--batch", type=int, default=100, help="highlights per store a round")
    args = parser.parse_args()
    os.environ.setdefault("GIT_CONFIG_GLOBAL", os.devnull)  # the machine's settings stay out
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        remote = root / "desk.git"
        a = generate_library(root / "a" / "library.json", args.articles, args.highlights)
        date_over_last_year(a, rng)
        (root / "b").mkdir()
        b = root / "b" / "library.json"
        for part in ("", ".journal"):  # the store as written, its journal included
            if a.with_name(a.name + part).exists():
                shutil.copy(a.with_name(a.name + part), b.with_name(b.name + part))
        shutil.copytree(a.with_name(a.name + ".bodies"), b.with_name(b.name + ".bodies"))
        with Store.open(a) as store:
            began = time.perf_counter()
            share_init(store, str(remote), "mai")
            print(f"share init, {args.articles} articles: {time.perf_counter() - began:.1f} s")
        with Store.open(b) as store:
            began = time.perf_counter()
            share_clone(store, str(remote), "bob")
            print(f"share clone of the same library: {time.perf_counter() - began:.1f} s")
        seconds, summary = timed_sync(a, "mai")  # A takes in what B's clone merged
        print(f"first sync after set-up: {seconds:.1f} s: {summary}")
        print(f"bare repository: {folder_bytes(remote) / 1e6:.1f} MB")
        times: list[float] = []
        growths: list[float] = []
        settled_before = packed(remote, root / "packed.git")
        for round_number in range(1, args.rounds + 1):
            before, blocks_before = folder_bytes(remote), blocks(remote)
            add_highlights(a, args.batch, args.spread, rng)
            add_highlights(b, args.batch, args.spread, rng)
            for path, author in ((a, "mai"), (b, "bob"), (a, "mai")):
                seconds, summary = timed_sync(path, author)
                times.append(seconds)
                print(f"round {round_number}: {author} sync {seconds:.2f} s: {summary}")
            per_100 = 100 / (2 * args.batch) / 1000  # bytes of a round -> KB per 100
            growth = (folder_bytes(remote) - before) * per_100
            on_disk = (blocks(remote) - blocks_before) * per_100
            growths.append(growth)
            print(
                f"round {round_number}: repository grew {growth:.1f} KB per 100 annotations "
                f"({on_disk:.1f} KB of disk blocks)"
            )
        settled = (packed(remote, root / "packed.git") - settled_before) * per_100 / args.rounds
        print(
            f"sync: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
            f"(target 3 s); growth: median {statistics.median(growths):.1f} KB, "
            f"max {max(growths):.1f} KB per 100 annotations (target 50 KB); "
            f"once packed by git gc: {settled:.1f} KB per 100 annotations"
        )


if __name__ == "__main__":
    main()
