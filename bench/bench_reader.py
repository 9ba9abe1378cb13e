"""Reader benchmarks on a 20,000-word article (issue 4 speed targets).

Usage: .venv/bin/python bench/bench_reader.py [--words 20000 --rounds 200 --highlights 300]

Runs the real app headless (``App.run_test``, 120x40) on a temporary store holding one long
article built from the bundled seeds, with highlights spread through it. Measures, as medians:

* the work behind one key (state update plus rendering every visible line) for cursor moves,
  selection growth and the highlight repaint;
* the same keys through Pilot, from key press until the refresh has been processed, next to
  an unbound key (Pilot's own cost of a press);
* the work behind ``h``, ``d`` and ``u`` (durable store write, undo entry, the reader's and the
  sidebar's update, painting both), and ``h`` end to end through Pilot;
* opening the article: store read, layout, first paint of the visible lines, directly and
  through Pilot (``enter`` in the list until the reader draws its first line).

Targets: key work and refresh within one frame (16 ms); open paints in under 150 ms.

``--one-line MB`` times only the opening of an article whose text is one line of ``MB``
megabytes (the seeds' words, no line break): the same two measures, each the median of
``--opens`` (3) rounds, the layout's and the sentences' share of it, and the UI thread's work
when the recognised entities and statements come back from their thread.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from diplotui.anchoring import new_highlight
from diplotui.layout import article_blocks, wrap_blocks
from diplotui.model import Article
from diplotui.paths import bundled_dir
from diplotui.session.cursor import visible_sentences
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers.entities import EntitiesRecognised
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar


def long_article(words: int) -> str:
    """Seed paragraphs repeated until the body holds ``words`` words."""
    paragraphs = []
    for path in sorted(bundled_dir("seeds").glob("*.txt")):
        paragraphs.extend(line for line in path.read_text().splitlines()[1:] if line.strip())
    body: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            body.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "A long article for the reader benchmark\n" + "\n".join(body) + "\n"


def one_line_article(megabytes: float) -> str:
    """A headline, then the seeds' words on one line until it holds ``megabytes`` MB."""
    words = " ".join(long_article(20_000).split("\n", 1)[1].split())
    size = int(megabytes * 1_000_000)
    body = " ".join([words] * (size // (len(words) + 1) + 1))[:size].rstrip()
    return "A huge article on one line\n" + body + "\n"


def build_store(
    folder: Path, words: int, highlights: int, one_line: float = 0
) -> tuple[Store, str]:
    store = Store.open(folder / "library.json")
    text = one_line_article(one_line) if one_line else long_article(words)
    title = text.split("\n", 1)[0] if one_line else "Long"
    article = Article(id=store.new_article_id(text_hash(text)), title=title, text_hash="")
    store.add_article(article, text)
    step = max(len(text) // max(highlights, 1), 1)
    with store.batch():
        for start in range(100, len(text) - 200, step):
            end = text.find(".", start) + 1
            if end > start:
                store.save_highlight(new_highlight(article.id, text, start, end, color="figure"))
    return store, article.id


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(work: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        samples.append(time.perf_counter() - began)
    return samples


async def settle(app: DiplotuiApp, pilot: Pilot) -> None:
    """Wait for the app's workers, the entity worker too (started after the first refresh);
    one cancelled by a newer one (an exclusive group) counts as done."""
    await pilot.pause()
    for worker in list(app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()


def paint_reader(reader: Reader) -> None:
    """Render every visible line of the reader, as a frame would."""
    for y in range(reader.scrollable_content_region.height):
        reader.render_line(y)


async def time_opening(app: DiplotuiApp, pilot: Pilot, article_id: str, direct: int, keyed: int):
    """Print the medians of opening the article: ``direct`` times by a call, ``keyed`` times
    by ``enter`` in the list (each waits for the entity worker before the next)."""
    screen = app.screen
    assert isinstance(screen, MainScreen)
    reader = screen.query_one(Reader)
    paint = partial(paint_reader, reader)
    opens, cpu = [], []  # wall time, and the UI thread's CPU time (other processes left out)
    for _ in range(direct):
        reader.show(None, "")
        began, began_cpu = time.perf_counter(), time.thread_time()
        screen.open_article(article_id)
        paint()
        opens.append(time.perf_counter() - began)
        cpu.append(time.thread_time() - began_cpu)
        await settle(app, pilot)
        await pilot.pause()
    print(
        f"open (read, layout, first paint), median of {direct}: {median_ms(opens):.1f} ms "
        f"(UI thread CPU {median_ms(cpu):.1f} ms)"
    )

    painted: list[float] = []
    render_line = reader.render_line

    def recording_render_line(y: int):  # the first line drawn of the opened article
        if reader.lines and not painted:
            painted.append(time.perf_counter())
        return render_line(y)

    reader.render_line = recording_render_line  # type: ignore[method-assign]
    first_paints = []
    for _ in range(keyed):
        reader.show(None, "")
        screen.library.focus()
        await pilot.pause()
        painted.clear()
        began = time.perf_counter()
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause()
        first_paints.append(painted[0] - began)
    reader.render_line = render_line  # type: ignore[method-assign]
    print(
        f"open through Pilot (enter to the first line painted), median of {keyed}: "
        f"{median_ms(first_paints):.1f} ms"
    )


async def run_one_line(megabytes: float, opens: int) -> None:
    """Opening an article that is one line of ``megabytes`` MB."""
    with tempfile.TemporaryDirectory() as folder:
        store, article_id = build_store(Path(folder), 0, 0, one_line=megabytes)
        text = store.article_text(article_id)
        blocks = article_blocks(text)
        laid_out = timed(lambda: wrap_blocks(text, blocks, 114), opens)
        split = timed(lambda: visible_sentences(text, blocks), opens)
        print(f"article: one line of {len(text) / 1e6:.1f} MB, {len(text.split())} words")
        print(f"layout alone (wrap at 114 cells): {median_ms(laid_out):.0f} ms")
        print(f"sentences alone (the cursor's units): {median_ms(split):.0f} ms")
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, MainScreen)
            shown: list[float] = []
            show_recognised = screen.entity_actions.show_recognised

            def timed_show(message: EntitiesRecognised) -> None:
                began = time.perf_counter()
                show_recognised(message)
                shown.append(time.perf_counter() - began)

            screen.entity_actions.show_recognised = timed_show  # type: ignore[method-assign]
            await time_opening(app, pilot, article_id, opens, opens)
            await pilot.pause()
            print(
                f"entities and statements shown (UI thread), median of {len(shown)}: "
                f"{median_ms(shown):.0f} ms"
            )
        store.close()


async def run(words: int, rounds: int, highlights: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, article_id = build_store(Path(folder), words, highlights)
        print(f"article: {words} words, {len(store.highlights(article_id))} highlights")
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, MainScreen)
            reader = screen.query_one(Reader)
            paint = partial(paint_reader, reader)
            await time_opening(app, pilot, article_id, 9, 7)
            reader.focus()
            await pilot.pause()

            def move() -> None:
                reader.action_sentence(1)
                paint()

            def grow() -> None:
                reader.action_sentence(1)
                reader.action_extend_word(1)
                paint()

            def repaint_highlights() -> None:
                reader.set_highlights(store.highlights(article_id))
                paint()

            reader.action_paragraph(1)
            print(f"cursor move work (j + paint): {median_ms(timed(move, rounds)):.2f} ms")
            reader.action_select()
            print(f"selection growth work (j, w + paint): {median_ms(timed(grow, rounds)):.2f} ms")
            reader.clear_selection()
            print(
                "highlight repaint work (all highlights re-layered + paint): "
                f"{median_ms(timed(repaint_highlights, rounds)):.2f} ms"
            )

            sidebar = screen.query_one(Sidebar)
            sidebar_height = sidebar.scrollable_content_region.height

            def annotated() -> None:  # what the UI thread does after h, d or u, then paint
                paint()
                listing = screen.annotation_actions._list_annotations
                listing(article_id, store.highlights(article_id), True)
                for y in range(sidebar_height):
                    sidebar.render_line(y)

            def keyed_work(action: Callable[[], object]) -> float:
                began = time.perf_counter()
                action()
                annotated()
                return time.perf_counter() - began

            reader.clear_selection()
            made, deleted, undone = [], [], []
            for _ in range(30):
                reader.action_paragraph(1)
                made.append(keyed_work(screen.action_highlight))
                await pilot.pause()
                deleted.append(keyed_work(screen.action_delete_highlight))
                await pilot.pause()
                undone.append(keyed_work(screen.action_undo))
                await pilot.pause()
            print(
                "h work (durable save, undo entry, reader and sidebar update + paint): "
                f"{median_ms(made):.2f} ms (worst {max(made) * 1000:.1f})"
            )
            print(
                f"d work: {median_ms(deleted):.2f} ms (worst {max(deleted) * 1000:.1f}); "
                f"u work: {median_ms(undone):.2f} ms (worst {max(undone) * 1000:.1f})"
            )
            rows = len(store.highlights(article_id))
            print(f"sidebar: {len(sidebar.rows)} rows ({rows} highlights)")

            async def pressed(key: str, count: int) -> list[float]:
                samples = []
                for _ in range(count):
                    began = time.perf_counter()
                    await pilot.press(key)
                    samples.append(time.perf_counter() - began)
                return samples

            baseline = median_ms(await pressed("f12", 60))  # an unbound key: Pilot's own cost
            print(f"unbound key through Pilot (baseline): {baseline:.1f} ms")
            for key in ("j", "J"):
                spent = median_ms(await pressed(key, 60))
                print(
                    f"{key} through Pilot: {spent:.1f} ms "
                    f"({spent - baseline:+.1f} ms over baseline)"
                )
            keyed = []
            for _ in range(30):
                await pilot.press("J")
                began = time.perf_counter()
                await pilot.press("h")
                keyed.append(time.perf_counter() - began)
            spent = median_ms(keyed)
            print(
                "h through Pilot (durable save, undo entry, sidebar, repaint): "
                f"{spent:.1f} ms ({spent - baseline:+.1f} ms over baseline)"
            )
            saves = timed(lambda: store.save_highlight(store.highlights(article_id)[0]), 30)
            print(f"of which one durable highlight save: {median_ms(saves):.1f} ms")
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--highlights", type=int, default=300)
    parser.add_argument("--one-line", type=float, default=0, metavar="MB")
    parser.add_argument("--opens", type=int, default=3)
    args = parser.parse_args()
    if args.one_line:
        asyncio.run(run_one_line(args.one_line, args.opens))
    else:
        asyncio.run(run(args.words, args.rounds, args.highlights))


if __name__ == "__main__":
    main()
