"""A day's timeline rows: the articles whose own sentences date something to the day first,
then those whose date stands in for the day ("(article date)"); each article's rows of the
day together, in reading order. Pedersen's words of a Saturday article, "told reporters on
Friday", came after the Friday article's undated ones, as if said later; and a Thursday
article's "told reporters on Thursday" came before the two its paragraph above gave, so "she
added" was read before the words it added to (session 52's new user). ``L`` and ``diplotui
timeline`` list them in one order."""

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
THURSDAY = (
    "Envoy says truce holds\n"
    "Foreign Minister Ana Ruiz said the truce was holding across the border region. "
    '"We expect more talks next week," she added.\n\n'
    "Ruiz told reporters on Thursday that aid convoys would resume within days.\n"
)
READING_ORDER = ["the truce was holding", "We expect more talks", "aid convoys would resume"]


def _store(path: Path, dated: list[tuple[str, str]]) -> Store:
    store = Store.open(path)
    for text, date in dated:
        digest = text_hash(text)
        article = Article(id=store.new_article_id(digest), title=text.split("\n")[0],
                          text_hash=digest, source="Wire", date=date)  # fmt: skip
        store.add_article(article, text)
    return store


def _order(rows: list[str], order: list[str]) -> list[str]:
    return [words for row in rows for words in order if words in row]


async def _listed(store: Store, typed: str, name: str) -> tuple[list[str], list[str]]:
    """The rows of ``L`` on the statements ``typed`` in ``W`` finds, and the lines of
    ``diplotui timeline NAME``."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, typed)
        listing = timeline.query_one(OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
    store.close()
    listed = run_main("--db", str(store.path), "timeline", name)
    assert listed.returncode == 0, listed.stderr
    return rows, listed.stdout.splitlines()


async def test_l_lists_a_days_sentence_dated_rows_before_its_article_dated_ones(store_path: Path):
    store = _store(store_path, [(FRIDAY, "2025-03-07"), (SATURDAY, "2025-03-08")])
    rows, lines = await _listed(store, "pedersen", "Geir Pedersen")
    assert _order(rows, ORDER) == ORDER, rows
    assert rows[0].startswith("2025-03-07 ") and "(article date)" in rows[1]
    assert _order(lines, ORDER) == ORDER, lines


async def test_l_and_timeline_list_one_articles_day_in_reading_order(store_path: Path):
    store = _store(store_path, [(THURSDAY, "2025-04-03")])
    rows, lines = await _listed(store, "ana ruiz", "Ana Ruiz")
    assert _order(rows, READING_ORDER) == READING_ORDER, rows
    assert _order(lines, READING_ORDER) == READING_ORDER, lines
    assert lines[0].startswith("2025-04-03 (article date)") and lines[2].startswith("2025-04-03 ")
