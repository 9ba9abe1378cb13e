"""Opening an article at 10,000 articles, its statements labelled (ui51: the reader names a
speaker as the library lists them, "Ngô Lê Văn" where the article writes "Ngo Le Van").

Usage: .venv/bin/python bench/bench_reader_names.py --keep DIR [--opens 12]

``DIR`` holds the generated library of ``bench_statements_view.py --keep DIR`` (made and its
statement cache filled there when missing). In the running app (Pilot, 120x40) the preload
indexes the cache first; then articles whose statements the finder names in another spelling
than the library's are opened in turn (``MainScreen.read_article``, as ``W``'s ``enter``
opens one), each timed from the call to its first paint and to its statements shown (the
recognition worker's answer handled, the label set), with the UI thread's CPU in the handler
that shows them. Run it on the old code (``PYTHONPATH`` at its ``src``) and the new, one after
the other: what the label says is printed, so the two runs show the change. The worker's cost
of the names (``LibraryNames.of``, new) is timed apart, on the index the app built.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from diplotui.library.generate import generate_library
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

sys.path.insert(0, str(Path(__file__).parent))
from bench_statements_view import fill_statement_cache


async def measure(store: Store, opens: int) -> None:
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = app.screen
        state = main.statement_actions.state  # type: ignore[attr-defined]
        while state.index is None:
            await asyncio.sleep(0.01)
        await app.workers.wait_for_complete()
        index = state.index
        respelt = {spelling for spelling, name in index.names.items() if spelling != name}
        articles = list(
            dict.fromkeys(row.article.id for row in index.rows if row.statement.speaker in respelt)
        )[:4]
        reader = main.query_one(Reader)  # type: ignore[attr-defined]
        painted, shown, handled = [], [], []
        show = main.entity_actions.show_recognised  # type: ignore[attr-defined]

        def timed_show(message):  # type: ignore[no-untyped-def]
            tick = time.thread_time()
            show(message)
            handled.append(time.thread_time() - tick)

        main.entity_actions.show_recognised = timed_show  # type: ignore[attr-defined]
        label = ""
        for n in range(opens):
            article_id = articles[n % len(articles)]
            started = time.perf_counter()
            main.read_article(article_id)  # type: ignore[attr-defined]
            while not reader.lines:
                await asyncio.sleep(0.001)
            painted.append(time.perf_counter() - started)
            while not reader.statements_found:
                await asyncio.sleep(0.001)
            shown.append(time.perf_counter() - started)
            await pilot.press("s")
            await pilot.pause()
            label = label or str(reader.border_subtitle)
            await app.workers.wait_for_complete()
        app.exit()

    def ms(values: list[float]) -> str:
        return f"median {statistics.median(values) * 1000:.1f} ms (max {max(values) * 1000:.1f})"

    print(f"{len(index.rows):,} statements indexed; {len(respelt)} spellings listed under another")
    print(f"opened {opens} times ({len(articles)} articles): first paint {ms(painted)}")
    print(f"  statements shown (recognised, labelled): {ms(shown)}")
    print(f"  UI thread's CPU in showing them: {ms(handled)}")
    print(f"  the label after s: {label!r}")
    try:
        from diplotui.library.speaker_names import LibraryNames
    except ImportError:
        return  # the old code
    tick = time.perf_counter()
    LibraryNames.of(index.names)
    print(f"LibraryNames.of in the preload's worker: {(time.perf_counter() - tick) * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path, required=True, help="the library's folder")
    parser.add_argument("--opens", type=int, default=12)
    args = parser.parse_args()
    path = args.keep / "lib.json"
    if not path.exists():
        args.keep.mkdir(parents=True, exist_ok=True)
        generate_library(path, articles=10_000, highlights=0, seed=0)
    fill_statement_cache(path)
    with Store.open(path) as store:
        asyncio.run(measure(store, args.opens))


if __name__ == "__main__":
    main()
