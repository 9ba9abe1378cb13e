"""A quotation starts after the dateline its paragraph opens with: ``y`` on the first sentence of
a World & Vietnam Report seed copied “WVR - On July 18, the Conference ...”, and ``quote``, the
brief and the CSV quoted a highlight of it so. The outlet and the place it filed from are
nobody's words; the highlight itself, and the JSON and W3C exports that must find it again in
the text, keep it as stored."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from textual.pilot import Pilot

from diplotui.exchange import import_export_file
from diplotui.export import export
from diplotui.ingest.importer import seed_if_empty
from diplotui.model import AnchorStatus, Highlight, new_id
from diplotui.statements.said import highlight_quoted, quoted_start
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader
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


async def on_the_wvr_seeds_first_sentence(app: DiplotuiApp, pilot: Pilot[None]) -> Reader:
    """The reader, its cursor on the first sentence of the seed with the dateline."""
    await settle(app, pilot)
    await pilot.press("j")  # the seed with the dateline, second in the list
    reader = await open_first(app, pilot)
    await pilot.press("j")  # from its title to its first sentence
    await pilot.pause()
    start, end = reader.cursor_span
    assert reader.text[start:end] == FIRST
    return reader


async def copy_of_the_wvr_seeds_first_sentence(
    store: Store, clipboard: list[str], *style_keys: str
) -> str:
    """What ``y`` copies of that sentence, the citation style changed by ``style_keys``."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await on_the_wvr_seeds_first_sentence(app, pilot)
        await pilot.press(*style_keys, "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    return clipboard[-1]


async def test_y_on_a_seeds_first_sentence_quotes_it_from_after_the_dateline(
    seeded_store: Store, clipboard: list[str]
) -> None:
    copied = await copy_of_the_wvr_seeds_first_sentence(seeded_store, clipboard)
    assert copied.startswith(f"“{WORDS}”\n— “Enhancing capacity"), copied


async def test_the_sidebar_lists_a_highlight_of_it_as_a_copy_quotes_it(
    seeded_store: Store,
) -> None:
    """The README's own picture: the sidebar listed “WVR - On July 18, the Conference ...".
    ``h`` highlights the sentence from after the dateline, as a copy quotes it; its 136
    characters are listed to the word the sidebar's 140 end in."""
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
    assert highlight.quote == WORDS, "what is highlighted is what is quoted"


async def test_a_selection_of_the_first_sentence_is_highlighted_from_after_the_dateline(
    seeded_store: Store,
) -> None:
    """``v`` on the first sentence selects it whole, as the reader draws it; ``h`` then
    highlights its words, not the outlet's "WVR - " before them."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await open_first(app, pilot)
        await pilot.press("j", "v", "h")
        await pilot.pause()
    (highlight,) = seeded_store.highlights(_wvr_seed(seeded_store))
    assert highlight.quote == WORDS


def test_an_older_highlight_holding_the_dateline_still_anchors_on_import(
    seeded_store: Store, tmp_path: Path
) -> None:
    """A highlight ``h`` made before (its quote "WVR - On July 18, ..."), exported and imported
    into another library of the same article, is found where it was: not an orphan."""
    article_id = _wvr_seed(seeded_store)
    text = seeded_store.article_text(article_id)
    start = text.index(FIRST)
    seeded_store.save_highlight(Highlight(new_id(), article_id, start, start + len(FIRST), FIRST))
    exported = tmp_path / "older.json"
    exported.write_text(export(seeded_store, "json"), encoding="utf-8")
    other = Store.open(tmp_path / "other.json")
    seed_if_empty(other)
    import_export_file(other, exported)
    (imported,) = other.highlights(_wvr_seed(other))
    assert (imported.quote, imported.status) == (FIRST, AnchorStatus.ANCHORED.value)
    assert highlight_quoted(other.article_text(imported.article_id), imported) == WORDS
    other.close()


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
