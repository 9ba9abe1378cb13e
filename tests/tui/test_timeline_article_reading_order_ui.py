"""A day's timeline keeps one article's entries together in reading order, whatever dates
each: a Thursday article's "told reporters on Thursday" statement, dated by its sentence, was
listed before the two its paragraph above gave, "(article date)", so "she added" came before
the words it added to (session 52's new user, reading a foreign minister's timeline)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import timeline_from_the_view

TEXT = (
    "Envoy says truce holds\n"
    "Foreign Minister Ana Ruiz said the truce was holding across the border region. "
    '"We expect more talks next week," she added.\n\n'
    "Ruiz told reporters on Thursday that aid convoys would resume within days.\n"
)
READING_ORDER = ["the truce was holding", "We expect more talks", "aid convoys would resume"]


def _order(rows: list[str]) -> list[str]:
    return [words for row in rows for words in READING_ORDER if words in row]


async def test_l_and_timeline_list_one_articles_day_in_reading_order(store_path: Path):
    store = Store.open(store_path)
    digest = text_hash(TEXT)
    article = Article(id=store.new_article_id(digest), title="Envoy says truce holds",
                      text_hash=digest, source="Wire", date="2025-04-03")  # fmt: skip
    store.add_article(article, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "ana ruiz")
        listing = timeline.query_one(OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        assert _order(rows) == READING_ORDER, rows
    store.close()
    listed = run_main("--db", str(store_path), "timeline", "Ana Ruiz")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert _order(lines) == READING_ORDER, listed.stdout
    assert lines[0].startswith("2025-04-03 (article date)") and lines[2].startswith("2025-04-03 ")
