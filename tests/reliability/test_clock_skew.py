"""A clock that was ahead and was then put right must not cost the backups.

Backups are named by the UTC time they were taken and the newest by name is the one restored
and compared with; only the newest five are kept. After a clock that ran years ahead was set
right, every new backup sorted oldest and was deleted as soon as it was written, so
``doctor --restore`` could only bring back the file as it was before the clock was fixed.
"""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.store.backups import BACKUPS_KEPT, backup_files, newest_good_backup
from tests.reliability.test_quarantine import two_articles


def test_backups_taken_after_the_clock_went_back_are_kept_and_restored_first(tmp_path: Path):
    path = tmp_path / "library.json"
    first, _highlight, _second = two_articles(path)
    [taken] = backup_files(path)[:1]
    library_and_generation = taken.name.split(".", 1)[1]
    for year in range(2031, 2031 + BACKUPS_KEPT):  # taken while the clock ran ahead
        (taken.parent / f"{year}0101T000000000000Z.{library_and_generation}").write_bytes(
            taken.read_bytes()
        )
    with Store.open(path) as store:
        store.with_updates(store.article(first), tags=["after the clock was fixed"])
    Store.open(path).close()  # a backup of the file as it is now

    newest = newest_good_backup(path)
    assert newest is not None and b"after the clock was fixed" in newest.read_bytes()
    assert len(backup_files(path)) <= BACKUPS_KEPT + 1  # this library's five, and no more


def test_feeds_fetched_or_told_to_wait_while_the_clock_ran_ahead_are_fetched_again(
    tmp_path: Path, fetch_pauses: list[float]
):
    """A feed last fetched "in 2031" was skipped as "fetched -128859895 s ago" until 2031;
    a server's wait recorded then (or one naming year 9999) silenced it as long."""
    from diplotui.model import Feed
    from tests.cli_runner import run_main

    path = tmp_path / "library.json"
    two_articles(path)
    later = "2031-01-01T00:00:00+00:00"
    with Store.open(path) as store:
        store.save_feed(Feed(id="feedfeedfee1", url="http://127.0.0.1:9/a", last_fetched=later))
        store.save_feed(Feed(id="feedfeedfee2", url="http://127.0.0.1:9/b", retry_after=later))
    result = run_main("--db", str(path), "refresh")
    assert "not due" not in result.stdout and "ago" not in result.stdout, result.stdout
    assert result.stderr.count("cannot connect") == 2, "both were fetched"
    assert sorted(fetch_pauses) == [2.0, 2.0, 4.0, 4.0], "each tried three times, not slept"
