"""A store whose repository is another store's: linked (``ln -s``) or copied from a teammate's
folder. The repository's commits hold the teammate's library, so every record of it this
store lacks was committed as removed and sent to the whole team."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from diplotui.share import ShareError, share_clone, sync
from diplotui.share.git import Repository
from diplotui.store import Store
from tests.sharing import add_highlight, article_ids, git_identity, make_store, shared_copies
from tests.unit.test_share import desk, run_sync, state

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def link(source: Path, target: Path) -> None:
    target.symlink_to(source)


def copy(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)


@pytest.mark.parametrize("borrow", [link, copy], ids=["linked", "copied"])
def test_a_repository_borrowed_from_a_teammate_s_store_is_refused_and_sends_nothing(
    desk, tmp_path, borrow: Callable[[Path, Path], None]
):
    """eve's new store synced through mai's repository sent "3 changes": the removal of
    every article and highlight mai had shared and eve did not hold."""
    shared = add_highlight(desk["mai"], article_ids()[0], "keep talking")
    run_sync(desk["mai"], "mai")
    eve = make_store(tmp_path / "eve.json", ["A text only eve has, on fisheries."])
    repository = eve.with_name("eve.json.share.git")
    borrow(desk["mai"].with_name("mai.json.share.git"), repository)
    sent = Repository(desk["remote"]).resolve("main")
    with Store.open(eve) as store, pytest.raises(ShareError) as raised:
        sync(store, "eve")
    said = str(raised.value)
    assert said.startswith(f"{repository}: another library's repository (")
    assert said.endswith("nothing was sent")
    assert Repository(desk["remote"]).resolve("main") == sent
    run_sync(desk["bob"], "bob")
    assert shared in state(desk["bob"])["highlights"]
    assert run_sync(desk["mai"], "mai") == "up to date"


def test_a_link_planted_in_the_repository_folder_is_never_written_through(desk, tmp_path):
    """The record of which files match the store was written to a fixed temp name beside it:
    a link planted there (to another analyst's store file, to /etc/passwd for root) had its
    target overwritten by every sync."""
    victim = tmp_path / "someone-elses-library.json"
    victim.write_text('{"precious": true}')
    planted = desk["bob"].with_name("bob.json.share.git") / "diplotui-known.json.tmp"
    planted.symlink_to(victim)
    add_highlight(desk["bob"], article_ids()[0], "keep talking")
    assert run_sync(desk["bob"], "bob") == "sent 1 highlight"
    assert victim.read_text() == '{"precious": true}'
    assert run_sync(desk["bob"], "bob") == "up to date"


def test_a_remote_that_is_another_store_s_own_repository_is_refused(desk, tmp_path):
    """eve joined through mai's library.json.share.git instead of the team's remote: her
    pushes moved mai's own branch under mai, whose next sync committed eve's records as
    removed, and eve's next sync then removed her own highlight and article from her store
    ("1 highlight removed, 1 article removed")."""
    own = desk["mai"].with_name("mai.json.share.git")
    mai_branch = Repository(own).resolve("refs/heads/main")
    eve = make_store(tmp_path / "eve.json", ["A text only eve has, on fisheries."])
    with Store.open(eve) as store, pytest.raises(ShareError) as raised:
        share_clone(store, str(own), "eve")
    said = str(raised.value)
    assert said.startswith(f"the remote {own}: the own repository of the store beside it")
    assert said.endswith("nothing was set up")
    assert not eve.with_name("eve.json.share.git").exists()
    assert Repository(own).resolve("refs/heads/main") == mai_branch


def test_a_sync_whose_remote_is_another_store_s_own_repository_sends_nothing(desk):
    """A remote set so before this check (or by hand) is refused at every sync, before
    anything is pushed into the other store's repository."""
    own = desk["mai"].with_name("mai.json.share.git")
    mai_branch = Repository(own).resolve("refs/heads/main")
    Repository(desk["bob"].with_name("bob.json.share.git")).run(
        "remote", "set-url", "origin", f"file://{own}"
    )
    add_highlight(desk["bob"], article_ids()[0], "keep talking")
    with Store.open(desk["bob"]) as store, pytest.raises(ShareError) as raised:
        sync(store, "bob")
    said = str(raised.value)
    assert said.startswith(f"the remote file://{own}: the own repository of the store beside")
    assert Repository(own).resolve("refs/heads/main") == mai_branch


def test_a_sync_stopped_between_giving_the_store_and_its_repository_their_id_goes_on(desk):
    """The store takes the id first: a sync killed before the repository took it finds the
    store's id and gives it to the repository, where the other order refused the pair."""
    own = Repository(desk["bob"].with_name("bob.json.share.git"))
    given = own.local_setting("diplotui.library")
    own.run("config", "--local", "--unset", "diplotui.library")
    add_highlight(desk["bob"], article_ids()[0], "keep talking")
    assert run_sync(desk["bob"], "bob") == "sent 1 highlight"
    assert own.local_setting("diplotui.library") == given != ""
