"""The export's notice says what the brief holds: newuser46's brief of the 15 articles in the
list held the 2 annotated, saying so in its first lines, while the notice said "Exported 15
articles"."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input, Select

from diplotui.model import ONE_LINE_CHARS, Highlight, new_id
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.export import ExportScreen

from .helpers import settle
from .test_quotes_ui import _record_notices
from .test_reader_support import add_article


async def _exported(store: Store, path: Path, monkeypatch, *keys: str, fmt: str = "") -> list[str]:
    """Export from the app (``x``) to ``path``, ``keys`` pressed in the dialog first and the
    format chosen when given; the notices said, the store closed."""
    app = DiplotuiApp(store)
    notices = _record_notices(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        if fmt:
            screen.query_one("#export-format", Select).value = fmt
            await pilot.pause()
        screen.query_one("#export-path", Input).value = str(path)
        await pilot.press(*keys, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    store.close()
    return notices


async def test_the_notice_counts_the_articles_the_brief_holds(
    store_path: Path, tmp_path: Path, monkeypatch
) -> None:
    store = Store.open(store_path)
    tagged = add_article(store, "Marcos: West Philippine Sea is ours", "Marcos spoke.")
    store.with_updates(tagged, tags=["scs"])
    add_article(store, "Code of conduct talks", "Lazaro spoke.", date="2025-11-17")
    add_article(store, "Resupply mission", "Tarriela spoke.", date="2024-04-04")
    # the articles in the list
    notices = await _exported(store, tmp_path / "brief.md", monkeypatch, "space", "down", "enter")
    brief = (tmp_path / "brief.md").read_text(encoding="utf-8")
    held = "1 article, 0 highlights (2 articles with no highlight, note or tag left out)"
    assert f"\n{held}.\n" in brief
    assert f"Exported a brief of {held} to {tmp_path / 'brief.md'}." in notices, notices


async def test_the_notice_says_a_long_stored_speaker_was_cut(
    store_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """A highlight an older diplotui stored with a speaker of thousands of letters is exported
    with its first line's worth, which an import takes back; the notice says so (leftovers49:
    the export was written whole and its import refused the file)."""
    store = Store.open(store_path)
    article = add_article(store, "Long names", "Envoy Smith said it went well.")
    store.save_highlight(
        Highlight(
            id=new_id(),
            article_id=article.id,
            start=11,
            end=16,
            quote="Envoy",
            speaker="X" * 10_000,
            speaker_role="Envoy",
        )
    )
    notices = await _exported(store, tmp_path / "all.json", monkeypatch, fmt="json")
    (written,) = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["highlights"]
    assert written["speaker"] == "X" * ONE_LINE_CHARS
    cut = f"the speaker of 1 highlight cut to {ONE_LINE_CHARS} characters"
    assert any(cut in notice for notice in notices), notices
