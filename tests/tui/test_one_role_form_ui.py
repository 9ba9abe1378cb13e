"""One speaker, one form of a role (session 51's new user): articles writing "Venezuelan
President Nicolás Maduro" and one "Venezuelan president Nicolás Maduro" made ``W``, ``L``,
``statements`` and ``timeline`` list him "(Venezuelan President)" on some rows and
"(Venezuelan president)" on others, as if two roles. Roles of one speaker that differ only
in letter case are shown in the form most articles write (then a title's capitals), as
``speaker_names`` gives one name; one article's listing keeps its own words."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import timeline_from_the_view
from .statements_ui_support import add_article

SAID = "Maduro {n}\n{role} Nicolás Maduro said on {day} that the country would defend itself.\n"
ARTICLES = [  # (role as written, day, date)
    ("Venezuelan President", "Saturday", "2025-11-29"),
    ("Venezuelan president", "Sunday", "2025-11-30"),
    ("Venezuelan President", "Monday", "2025-12-01"),
]


def _store(path: Path, articles: list[tuple[str, str, str]] = ARTICLES) -> Store:
    store = Store.open(path)
    for n, (role, day, date) in enumerate(articles):
        add_article(store, SAID.format(n=n, role=role, day=day), f"Maduro {n}", date)
    return store


def _prompts(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_w_and_l_show_maduro_s_role_one_way(store_path: Path) -> None:
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "maduro")
        rows = _prompts(timeline.query_one(OptionList))
        assert len(rows) == 3, rows
        assert all("Nicolás Maduro (Venezuelan President) said" in row for row in rows), rows
        await pilot.press("escape")  # back to W
        await pilot.pause()
        rows = _prompts(app.screen.query_one("#statements-list", OptionList))
        assert len(rows) == 3, rows
        assert all(row.startswith("Nicolás Maduro (Venezuelan President) said") for row in rows)
    store.close()


def _listed(store_path: Path) -> list[str]:
    lines = []
    for args in (("statements", "--speaker", "maduro"), ("timeline", "Nicolás Maduro")):
        listed = run_main("--db", str(store_path), *args)
        assert listed.returncode == 0, listed.stderr
        lines += listed.stdout.splitlines()
    return lines


def test_statements_and_timeline_show_the_role_most_articles_write(store_path: Path) -> None:
    _store(store_path).close()
    lines = _listed(store_path)
    assert len(lines) == 6 and all("(Venezuelan President) said" in line for line in lines)


def test_a_tie_is_shown_in_a_title_s_capitals(store_path: Path) -> None:
    _store(store_path, [("Venezuelan president", "Sunday", "2025-11-30"), ARTICLES[0]]).close()
    lines = _listed(store_path)
    assert len(lines) == 4 and all("(Venezuelan President) said" in line for line in lines)


def test_an_article_s_own_statements_keep_its_words(store_path: Path) -> None:
    store = _store(store_path)
    lowercase = next(a for a in store.articles() if a.date == "2025-11-30")
    store.close()
    quoted = run_main("--db", str(store_path), "statements", lowercase.id)
    assert quoted.returncode == 0, quoted.stderr
    assert "Venezuelan president" in quoted.stdout, quoted.stdout
