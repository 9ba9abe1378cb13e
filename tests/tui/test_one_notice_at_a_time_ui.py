"""One notice at a time, and never over what is read or typed.

Seen in tmux (session 56): at 80x24 a highlight's notice and then the session's first copy's
(its advice about tmux's ``set-clipboard`` whole) stacked three rows over the title bar, the
panes' names and the first row of the list and of the reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList

from .test_notices_two_rows_ui import LONG, in_tmux_without_clipboard
from .test_reader_support import add_article, open_first
from .test_toast_rows import above_the_panes_rows


async def test_a_copy_after_a_highlight_leaves_the_first_rows_in_view_at_80x24(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_tmux_without_clipboard(tmp_path, monkeypatch)
    store = Store.open(store_path)
    add_article(store, "Talks", f"{LONG} They met in Hanoi.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", lambda _text: None)
        await open_first(app, pilot)
        await pilot.press("j", "h", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        (toast,) = app.screen.query(Toast)
        assert "sent to the terminal (OSC 52)" in str(toast._notification.message)
        assert above_the_panes_rows(app, toast), toast.region
        assert toast.region.bottom <= app.screen.query_one(ArticleList).content_region.y
    store.close()
