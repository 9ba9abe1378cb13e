"""A read-only app catching up with another process's small writes: how soon each one is in
the list, and whether the list said "sorting…" meanwhile.

Usage: .venv/bin/python bench/bench_follow_catch_up.py --library COPY/lib.json [--writes 6]

The library is written to, so give it a copy. In one process: a writer ``Store`` and the app
on the same file read-only (Pilot, 120x40). Once the list's facets are built, each write is
made (in turn: a highlight added to an article, a tag added to another, an article's title
changed), and the app is watched every 10 ms. Printed per write: seconds from the write to
the follower taking the store read again (its look comes every 2 s, then a worker reads),
then from there to the article's row showing the change, and to the list's facets being
ready again (the article in its place in every order); and whether the list's subtitle said
"sorting…" meanwhile.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.library.rows import ArticleRow
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import follow
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList


def _write(writer: Store, n: int) -> tuple[str, str]:
    """The ``n``th write; returns (what it was, the article it changed)."""
    article = writer.articles()[n * 7]
    if n % 3 == 0:
        text = writer.article_text(article.id)
        start = text.index(" ", len(text) // 3) + 1
        writer.save_highlight(new_highlight(article.id, text, start, start + 40))
        return "highlight", article.id
    if n % 3 == 1:
        writer.save_article(writer.with_updates(article, tags=[*article.tags, f"bench{n}"]))
        return "tag", article.id
    writer.save_article(writer.with_updates(article, title=f"Retitled {n}: {article.title}"))
    return "title", article.id


def _row_shows(screen: MainScreen, writer: Store, article_id: str) -> bool:
    """Whether the list draws ``article_id``'s row as the writer has it."""
    written = ArticleRow.of(writer.article(article_id), writer.highlight_count(article_id))
    return screen.library_actions._row_of_id(article_id) == written


def _placed(screen: MainScreen) -> bool:
    """Whether the list's facets are ready (no worker sorting or placing articles)."""
    state = screen.library_actions.state
    return state.facets is not None and not state.building


async def run(library: Path, writes: int) -> None:
    writer = Store.open(library)
    app = DiplotuiApp(Store.open(library, read_only=True))
    taken: list[float] = []
    take = follow.FollowActions._take

    def timed_take(self: follow.FollowActions, *args: object) -> None:
        taken.append(time.perf_counter())
        take(self, *args)  # type: ignore[arg-type]

    follow.FollowActions._take = timed_take  # type: ignore[method-assign,assignment]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        while screen.library_actions.state.facets is None:
            await pilot.pause(0.2)
        await pilot.pause(3)
        listed = screen.query_one(ArticleList)
        for n in range(writes):
            before = len(taken)
            began = time.perf_counter()
            what, article_id = _write(writer, n)
            sorting = False
            while len(taken) == before:
                await pilot.pause(0.01)
            row = placed = 0.0
            while not (row and placed):
                sorting = sorting or "sorting" in str(listed.border_subtitle)
                now = time.perf_counter() - taken[before]
                row = row or (now if _row_shows(screen, writer, article_id) else 0.0)
                placed = placed or (now if row and _placed(screen) else 0.0)
                await pilot.pause(0.01)
            print(
                f"write {n + 1} ({what}): taken {taken[before] - began:.2f} s after it; "
                f"then its row {row:.2f} s, in place {placed:.2f} s"
                f"{'; sorting… meanwhile' if sorting else ''}",
                flush=True,
            )
            await pilot.pause(0.5)
    assert app.store is not None
    app.store.close()
    writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, required=True, help="a copy: it is written to")
    parser.add_argument("--writes", type=int, default=6)
    options = parser.parse_args()
    asyncio.run(run(options.library, options.writes))


if __name__ == "__main__":
    main()
