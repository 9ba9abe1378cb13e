"""A teammate's annotation file whose note, tags, author or colour is of a shape diplotui
never writes: named in one line, the store left as it was, never read as "no note"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from diplotui.export import EXT
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import (
    add_highlight,
    annotation_file,
    article_ids,
    desk,
    refused,
    run_sync,
    state,
)
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

MISSHAPEN: dict[str, tuple[dict[str, Any], str]] = {
    "a body that is one object": (
        {"body": {"type": "TextualBody", "purpose": "commenting", "value": ["x"]}},
        "its body",
    ),
    "a note whose value is a list": (
        {"body": [{"type": "TextualBody", "purpose": "commenting", "value": ["x"]}]},
        "its body",
    ),
    "a body that is a number": ({"body": 7}, "its body"),
    "a creator that is a string": ({"creator": "eve"}, "its creator"),
    "a creator whose name is a number": ({"creator": {"type": "Person", "name": 5}}, "its creator"),
    "a colour that is a list": ({EXT + "color": ["red"]}, "diplotui:color"),
    "a status that is a number": ({EXT + "status": 1}, "diplotui:status"),
    "a status no anchoring gives": ({EXT + "status": "weird"}, "its status 'weird' is not one"),
}


def _refused_after_a_teammate_edits(
    desk: dict[str, Path], tmp_path: Path, edit: Callable[[dict[str, Any]], None]
) -> tuple[str, str, str]:
    """Bob's highlight (noted) synced to mai, then its file changed by ``edit`` in a peer's
    plain-git commit; mai's sync is refused: (the line, the file's place, the highlight)."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking", note="ask the minister")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    place = annotation_file(desk["bob"], shared)

    def rewrite(tree: Path) -> None:
        document = json.loads((tree / place).read_text())
        edit(document)
        (tree / place).write_text(json.dumps(document))

    push_from_a_clone(desk["remote"], tmp_path / "peer", rewrite)
    return refused(desk["mai"], "mai"), place, shared


@pytest.mark.parametrize("change, said", MISSHAPEN.values(), ids=MISSHAPEN.keys())
def test_a_misshapen_annotation_is_refused_by_name_and_keeps_the_note(
    desk, tmp_path: Path, change: dict[str, Any], said: str
):
    """A teammate's file whose body was one object (or a note's value a list) synced as
    "1 highlight changed": the highlight's note was erased in every copy, and a creator
    given as a string erased its author, with nothing said."""
    line, place, shared = _refused_after_a_teammate_edits(
        desk, tmp_path, lambda d: d.update(change)
    )
    assert place in line and said in line, line
    kept = state(desk["mai"])["highlights"][shared]
    assert kept["note"] == "ask the minister" and kept["author"] == "bob"


def test_a_highlight_moved_to_another_article_is_refused_by_name(desk, tmp_path: Path):
    """A teammate's file naming another article as the highlight's target synced as "1
    highlight changed": the highlight left the article it was made on in every copy and
    stood as an orphan on the other, its words not there. No diplotui moves a highlight."""
    first, second, _ = article_ids()
    elsewhere = {EXT + "article": second, "source": f"urn:diplotui:article:{second}"}
    line, place, shared = _refused_after_a_teammate_edits(
        desk, tmp_path, lambda document: document["target"].update(elsewhere)
    )
    assert place in line and f"its article changed from {first} to {second}" in line, line
    assert state(desk["mai"])["highlights"][shared]["article_id"] == first


@pytest.mark.parametrize("stray", ["annotations/2026-12/06", "annotations/2026-12/notes.txt"])
def test_a_stray_file_among_the_day_folders_is_named_as_made_by_hand(
    desk, tmp_path: Path, stray: str
):
    """A file (or a link) at ``annotations/2026-12/06``, where a day's folder goes, was taken
    for a page of the first layout: the line said to update diplotui wherever the library
    is synced, which no update mends."""

    def plant(tree: Path) -> None:
        (tree / stray).parent.mkdir(parents=True, exist_ok=True)
        (tree / stray).write_text("x\n")

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    line = refused(desk["mai"], "mai")
    assert stray in line and "not a place diplotui files a record in" in line, line
    assert "update diplotui" not in line
