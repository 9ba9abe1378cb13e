"""How many git processes a sync starts: each is ~3 ms of CPU, and a team's sync runs on every
`S` and `diplotui sync`. A sync reads every blob it needs through one `git cat-file --batch`
and the history it merges through one `git log` (before session 60 a merge started one to three
of the first and three of the second)."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from diplotui.share import sync
from diplotui.store import Store
from tests.sharing import SharedCopies, add_highlight, article_ids, shared_pair
from tests.sharing import git_identity as git_identity  # fixtures: an autouse one,
from tests.sharing import shared_copies as shared_copies  # and the stores' copies

MERGING_SYNC_GIT_PROCESSES = 15
"""The git processes of a sync that takes in a teammate's highlight (18 before session 60:
three logs; 16 before session 62: the same ``merge-base`` twice)."""


def git_commands(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The git subcommands started from now on (``cat-file --batch`` apart from the
    ``--batch-check`` a commit lookup makes), counted where every process starts."""
    started: Counter[str] = Counter()

    class Counted(subprocess.Popen):  # type: ignore[type-arg]
        def __init__(self, args: list[str], *more: object, **options: object) -> None:
            if Path(args[0]).name == "git":
                subcommand = [a for a in args[1:] if not a.startswith("--git-dir")][:2]
                batch = subcommand == ["cat-file", "--batch"]
                started[" ".join(subcommand) if batch else subcommand[0]] += 1
            super().__init__(args, *more, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(subprocess, "Popen", Counted)
    return started


def synced(path: Path, author: str) -> str:
    with Store.open(path) as store:
        return sync(store, author).summary()


def test_a_merging_sync_reads_its_blobs_and_history_through_one_git_process_each(
    shared_copies: SharedCopies, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    shared_copies.copy(shared_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    first, _, _ = article_ids()
    add_highlight(mai, first, "keep talking", note="key point")
    assert synced(mai, "mai") == "sent 1 highlight, 1 note"
    started = git_commands(monkeypatch)
    assert synced(bob, "bob") == "1 new highlight from mai"
    assert started["cat-file --batch"] == 1, started
    assert started["log"] == 1, started
    assert started["merge-base"] == 1, started  # asked twice, answered once
    assert sum(started.values()) <= MERGING_SYNC_GIT_PROCESSES, started


def test_a_teammates_deletion_of_an_article_is_read_in_a_second_log(
    shared_copies: SharedCopies, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The history's one log shows an article's file deleted: only then is the team's
    deletions' log read (their articles as they were, and who deleted them)."""
    shared_copies.copy(shared_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    _, second, _ = article_ids()
    with Store.open(mai) as store:
        store.delete_article(second)
    synced(mai, "mai")
    started = git_commands(monkeypatch)
    synced(bob, "bob")
    with Store.open(bob, read_only=True) as store:
        assert second not in {article.id for article in store.articles()}
    assert started["log"] == 2, started
    assert started["cat-file --batch"] == 1, started


def git_maintenance_runs(trace: Path) -> int:
    """The ``git maintenance`` processes ``GIT_TRACE`` wrote to ``trace`` (git's own
    children among them, which ``git_commands`` does not see)."""
    if not trace.exists():
        return 0
    return sum("built-in: git maintenance" in line for line in trace.read_text().splitlines())


def test_the_tests_git_settings_keep_a_fetchs_maintenance_run_out(
    shared_copies: SharedCopies, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The tests' git settings (``tests/sharing.py``'s ``GIT_SETTINGS``) turn off the
    ``git maintenance run --auto`` git starts after every fetch (and the ``gc --auto`` it starts
    when packs pile up), processes no test is about (bench/README.md "Session 63"); with
    git's default it runs."""
    shared_copies.copy(shared_pair, tmp_path)
    mai, bob = tmp_path / "mai.json", tmp_path / "bob.json"
    first, second, _ = article_ids()
    traced = tmp_path / "traced"
    monkeypatch.setenv("GIT_TRACE", str(traced))
    add_highlight(mai, first, "keep talking")
    assert synced(mai, "mai") == "sent 1 highlight"
    assert synced(bob, "bob") == "1 new highlight from mai"
    assert "built-in: git fetch" in traced.read_text()
    assert git_maintenance_runs(traced) == 0
    settings = Path(os.environ["GIT_CONFIG_GLOBAL"])
    settings.write_text(settings.read_text().replace("[maintenance]\n\tauto = false\n", ""))
    add_highlight(bob, second, "concern")
    assert synced(bob, "bob") == "sent 1 highlight"
    assert git_maintenance_runs(traced) >= 1  # git's default: after each fetch
