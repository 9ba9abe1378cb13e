"""A store restored from a copy taken before its first sync, before it and its repository
took their shared id: its repository was refused as "another library's", though it was the
store's own. The repository now records which library it was paired with (the store's own
identity), so the same library restored syncs, and another library is refused as before."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from diplotui.cli.main import main
from diplotui.share.git import Repository
from diplotui.store import Store
from tests.sharing import add_highlight, article_ids, git_identity, make_store

__all__ = ["git_identity"]  # an autouse fixture of every test here

STORE_FILES = ("", ".journal", ".checked")
"""The store's own files (its texts' folder only grows: a restore leaves it)."""


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def back_up(store: Path, folder: Path) -> Path:
    folder.mkdir()
    for suffix in STORE_FILES:
        shutil.copy2(store.with_name(store.name + suffix), folder)
    return folder


def restore(folder: Path, store: Path) -> None:
    for suffix in STORE_FILES:
        shutil.copy2(folder / (store.name + suffix), store.with_name(store.name + suffix))


def shared_then_restored(tmp_path: Path, capsys) -> tuple[Path, Path]:
    """mai's store backed up, then shared, a highlight made and synced, then put back from
    the backup."""
    mai = make_store(tmp_path / "mai.json")
    backup = back_up(mai, tmp_path / "backup")
    remote = str(tmp_path / "desk.git")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    add_highlight(mai, article_ids()[0], "keep talking")
    assert run(capsys, "--db", str(mai), "sync")[:2] == (0, "sent 1 highlight\n")
    restore(backup, mai)
    with Store.open(mai, read_only=True) as store:
        assert store.setting("share_repository") is None  # the backup's: before the id
    return mai, mai.with_name("mai.json.share.git")


def test_the_same_library_restored_from_before_its_first_sync_syncs(tmp_path, capsys):
    """It joins the team's history afresh: the highlight made after the copy comes back
    from the team, where a sync on from the repository's last commit sent its removal."""
    mai, repository = shared_then_restored(tmp_path, capsys)
    add_highlight(mai, article_ids()[1], "code of conduct")
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, out, err) == (0, "1 new highlight from mai, sent 1 highlight\n", "")
    with Store.open(mai, read_only=True) as store:
        assert sorted(h.quote for h in store.highlights()) == ["code of conduct", "keep talking"]
    with Store.open(mai, read_only=True) as store:  # the pair's id taken back, not a new one
        assert store.setting("share_repository") == Repository(repository).local_setting(
            "diplotui.library"
        )
    assert run(capsys, "--db", str(mai), "sync") == (0, "up to date\n", "")


def test_another_library_is_refused_though_it_has_no_id_either(tmp_path, capsys):
    """eve's store, never shared, given a copy of mai's repository: no id on either side
    to compare but the library's own, which is another."""
    mai = make_store(tmp_path / "mai.json")
    assert run(capsys, "--db", str(mai), "share", "init", str(tmp_path / "desk.git"))[0] == 0
    eve = make_store(tmp_path / "eve.json")  # the same texts: only the library differs
    repository = eve.with_name("eve.json.share.git")
    shutil.copytree(mai.with_name("mai.json.share.git"), repository, symlinks=True)
    status, out, err = run(capsys, "--db", str(eve), "sync")
    assert (status, out) == (1, "")
    assert err.startswith(f"diplotui: {repository}: another library's repository (")
    assert err.endswith("nothing was sent\n") and err.count("\n") == 1
    with Store.open(eve, read_only=True) as store:
        assert store.setting("share_repository") is None


def test_a_repository_paired_before_it_recorded_its_library_is_refused_not_guessed(
    tmp_path, capsys
):
    """A pair made by a diplotui that did not record the library, restored before any later
    sync recorded it: nothing tells it from another library's, so it is refused, the line
    naming both what it may be and the way out."""
    mai, repository = shared_then_restored(tmp_path, capsys)
    Repository(repository).run("config", "--local", "--unset", "diplotui.store")
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, out) == (1, "")
    assert err.startswith(f"diplotui: {repository}: a repository this store has no id of (")
    assert "restored from a copy older than its first sync" in err
    assert "`diplotui share clone REMOTE`" in err and err.endswith("nothing was sent\n")


def test_a_restored_store_whose_repository_holds_unsent_changes_is_refused(tmp_path, capsys):
    """Joining afresh would leave out the commit the remote never took: refused, said."""
    mai = make_store(tmp_path / "mai.json")
    backup = back_up(mai, tmp_path / "backup")
    remote = tmp_path / "desk.git"
    assert run(capsys, "--db", str(mai), "share", "init", str(remote))[0] == 0
    remote.rename(tmp_path / "away.git")
    add_highlight(mai, article_ids()[0], "keep talking")
    assert run(capsys, "--db", str(mai), "sync")[0] == 1  # its commit waits in the repository
    (tmp_path / "away.git").rename(remote)
    restore(backup, mai)
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, out) == (1, "")
    repository = mai.with_name("mai.json.share.git")
    assert err.startswith(f"diplotui: {repository}: this store's repository, but the store")
    assert "changes its last sync could not send" in err and err.endswith("nothing was sent\n")


def test_a_restored_store_whose_first_sync_found_no_remote_joins_at_the_next(tmp_path, capsys):
    """The joining's own commit, never sent, is no change of the team's left out: the next
    sync joins again from the store."""
    mai, _ = shared_then_restored(tmp_path, capsys)
    remote = tmp_path / "desk.git"
    remote.rename(tmp_path / "away.git")
    assert run(capsys, "--db", str(mai), "sync")[0] == 1
    (tmp_path / "away.git").rename(remote)
    assert run(capsys, "--db", str(mai), "sync") == (0, "1 new highlight from mai\n", "")
    assert run(capsys, "--db", str(mai), "sync") == (0, "up to date\n", "")


def removed_after_a_backup(tmp_path: Path, capsys) -> tuple[Path, Path, Path]:
    """mai and bob share a desk; mai's store is backed up after syncing "keep talking", then
    she highlights "code of conduct" and removes "keep talking", syncing each, and bob
    highlights "talks were frank"; the backup is then put back over mai's store (its
    repository, beside it, stays as her last sync left it)."""
    mai, bob = make_store(tmp_path / "mai.json"), make_store(tmp_path / "bob.json")
    remote = str(tmp_path / "desk.git")
    assert run(capsys, "--db", str(mai), "share", "init", remote, "--author", "mai")[0] == 0
    assert run(capsys, "--db", str(bob), "share", "clone", remote, "--author", "bob")[0] == 0
    first, second, third = article_ids()
    talking = add_highlight(mai, first, "keep talking")
    assert run(capsys, "--db", str(mai), "sync")[:2] == (0, "sent 1 highlight\n")
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    backup = back_up(mai, tmp_path / "backup")
    add_highlight(mai, second, "code of conduct")
    assert run(capsys, "--db", str(mai), "sync")[:2] == (0, "sent 1 highlight\n")
    with Store.open(mai) as store:
        store.remove_highlight(talking)
    assert run(capsys, "--db", str(mai), "sync")[:2] == (0, "sent 1 highlight removed\n")
    add_highlight(bob, third, "talks were frank")
    assert run(capsys, "--db", str(bob), "sync")[0] == 0
    return mai, bob, backup


def quotes(store_path: Path) -> list[str]:
    with Store.open(store_path, read_only=True) as store:
        return sorted(h.quote for h in store.highlights())


def test_a_store_put_back_from_a_backup_after_joining_takes_in_what_was_done_since(
    tmp_path, capsys
):
    """It syncs on from the commit of the backup's time: what was made since comes back
    and what was removed since stays removed, for mai and for the team. Synced on from the
    repository's last commit, "code of conduct" was sent to the team as removed and "keep
    talking" sent back as new."""
    mai, bob, backup = removed_after_a_backup(tmp_path, capsys)
    restore(backup, mai)
    assert quotes(mai) == ["keep talking"]
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, err) == (0, "")
    assert re.fullmatch(
        r"this store held the library as of an older sync \(commit [0-9a-f]{7}\): merged from "
        r"it, 1 new highlight from bob, 1 new highlight from mai, 1 highlight removed\n",
        out,
    )
    assert quotes(mai) == ["code of conduct", "talks were frank"]
    assert run(capsys, "--db", str(bob), "sync") == (0, "up to date\n", "")
    assert quotes(bob) == ["code of conduct", "talks were frank"]
    assert run(capsys, "--db", str(mai), "sync") == (0, "up to date\n", "")


def test_what_a_put_back_store_made_before_its_backup_unsent_is_sent(tmp_path, capsys):
    """A highlight made before the backup was taken, never synced, is the store's own
    change on that commit: sent with the rest merged in."""
    mai, bob, backup = removed_after_a_backup(tmp_path, capsys)
    restore(backup, mai)
    add_highlight(mai, article_ids()[0], "dams and fisheries")  # as if made before the copy
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, err) == (0, "")
    assert out.startswith("this store held the library as of an older sync (commit ")
    assert out.endswith(", 1 highlight removed, sent 1 highlight\n")
    expected = ["code of conduct", "dams and fisheries", "talks were frank"]
    assert quotes(mai) == expected
    assert run(capsys, "--db", str(bob), "sync") == (0, "1 new highlight from mai\n", "")
    assert quotes(bob) == expected


def test_what_the_repository_held_unsent_after_the_backup_is_kept_and_named(tmp_path, capsys):
    """A highlight made after the backup whose sync found no remote is in neither the
    backup nor the remote: the commit holding it is kept under a ref the line names."""
    mai, _, backup = removed_after_a_backup(tmp_path, capsys)
    remote = tmp_path / "desk.git"
    remote.rename(tmp_path / "away.git")
    add_highlight(mai, article_ids()[2], "value of dialogue")
    assert run(capsys, "--db", str(mai), "sync")[0] == 1  # its commit waits
    (tmp_path / "away.git").rename(remote)
    restore(backup, mai)
    status, out, err = run(capsys, "--db", str(mai), "sync")
    assert (status, err) == (0, "")
    kept = re.search(r"what its repository held unsent is kept as (refs/diplotui/unsent/\w+)", out)
    assert kept is not None, out
    repository = Repository(mai.with_name("mai.json.share.git"))
    made = repository.text("log", "-1", "--format=%s", "--name-only", kept.group(1))
    assert "mai: 1 highlight from diplotui" in made and "annotations/" in made
    assert quotes(mai) == ["code of conduct", "talks were frank"]
    assert run(capsys, "--db", str(mai), "sync") == (0, "up to date\n", "")
