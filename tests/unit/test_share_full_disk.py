"""A disk that fills while a sync writes the store. The sync's earlier writes stand, and its
line says what they brought in: the store's own line, "cannot write (...); nothing was
saved", ended the sync after the merge had been stored, and the next sync's line never named
the two highlights that had come in."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from diplotui.share import ShareError, Sync, sync
from diplotui.store import Store
from diplotui.store.storage import JournalStorage
from tests.sharing import add_highlight, article_ids, git_identity, shared_copies
from tests.unit.test_share import desk, refused, run_sync, state

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """``disk["full"] = True`` makes every store write from then on fail as a full disk's."""
    state_of_disk = {"full": False}
    check = JournalStorage._check_journal_in_place

    def in_place(self: JournalStorage) -> None:
        if state_of_disk["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        check(self)

    monkeypatch.setattr(JournalStorage, "_check_journal_in_place", in_place)
    return state_of_disk


def fills_after(monkeypatch: pytest.MonkeyPatch, disk: dict[str, bool], method: str) -> None:
    """The disk fills once the sync's ``method`` has written."""
    original = getattr(Sync, method)

    def then_full(self: Sync, *args: object, **kwargs: object) -> object:
        done = original(self, *args, **kwargs)
        disk["full"] = True
        return done

    monkeypatch.setattr(Sync, method, then_full)


def bob_and_mai_highlight(desk: dict[str, Path]) -> None:
    first, second, _ = article_ids()
    add_highlight(desk["bob"], first, "keep talking")
    add_highlight(desk["bob"], first, "dams and fisheries")
    assert run_sync(desk["bob"], "bob") == "sent 2 highlights"
    add_highlight(desk["mai"], second, "code of conduct")  # without an author: stamped later


def quotes(path: Path) -> list[str]:
    return sorted(h["quote"] for h in state(path)["highlights"].values())


def test_a_disk_filling_after_the_merge_is_stored_says_what_came_in(desk, disk, monkeypatch):
    bob_and_mai_highlight(desk)
    fills_after(monkeypatch, disk, "_apply")
    with Store.open(desk["mai"]) as store, pytest.raises(ShareError) as raised:
        sync(store, "mai")
    assert str(raised.value) == (
        f"{desk['mai']}.journal: cannot write (No space left on device); what the sync stored "
        "before stands (2 new highlights from bob), nothing was sent; sync again once the "
        "store can be written"
    )
    monkeypatch.undo()
    assert quotes(desk["mai"]) == ["code of conduct", "dams and fisheries", "keep talking"]
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight"
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai"


def test_a_disk_full_when_the_merge_is_written_leaves_the_store_and_the_counts_as_they_were(
    desk, disk, monkeypatch
):
    bob_and_mai_highlight(desk)
    fills_after(monkeypatch, disk, "_take_team_ids")
    said = refused(desk["mai"], "mai")
    assert said == (
        f"{desk['mai']}.journal: cannot write (No space left on device); the store is "
        "unchanged, nothing was sent; sync again once the store can be written"
    )
    monkeypatch.undo()
    assert run_sync(desk["mai"], "mai") == "2 new highlights from bob, sent 1 highlight"


def test_a_disk_full_only_for_the_note_after_the_push_ends_the_sync_as_done(
    desk, disk, monkeypatch
):
    """The note of the commit the store holds only spares the next sync reading every
    article: refused by the disk once the sync is sent, it is let go."""
    bob_and_mai_highlight(desk)
    fills_after(monkeypatch, disk, "_save_authors")
    assert run_sync(desk["mai"], "mai") == "2 new highlights from bob, sent 1 highlight"
    monkeypatch.undo()
    assert run_sync(desk["mai"], "mai") == "up to date"
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai"
