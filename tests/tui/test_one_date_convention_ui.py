"""An article's date reads the same in every view: "?" after a guess or a day diplotui counts
nothing from (after tomorrow, outside the years an article is dated in), never after a month
or a year the article states ("2025-12": its form says how much it tells).

Found by session 47's helpers: an article dated December 2025 showed "2025-12" in the
library list but "2025-12?" in the Statements view ``W`` (and the timeline ``L``, and
``diplotui timeline``), as if the month were a guess.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from textual.widgets import OptionList

from diplotui.dates import date_shown
from diplotui.library.statements import date_label
from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from tests.cli_runner import run_main

from .helpers import open_statements_view, screen_text, settle
from .statements_ui_support import add_article

STATED = "Talks in December\nForeign Minister Jane Doe said the border would reopen.\n"
GUESSED = "Talks in March\nAmbassador Lê Hoài Trung said trade will grow.\n"


def _dated(store_path: Path) -> tuple[Store, Article, Article]:
    store = Store.open(store_path)
    stated = add_article(store, STATED, "Talks in December", "2025-12")
    guessed = add_article(store, GUESSED, "Talks in March", "2025-03", date_is_guess=True)
    return store, stated, guessed


def _prompts(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_a_month_reads_alike_in_the_list_the_statements_view_and_the_timeline(
    store_path: Path,
):
    store, stated, guessed = _dated(store_path)
    shown = [date_shown(article.date, article.date_is_guess) for article in (stated, guessed)]
    assert shown == ["2025-12", "2025-03?"]
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).region.width
        listed = screen_text(app)
        assert "2025-12 · " in listed and "2025-12?" not in listed
        assert "2025-03? · " in listed
        await open_statements_view(app, pilot)
        rows = "\n".join(_prompts(app.screen.query_one("#statements-list", OptionList)))
        assert "2025-12 (article date) · " in rows, rows
        assert "2025-12?" not in rows, rows
        assert "2025-03? (article date) · " in rows, rows
        await pilot.press("tab", "L")  # the first statement's speaker's timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        entries = "\n".join(_prompts(app.screen.query_one(OptionList)))
        assert "2025-12 (article date)" in entries and "2025-12?" not in entries, entries
    store.close()
    timeline = run_main("--db", str(store_path), "timeline", "Jane Doe")
    assert timeline.stdout.startswith("2025-12 (article date) Jane Doe"), timeline.stdout
    as_json = run_main("--db", str(store_path), "timeline", "Jane Doe", "--json")
    [entry] = json.loads(as_json.stdout)
    assert (entry["date"], entry["date_is_guess"]) == ("2025-12", False)  # the listing's "?"


def test_a_day_not_taken_as_one_keeps_its_mark_everywhere():
    """A full day the statements are not counted from (after tomorrow, outside the years an
    article is dated in) is doubted, as a guess is: its "?" in a listing of statements and
    in the library list alike (leftovers49: the list showed "9999-12-31" bare)."""
    for stored in ("9999-12-31", "0001-01-05", (date.today() + timedelta(days=2)).isoformat()):
        article = Article(id="a", title="T", text_hash="", date=stored)
        assert date_label(None, "article", article) == f"{stored}? (article date)"
        assert date_shown(article.date, article.date_is_guess) == f"{stored}?"
    for stated in ("2025", "2025-12", (date.today() + timedelta(days=1)).isoformat()):
        article = Article(id="b", title="T", text_hash="", date=stated)
        assert date_label(None, "article", article) == f"{stated} (article date)"
        assert date_shown(article.date, article.date_is_guess) == stated


async def test_a_day_to_come_reads_alike_in_the_list_the_statements_view_and_the_cli(
    store_path: Path,
):
    """An article dated a month from now (its date stated: a wrong or embargoed dateline)
    showed "?" in ``W`` but not in the library list: "?" in every view, as its statements
    are dated from nothing in it (its "yesterday" would be a day to come)."""
    to_come = (date.today() + timedelta(days=30)).isoformat()
    store = Store.open(store_path)
    add_article(store, STATED, "Talks in December", to_come)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert f"{to_come}? · Test Wire" in screen_text(app)
        await open_statements_view(app, pilot)
        rows = "\n".join(_prompts(app.screen.query_one("#statements-list", OptionList)))
        assert f"{to_come}? (article date) · " in rows, rows
    store.close()
    listed = run_main("--db", str(store_path), "list")
    assert f"  {to_come}? Talks in December" in listed.stdout, listed.stdout
    said = run_main("--db", str(store_path), "statements")
    assert said.stdout.startswith(f"{to_come}? (article date) Jane Doe"), said.stdout
