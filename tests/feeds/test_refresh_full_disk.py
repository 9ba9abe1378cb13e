"""A refresh stopped by a full disk leaves the store's folder as it found it, but for what it
stored: the text files it wrote for articles never stored were left behind (``doctor`` listed
them "left by an import or refresh that stopped"), with the text folders made for them.

A real refresh against the local feed server; the disk fills at the text-file write boundary
(``write_temp``, where every text's bytes go first): after a budget of files, each write fails
with ENOSPC, as a full disk's does.
"""

from __future__ import annotations

import errno
import importlib
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotui.feeds import add_feed, refresh
from diplotui.feeds.refresh import RefreshPartlyStored
from diplotui.store import Store, body_log, text_hash
from tests.cli_runner import run_main
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

ITEMS = 12


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>Ministers meet, round {n}</title><link>{base}/story/{n}</link>"
        f"<guid>{base}/story/{n}</guid><pubDate>Wed, 09 Jul 2025 10:00:00 GMT</pubDate>"
        f"<description>{f'In round {n} the ministers met in Hanoi and agreed to talk. ' * 20}"
        "</description></item>"
        for n in range(ITEMS)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Big Wire</title>'
        f"<link>{base}/</link><description>wire</description>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def wire(server: FeedServer) -> str:
    server.serve_bytes("/wire.xml", _rss(server.base), "application/rss+xml")
    return server.url("/wire.xml")


def _disk_fills_after(monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    """Text files written from now on fail with ENOSPC once ``files`` more were written."""
    write_temp: Callable[..., Path] = body_log.write_temp
    left = [files]
    lock = threading.Lock()

    def full(path: Path, data: bytes, *, sync: bool = False) -> Path:
        with lock:
            if left[0] <= 0:
                raise OSError(errno.ENOSPC, "No space left on device", str(path))
            left[0] -= 1
        return write_temp(path, data, sync=sync)

    monkeypatch.setattr(body_log, "write_temp", full)


def _tree(store_path: Path) -> set[str]:
    """Every file and folder beside the store, by its path from there, but its backups: the
    one a store opened for writing takes is no refresh's (here only texts fill the disk)."""
    beside = (str(p.relative_to(store_path.parent)) for p in store_path.parent.rglob("*"))
    return {path for path in beside if not path.startswith(f"{store_path.name}.backups")}


def test_the_cli_refresh_on_a_full_disk_leaves_the_folder_as_it_was(
    store_path: Path, wire: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--db", str(store_path))
    assert run_main(*db, "feed", "add", wire).returncode == 0
    before, records = _tree(store_path), store_path.read_bytes()
    _disk_fills_after(monkeypatch, 5)
    result = run_main(*db, "refresh")
    assert result.returncode == 1
    assert "No space left on device" in result.stderr and "nothing was saved" in result.stderr
    assert _tree(store_path) == before
    assert store_path.read_bytes() == records
    monkeypatch.undo()
    assert "that no article names" not in run_main(*db, "doctor").stdout
    again = run_main(*db, "refresh", "--force")  # the disk has room again: all of it comes in
    assert again.returncode == 0, again.stderr
    assert f"{ITEMS} new" in again.stdout


def test_the_apps_refresh_keeps_the_texts_of_what_it_stored_before_the_disk_filled(
    store_path: Path, wire: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's refresh stores batch by batch: the batches stored keep their texts, the one
    the full disk stopped leaves none."""
    # the module, not the function the package names alike
    monkeypatch.setattr(importlib.import_module("diplotui.feeds.refresh"), "WRITE_CHUNK", 4)
    with Store.open(store_path) as store:
        add_feed(store, wire)
        before = _tree(store_path)
        _disk_fills_after(monkeypatch, 6)
        with pytest.raises(RefreshPartlyStored) as stopped:
            refresh(store, policy=FAST, force=True)
        stored = stopped.value.article_ids
        assert len(stored) == 4
        texts = {text_hash(store.article_text(article_id)) for article_id in stored}
        made = {f"{digest[:2]}/{digest}.txt" for digest in texts} | {d[:2] for d in texts}
        folder = f"{store_path.name}.bodies"
        stored_made = {f"{folder}/{path}" for path in made} | {folder, f"{folder}.log"}
        assert _tree(store_path) - before == stored_made - before
