"""Store benchmarks: durable writes along a growth curve, the CLI on a big library, an import.

``writes`` (default): every size (articles, with as many highlights) open at once, durable
tag writes through ``Store.save_article`` (journal append + fsync) alternating between them,
median of ``--rounds``, then the same tag updates through TinyDB's default ``JSONStorage``
(``table.update``, no fsync) on an equal data set at 10,000; open times, a compaction, and
the peak resident memory of a process that opened the store and built every record.
``cli``: ``diplotui tag``, ``note``, ``highlight`` and ``list --search`` on a generated
library (or ``--library PATH``) against the same on the bundled seeds, alternating.
``import``: a generated library's JSON export, one file, imported into a library holding
none, half and all of its articles (``--before CHECKOUT``: that code too, alternating). ``files``:
1,000 generated text files imported into an empty store (entity recognition included).
``app --library PATH``: the app on an existing store, headless, in a fresh process: resident
memory once the list is painted, once the search index is open and synced, 10 s and 30 s
later (with the entity helper's, a child process); the wall and CPU time of each step.

    .venv/bin/python bench/bench_store.py [writes] [--sizes 1000,10000,50000,100000]
    .venv/bin/python bench/bench_store.py cli [--articles 20000 | --library PATH] [--rounds 15]
    .venv/bin/python bench/bench_store.py import [--articles 10000] [--rounds 1] [--before DIR]
    .venv/bin/python bench/bench_store.py files [--articles 1000]
    .venv/bin/python bench/bench_store.py app --library PATH
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from diplotui.library.generate import generate_library
from diplotui.model import Article, Highlight
from diplotui.store import Store

DIPLOTUI = [sys.executable, "-m", "diplotui.cli.main"]


def make_tables(articles: int, highlights: int, by_id: bool) -> dict[str, dict[str, Any]]:
    """A TinyDB-shaped data set with realistic field sizes (bodies are not needed to tag);
    keyed by record id (the store's schema 2) or by integer (TinyDB's default tables)."""
    article_docs: dict[str, dict[str, Any]] = {}
    ids = []
    for n in range(articles):
        article_id = f"{n + 1:012x}"
        ids.append(article_id)
        article = Article(
            id=article_id,
            title=f"Foreign ministers meet in Hanoi to discuss regional security, round {n}",
            text_hash=f"{n:064x}",
            source="World & Vietnam Report",
            url=f"https://example.org/news/diplomacy/{n}/foreign-ministers-meet-in-hanoi",
            author="Staff reporter",
            date="2025-07-18",
            origin_path=f"/home/reader/news/2025/07/article-{n:05d}.txt",
            tags=["asean", "security"] if n % 3 else ["trade"],
            note="Compare with the joint statement of last year." if n % 5 == 0 else "",
        )
        article_docs[article_id if by_id else str(n + 1)] = article.to_dict()
    highlight_docs: dict[str, dict[str, Any]] = {}
    for n in range(highlights):
        highlight_id = f"{0xA00000000000 + n:012x}"
        highlight = Highlight(
            id=highlight_id,
            article_id=ids[n % len(ids)],
            start=120 + n % 400,
            end=260 + n % 400,
            quote="The ministers reaffirmed their commitment to maintaining peace, stability "
            "and freedom of navigation in the region.",
            prefix="In a joint statement issued after",
            suffix=" They also agreed to strengthen",
            note="Key line for the brief." if n % 4 == 0 else "",
            tags=["quote"],
        )
        highlight_docs[highlight_id if by_id else str(n + 1)] = highlight.to_dict()
    return {
        "articles": article_docs,
        "highlights": highlight_docs,
        "meta": {"1": {"schema": 2 if by_id else 1, "app": "diplotui"}},
    }


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


_RSS_PROBE = """
import resource, sys, time
from diplotui.store import Store
started = time.perf_counter()
store = Store.open(sys.argv[1], read_only=True)
opened = time.perf_counter() - started
store.articles(); store.highlight_counts(); store.warm_up()
print(opened * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def open_sized_store(folder: Path, size: int) -> tuple[Store, dict[str, float]]:
    """A store of ``size`` articles and ``size`` highlights, opened for writing, with its
    read-only open time and the peak memory of a process that builds every record."""
    ours_path = folder / f"ours-{size}" / "library.json"
    ours_path.parent.mkdir()
    ours_path.write_bytes(json.dumps(make_tables(size, size, by_id=True)).encode())
    Store.open(ours_path).close()  # the first writable open compacts and takes a backup
    probe = subprocess.run(
        [sys.executable, "-c", _RSS_PROBE, str(ours_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    open_read_only_ms, rss_mb = map(float, probe.stdout.split())
    started = time.perf_counter()
    store = Store.open(ours_path)
    figures = {
        "file_mb": ours_path.stat().st_size / 1e6,
        "open_read_only_ms": open_read_only_ms,
        "open_write_ms": (time.perf_counter() - started) * 1000,
        "rss_mb": rss_mb,
    }
    return store, figures


def jsonstorage_writes(folder: Path, size: int, rounds: int) -> float:
    """Median ms of the same tag updates through TinyDB's ``JSONStorage`` (no fsync)."""
    theirs_path = folder / "theirs" / "library.json"
    theirs_path.parent.mkdir()
    theirs_path.write_bytes(json.dumps(make_tables(size, size, by_id=False)).encode())
    theirs = TinyDB(theirs_path).table("articles")
    times = []
    for n in range(rounds):
        doc_id = (n * 37) % size + 1
        tags = [*theirs.get(doc_id=doc_id)["tags"], f"bench-{n}"]
        started = time.perf_counter()
        theirs.update({"tags": tags}, doc_ids=[doc_id])
        times.append(time.perf_counter() - started)
    return median_ms(times[1:])


def run_writes(sizes: list[int], rounds: int) -> None:
    """Every size's store open at once, and the tag writes alternate between them round by
    round, so each size meets the same disk (a shared disk's fsync swings 0.3-10 ms)."""
    print(f"durable tag write, {rounds} rounds per size, alternating (medians exclude the first)")
    print("articles+highlights  file MB  write ms  open r/o ms  open rw ms  compact ms  RSS MB")
    with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as work:
        folder = Path(work)
        opened = {size: open_sized_store(folder, size) for size in sizes}
        targets = {size: list(store.article_ids()) for size, (store, _) in opened.items()}
        times: dict[int, list[float]] = {size: [] for size in sizes}
        for n in range(rounds):
            for size, (store, _) in opened.items():
                article = store.article(targets[size][(n * 37) % size])
                article.tags = [*article.tags, f"bench-{n}"]
                started = time.perf_counter()
                store.save_article(article)
                times[size].append(time.perf_counter() - started)
        for size, (store, figures) in opened.items():
            started = time.perf_counter()
            store.compact()
            figures["compaction_ms"] = (time.perf_counter() - started) * 1000
            store.close()
            figures["write_median_ms"] = median_ms(times[size][1:])
        theirs = jsonstorage_writes(folder, 10_000, rounds) if 10_000 in sizes else None
    for size, (_, figures) in opened.items():
        print(
            f"{size:>9,} + {size:<9,} {figures['file_mb']:7.1f}  {figures['write_median_ms']:8.2f}"
            f"  {figures['open_read_only_ms']:11.0f}  {figures['open_write_ms']:10.0f}"
            f"  {figures['compaction_ms']:10.0f}  {figures['rss_mb']:6.0f}"
        )
    if theirs is not None:
        ours = opened[10_000][1]["write_median_ms"]
        print(
            f"   TinyDB JSONStorage table.update at 10,000 (after ours): {theirs:.1f} ms "
            f"({theirs / ours:.0f}x slower, and without fsync)"
        )
    if len(sizes) > 1:
        low, high = opened[sizes[0]][1], opened[sizes[-1]][1]
        ratio = high["write_median_ms"] / low["write_median_ms"]
        print(f"write at {sizes[-1]:,} / write at {sizes[0]:,}: {ratio:.2f}x")


USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""As on a user's machine, commands run from cached bytecode (this machine sets
PYTHONDONTWRITEBYTECODE, which made every command compile ~130 modules: 0.3-0.9 s)."""


def time_command(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=USER_ENV)
    return time.perf_counter() - started


def first_article(path: Path) -> tuple[str, str]:
    """The first article's id and a passage of its text to highlight."""
    with Store.open(path, read_only=True) as store:
        article = store.articles()[0]
        words = store.article_text(article.id).split("\n", 2)[-1].split()
    return article.id, " ".join(words[:6])


CLI_COMMANDS: dict[str, Callable[[str, str, int], list[str]]] = {
    "tag": lambda article_id, _quote, n: ["tag", article_id, f"bench-{n}"],
    "note": lambda article_id, _quote, n: ["note", article_id, f"Bench note {n}."],
    "highlight": lambda article_id, quote, n: ["highlight", article_id, "--quote", quote],
    "list --search": lambda _id, _quote, n: ["list", "--search", "hà nội asean"],
    "annotations": lambda _id, _quote, n: ["annotations"],
    "annotations --json": lambda _id, _quote, n: ["annotations", "--json"],
}


def run_cli(
    articles: int, rounds: int, library: Path | None, only: list[str] | None = None
) -> None:
    """Each command (``only``: those named) alternately on the seeds and on the big
    library, ``rounds`` times."""
    commands = {name: CLI_COMMANDS[name] for name in only or CLI_COMMANDS}
    with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as folder:
        seeds = Path(folder) / "seeds" / "library.json"
        seeds.parent.mkdir()  # --db must name an existing folder
        subprocess.run([*DIPLOTUI, "--db", str(seeds), "list"], check=True, capture_output=True)
        big = library or generate_library(Path(folder) / "big" / "library.json", articles, articles)
        with Store.open(big, read_only=True) as store:
            size = len(store.article_ids())
        targets = {seeds: first_article(seeds), big: first_article(big)}
        times = {(command, path): [] for command in commands for path in targets}
        cpu = {(command, path): [] for command in commands for path in targets}
        for n in range(rounds + 1):
            for command, arguments in commands.items():
                for path, (article_id, quote) in targets.items():
                    before = os.times()
                    elapsed = time_command(
                        [*DIPLOTUI, "--db", str(path), *arguments(article_id, quote, n)]
                    )
                    after = os.times()
                    if n:  # the first round writes bytecode caches, a backup, the index
                        times[command, path].append(elapsed)
                        used = after.children_user - before.children_user
                        cpu[command, path].append(
                            used + after.children_system - before.children_system
                        )
    print(f"CLI, median of {rounds}, alternating; wall (CPU of the process)")
    print(f"{'command':<16} {'seeds':>18} {f'{size:,} articles':>20}  ratio (wall / CPU)")
    for command in commands:
        small, large = median_ms(times[command, seeds]), median_ms(times[command, big])
        small_cpu, large_cpu = median_ms(cpu[command, seeds]), median_ms(cpu[command, big])
        print(
            f"{command:<16} {small:7.0f} ({small_cpu:5.0f}) ms {large:8.0f} ({large_cpu:5.0f}) ms"
            f"  {large / small:.2f}x / {large_cpu / small_cpu:.2f}x"
        )


def _import_env(tree: Path | None) -> dict[str, str]:
    """The environment of an ``import`` run: this checkout's code, or ``tree``'s ``src``."""
    return USER_ENV if tree is None else {**USER_ENV, "PYTHONPATH": str(tree / "src")}


def _half_export(exported: Path) -> Path:
    """The export's first half of articles, with their highlights (the library a merge of
    the whole export meets holding half of it)."""
    document = json.loads(exported.read_text(encoding="utf-8"))
    articles = document["articles"][: len(document["articles"]) // 2]
    ids = {a["id"] for a in articles}
    highlights = [h for h in document["highlights"] if h["article_id"] in ids]
    half = exported.with_name("half.json")
    half.write_text(
        json.dumps({**document, "articles": articles, "highlights": highlights}),
        encoding="utf-8",
    )
    return half


IMPORT_CASES = ("an empty library", "one holding half of it", "one holding all of it")


def run_import(articles: int, rounds: int, before: Path | None) -> None:
    """``diplotui import EXPORT.json`` of a generated library's JSON export (one file) into
    a library that holds none, half and all of its articles; with ``before`` (a checkout),
    each import run by its code and this one alternately, on fresh copies of the same
    libraries."""
    import shutil

    with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as folder:
        work = Path(folder)
        source = generate_library(work / "source" / "library.json", articles, articles)
        exported = work / "export.json"
        subprocess.run(
            [*DIPLOTUI, "--db", str(source), "export", "--format", "json", "-o", str(exported)],
            check=True,
            capture_output=True,
        )
        libraries = []
        for number, given in enumerate((None, _half_export(exported), exported)):
            library = work / f"library-{number}" / "library.json"
            library.parent.mkdir()
            subprocess.run(
                [*DIPLOTUI, "--db", str(library), "list"], check=True, capture_output=True
            )
            if given is not None:
                subprocess.run(
                    [*DIPLOTUI, "--db", str(library), "import", str(given)],
                    check=True,
                    capture_output=True,
                )
            libraries.append(library)
        trees = {"this tree": None, **({f"before ({before})": before} if before else {})}
        times: dict[tuple[str, int], list[tuple[float, float, float]]] = {}
        for n in range(rounds):
            for case, library in enumerate(libraries):
                for name, tree in trees.items():
                    target = work / f"run-{n}-{case}-{len(times)}"
                    shutil.copytree(library.parent, target)
                    command = [*DIPLOTUI, "--db", str(target / "library.json"), "import"]
                    run = _timed_import([*command, str(exported)], _import_env(tree))
                    times.setdefault((name, case), []).append(run)
                    shutil.rmtree(target)
        size_mb = exported.stat().st_size / 1e6
    print(
        f"import of one {size_mb:.1f} MB JSON export ({articles:,} articles, {articles:,} "
        f"highlights), median of {rounds}, trees alternating; wall (CPU, waiting for a "
        f"core), load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'into':<24}" + "".join(f"{name:>40}" for name in trees))
    for case, label in enumerate(IMPORT_CASES):
        cells = []
        for name in trees:
            wall, cpu, queued = (
                statistics.median(run[n] for run in times[name, case]) for n in range(3)
            )
            cells.append(f"{wall:6.1f} s ({cpu:5.1f} s CPU, {queued:5.1f} s queued)")
        print(f"{label:<24}" + "".join(f"{cell:>40}" for cell in cells))


def _timed_import(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """The import's wall time, its CPU time and how long its main thread waited for a core
    (read from its ``schedstat`` while it runs: on this shared machine most of the wall)."""
    started, spent = time.perf_counter(), os.times()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    queued = 0.0
    while child.poll() is None:
        queued = _queued_seconds(f"/proc/{child.pid}/schedstat") or queued
        time.sleep(0.05)
    elapsed, after = time.perf_counter() - started, os.times()
    if child.returncode:
        raise SystemExit(f"{' '.join(command)}: exit {child.returncode}")
    return elapsed, sum(after[2:4]) - sum(spent[2:4]), queued


def run_files(files: int) -> None:
    """Import ``files`` generated text files (entity recognition included) into an empty
    store in-process; wall and CPU time."""
    import random

    from diplotui.ingest import import_paths
    from diplotui.library.generate import _article_text, _seed_sentences

    with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as folder:
        incoming = Path(folder) / "files"
        incoming.mkdir()
        rng = random.Random(0)
        sentences = _seed_sentences()
        for number in range(files):
            text = _article_text(rng, sentences, 2025, rng.randint(1, 12), rng.randint(1, 28))
            (incoming / f"{number:04d}.txt").write_text(f"{text}(File {number})\n", "utf-8")
        with Store.open(Path(folder) / "library.json") as store:
            started, cpu, queued = time.perf_counter(), time.process_time(), _queued_seconds()
            report = import_paths(store, [incoming])
            elapsed, used = time.perf_counter() - started, time.process_time() - cpu
            waited = _queued_seconds() - queued
            imported = len(store.article_ids())
    print(f"import of {files:,} text files with recognition: {elapsed:.2f} s wall")
    print(
        f"  {files / elapsed:.0f} files/s wall, {files / used:.0f} files/s of CPU time "
        f"({used:.2f} s); the store then holds {imported:,} articles; "
        f"{len(report.outcomes)} outcomes"
    )
    print(
        f"  the importing thread waited {waited:.2f} s for a core (run queue); the rest of "
        f"the wall time beyond CPU, {max(elapsed - used - waited, 0):.2f} s, is disk, fsync "
        f"and locks; load average {os.getloadavg()[0]:.1f}"
    )


def _queued_seconds(schedstat: str = "/proc/thread-self/schedstat") -> float:
    """Time a thread (this one) has spent runnable but waiting for a core (Linux; 0
    elsewhere)."""
    try:
        return int(Path(schedstat).read_text().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


_APP_PROBE = """
import asyncio, os, sys, time
from pathlib import Path
from diplotui.tui.launch import build_app

def rss():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

def helpers_rss():
    total = 0
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and int(
                (proc / "stat").read_text().rsplit(")", 1)[1].split()[1]
            ) == os.getpid():
                total += int((proc / "statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    return total / 2**20

def step(name, started):
    print(f"{name:<34} {rss():6.0f} MB  {time.perf_counter() - started[0]:6.2f} s wall"
          f"  {time.process_time() - started[1]:6.2f} s CPU"
          f"  (helper processes {helpers_rss():.0f} MB)", flush=True)

async def main(path):
    started = (time.perf_counter(), time.process_time())
    app = build_app(Path(path), False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        step("list painted", started)
        while app.store is None or app.screen.library_actions.state.index is None:
            await asyncio.sleep(0.05)
        step("search index open and synced", started)
        await asyncio.sleep(10)
        step("10 s later", started)
        await asyncio.sleep(20)
        step("30 s later", started)
        app.exit()
    app.store.close()

asyncio.run(main(sys.argv[1]))
"""


def run_app(library: Path) -> None:
    """The app's resident memory on an existing store (a fresh process)."""
    print(f"the app on {library} (headless, 120x40)")
    subprocess.run([sys.executable, "-c", _APP_PROBE, str(library)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "mode", nargs="?", default="writes", choices=["writes", "cli", "import", "files", "app"]
    )
    parser.add_argument("--library", type=Path, default=None, help="an existing store")
    parser.add_argument("--sizes", default="1000,10000,50000,100000")
    parser.add_argument("--rounds", type=int, default=None, help="writes 41, cli 15, import 1")
    parser.add_argument("--articles", type=int, default=None)
    parser.add_argument("--before", type=Path, default=None, help="import: a checkout to compare")
    parser.add_argument(
        "--only", action="append", choices=list(CLI_COMMANDS), help="cli: these commands alone"
    )
    args = parser.parse_args()
    if args.mode == "writes":
        run_writes([int(s) for s in args.sizes.split(",")], args.rounds or 41)
    elif args.mode == "cli":
        run_cli(args.articles or 20_000, min(args.rounds or 15, 15), args.library, args.only)
    elif args.mode == "import":
        run_import(args.articles or 10_000, args.rounds or 1, args.before)
    elif args.mode == "files":
        run_files(args.articles or 1_000)
    elif args.mode == "app":
        if args.library is None:
            parser.error("app needs --library PATH")
        run_app(args.library)


if __name__ == "__main__":
    main()
