"""Shared set-up for the reader, annotation, entity and find tests (no tests of its own)."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar


def add_article(store: Store, title: str, body: str, date: str = "2030-01-01") -> Article:
    """Store an article dated after the seeds, so it is first in the list."""
    text = f"{title}\n{body}\n"
    article = Article(
        id=store.new_article_id(text_hash(text)), title=title, text_hash="", date=date
    )
    return store.add_article(article, text)


def reader_of(app: DiplotuiApp) -> Reader:
    return app.screen.query_one(Reader)


def sidebar_of(app: DiplotuiApp) -> Sidebar:
    return app.screen.query_one(Sidebar)


def sidebar_rows(app: DiplotuiApp) -> list[str]:
    """The sidebar's rows top to bottom, one string each (legend, tags and note first)."""
    return [row.text for row in sidebar_of(app).rows]


def line_segments(reader: Reader) -> list[Segment]:
    """Every segment the reader draws on screen right now."""
    height = reader.scrollable_content_region.height
    return [segment for y in range(height) for segment in reader.render_line(y)]


async def open_first(app: DiplotuiApp, pilot) -> Reader:
    """Open the first article of the list and wait for its entities (and statements: until
    then ``h``, ``y``, ``s`` and ``L`` on a sentence say they are still being found). Their
    worker starts after the first refresh, so it may not have started when asked for."""
    await pilot.press("enter")
    await app.workers.wait_for_complete()
    await pilot.pause()
    reader = reader_of(app)
    for _ in range(200):
        if not reader.article_id or reader.statements_found:
            break
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
    return reader


async def highlighted_by_keys(store_path: Path, title: str, body: str, *keys: str) -> list[str]:
    """The words each highlight of a new article holds after ``keys`` pressed in its reader."""
    store = Store.open(store_path)
    article = add_article(store, title, body)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press(*keys)
        await pilot.pause()
    text = store.article_text(article.id)
    highlighted = [text[mark.start : mark.end] for mark in store.highlights(article.id)]
    store.close()
    return highlighted
