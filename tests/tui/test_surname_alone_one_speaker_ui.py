"""A surname alone is its one person's: "Guido Westerwelle ×2" and "Westerwelle ×2" were two
speakers in ``W`` and in ``diplotui statements`` where one article named him whole and another
by his surname only (newuser57). Two people of one surname keep it apart: "Bush" alone may be
either. Invented articles."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import type_text
from .statements_ui_support import add_article, statements_speakers
from .test_statements_ui import _rows_listed

WHOLE = (
    "Westerwelle urges restraint\n"
    'German Foreign Minister Guido Westerwelle said: "We need a political solution."\n'
    'Guido Westerwelle said: "Dialogue is the only way forward."\n'
)
SURNAME = (
    "Ministers meet on sanctions\n"
    'EU ministers met in Brussels. "The pressure must remain," Westerwelle said.\n'
    '"Sanctions will stay," Westerwelle said.\n'
)
BUSHES = (
    "Two presidents\n"
    'Former President George W. Bush said: "Freedom is on the march."\n'
    'Former Governor Jeb Bush said: "Florida is ready."\n'
)
BUSH_ALONE = 'Reforms\n"Taxes will fall," Bush said.\n'


def _westerwelle_library(path: Path) -> Store:
    store = Store.open(path)
    add_article(store, WHOLE, "Westerwelle urges restraint", "2026-11-30")
    add_article(store, SURNAME, "Ministers meet on sanctions", "2026-12-01")
    add_article(store, BUSHES, "Two presidents", "2026-12-02")
    add_article(store, BUSH_ALONE, "Reforms", "2026-12-03")
    return store


async def test_w_lists_a_surname_alone_under_its_one_person(store_path: Path) -> None:
    store = _westerwelle_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(140, 40)) as pilot:
        screen, speakers = await statements_speakers(app, pilot)
        prompts = [
            str(speakers.get_option_at_index(n).prompt) for n in range(speakers.option_count)
        ]
        ids = [str(speakers.get_option_at_index(n).id) for n in range(speakers.option_count)]
        assert "Guido Westerwelle" in ids and "Westerwelle" not in ids
        assert any("Guido Westerwelle" in prompt and "4" in prompt for prompt in prompts)
        # two Bushes: "Bush" alone stays apart, named as its article names him
        assert "Bush" in ids
        await type_text(pilot, "westerwelle")
        await pilot.pause()
        speakers.focus()
        await pilot.press("enter")
        await pilot.pause()
        rows = _rows_listed(screen)
        assert len(rows) == 4
        assert all(row.startswith("Guido Westerwelle") for row in rows)
    store.close()


def test_statements_command_names_a_surname_alone_as_its_person(store_path: Path) -> None:
    _westerwelle_library(store_path).close()
    listed = run_main("--db", str(store_path), "statements", "--speaker", '"Guido Westerwelle"')
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert len(lines) == 4
    assert all(" Guido Westerwelle " in line for line in lines), lines
    assert sum("The pressure must remain" in line for line in lines) == 1
    bush = run_main("--db", str(store_path), "statements", "--speaker", "bush")
    assert any(
        " Bush said" in line and "Taxes will fall" in line for line in bush.stdout.splitlines()
    )
