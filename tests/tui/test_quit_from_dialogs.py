"""ctrl+q in the import and export dialogs never throws away what the user set in motion.

Textual's quit key ended the app at once from these dialogs: a typed path was lost, and an
import under way was cut short without its summary (which files failed, which changed).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from diplotui.ingest import import_paths
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs import import_files
from diplotui.tui.dialogs.export import ExportScreen
from diplotui.tui.dialogs.import_files import ImportScreen

from .helpers import screen_cells, type_text
from .library_fixtures import make_library


def news_folder(tmp_path: Path, count: int) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    for number in range(count):
        (news / f"story{number:03}.txt").write_text(
            f"Story {number} of the talks\n\nEnvoys met for round {number}.\n", encoding="utf-8"
        )
    return news


def imported_titles(store: Store) -> set[str]:
    return {a.title for a in store.articles() if a.title.startswith("Story ")}


async def test_ctrl_q_with_a_typed_import_path_asks_and_s_imports_then_quits(
    store_path: Path, tmp_path: Path
):
    news = news_folder(tmp_path, 3)
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("I")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path").value = f"{news}/"  # long temp path: not typed
        await type_text(pilot, "story000.txt")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("k")  # keep: the path is still there, nothing imported
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen) and imported_titles(store) == set()
        assert app.screen.query_one("#import-path").value == f"{news}/story000.txt"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.is_running, "the quit goes ahead once the import is done"
    assert imported_titles(store) == {"Story 0 of the talks"}
    store.close()


async def test_ctrl_q_during_an_import_quits_once_it_is_done(
    store_path: Path, tmp_path: Path, monkeypatch
):
    """3,000 files quit mid-way stored 1,200 and said nothing; the import is held after its
    first step here until the quit was pressed, whatever the machine's speed (a step: its bar
    counts, where a bar without a total animates and every wait ran to its 1 s bound)."""
    news = news_folder(tmp_path, 40)
    started, go_on = threading.Event(), threading.Event()

    def held_import(*args: Any, **kwargs: Any) -> Any:
        kwargs["progress"](0, 40, str(news))
        started.set()
        go_on.wait(60)  # held until the test lets it go, however slow its steps
        return import_paths(*args, **kwargs)

    monkeypatch.setattr(import_files, "import_paths", held_import)
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("I")
        app.screen.query_one("#import-path").value = str(news)
        await pilot.press("enter")
        assert started.wait(60)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running, "the quit waits for the import"
        assert "quitting once the import is done" in str(
            app.screen.query_one("#import-status").render()
        )
        go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.is_running
    assert len(imported_titles(store)) == 40, "every file of the import was stored"
    store.close()


async def test_ctrl_q_after_an_import_is_done_quits_at_once(store_path: Path, tmp_path: Path):
    news = news_folder(tmp_path, 1)
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("I")
        app.screen.query_one("#import-path").value = str(news)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    store.close()


async def test_ctrl_q_with_a_typed_export_path_asks_and_s_exports_then_quits(
    store_path: Path, tmp_path: Path
):
    target = tmp_path / "out.md"
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        path_field = app.screen.query_one("#export-path")
        path_field.focus()
        await pilot.pause()
        path_field.value = str(tmp_path) + "/"  # long temp path: not typed
        await pilot.press("end")
        await type_text(pilot, "out.md")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running and app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.is_running
    assert target.read_text(encoding="utf-8").strip(), "the export was written"
    store.close()


async def test_ctrl_q_in_an_untouched_export_dialog_quits_at_once(store_path: Path):
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("x", "ctrl+q")
        await pilot.pause()
        assert not app.is_running
    store.close()


async def test_escape_with_typed_tags_asks_before_they_are_lost(store_path: Path):
    """``escape`` asked in the note and details dialogs and silently dropped typed tags (and
    a saved filter's name, an alias): the same key, two meanings."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await type_text(pilot, "asean, mekong")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "UnsavedEditScreen"
        await pilot.press("k")  # keep editing: the tags are still there
        await pilot.pause()
        assert app.screen.query_one("#tag-input").value == "asean, mekong"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")  # add them
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        selected = app.screen.library.current_id
        assert selected is not None and store.article(selected).tags[-2:] == ["asean", "mekong"]
        await pilot.press("t", "escape")  # nothing typed: closes at once
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
    store.close()


async def test_the_save_discard_keep_question_shows_its_keys_at_60_columns(store_path: Path):
    """At 60x20 the third button was cut to "Keep editing (": its key was not on screen."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(60, 20)) as pilot:
        target = app.screen.library.current_id or ""
        await pilot.press("t")
        await type_text(pilot, "asean")
        await pilot.press("escape")
        await pilot.pause()
        shown = "\n".join("".join(char for char, _ in line) for line in screen_cells(app))
        for label in ("Save (s)", "Discard (d)", "Keep editing (k)"):
            assert label in shown, label
        await pilot.press("k", "enter")
        await pilot.pause()
    assert "asean" in store.article(target).tags
    store.close()
