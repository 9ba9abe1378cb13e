"""An article whose text is larger than a sync reads (attack63): import takes a file of up
to 20 MB by its bytes, and a 16 MB UTF-16 file of Chinese is 23 MB as UTF-8. Its sync sent
it, and every teammate's sync then stopped at it ("too large to be a shared record") until
someone removed it from the remote with plain git. It is left out of the team's library,
its highlights with it, and named; the rest is sent, and the teammates sync on."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.share import ShareError, files, git, sync
from diplotui.store import Store, text_hash
from tests.sharing import add_highlight, git_identity, shared_copies
from tests.unit.test_share import desk, run_sync, state

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

LIMIT = 64 * 1024  # the 20 MB a sync reads, made small: the same code either side of it


def _import(path: Path, text: str, title: str) -> str:
    with Store.open(path) as store:
        digest = text_hash(text)
        store.add_article(Article(id=digest[:12], title=title, text_hash=""), text)
    return digest[:12]


def test_a_text_too_large_for_a_teammates_sync_stays_here_and_the_rest_is_sent(
    desk: dict[str, Path], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(git, "MAX_BLOB_BYTES", LIMIT)
    # within the limit in characters (UTF-16 bytes), over it as UTF-8
    large = "外交部发言人表示，双方将继续保持沟通。\n\n" * (LIMIT // 40)
    assert len(large) * 2 < LIMIT * 1.1 < len(large.encode("utf-8"))
    big = _import(desk["mai"], large, "Large")
    small = _import(desk["mai"], "A small text: the minister said talks went well.\n", "Small")
    add_highlight(desk["mai"], big, "外交部发言人表示")
    add_highlight(desk["mai"], small, "talks went well")
    with Store.open(desk["mai"]) as store:
        result = sync(store, "mai")
    assert result.summary() == (
        "sent 1 article, 1 highlight, 1 article not shared (text too large)"
    )
    [line] = result.too_large_named
    assert line.startswith(f"{big}  Large: not shared: its text is 0.1 MB as UTF-8")
    tree = git.Repository(desk["remote"]).tree_entries("main")
    assert files.article_path(big) not in tree and files.text_path(text_hash(large)) not in tree
    assert files.article_path(small) in tree
    # the teammates sync on (a text too large in the remote stopped every sync of theirs)
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai, 1 new article"
    assert big not in state(desk["bob"])["articles"] and small in state(desk["bob"])["articles"]
    # said again while it stays: no sync sends it later
    assert run_sync(desk["mai"], "mai") == "1 article not shared (text too large)"
    assert run_sync(desk["ana"], "ana") == "1 new highlight from mai, 1 new article"


def test_a_record_too_large_for_a_teammates_sync_is_refused_here(
    desk: dict[str, Path], monkeypatch: pytest.MonkeyPatch
):
    """A highlight's note of megabytes (an exchange file brings any): its file, sent, would
    stop every teammate's sync. This sync sends nothing and names it, as a record stamped
    so that the team refuses it is named."""
    monkeypatch.setattr(git, "MAX_BLOB_BYTES", LIMIT)
    first = next(iter(state(desk["mai"])["articles"]))
    with Store.open(desk["mai"]) as store:
        text = store.article_text(first)
    quote = text.split()[0]
    highlight_id = add_highlight(desk["mai"], first, quote, note="Long note. " * (LIMIT // 10))
    head = git.Repository(desk["remote"]).resolve("main")
    with Store.open(desk["mai"]) as store, pytest.raises(ShareError) as refused:
        sync(store, "mai")
    said = str(refused.value)
    assert said.startswith("annotations/") and f"{highlight_id}.json in this store: 0.1 MB" in said
    assert said.endswith("nothing was sent (shorten its note or its highlight)")
    assert git.Repository(desk["remote"]).resolve("main") == head
    assert run_sync(desk["bob"], "bob") == "up to date"
