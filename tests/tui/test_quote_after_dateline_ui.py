"""A quotation starts after the dateline its paragraph opens with: ``y`` on the first sentence of
a World & Vietnam Report seed copied “WVR - On July 18, the Conference ...”, and ``quote``, the
brief and the CSV quoted a highlight of it so. The outlet and the place it filed from are
nobody's words; the highlight itself, and the JSON and W3C exports that must find it again in
the text, keep it as stored."""

from __future__ import annotations

import csv
import io
import json

from diplotui.export import export
from diplotui.model import Highlight, new_id
from diplotui.statements.said import quoted_start
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import settle
from .test_reader_support import open_first, sidebar_rows

FIRST = (
    "WVR - On July 18, the Conference on People-to-People External Relations Information was "
    "held at the Headquarters of the Ministry of Foreign Affairs."
)
WORDS = FIRST.removeprefix("WVR - ")


def _wvr_seed(store: Store) -> str:
    return next(a.id for a in store.articles() if a.title.startswith("Enhancing capacity"))


async def test_y_on_a_seeds_first_sentence_quotes_it_from_after_the_dateline(
    seeded_store: Store, clipboard: list[str]
) -> None:
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")  # the seed with the dateline, second in the list
        reader = await open_first(app, pilot)
        await pilot.press("j")  # from its title to its first sentence
        await pilot.pause()
        start, end = reader.cursor_span
        assert reader.text[start:end] == FIRST
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert clipboard[-1].startswith(f"“{WORDS}”\n— “Enhancing capacity"), clipboard[-1]


async def test_the_sidebar_lists_a_highlight_of_it_as_a_copy_quotes_it(
    seeded_store: Store,
) -> None:
    """The README's own picture: the sidebar listed “WVR - On July 18, the Conference ...";
    the highlight keeps the sentence whole, as ``h`` took it. Its 142 characters are listed
    to the word the sidebar's 140 end in."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await open_first(app, pilot)
        await pilot.press("j", "h")
        await pilot.pause()
        rows = " ".join(sidebar_rows(app))
    assert "“On July 18, the Conference on" in rows and "WVR - " not in rows, rows
    assert "Ministry of Foreign…”" in rows, "cut after a word, not 'Foreign Affai…'"
    (highlight,) = seeded_store.highlights(_wvr_seed(seeded_store))
    assert highlight.quote == FIRST


def test_quote_the_brief_and_the_csv_start_after_the_dateline_the_json_keeps_it(
    seeded_store: Store,
) -> None:
    article_id = _wvr_seed(seeded_store)
    text = seeded_store.article_text(article_id)
    start = text.index(FIRST)
    highlight = Highlight(new_id(), article_id, start, start + len(FIRST), FIRST)
    seeded_store.save_highlight(highlight)  # as h made it before: the dateline in it

    brief = export(seeded_store, "markdown")
    assert f"> {WORDS}\n" in brief and "> WVR - " not in brief
    (row,) = [r for r in csv.DictReader(io.StringIO(export(seeded_store, "csv"))) if r["quote"]]
    assert row["quote"] == WORDS
    (kept,) = json.loads(export(seeded_store, "json"))["highlights"]
    assert kept["quote"] == FIRST, "what an import finds again in the text"
    seeded_store.close()

    quoted = run_main("--db", str(seeded_store.path), "quote", highlight.id)
    assert quoted.returncode == 0, quoted.stderr
    assert quoted.stdout.startswith(f"“{WORDS}”"), quoted.stdout


def test_only_a_paragraphs_opening_dateline_is_left_out() -> None:
    text = "Title\n\nHANOI (VNA) – Ministers met in Hanoi. They agreed.\nHANOI (VNA) –\n"
    opening = text.index("HANOI")
    assert text[quoted_start(text, opening, text.index(" They")) :].startswith("Ministers met")
    later = text.index("They")
    assert quoted_start(text, later, later + 12) == later  # mid-paragraph: as chosen
    alone = text.rindex("HANOI")
    assert quoted_start(text, alone, len(text) - 1) == alone  # a dateline and nothing more
