"""A store file the user made read-only (mode 444) opens read-only in the app, with a notice."""

from __future__ import annotations

import os
from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.launch import open_for_app


def test_a_444_store_opens_read_only_with_a_notice(tmp_path: Path):
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        store.add_article(Article(id="00000000abcd", title="Kept", text_hash=""), "Kept\nText")
    os.chmod(path, 0o444)
    before = path.read_bytes(), path.stat().st_mtime_ns

    store, notices = open_for_app(path, read_only=False)
    try:
        assert store.read_only
        assert any("read-only" in notice for notice in notices)
        assert [a.title for a in store.articles()] == ["Kept"]
    finally:
        store.close()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
