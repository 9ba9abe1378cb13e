"""Sync between two stores of 10,000 articles sharing one bare repository (issue 18).

Each round: store A and store B each add ``--batch`` new highlights; A syncs (sends), B
syncs (sends its own, merges A's), A syncs (receives B's). Prints each sync's time (wall and
CPU, git's included) and how much each side's repository grew per 100 annotations over all
rounds. Targets: each sync under 3 s; growth under 50 KB per 100 annotations.

Growth is given for the remote (the bare repository both push to, made by ``share init``)
and for A's own repository (``library.json.share.git`` beside the store), three ways: the
bytes of its files (``du --apparent-size``), the disk blocks they take (``du``), and what
``git count-objects -v`` counts (loose objects' blocks plus packs' bytes). Those compare the
end with the start, so they include where the end falls in git's cycle of small packs (up to
four wait for the next roll-up, each with its own index and a whole copy of the folders its
deltas are based on); the **trend** is the least-squares slope of the files' bytes measured
after every round, which averages that cycle out over many rounds. A last figure is what the
remote settles to once fully packed (``git gc`` on a copy before and after).

The library's 2,000 existing highlights are dated over the year before (a library's
highlights were made over time; the repository files them by the minute they were made).

``--batch N``: highlights each store adds a round (default 100; 10 and 1 are how a reader
who syncs often works). ``--spread N``: the highlights of a round fall on N articles
(default: as many as the batch, at most 100; 20 is closer to a day's reading).

Usage: ``.venv/bin/python bench/bench_sync.py [--articles 10000] [--rounds 3] [--batch 100]
[--spread 100]``
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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


def count_objects(repository: Path) -> dict[str, int]:
    """``git count-objects -v``: loose objects (``count``, ``size`` in KiB of blocks) and
    packs (``packs``, ``size-pack`` in KiB)."""
    out = subprocess.run(
        ["git", "--git-dir", str(repository), "count-objects", "-v"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {name: int(value) for name, value in (line.split(": ") for line in out.splitlines())}


def sizes(repository: Path) -> tuple[int, int, int]:
    """Files' bytes, their disk blocks, and the objects' bytes as git counts them."""
    counted = count_objects(repository)
    objects = (counted["size"] + counted["size-pack"]) * 1024
    return folder_bytes(repository), blocks(repository), objects


def packed(remote: Path, copy: Path) -> int:
    """Bytes of the remote's objects once packed as its own ``git gc`` would (on a copy)."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(remote, copy)
    whole = ["-c", "gc.bigPackThreshold=0"]  # all into one pack, whatever the remote's setting
    subprocess.run(["git", "--git-dir", str(copy), *whole, "gc", "--quiet"], check=True)
    return folder_bytes(copy / "objects")


def slope(points: list[tuple[int, int]]) -> float:
    """Least-squares bytes per annotation through (annotations so far, bytes) points."""
    return statistics.linear_regression([x for x, _ in points], [y for _, y in points]).slope


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


def timed_sync(path: Path, author: str) -> tuple[float, float, str]:
    """Wall and CPU seconds of one sync (this process's and its git children's), its line."""
    with Store.open(path) as store:
        began, cpu = time.perf_counter(), _cpu()
        summary = sync(store, author).summary()
        return time.perf_counter() - began, _cpu() - cpu, summary


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--highlights", type=int, default=2_000, help="already in the library")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--spread", type=int, default=0, help="default: min(batch, 100)")
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
        seconds, _, summary = timed_sync(a, "mai")  # A takes in what B's clone merged
        print(f"first sync after set-up: {seconds:.1f} s: {summary}")
        print(f"bare repository: {folder_bytes(remote) / 1e6:.1f} MB")
        times: list[float] = []
        cpus: list[float] = []
        local = a.with_name(a.name + ".share.git")
        settled_before = packed(remote, root / "packed.git")
        before = {"remote": sizes(remote), "A's own": sizes(local)}
        trace = {
            side: [(0, folder_bytes(path))]
            for side, path in (("remote", remote), ("A's own", local))
        }
        for round_number in range(1, args.rounds + 1):
            add_highlights(a, args.batch, args.spread or min(args.batch, 100), rng)
            add_highlights(b, args.batch, args.spread or min(args.batch, 100), rng)
            for path, author in ((a, "mai"), (b, "bob"), (a, "mai")):
                seconds, cpu, summary = timed_sync(path, author)
                times.append(seconds)
                cpus.append(cpu)
                if round_number <= 3 or round_number == args.rounds:
                    print(
                        f"round {round_number}: {author} sync {seconds:.2f} s "
                        f"(CPU {cpu:.2f} s): {summary}"
                    )
            for side, repository in (("remote", remote), ("A's own", local)):
                trace[side].append((2 * args.batch * round_number, folder_bytes(repository)))
        per_100 = 100 / (2 * args.batch * args.rounds) / 1000  # bytes -> KB per 100
        for side, repository in (("remote", remote), ("A's own", local)):
            now = sizes(repository)
            grown = [(n - o) * per_100 for n, o in zip(now, before[side], strict=True)]
            left = count_objects(repository)
            print(
                f"{side} repository grew per 100 annotations: files {grown[0]:.1f} KB, "
                f"blocks {grown[1]:.1f} KB, count-objects {grown[2]:.1f} KB, files' trend "
                f"{slope(trace[side]) * 100 / 1000:.1f} KB "
                f"(now {left['count']} loose objects, {left['packs']} packs)"
            )
        settled = (packed(remote, root / "packed.git") - settled_before) * per_100
        print(
            f"sync: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
            f"(target 3 s); CPU median {statistics.median(cpus):.2f} s, max {max(cpus):.2f} s; "
            f"remote once packed by git gc: {settled:.1f} KB per 100 annotations; "
            f"load average {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
