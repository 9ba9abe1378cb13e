"""The command palette's time to first results on a generated library (``ctrl+p``).

Usage: .venv/bin/python bench/bench_palette.py [--articles 10000 --seed 0] [--library PATH]

Runs the app at 120x40 (Pilot), waits for start-up's work, then asks the app's own palette
providers (``DiplotuiApp.COMMANDS`` beyond Textual's) as the palette does: all at once, each in
its own task. For each query it prints the time to the first hit (any provider) and to the
last, in CPU time of the process, and the hits, for the app's first opening (nothing listed
before: since scale53 the providers list and fold their candidates in a thread, and answer at
once with what is listed, "Listing N articles…" last), for a second opening once that listing
is done (what the first listed may be kept), and then per keystroke as the query is typed
letter by letter with the providers kept (median and worst over the prefixes); last, the
second opening again after one article was retitled between the openings (its title put back
after: the articles listed again in a thread, the answer what is listed). Entities count
only when the entity cache is ready (``--wait`` seconds at most; a fresh library of 10,000
fills it in minutes).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from textual.app import App
from textual.command import Provider

from diplotui.library.generate import generate_library
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

QUERIES = ("le hoai", "minister", "vietnam cooperation", "#asean", "strasse", "vtnmcp")


async def ask(providers: list[Provider], query: str) -> tuple[float, float, int]:
    """CPU seconds of this process (all its threads: a shared machine's load changes wall
    times by several times) to the first hit and to the last, and how many hits."""
    started = time.process_time()
    first: list[float] = []
    hits = 0

    async def run(provider: Provider) -> None:
        nonlocal hits
        async for _hit in provider.search(query):
            if not first:
                first.append(time.process_time() - started)
            hits += 1

    await asyncio.gather(*(run(provider) for provider in providers))
    done = time.process_time() - started
    return (first[0] if first else done), done, hits


def opened(app: DiplotuiApp) -> list[Provider]:
    """The app's providers, as a new palette opening makes them."""
    ours = [kind for kind in DiplotuiApp.COMMANDS if kind not in App.COMMANDS]
    return [kind(app.screen, None) for kind in ours]  # type: ignore[operator]


async def measure(store: Store, wait: float) -> None:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        deadline = time.monotonic() + wait
        actions = app.screen.library_actions  # type: ignore[attr-defined]
        while actions.state.entities is None and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
        entities = "ready" if actions.state.entities is not None else "not ready (left out)"
        print(f"{len(store.article_ids()):,} articles; entity cache {entities}")
        for query in QUERIES:
            app.screen.palette_listings = None  # type: ignore[attr-defined]  # as at start
            first, done, hits = await ask(opened(app), query)
            while any(worker.group == "palette-listing" for worker in app.workers):
                await asyncio.sleep(0.01)  # the listing, in a thread since scale53
            again, again_done, _ = await ask(opened(app), query)
            warm = opened(app)
            await ask(warm, query[:1])  # the opening's candidates built and folded
            firsts = []
            for end in range(1, len(query) + 1):
                firsts.append((await ask(warm, query[:end]))[0])
            print(
                f"{query!r:24} first opening: first {first * 1000:6.1f} ms, all"
                f" {done * 1000:6.1f} ms, {hits:3} hits; second opening: first"
                f" {again * 1000:6.1f} ms, all {again_done * 1000:6.1f} ms; per key: first"
                f" median {statistics.median(firsts) * 1000:5.1f} ms, worst"
                f" {max(firsts) * 1000:5.1f} ms"
            )
        article = store.articles()[0]
        for query in QUERIES:
            store.with_updates(article, title=f"{article.title} (retitled)")
            again, again_done, _ = await ask(opened(app), query)
            print(
                f"{query!r:24} second opening after a retitle: first {again * 1000:6.1f} ms,"
                f" all {again_done * 1000:6.1f} ms"
            )
        store.with_updates(article, title=article.title)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--library", type=Path, help="an existing store instead")
    parser.add_argument("--wait", type=float, default=0.0, help="seconds to wait for entities")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.library
        if path is None:
            path = generate_library(Path(folder) / "library.json", args.articles, seed=args.seed)
        store = Store.open(path)
        try:
            asyncio.run(measure(store, args.wait))
        finally:
            store.close()


if __name__ == "__main__":
    main()
