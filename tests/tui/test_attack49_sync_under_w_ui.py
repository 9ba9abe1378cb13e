"""attack49: ``S`` syncs in a worker, so the Statements view (``W``) can be open when the
sync brings a teammate's newer text of an article (the outlet's correction, a paragraph
added on top). The view went on listing the old text's statements, and ``enter`` on one put
the reading cursor on whatever now stood at its old offsets. A sync that changed the
library has the view shown build its index again, as ``R`` and a read-only app's follow
do."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from diplotui import share
from diplotui.share import sync
from diplotui.store import Store
from tests.sharing import article_ids, git_identity, shared_copies
from tests.tui.test_share_ui import shared_pair

from .helpers import opened_from_the_view_over, settle

__all__ = ["git_identity", "shared_copies", "shared_pair"]  # fixtures, by name

ADDED = "Minister Jane Doe said on Tuesday that nothing had changed since the last round.\n"


async def test_a_sync_under_the_statements_view_moves_its_rows_with_the_text(
    shared_pair: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update
    from diplotui.tui.app import DiplotuiApp

    mine, theirs = shared_pair
    envoy = article_ids()[2]
    with Store.open(theirs) as store:
        article = store.article(envoy)
        corrected = ADDED + store.article_text(envoy)
        apply_update(store, article, ParsedDocument(corrected, article.title))
        sync(store, "mai")
    gate, run = threading.Event(), share.Sync.run

    def run_when_let(self: share.Sync) -> Any:
        assert gate.wait(30)
        return run(self)

    monkeypatch.setattr(share.Sync, "run", run_when_let)
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            text_now = lambda: store.article_text(envoy) == corrected  # noqa: E731
            # S in the list: the sync waits to begin while W opens
            opened, start, end = await opened_from_the_view_over(
                app, pilot, "S", "envoy", gate, text_now
            )
            assert opened == envoy
            assert corrected[start:end].startswith("The envoy said"), corrected[start:end]
