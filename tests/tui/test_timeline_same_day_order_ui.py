"""A day's timeline rows: what its own sentence dates to the day first, then what its
article's date stands in for. Pedersen's words of a Saturday article, "told reporters on
Friday", came after the Friday article's undated ones, "(article date)", as if said later;
``L`` and ``diplotui timeline`` list them in one order."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import timeline_from_the_view

FRIDAY = "Talks resume\nUN envoy Geir Pedersen said the talks would resume next week.\n"
SATURDAY = (
    "Envoy briefs\nUN envoy Geir Pedersen told reporters on Friday that the ceasefire held.\n"
)
ORDER = ["the ceasefire held", "the talks would resume next week"]


def _store(path: Path) -> Store:
    store = Store.open(path)
    for text, date in ((FRIDAY, "2025-03-07"), (SATURDAY, "2025-03-08")):
        digest = text_hash(text)
        article = Article(id=store.new_article_id(digest), title=text.split("\n")[0],
                          text_hash=digest, source="Wire", date=date)  # fmt: skip
        store.add_article(article, text)
    return store


def _order(rows: list[str]) -> list[str]:
    return [words for row in rows for words in ORDER if words in row]


async def test_l_lists_a_days_sentence_dated_rows_before_its_article_dated_ones(store_path: Path):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "pedersen")
        listing = timeline.query_one(OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        assert _order(rows) == ORDER, rows
        assert rows[0].startswith("2025-03-07 ") and "(article date)" in rows[1]
    store.close()
    listed = run_main("--db", str(store_path), "timeline", "Geir Pedersen")
    assert listed.returncode == 0, listed.stderr
    assert _order(listed.stdout.splitlines()) == ORDER, listed.stdout
