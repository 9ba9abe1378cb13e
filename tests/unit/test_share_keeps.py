"""What a sync must keep that it does not understand or did not see arrive: fields a newer
teammate's diplotui writes, a highlight whose article is not in the library, what the team
deleted before someone joined. Real git, stores copied from one shared set-up."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.share import files, repository_path
from diplotui.share.files import KNOWN_FILES
from diplotui.share.git import Repository
from diplotui.store import Store
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import (
    add_highlight,
    annotation_file,
    article_ids,
    desk,
    edit,
    run_sync,
    state,
)
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

NEWER = {"diplotui:mood": "tense", "diplotui:reviewedBy": ["ana"]}
"""Fields a newer diplotui writes into an annotation, which this one has no name for."""


def remote_json(desk: dict[str, Path], path: str) -> dict:
    (raw,) = Repository(desk["remote"]).blobs([f"main:{path}"])
    assert raw is not None
    return json.loads(raw)


def test_fields_a_newer_teammate_wrote_survive_our_edits_and_merges(desk, tmp_path):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    place, article = annotation_file(desk["mai"], shared), files.article_path(first)

    def newer_diplotui(tree: Path) -> None:
        doc = json.loads((tree / place).read_text())
        doc.update(NEWER)
        doc["target"]["diplotui:paragraph"] = 1
        (tree / place).write_text(json.dumps(doc))
        meta = json.loads((tree / article).read_text())
        (tree / article).write_text(json.dumps({**meta, "summary": "talks go on"}))

    push_from_a_clone(desk["remote"], tmp_path / "newer", newer_diplotui)
    run_sync(desk["bob"], "bob")
    repository_path(desk["bob"]).joinpath(KNOWN_FILES).unlink()  # every file formatted again
    edit(desk["bob"], shared, note="bob's note")  # bob rewrites both files
    with Store.open(desk["bob"]) as store:
        store.with_updates(store.article(first), tags=["dams"])
    run_sync(desk["bob"], "bob")
    edit(desk["mai"], shared, color="question")  # mai's edit is merged with bob's
    run_sync(desk["mai"], "mai")
    annotation = remote_json(desk, place)
    assert {k: annotation[k] for k in NEWER} == NEWER
    assert annotation["target"]["diplotui:paragraph"] == 1
    assert annotation["body"][0]["value"] == "bob's note"
    assert annotation["diplotui:color"] == "question"
    meta = remote_json(desk, article)
    assert (meta["summary"], meta["tags"]) == ("talks go on", ["dams"])
    assert state(desk["mai"])["highlights"][shared]["note"] == "bob's note"
