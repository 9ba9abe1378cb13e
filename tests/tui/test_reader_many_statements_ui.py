"""Each key moving the reader's cursor asks who speaks in its sentence: that looked through
every statement of the article, 0.4 s a key over an 8 MB article's 185,000. Only those near
the sentence are looked at now, and the label under the pane is the same."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from diplotui import anchoring
from diplotui.model import Statement
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets import reader as reader_module

from .helpers import settle
from .test_reader_support import add_article, reader_of

BODY = "\n\n".join(f"Minister Lan said round {n} of the talks went well." for n in range(1_500))


async def test_a_cursor_move_looks_at_the_statements_near_it_alone(
    store_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(store_path)
    add_article(store, "Many rounds", BODY)
    looked_at: list[int] = []

    def counted(statements: Sequence[Statement], start: int, end: int) -> Statement | None:
        looked_at.append(len(statements))
        return anchoring.statement_in(statements, start, end)

    monkeypatch.setattr(reader_module, "statement_in", counted)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await settle(app, pilot)
        reader = reader_of(app)
        assert len(reader.statements) == 1_500
        looked_at.clear()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        start, end = reader.cursor_span
        assert reader.text[start:end] == "Minister Lan said round 2 of the talks went well."
        assert str(reader.border_subtitle) == "Lan (Minister) said"
        assert looked_at and max(looked_at) <= 3, looked_at
    store.close()
