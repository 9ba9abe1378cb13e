"""A statement whose words hold their own attribution names its speaker once on every row
(session 51's new user): "Wang Yi said so.", given to Wang Yi with ``P`` (the finder found no
statement there), was listed "Wang Yi (Foreign Minister) said: Wang Yi said so." by ``W``,
``L``, ``statements`` and ``timeline``; session 50 had made a highlight's copy of it the
words alone (``cite.names_its_speaker``). A row gives such words alone too."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import timeline_from_the_view
from .statements_ui_support import add_article

TEXT = "Code talks\nMinisters met in Kuala Lumpur on Thursday.\nWang Yi said so.\n"
ONCE = "Wang Yi said so."


def _given(store_path: Path) -> str:
    """The article, its sentence given to Wang Yi as ``P`` gives it; the article's id."""
    store = Store.open(store_path)
    article = add_article(store, TEXT, "Code talks", "2025-07-10")
    store.close()
    given = run_main("--db", str(store_path), "speaker", article.id, "--quote", ONCE,
                     "--name", "Wang Yi", "--role", "Foreign Minister")  # fmt: skip
    assert given.returncode == 0, given.stderr
    return article.id


def _prompts(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_w_and_l_rows_name_wang_yi_once(store_path: Path) -> None:
    _given(store_path)
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        timeline = await timeline_from_the_view(app, pilot, "wang")
        (row,) = _prompts(timeline.query_one(OptionList))
        assert ONCE in row and row.count("Wang") == 1, row
        await pilot.press("escape")  # back to W
        await pilot.pause()
        (row,) = _prompts(app.screen.query_one("#statements-list", OptionList))
        assert row.startswith(ONCE) and row.count("Wang") == 1, row
    store.close()


def test_the_cli_rows_name_wang_yi_once(store_path: Path) -> None:
    article_id = _given(store_path)
    db = ("--db", str(store_path))
    for args in (
        ("statements", "--speaker", "wang"),
        ("timeline", "Wang Yi"),
        ("statements", article_id),
    ):
        listed = run_main(*db, *args)
        assert listed.returncode == 0, listed.stderr
        (line,) = [line for line in listed.stdout.splitlines() if ONCE in line]
        assert line.count("Wang") == 1, (args, line)


def test_a_mere_mention_keeps_the_speaker_s_name(store_path: Path) -> None:
    store = Store.open(store_path)
    text = "Code talks\nWang Yi's visit was a success, the ministry said.\n"
    article = add_article(store, text, "Code talks", "2025-07-10")
    store.close()
    quote = "Wang Yi's visit was a success"
    given = run_main("--db", str(store_path), "speaker", article.id, "--quote", quote,
                     "--name", "Wang Yi")  # fmt: skip
    assert given.returncode == 0, given.stderr
    listed = run_main("--db", str(store_path), "statements", "--speaker", "wang").stdout
    assert f"Wang Yi said: {quote}" in listed, listed
