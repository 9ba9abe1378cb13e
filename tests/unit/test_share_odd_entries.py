"""A peer's commit holding what no file of a library is: a submodule link (a commit id, not
a file's bytes), a symbolic link, a record whose id is none the store takes. A sync refuses
them at a record's place in one line naming the file, the store untouched; elsewhere in the
repository they are carried along as they are."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
from pathlib import Path

from diplotui.share import share_clone
from diplotui.share.git import Repository
from diplotui.store import Store
from tests.sharing import git_identity, make_store, shared_copies
from tests.unit.test_share import (
    add_highlight,
    annotation_file,
    article_ids,
    desk,
    refused,
    run_sync,
    state,
)

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

ABSENT_COMMIT = "1234567890123456789012345678901234567890"


def commit_entries(remote: Path, entries: list[tuple[str, str, str]], scratch: Path) -> None:
    """A peer's commit on the remote's main branch made with git's plumbing (as ``git
    submodule add`` or a ``git mktree`` would make it): each (mode, object id, path) of
    ``entries`` put in place over what main holds."""
    git = ["git", f"--git-dir={remote}"]
    env = {**os.environ, "GIT_INDEX_FILE": str(scratch / "peer-index")}
    subprocess.run([*git, "read-tree", "main"], env=env, check=True)
    for mode, object_id, path in entries:
        info = f"{mode},{object_id},{path}"
        subprocess.run([*git, "update-index", "--add", "--cacheinfo", info], env=env, check=True)
    tree = subprocess.run([*git, "write-tree"], env=env, check=True, capture_output=True)
    made = subprocess.run(
        [*git, "commit-tree", tree.stdout.decode().strip(), "-p", "main", "-m", "peer"],
        check=True,
        capture_output=True,
    )
    subprocess.run([*git, "update-ref", "refs/heads/main", made.stdout.decode().strip()])


def blob(remote: Path, data: bytes) -> str:
    done = subprocess.run(
        ["git", f"--git-dir={remote}", "hash-object", "-w", "--stdin"],
        input=data,
        check=True,
        capture_output=True,
    )
    return done.stdout.decode().strip()


def test_a_submodule_link_in_a_highlights_place_is_refused_not_read_as_a_deletion(desk, tmp_path):
    """git answers "missing" for the commit a submodule link names, as for a file not there:
    the highlight was removed from every copy that synced ("1 highlight removed")."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["mai"], shared)
    commit_entries(desk["remote"], [("160000", ABSENT_COMMIT, place)], tmp_path)
    for name in ("mai", "bob"):
        said = refused(desk[name], name)
        assert place in said and "submodule" in said
        assert shared in state(desk[name])["highlights"]


def test_a_symbolic_link_in_a_records_place_is_refused_as_one(desk, tmp_path):
    first, _, _ = article_ids()
    place = f"articles/{first[:2]}/{first}.json"
    run_sync(desk["mai"], "mai")
    link = blob(desk["remote"], b"/etc/passwd")
    commit_entries(desk["remote"], [("120000", link, place)], tmp_path)
    said = refused(desk["mai"], "mai")
    assert place in said and "symbolic link" in said


def test_files_outside_the_layout_are_carried_along_as_they_are(desk, tmp_path):
    """They were written back as plain files: a link as a file holding its target, a
    submodule as a file of bytes no one has (every sync failing on git's "Blob not found"),
    and a name that is no UTF-8 crashed every sync with a traceback."""
    link, notes = blob(desk["remote"], b"README.md"), blob(desk["remote"], b"notes\n")
    entries = [
        ("160000", ABSENT_COMMIT, "vendor/tool"),
        ("120000", link, "LATEST"),
        ("100644", notes, os.fsdecode(b"notes-\xff.md")),
    ]
    commit_entries(desk["remote"], entries, tmp_path)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight"
    listed = Repository(desk["remote"]).run("ls-tree", "-rz", "main").stdout.split(b"\0")
    assert {
        f"120000 blob {link}\tLATEST".encode(),
        f"160000 commit {ABSENT_COMMIT}\tvendor/tool".encode(),
        f"100644 blob {notes}\tnotes-".encode() + b"\xff.md",
    } <= set(listed)


def test_a_copy_joining_leaves_the_teams_readme_as_the_team_wrote_it(desk, tmp_path):
    """A copy joining (no history in common) sent its own new README over the team's."""
    conventions = blob(desk["remote"], b"Desk conventions: tag by region.\n")
    commit_entries(desk["remote"], [("100644", conventions, "README.md")], tmp_path)
    with Store.open(make_store(tmp_path / "carl.json")) as store:
        share_clone(store, str(desk["remote"]), "carl")
    assert Repository(desk["remote"]).blobs(["main:README.md"]) == [
        b"Desk conventions: tag by region.\n"
    ]


def test_an_article_whose_id_is_no_lowercase_hex_is_refused_by_name(desk, tmp_path):
    """It was stored ("1 new article"), set aside by the store's own check the next time the
    file was read in full, and its removal then sent to the whole team."""
    text = b"The envoy's uppercase article."
    digest = hashlib.sha256(text).hexdigest()
    article = {
        "id": "ABCDEF012345",
        "title": "Peer article",
        "text_hash": digest,
        "updated_at": "2026-12-01T10:00:00.000+00:00",
    }
    place = "articles/AB/ABCDEF012345.json"
    entries = [
        ("100644", blob(desk["remote"], text), f"texts/{digest[:2]}/{digest}.txt"),
        ("100644", blob(desk["remote"], json.dumps(article).encode()), place),
    ]
    run_sync(desk["mai"], "mai")
    commit_entries(desk["remote"], entries, tmp_path)
    said = refused(desk["mai"], "mai")
    assert place in said and "lowercase hex" in said


def test_an_entity_correction_whose_id_is_no_lowercase_hex_is_refused_by_name(desk, tmp_path):
    correction = {"id": "Not-Hex", "kind": "remove", "text": "Hanoi"}
    place = "corrections/Not-Hex.json"
    run_sync(desk["mai"], "mai")
    entries = [("100644", blob(desk["remote"], json.dumps(correction).encode()), place)]
    commit_entries(desk["remote"], entries, tmp_path)
    said = refused(desk["mai"], "mai")
    assert place in said and "lowercase hex" in said


def test_a_record_file_named_with_a_line_break_is_refused_and_does_not_shift_the_others(
    desk, tmp_path
):
    """``git cat-file --batch`` reads one name a line: a peer's file
    ``annotations/.../<id>\\n.json`` was asked for as two names, every answer after it went
    to the wrong file, and the teammate's note edit in the same commit was read as no change
    and never taken ("up to date"); the copy's next sync of its own highlight then failed for
    good on "unsupported file name". Such a name is refused as no record's, and once it is
    removed the edit arrives."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking", note="mai's note")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["mai"], shared)
    stray = place.replace(f"{shared}.json", "0\n.json")
    peer = tmp_path / "peer"
    subprocess.run(["git", "clone", "-q", str(desk["remote"]), str(peer)], check=True)

    def commit(message: str) -> None:
        subprocess.run(["git", "-C", str(peer), "add", "-A"], check=True)
        subprocess.run(["git", "-C", str(peer), "commit", "-qm", message], check=True)
        subprocess.run(["git", "-C", str(peer), "push", "-q"], check=True)

    (peer / stray).write_bytes((peer / place).read_bytes())
    (peer / place).write_text((peer / place).read_text().replace("mai's note", "eve's note"))
    commit("a note edited, a copy saved under a broken name")
    said = refused(desk["bob"], "bob")
    assert place.replace(shared, "0\u240a") in said and "line break" in said
    assert state(desk["bob"])["highlights"][shared]["note"] == "mai's note"
    (peer / stray).unlink()
    commit("the broken name removed")
    add_highlight(desk["bob"], first, "meet again")
    assert run_sync(desk["bob"], "bob") == "1 highlight changed, sent 1 highlight"
    assert state(desk["bob"])["highlights"][shared]["note"] == "eve's note"


def test_a_file_named_with_a_line_break_a_copy_already_holds_is_removed_by_its_next_commit(
    desk, tmp_path
):
    """A copy whose repository took such a file before (an earlier diplotui read it as
    missing and went on) failed every later sync of its own: git fast-import was never given
    the name, quoted, to remove it."""
    first, _, _ = article_ids()
    own = desk["bob"].with_name("bob.json.share.git")
    stray = "annotations/2026-12/01/0\n.json"
    commit_entries(own, [("100644", blob(own, b"{}"), stray)], tmp_path)
    add_highlight(desk["bob"], first, "keep talking")
    run_sync(desk["bob"], "bob")
    assert stray not in Repository(desk["remote"]).tree_entries("main")
    assert stray not in Repository(own).tree_entries("main")
