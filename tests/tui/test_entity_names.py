"""Sidebar, command palette and command line name an entity alike, even on a tie."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList

from diplotui.cli.main import main
from diplotui.ingest import import_paths
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import settle, type_text
from .test_reader_support import open_first, sidebar_rows

# Two spellings of one city, used twice each and equally long: a tie the rule must break.
TEXT = (
    "Talks in the capital\n\n"
    "The delegation arrived in Ha Noi on Monday. Hà Nội welcomed the envoys, officials in "
    "Ha Noi said, and the talks go on in Hà Nội.\n"
)


async def test_sidebar_palette_and_cli_agree_on_a_tie(tmp_path: Path, store_path: Path, capsys):
    news = tmp_path / "talks.txt"
    news.write_text(TEXT, encoding="utf-8")
    with Store.open(store_path) as store:
        import_paths(store, [news])  # fills the entity cache the palette reads
        article_id = store.articles()[0].id

    assert main(["--db", str(store_path), "entities", article_id, "--names"]) == 0
    cli = [line.split(None, 2)[2] for line in capsys.readouterr().out.splitlines()]
    assert "Hà Nội" in cli and "Ha Noi" not in cli

    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await open_first(app, pilot)
        rows = sidebar_rows(app)
        place = rows[rows.index(" place") + 1]
        assert place.split("  ×")[0].strip() == "Hà Nội"
        await pilot.press("ctrl+p")
        await type_text(pilot, "hn")  # matches either spelling
        await settle(app, pilot)  # the palette gathers its hits in a worker
        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(prompt.startswith("Hà Nội") for prompt in prompts), prompts
        assert not any("Ha Noi" in prompt for prompt in prompts), prompts
    store.close()
