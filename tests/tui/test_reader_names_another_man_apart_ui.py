"""The reader never names a speaker after another man (attack51b): the library lists "Le Van
Thanh" under Lê Văn Thành; an article not indexed yet about Lê Văn Thạnh, another man, was
labelled "Lê Văn Thành said" through that unmarked spelling, and ``h`` stored him so."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.reader import Reader

from .helpers import settle, until_bound
from .statements_ui_support import add_article

SAID = "Port deal {n}\nDeputy Minister {name} said on Monday that the port deal would be signed.\n"


async def test_a_man_of_other_marks_keeps_his_name_in_the_label_and_highlight(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from diplotui.library.statement_cache import StatementCache
    from diplotui.tui.controllers import statements as controller

    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    store = Store.open(store_path)
    for n, name in enumerate(("Lê Văn Thành", "Le Van Thanh")):
        add_article(store, SAID.format(n=n, name=name), f"Port deal {n}", f"2025-03-0{n + 1}")
    cache = StatementCache.load(store)
    cache.fill(store)  # as W or 'diplotui statements' left it
    cache.save()
    thanh = add_article(store, SAID.format(n=2, name="Lê Văn Thạnh"), "Port deal 2", "2025-03-09")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        state = app.screen.statement_actions.state
        for _ in until_bound():  # the preload indexes the cache: Thành's two spellings
            await pilot.pause(0.02)
            if state.names is not None:
                break
        assert state.names is not None and state.names.name("Le Van Thanh") == "Lê Văn Thành"
        await pilot.press("enter")  # the newest: Thạnh's, which no index holds
        await settle(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        label = str(app.screen.query_one(Reader).border_subtitle)
        assert label == "Lê Văn Thạnh (Deputy Minister) said", label
        await pilot.press("h")
        await settle(app, pilot)
        assert [h.speaker for h in store.highlights(thanh.id)] == ["Lê Văn Thạnh"]
    store.close()
