"""A highlight that starts after a quotation's opening mark (the quote's end, then the next
paragraph) is copied with that mark put back: the sidebar and the copy's notice show it as
the copy gives it, not with a lone closing mark the pasted text does not have."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .statements_ui_support import open_first as _open_first
from .test_quotes_ui import _record_notices
from .test_reader_support import sidebar_rows

TEXT = (
    "Talks resume\n\n"
    'The minister spoke at length. "We will continue."\n\n'
    "Both sides would meet again in September.\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]


async def test_a_highlight_cutting_off_an_opening_mark_is_shown_as_copied(
    store_path: Path, clipboard, monkeypatch
):
    with Store.open(store_path) as store:
        store.add_article(Article(id=ARTICLE_ID, title="Talks resume", text_hash=""), TEXT)
    passage = 'We will continue."\n\nBoth sides would meet'
    made = run_main("--db", str(store_path), "highlight", ARTICLE_ID, "--quote", passage)
    assert made.returncode == 0, made.stderr
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        notices = _record_notices(app, monkeypatch)
        await _open_first(app, pilot)
        await pilot.press("m", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        copied = "“‘We will continue.’ Both sides would meet”"
        assert clipboard[-1].startswith(f"{copied}\n— ")
        [row] = [row for row in sidebar_rows(app) if "We will continue" in row]
        assert row.endswith(f"\n{copied}"), row
        assert notices[-1].startswith("“‘We will continue.’ Both sides"), notices[-1]
    store.close()
