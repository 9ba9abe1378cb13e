"""One speaker, one name: articles spelling him "Volker Turk" and one "Volker Türk" made ``W``
list "Volker Turk ×7" (the most used spelling) while ``L`` on his statement of the other
article titled "Timeline of Volker Türk", and the rows of ``W``, ``statements --speaker``
and ``timeline`` each spelt him as their article did. The fullest spelling, with its
diacritics, is his one name everywhere (``library.statements.speaker_names``)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import timeline_from_the_view
from .statements_ui_support import turk_store


def _store(path: Path) -> Store:
    return turk_store(path)[0]


def _prompts(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_w_its_rows_and_l_title_name_turk_one_way(store_path: Path):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "turk", "j")  # a "Turk" article's
        title = str(timeline.query_one("#timeline-title", Label).render())
        assert title.startswith("Timeline of Volker Türk ·"), title
        rows = _prompts(timeline.query_one(OptionList))
        assert len(rows) == 4 and not any("Volker Turk" in row for row in rows), rows
        await pilot.press("escape")  # back to W
        await pilot.pause()
        assert app.screen._speakers == [("Volker Türk", 4)]  # type: ignore[attr-defined]
        rows = _prompts(app.screen.query_one("#statements-list", OptionList))
        assert len(rows) == 4 and all(row.startswith("Volker Türk ") for row in rows), rows
    store.close()


def turk_listings(store_path: Path, name: str) -> list[list[str]]:
    """The lines of ``statements --speaker turk`` and of ``timeline NAME`` (each exit 0)."""
    listings = []
    for args in (("statements", "--speaker", "turk"), ("timeline", name)):
        listed = run_main("--db", str(store_path), *args)
        assert listed.returncode == 0, listed.stderr
        listings.append(listed.stdout.splitlines())
    return listings


def test_statements_and_timeline_name_turk_one_way(store_path: Path):
    _store(store_path).close()
    for lines in turk_listings(store_path, "Volker Turk"):
        assert len(lines) == 4 and all("Volker Türk " in line for line in lines), lines
        assert not any("Volker Turk" in line for line in lines), lines
