"""Store write and open times at 10,000 articles and 10,000 highlights.

One durable write (tagging an article through ``Store.save_article``) is timed against TinyDB's
default ``JSONStorage`` doing the same tag update with ``table.update`` on an equal data set;
the two alternate so that disk and cache conditions are shared. Run:

    .venv/bin/python bench/bench_store.py [--articles N] [--highlights N] [--rounds N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from diplotui.model import Article, Highlight
from diplotui.store import Store


def make_tables(articles: int, highlights: int) -> dict[str, dict[str, dict[str, Any]]]:
    """A TinyDB-shaped data set with realistic field sizes (bodies are not needed to tag)."""
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
        article_docs[str(int(article_id, 16))] = article.to_dict()
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
        highlight_docs[str(int(highlight_id, 16))] = highlight.to_dict()
    return {
        "articles": article_docs,
        "highlights": highlight_docs,
        "meta": {"1": {"schema": 1, "app": "diplotui"}},
    }


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run(articles: int, highlights: int, rounds: int, profile: bool) -> dict[str, float]:
    tables = make_tables(articles, highlights)
    encoded = json.dumps(tables).encode()
    with tempfile.TemporaryDirectory(prefix="diplotui-bench-") as folder:
        ours_path = Path(folder) / "ours" / "library.json"
        theirs_path = Path(folder) / "theirs" / "library.json"
        for path in (ours_path, theirs_path):
            path.parent.mkdir()
            path.write_bytes(encoded)

        started = time.perf_counter()
        Store.open(ours_path, read_only=True).close()
        open_read_only = time.perf_counter() - started
        started = time.perf_counter()
        store = Store.open(ours_path)
        open_first_write = time.perf_counter() - started  # includes taking the first backup
        store.close()
        started = time.perf_counter()
        store = Store.open(ours_path)
        open_write = time.perf_counter() - started

        theirs = TinyDB(theirs_path).table("articles")
        targets = [a.id for a in store.articles()]
        ours_times: list[float] = []
        theirs_times: list[float] = []
        profiler = cProfile.Profile()
        for n in range(rounds):
            article = store.article(targets[(n * 37) % len(targets)])
            article.tags = [*article.tags, f"bench-{n}"]
            started = time.perf_counter()
            if profile:
                profiler.enable()
            store.save_article(article)
            if profile:
                profiler.disable()
            ours_times.append(time.perf_counter() - started)

            doc_id = int(article.id, 16)
            tags = [*theirs.get(doc_id=doc_id)["tags"], f"bench-{n}"]
            started = time.perf_counter()
            theirs.update({"tags": tags}, doc_ids=[doc_id])
            theirs_times.append(time.perf_counter() - started)
        store.close()
        if profile:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(12)
        size_mb = ours_path.stat().st_size / 1e6

    ours = median_ms(ours_times[1:])
    theirs_median = median_ms(theirs_times[1:])
    return {
        "file_mb": size_mb,
        "write_median_ms": ours,
        "write_first_ms": ours_times[0] * 1000,
        "jsonstorage_median_ms": theirs_median,
        "speedup": theirs_median / ours,
        "open_read_only_ms": open_read_only * 1000,
        "open_write_ms": open_write * 1000,
        "open_write_with_backup_ms": open_first_write * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--highlights", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--profile", action="store_true", help="cProfile the store's writes")
    args = parser.parse_args()
    figures = run(args.articles, args.highlights, args.rounds, args.profile)
    print(
        f"{args.articles} articles, {args.highlights} highlights, "
        f"{figures['file_mb']:.1f} MB file, {args.rounds} alternating rounds"
    )
    print(f"durable tag write (Store)      median {figures['write_median_ms']:7.1f} ms")
    print(f"  first write (builds caches)         {figures['write_first_ms']:7.1f} ms")
    print(f"TinyDB JSONStorage table.update median {figures['jsonstorage_median_ms']:6.1f} ms")
    print(f"speed-up                              {figures['speedup']:7.1f} x")
    print(f"open read-only                        {figures['open_read_only_ms']:7.1f} ms")
    print(f"open for writing                      {figures['open_write_ms']:7.1f} ms")
    print(f"  first open (takes a backup)         {figures['open_write_with_backup_ms']:7.1f} ms")


if __name__ == "__main__":
    main()
