"""The reader names a speaker as ``W``, ``L`` and the command line do: its label under a
statement said "Volker Turk said", as the article spells him, where every listing says "Volker
Türk" (``library.statements.speaker_names``), and ``y`` and ``h`` took the article's spelling
too. Once the library's statements are indexed (the app's preload, or ``W``), the label, a copy
and a highlight's speaker take his one name; a highlight so stored keeps it where the finder
gives the article's spelling (``anchoring.unmarked_spelling``: ``annotations`` reads the
statement cache, not the library's names)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader
from tests.cli_runner import run_main

from .helpers import open_statements_view, settle
from .statements_ui_support import turk_store


def _store(path: Path) -> tuple[Store, str]:
    """The library of ``turk_store``, and its newest "Turk" article, second in the list."""
    store, ids = turk_store(path)
    return store, ids[2]


def _label(app: DiplotuiApp) -> str:
    return str(app.screen.query_one(Reader).border_subtitle)


async def _open_second_on_its_statement(app: DiplotuiApp, pilot: Pilot[object]) -> None:
    await settle(app, pilot)
    await pilot.press("j", "enter")
    await settle(app, pilot)
    await pilot.press("s")
    await pilot.pause()


async def test_the_label_copy_and_highlight_name_him_as_w_does(store_path: Path, clipboard):
    store, turk = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_second_on_its_statement(app, pilot)
        # no index yet (no statement cache to preload): the article's spelling
        assert _label(app) == "Volker Turk (UN rights chief) said", _label(app)
        await open_statements_view(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        # the index came: the open article's label takes his one name, as W lists him
        assert _label(app) == "Volker Türk (UN rights chief) said", _label(app)
        await pilot.press("y")
        await settle(app, pilot)
        copied = clipboard[-1]
        assert copied.startswith("Volker Türk (UN rights chief) said aid must"), copied
        assert "Volker Turk" not in copied, copied
        await pilot.press("h")
        await settle(app, pilot)
        assert [h.speaker for h in store.highlights(turk)] == ["Volker Türk"]
    store.close()
    listed = run_main("--db", str(store_path), "annotations", turk)
    assert listed.returncode == 0, listed.stderr
    assert "Volker Türk" in listed.stdout and "Volker Turk" not in listed.stdout, listed.stdout


async def test_an_article_opened_after_the_index_is_labelled_at_once(store_path: Path, clipboard):
    store, _turk = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("escape")
        await _open_second_on_its_statement(app, pilot)
        assert _label(app) == "Volker Türk (UN rights chief) said", _label(app)
        await pilot.press("y")
        await settle(app, pilot)
        assert "Volker Turk" not in clipboard[-1], clipboard
    store.close()
