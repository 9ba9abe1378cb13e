"""A teammate's annotation file whose note, tags, author or colour is of a shape diplotui
never writes: named in one line, the store left as it was, never read as "no note"."""

from __future__ import annotations

import json
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
}


@pytest.mark.parametrize("change, said", MISSHAPEN.values(), ids=MISSHAPEN.keys())
def test_a_misshapen_annotation_is_refused_by_name_and_keeps_the_note(
    desk, tmp_path: Path, change: dict[str, Any], said: str
):
    """A teammate's file whose body was one object (or a note's value a list) synced as
    "1 highlight changed": the highlight's note was erased in every copy, and a creator
    given as a string erased its author, with nothing said."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking", note="ask the minister")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    place = annotation_file(desk["bob"], shared)

    def rewrite(tree: Path) -> None:
        document = json.loads((tree / place).read_text())
        (tree / place).write_text(json.dumps({**document, **change}))

    push_from_a_clone(desk["remote"], tmp_path / "peer", rewrite)
    line = refused(desk["mai"], "mai")
    assert place in line and said in line, line
    kept = state(desk["mai"])["highlights"][shared]
    assert kept["note"] == "ask the minister" and kept["author"] == "bob"


def test_a_highlight_moved_to_another_article_is_refused_by_name(desk, tmp_path: Path):
    """A teammate's file naming another article as the highlight's target synced as "1
    highlight changed": the highlight left the article it was made on in every copy and
    stood as an orphan on the other, its words not there. No diplotui moves a highlight."""
    first, second, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking", note="ask the minister")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    place = annotation_file(desk["bob"], shared)

    def move(tree: Path) -> None:
        document = json.loads((tree / place).read_text())
        document["target"] |= {EXT + "article": second, "source": f"urn:diplotui:article:{second}"}
        (tree / place).write_text(json.dumps(document))

    push_from_a_clone(desk["remote"], tmp_path / "peer", move)
    line = refused(desk["mai"], "mai")
    assert place in line and f"its article changed from {first} to {second}" in line, line
    assert state(desk["mai"])["highlights"][shared]["article_id"] == first
