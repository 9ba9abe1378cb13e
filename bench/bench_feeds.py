"""Feed refresh benchmarks against local servers (127.0.0.1 ... 127.0.0.10, never elsewhere).

``refresh`` (default): 50 feeds of 50 items on ten local hosts; 30 feeds were fetched before
and answer 304, the 20 others bring 1,000 new items, 100 of them summaries whose pages are
fetched and extracted. ``diplotui.feeds.refresh`` is timed against a bare asyncio + httpx
script making the same requests under the same limits (2 per host, 8 overall), plus the time
trafilatura takes to extract the same 100 pages one after another. Target: at most 1.5x.

``store``: a generated library of ``--articles`` (10,000) articles, 10 feeds bring 500 new
items carrying their full text. Reported: the refresh's wall time, the bare fetches of the
same feeds, and the time spent inside store access (dedupe indexes and durable writes).
Target: at most 2 s beyond fetch and extraction.

    .venv/bin/python bench/bench_feeds.py [refresh] [--runs 3]
    .venv/bin/python bench/bench_feeds.py store [--articles 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack, contextmanager
from functools import partial
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.feeds.server

from tests.feeds.server import FeedServer, running_server

from diplotui.feeds import FetchPolicy, add_feed, refresh
from diplotui.feeds.parse import parse_feed
from diplotui.feeds.refresh import WRITE_CHUNK
from diplotui.ingest.formats import parse_html_page
from diplotui.library.generate import generate_library
from diplotui.model import Article
from diplotui.store import Store, text_hash

HOSTS = 10
POLICY = FetchPolicy()
PARAGRAPH = (
    "The ministers of item {n} reviewed cooperation in trade, investment, education and "
    "culture, and agreed to prepare the next session of the joint commission, which will "
    "meet in the capital before the end of the year to sign agreements on {topic}."
)
TOPICS = ("fisheries", "energy", "labour", "health", "customs", "transport", "science")


def article_page(feed: int, item: int) -> bytes:
    """A news page with navigation and footer around a five-paragraph article."""
    n = feed * 1000 + item
    paragraphs = "".join(
        f"<p>{PARAGRAPH.format(n=n, topic=TOPICS[(n + k) % len(TOPICS)])} ({k})</p>"
        for k in range(5)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Talks on item {n} | Bench Wire</title>"
        f"<meta property='article:published_time' content='2025-07-{1 + n % 28:02d}'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Talks on item {n}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    ).encode()


def feed_document(base: str, feed: int, items: int, pages: int) -> bytes:
    """RSS 2.0: the first ``pages`` items carry a summary only, the rest their full text."""
    entries = []
    for item in range(items):
        n = feed * 1000 + item
        body = "".join(f"<p>{PARAGRAPH.format(n=n, topic=t)}</p>" for t in TOPICS[:4])
        text = (
            f"<description>Summary of item {n}.</description>"
            if item < pages
            else f"<description><![CDATA[{body}]]></description>"
        )
        entries.append(
            f"<item><title>Talks on item {n}</title><link>{base}/f{feed}/{item}.html</link>"
            f'<guid isPermaLink="false">f{feed}-{item}</guid>'
            f"<pubDate>Tue, 08 Jul 2025 09:00:00 +0700</pubDate>{text}</item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed {feed}</title>'
        f"<link>{base}/</link>{''.join(entries)}</channel></rss>"
    ).encode()


def serve(servers: list[FeedServer], feeds: int, items: int, pages_per_feed: Callable[[int], int]):
    """Feed ``f`` lives on host ``f % HOSTS``; returns the feed URLs and the page URLs."""
    feed_urls, page_urls, page_bodies = [], [], []
    for feed in range(feeds):
        server = servers[feed % HOSTS]
        pages = pages_per_feed(feed)
        document = feed_document(server.base, feed, items, pages)
        server.serve_bytes(f"/f{feed}.xml", document, "application/rss+xml")
        feed_urls.append(server.url(f"/f{feed}.xml"))
        for item in range(pages):
            body = article_page(feed, item)
            server.serve_bytes(f"/f{feed}/{item}.html", body, "text/html; charset=utf-8")
            page_urls.append(server.url(f"/f{feed}/{item}.html"))
            page_bodies.append(body)
    return feed_urls, page_urls, page_bodies


@contextmanager
def served_elsewhere(feeds: int, items: int, pages_per_feed: Callable[[int], int]):
    """The servers in a child process, as real servers are: their threads never compete
    with the client for this process's interpreter lock. Yields (host bases, feed URLs,
    page URLs)."""
    parent, child = multiprocessing.get_context("fork").Pipe()

    def run_servers() -> None:
        with ExitStack() as stack:
            servers = [
                stack.enter_context(running_server(f"127.0.0.{n + 1}")) for n in range(HOSTS)
            ]
            feed_urls, page_urls, _bodies = serve(servers, feeds, items, pages_per_feed)
            child.send(([live.base for live in servers], feed_urls, page_urls))
            child.recv()  # until the bench is done

    process = multiprocessing.get_context("fork").Process(target=run_servers, daemon=True)
    process.start()
    try:
        yield parent.recv()
    finally:
        parent.send("stop")
        process.join(10)


async def bare_fetch(urls: list[str], validators: dict[str, str], then: list[str]) -> None:
    """The same requests, no more: feeds (conditional where validators are known), then the
    pages, two per host and eight in all."""
    overall = asyncio.Semaphore(POLICY.overall)
    hosts: dict[str, asyncio.Semaphore] = {}

    async def one(client: httpx.AsyncClient, url: str) -> None:
        host = hosts.setdefault(httpx.URL(url).host, asyncio.Semaphore(POLICY.per_host))
        headers = {"If-None-Match": validators[url]} if url in validators else {}
        async with host, overall:
            response = await client.get(url, headers=headers)
            assert response.status_code in (200, 304)

    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(one(client, url) for url in urls))
        await asyncio.gather(*(one(client, url) for url in then))


def extraction_seconds(feeds: list[bytes], pages: list[bytes]) -> float:
    """Reading the changed feeds' items and extracting the pages' articles, one by one."""
    start = time.perf_counter()
    for document in feeds:
        parse_feed(document, "http://127.0.0.1/feed.xml", "application/rss+xml")
    for body in pages:
        parse_html_page(body, "utf-8")
    return time.perf_counter() - start


def children_cpu() -> float:
    """CPU time of this process's children that have ended (the refresh's parsing child is
    one: it is waited for when the refresh ends)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def warm_up() -> None:
    """Import the parsers (feedparser, trafilatura) once, before anything is timed: the
    refresh's child and the bare extraction then start with them alike."""
    extraction_seconds([feed_document("http://127.0.0.1", 0, 1, 0)], [article_page(0, 0)])


def store_seconds(folder: Path, texts: list[str]) -> float:
    """Storing the same number of articles directly, in batches of the refresh's size."""
    with Store.open(folder / "direct.json") as store:
        start = time.perf_counter()
        for first in range(0, len(texts), WRITE_CHUNK):
            with store.batch():
                for text in texts[first : first + WRITE_CHUNK]:
                    digest = text_hash(text)
                    article = Article(store.new_article_id(digest), text[:60], digest)
                    store.add_article(article, text)
        return time.perf_counter() - start


def creation_seconds(folder: Path, files: int = 1000) -> float:
    """How long this file system takes now to create ``files`` new 5 KB files (no fsync):
    on this project's VM it ranged from 0.03 to 0.9 s, rising after many files were
    deleted (its ext4 is mounted with ``discard``), and a refresh writes 1,000 texts."""
    folder.mkdir()
    data = b"x" * 5000
    start = time.perf_counter()
    for n in range(files):
        (folder / f"{n}.txt").write_bytes(data)
    return time.perf_counter() - start


SETTLED = 0.2
"""Seconds for 1,000 new files above which the file system is still busy with earlier
deletions (the refresh writes 1,000 texts)."""
SETTLE_FOR = 120.0


def settled_creation(folder: Path) -> tuple[float, float]:
    """Wait (up to ``SETTLE_FOR`` s) until creating files costs what it does on a file system
    nobody just emptied: on this project's VM, after thousands of files were deleted (a test
    suite, a clean-up, the previous bench's folders), creating 1,000 small files took 0.4 to
    1 s of kernel CPU instead of 0.04 s, for some 20 s: that is the disk's weather, not the
    refresh's cost, and it fell on whichever side ran during it. (creation seconds, seconds
    waited)"""
    start = time.perf_counter()
    for probe in itertools.count():
        creating = creation_seconds(folder / f"probe{probe}")
        waited = time.perf_counter() - start
        if creating <= SETTLED or waited > SETTLE_FOR:
            break
        time.sleep(5)
    return creating, waited


FEEDS, ITEMS, UNCHANGED = 50, 50, 30


def refresh_run(run: int, folder: str) -> tuple[float, float, float]:
    """One refresh against the bare script, in ``folder``: (wall ratio, wall ratio with the
    bare side also storing, CPU ratio)."""
    feeds, items, unchanged = FEEDS, ITEMS, UNCHANGED
    # the 20 changed feeds each have 5 summary-only items: 100 pages
    pages = lambda f: 5 if f >= unchanged else 0  # noqa: E731
    with served_elsewhere(feeds, items, pages) as (bases, feed_urls, page_urls):
        changed = [feed_document(bases[f % HOSTS], f, items, 5) for f in range(unchanged, feeds)]
        bodies = [article_page(f, i) for f in range(feeds) for i in range(pages(f))]
        store = Store.open(Path(folder) / "library.json")
        ids = [add_feed(store, url).id for url in feed_urls]
        refresh(store, ids[:unchanged], policy=POLICY, force=True)  # fetched once before
        validators = {feed.url: feed.etag for feed in store.feeds() if feed.etag}
        store.close()
        creating, waited = settled_creation(Path(folder))
        start, cpu, child = time.perf_counter(), time.process_time(), children_cpu()
        # as ``diplotui refresh`` does: fetched with the store read-only (parsing in a
        # forked child), then written with its lock (closing waits for the texts'
        # background syncs: part of the cost)
        with Store.open(store.path, read_only=True) as reader:
            summary = refresh(
                reader,
                policy=POLICY,
                force=True,
                write_in=partial(Store.open, store.path),
                separate_process=True,
            )
        ours, own_cpu = time.perf_counter() - start, time.process_time() - cpu
        child_cpu = children_cpu() - child
        our_cpu = own_cpu + child_cpu
        assert summary.new == 1000 and not summary.failures, summary.line()
        assert sum(r.unchanged for r in summary.results) == unchanged
        start, cpu = time.perf_counter(), time.process_time()
        asyncio.run(bare_fetch(feed_urls, validators, page_urls))
        bare = time.perf_counter() - start
        extraction = extraction_seconds(changed, bodies)
        bare_cpu = time.process_time() - cpu
        texts = [f"{n} " + PARAGRAPH.format(n=n, topic="trade") * 4 for n in range(1000)]
        writes = store_seconds(Path(folder), texts)
        ratio = ours / (bare + extraction)
        with_writes = ours / (bare + extraction + writes)
        print(
            f"run {run + 1}: refresh {ours:.2f} s wall, {our_cpu:.2f} s CPU ({own_cpu:.2f} "
            f"s + its parsing child {child_cpu:.2f} s) "
            f"({summary.line()}, 30 x 304); bare fetch {bare:.2f} s + extraction "
            f"{extraction:.2f} s = {bare + extraction:.2f} s wall, {bare_cpu:.2f} s CPU: "
            f"{ratio:.2f}x wall, {our_cpu / bare_cpu:.2f}x CPU; + storing 1,000 articles "
            f"directly {writes:.2f} s: {with_writes:.2f}x; this file system created "
            f"1,000 files in {creating:.2f} s just before (after waiting {waited:.0f} s for "
            "it to settle)"
        )
        return ratio, with_writes, our_cpu / bare_cpu


def bench_refresh(runs: int) -> None:
    warm_up()
    # every run's files stay until the last run is done: on this project's VM (ext4 mounted
    # with ``discard``) deleting thousands of files made the next runs' file creation up to
    # twenty times dearer, so each run measured the previous runs' clean-up
    with tempfile.TemporaryDirectory() as kept:
        ratios = [refresh_run(run, tempfile.mkdtemp(dir=kept)) for run in range(runs)]
    print(
        f"median {statistics.median(r[0] for r in ratios):.2f}x wall "
        f"({statistics.median(r[2] for r in ratios):.2f}x CPU) of fetch + extraction, "
        f"{statistics.median(r[1] for r in ratios):.2f}x of fetch + extraction + storing "
        "(target 1.5x)"
    )


def bench_store(articles: int, runs: int) -> None:
    feeds, items = 10, 50
    warm_up()
    for run in range(runs):
        with (
            served_elsewhere(feeds, items, lambda f: 0) as (bases, feed_urls, _pages),
            tempfile.TemporaryDirectory() as folder,
        ):
            path = generate_library(Path(folder) / "library.json", articles, 0, seed=run)
            store = Store.open(path)
            for url in feed_urls:
                add_feed(store, url)
            calls: list[float] = []

            def timed(function, calls=calls):
                start = time.perf_counter()
                try:
                    return function()
                finally:
                    calls.append(time.perf_counter() - start)

            start, cpu = time.perf_counter(), time.process_time()
            summary = refresh(store, policy=POLICY, access=timed)
            ours, our_cpu = time.perf_counter() - start, time.process_time() - cpu
            total = len(store.article_ids())
            store.close()
            assert summary.new == feeds * items, summary.line()
            start, cpu = time.perf_counter(), time.process_time()
            asyncio.run(bare_fetch(feed_urls, {}, []))
            documents = [feed_document(bases[f % HOSTS], f, items, 0) for f in range(feeds)]
            extraction = extraction_seconds(documents, [])
            bare = time.perf_counter() - start
            bare_cpu = time.process_time() - cpu
            print(
                f"run {run + 1}: {summary.new} new into {articles:,} articles ({total:,} after):"
                f" refresh {ours:.2f} s wall, {our_cpu:.2f} s CPU; bare fetch + reading the "
                f"feeds {bare:.2f} s wall ({extraction:.2f} s of it reading), {bare_cpu:.2f} s "
                f"CPU; beyond them {ours - bare:.2f} s wall, {our_cpu - bare_cpu:.2f} s CPU "
                f"(target 2 s); store access {sum(calls):.2f} s in {len(calls)} calls, the "
                f"longest {max(calls) * 1000:.0f} ms, median "
                f"{statistics.median(calls) * 1000:.0f} ms (each a UI-thread turn in the app)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", nargs="?", choices=("refresh", "store"), default="refresh")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    if args.what == "store":
        bench_store(args.articles, args.runs)
    else:
        bench_refresh(args.runs)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"load average now {load} (wall ratios mean little above 2 on 2 cores). On an idle "
        "machine: .venv/bin/python bench/bench_feeds.py refresh --runs 5 (target: median "
        "wall ratio at most 1.5x); .venv/bin/python bench/bench_feeds.py store (target: "
        "beyond fetch and reading at most 2 s); .venv/bin/python bench/bench_feeds_keys.py "
        "--parse-in process --copy /tmp/storecli/lib10k (target: key to frame at most 50 ms)"
    )


if __name__ == "__main__":
    main()
