"""A paraphrase its reporter's verb does not lead right before ("adding on Tuesday that both
sides ..."): the reader labels it "added", so its copy in every style, the Statements view's
row, its copy there and ``diplotui statements`` say "added", never "said:"."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .statements_ui_support import open_first as _open_first
from .test_statements_ui import _rows_listed, _shown_view

TEXT = (
    "Talks resume\n"
    "HANOI - Minister Ngo Le Van said the talks were useful, adding on Tuesday that both "
    "sides would meet again.\n"
    "The weather was fine.\n"
)
ADDED = "Ngo Le Van (Minister) added: both sides would meet again"


def _store(path: Path) -> Store:
    store = Store.open(path)
    digest = text_hash(TEXT)
    article = Article(id=store.new_article_id(digest), title="Talks resume", text_hash=digest,
                      source="Wire", date="2025-07-18")  # fmt: skip
    store.add_article(article, TEXT)
    return store


async def test_a_copy_of_an_added_paraphrase_says_added_as_its_label(store_path: Path, clipboard):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s", "s")
        assert reader.border_subtitle == "Ngo Le Van (Minister) added"
        for _style in range(4):  # plain, markdown, chicago, apa
            await pilot.press("y")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert clipboard[-1].startswith(ADDED), clipboard[-1]
            await pilot.press("c")
            await pilot.pause()
        screen = await _shown_view(app, pilot)
        assert any(f"{ADDED}" in row for row in _rows_listed(screen)), _rows_listed(screen)
        screen.query_one("#statements-list").focus()
        await pilot.press("down", "y")  # the newest first: the added one is the second row
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(ADDED), clipboard[-1]
    store.close()
    listed = run_main("--db", str(store_path), "statements")
    assert listed.returncode == 0, listed.stderr
    assert ADDED in listed.stdout, listed.stdout


async def test_a_highlight_of_an_added_paraphrase_says_added_in_its_copy_sidebar_and_brief(
    store_path: Path, clipboard
):
    """The statement's highlight kept no verb: its copy, the sidebar, ``quote``,
    ``annotations`` and the brief said "Ngo Le Van (Minister) said: both sides ..." under
    the reader's label "added"."""
    from .test_reader_support import sidebar_rows

    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("s", "s", "h")  # the added statement, highlighted
        await app.workers.wait_for_complete()
        await pilot.pause()
        (highlight,) = store.highlights(reader.article_id or "")
        assert highlight.speaker == "Ngo Le Van"
        rows = [row for row in sidebar_rows(app) if "both sides" in row]
        assert rows and all(ADDED in " ".join(row.split()) for row in rows), rows
        await pilot.press("y")  # on the highlight now: the copy cites it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(ADDED), clipboard[-1]
        app.exit()  # reopened: the sidebar lists it before the statements are found again
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        await _open_first(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        rows = [row for row in sidebar_rows(app) if "both sides" in row]
        assert rows and all(ADDED in " ".join(row.split()) for row in rows), rows
    store.close()
    db = str(store_path)
    for args in (
        ("annotations", highlight.article_id),
        ("quote", highlight.id),
        ("export", "--format", "markdown"),
    ):
        said = run_main("--db", db, *args)
        assert said.returncode == 0, said.stderr
        assert ADDED in " ".join(said.stdout.split()), (args, said.stdout)
