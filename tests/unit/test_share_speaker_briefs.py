"""Two analysts correct one statement's speaker differently and sync: after one sync each,
every brief, ``statements`` and the reader name the correction that stood. Real git."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import article_ids, git_identity, shared_copies
from tests.unit.test_share import desk, run_sync

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

WORDS = "the talks were frank"


def _speaker_of_words(path: Path, name: str) -> None:
    """Give WORDS of the third article to ``name`` as a user does: ``speaker --name``."""
    _, _, third = article_ids()
    given = run_main("--db", str(path), "speaker", third, "--quote", WORDS, "--name", name)
    assert given.returncode == 0, given.stderr


def _brief(path: Path) -> str:
    exported = run_main("--db", str(path), "export", "--format", "markdown")
    assert exported.returncode == 0, exported.stderr
    return exported.stdout


def _names_only(path: Path, third: str, speaker: str, other: str) -> None:
    """The brief, ``statements --speaker`` and the highlights (the reader's sidebar) of the
    store at ``path`` give WORDS to ``speaker``, never to ``other``."""
    brief = _brief(path)
    assert speaker in brief and other not in brief, (path.name, brief)
    listed = run_main("--db", str(path), "statements", "--speaker", speaker)
    assert WORDS in listed.stdout, (path.name, listed.stdout)
    with Store.open(path, read_only=True) as store:
        assert {h.speaker for h in store.highlights(third)} == {speaker}


@pytest.mark.parametrize("first", ["mai", "bob"])
@pytest.mark.parametrize("marker", ["mai", "bob"])
@pytest.mark.parametrize("shared_first", [True, False])
def test_after_one_sync_each_both_briefs_name_the_speaker_whose_correction_stood(
    desk, first, marker, shared_first
):
    """``marker`` highlighted the envoy's words; mai gave them to Ada Smith, bob (later) to
    Ben Jones. Once each had synced after the other's correction was sent, bob's brief still
    named Ada Smith when mai's highlight reached him with her correction: mai's sync, which
    took Ben Jones, sent it with the speaker she had given it, and bob's store kept that
    speaker against his own correction until her second sync sent the new one."""
    _, _, third = article_ids()
    with Store.open(desk[marker]) as store:
        text = store.article_text(third)
        start = text.index(WORDS)
        store.save_highlight(
            new_highlight(third, text, start, start + len(WORDS), speaker="The envoy")
        )
    if shared_first:  # else the highlight travels with its author's correction
        for person in (marker, "bob" if marker == "mai" else "mai"):
            run_sync(desk[person], person)
    _speaker_of_words(desk["mai"], "Ada Smith")
    time.sleep(0.002)  # stamps are in milliseconds: bob's is the later one
    _speaker_of_words(desk["bob"], "Ben Jones")
    second = "bob" if first == "mai" else "mai"
    run_sync(desk[first], first)
    run_sync(desk[second], second)
    _names_only(desk[second], third, "Ben Jones", "Ada Smith")
    run_sync(desk[first], first)
    for person in ("mai", "bob"):
        _names_only(desk[person], third, "Ben Jones", "Ada Smith")
