"""A teammate's edit to many highlights made ``sync`` print a line for each (10,000 lines,
its one-line result scrolled away: attack64's rest, attack65). It names the first 20 of each
kind and counts the rest; ``--verbose`` names each. Real git."""

from __future__ import annotations

from pathlib import Path

from diplotui.share.sync import NAMED_SHOWN, SyncResult
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import add_highlight, article_ids, git_identity, shared_copies
from tests.unit.test_share import desk, run_sync

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

EDITED = NAMED_SHOWN + 5


def test_a_sync_changing_many_highlights_names_the_first_and_counts_the_rest(
    desk: dict[str, Path],
):
    first, _, _ = article_ids()
    with Store.open(desk["mai"]) as store:
        text = store.article_text(first)
    quotes = [text[at : at + 12] for at in range(EDITED)]  # overlapping, each its own
    made = [add_highlight(desk["mai"], first, quote) for quote in quotes]
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["mai"]) as store:
        for highlight_id in made:
            highlight = store.highlight(highlight_id)
            highlight.note = "edited"
            store.save_highlight(highlight)
    run_sync(desk["mai"], "mai")
    synced = run_main("--db", str(desk["bob"]), "sync")
    assert synced.returncode == 0, synced.stderr
    lines = synced.stdout.splitlines()
    assert lines[0] == f"{EDITED} highlights changed"
    assert len(lines) == 1 + NAMED_SHOWN + 1
    assert all(line.startswith("highlight ") for line in lines[1:-1])
    assert lines[-1] == "and 5 more like it (--verbose names each)"


def test_verbose_names_each():
    result = SyncResult(changed_named=[f"highlight {n}" for n in range(1000)])
    result.held_named = ["held one"]
    assert result.named_lines(every=True) == [*result.changed_named, "held one"]
    shown = result.named_lines()
    assert shown == [
        *result.changed_named[:NAMED_SHOWN],
        f"and {1000 - NAMED_SHOWN:,} more like it (--verbose names each)",
        "held one",
    ]


def test_sync_takes_verbose():
    for command in (["sync"], ["share", "init", "REMOTE"], ["share", "clone", "REMOTE"]):
        helped = run_main(*command[:2], "--help")
        assert "--verbose" in helped.stdout, command
