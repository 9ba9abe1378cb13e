"""``share clone`` and ``share init`` refused or killed half-way leave nothing behind, so that
trying again works; a text file a teammate deleted by hand while an article still names it is
found in the history and written back, not a failure of every later clone."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.share import files, repository_path
from diplotui.store import Store, text_hash
from tests.cli.test_cli_hostile_input import records
from tests.cli_runner import run_main
from tests.sharing import TEXTS, git_identity, make_store, shared_copies
from tests.unit.test_share import article_ids, desk, state
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def _tip_holds(remote: Path, path: str) -> bool:
    shown = subprocess.run(["git", f"--git-dir={remote}", "cat-file", "-e", f"main:{path}"])
    return shown.returncode == 0


def _text_place(article_id: str, store: Path) -> str:
    return files.text_path(state(store)["articles"][article_id][4])


def _clone(store: Path, remote: Path | str) -> subprocess.CompletedProcess[str]:
    return run_main("--db", str(store), "share", "clone", str(remote), "--author", "eve")


def _an_article_naming_a_text_never_shared(tree: Path) -> tuple[str, str]:
    """A teammate's article file (made by hand) naming a text no commit ever held: its id and
    the text's place."""
    first = next(tree.glob("articles/*/*.json"))
    doc = json.loads(first.read_text())
    text = "A text that never reached the shared library.\n"
    digest = hashlib.sha256(text.encode()).hexdigest()
    doc.update(id=digest[:12], text_hash=digest, title="Never shared")
    place = tree / files.article_path(digest[:12])
    place.parent.mkdir(parents=True, exist_ok=True)
    place.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    return digest[:12], files.text_path(digest)


def test_a_refused_clone_leaves_nothing_behind_and_trying_again_works(desk, tmp_path: Path):
    """A clone refused (an article naming a text the history never held) left
    ``<library>.share.git`` set up: every later ``share clone`` said "already shared; run
    sync", and ``sync`` failed the same way. Now the refusal names the article and the file,
    the store is as it was, and once the team mends it the same command joins."""
    planted: dict[str, str] = {}

    def plant(tree: Path) -> None:
        planted["id"], planted["text"] = _an_article_naming_a_text_never_shared(tree)

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    eve = make_store(tmp_path / "eve.json", TEXTS[2:])
    before = records(eve)
    for _ in range(2):  # the second try is refused for the same reason, not "already shared"
        refused = _clone(eve, desk["remote"])
        assert refused.returncode == 1, refused
        [line] = refused.stderr.splitlines()
        assert planted["text"] in line and f"article {planted['id']} (Never shared)" in line
        assert "no version of it is in the history" in line and "nothing was set up" in line
        assert records(eve) == before
        assert not repository_path(eve).exists()
    synced = run_main("--db", str(eve), "sync", "--author", "eve")
    assert synced.returncode == 1 and "not shared yet" in synced.stderr

    def mend(tree: Path) -> None:
        (tree / planted["text"]).parent.mkdir(parents=True, exist_ok=True)
        (tree / planted["text"]).write_text("A text that never reached the shared library.\n")

    push_from_a_clone(desk["remote"], tmp_path / "mender", mend)
    joined = _clone(eve, desk["remote"])
    assert joined.returncode == 0, joined
    assert planted["id"] in state(eve)["articles"]
    assert run_main("--db", str(eve), "sync", "--author", "eve").stdout.strip() == "up to date"


@pytest.mark.parametrize("action", ["clone", "init"])
def test_a_set_up_refused_by_its_remote_leaves_nothing_behind(desk, tmp_path: Path, action: str):
    """A remote that is no repository (clone) or already holds a library (init): refused in
    one line; no repository left, and no remote made by a refused ``share init`` either."""
    eve = make_store(tmp_path / "eve.json", TEXTS[2:])
    before = records(eve)
    remote = tmp_path / "typo" / "desk.git" if action == "clone" else desk["remote"]
    done = run_main("--db", str(eve), "share", action, str(remote), "--author", "eve")
    assert done.returncode == 1, done
    [line] = done.stderr.splitlines()
    assert str(remote) in line and "nothing was set up" in line
    assert records(eve) == before and not repository_path(eve).exists()
    assert not (tmp_path / "typo").exists()
    assert _clone(eve, desk["remote"]).returncode == 0


def test_a_share_init_refused_after_making_its_remote_removes_it(tmp_path: Path):
    """``share init`` of a path to nothing yet makes the remote (and the folders above it)
    before the first sync; a sync refused then (a record hand-edited with a stamp no teammate
    would take) left that empty remote and the repository behind."""
    store = tmp_path / "lib.json"
    text = "A hand-edited record.\n"
    with Store.open(store) as opened:
        article = opened.add_article(
            Article(id=text_hash(text)[:12], title="Hand", text_hash=""), text
        )
        edited = Article.from_dict(article.to_dict() | {"updated_at": "yesterday"})
        opened.save_as_given(articles=[(edited, None)])
    before = records(store)
    remote = tmp_path / "new" / "desk.git"
    done = run_main("--db", str(store), "share", "init", str(remote), "--author", "mai")
    assert done.returncode == 1, done
    [line] = done.stderr.splitlines()
    assert f"article {article.id} in this store" in line and "nothing was set up" in line
    assert not (tmp_path / "new").exists() and not repository_path(store).exists()
    assert records(store) == before


KILLED_CLONE = """
import os, signal, sys
from pathlib import Path
from diplotui.share import share_clone
from diplotui.store import Store

path, remote, when = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

def progress(step):
    if step == when:
        os.kill(os.getpid(), signal.SIGKILL)

with Store.open(path) as store:
    share_clone(store, remote, "eve", progress=progress)
"""


@pytest.mark.parametrize("when", ["committing", "merging", "sending"])
def test_a_clone_killed_half_way_is_no_shared_library_and_cloning_again_joins(
    desk, tmp_path: Path, when: str
):
    """SIGKILL before the local commit, before the merge, and after the store took the merge
    but before the push: the library is not "already shared" (``sync`` says the set-up did not
    finish) and ``share clone`` again joins as a clone that was never stopped."""
    eve = make_store(tmp_path / "eve.json", TEXTS[2:])
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_CLONE, str(eve), str(desk["remote"]), when],
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2] / "src")},
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    synced = run_main("--db", str(eve), "sync", "--author", "eve")
    assert synced.returncode == 1 and "did not finish" in synced.stderr, synced
    joined = _clone(eve, desk["remote"])
    assert joined.returncode == 0, joined
    assert state(eve)["articles"].keys() == state(desk["mai"])["articles"].keys()
    assert run_main("--db", str(desk["mai"]), "sync").returncode == 0
    assert state(eve)["articles"].keys() == state(desk["mai"])["articles"].keys()


def _delete_first_text(desk: dict[str, Path], folder: Path) -> str:
    place = _text_place(article_ids()[0], desk["mai"])
    push_from_a_clone(desk["remote"], folder, lambda tree: (tree / place).unlink())
    return place


def test_a_text_deleted_by_hand_is_restored_from_the_history_by_a_clone(desk, tmp_path: Path):
    """A peer's commit deleting a text file an article still names made every later clone fail
    ("missing: an article refers to a text the library lacks"). A clone takes the text's last
    version in the history, says so in one line, and writes it back for the next one."""
    place = _delete_first_text(desk, tmp_path / "peer")
    eve = make_store(tmp_path / "eve.json", [])
    joined = _clone(eve, desk["remote"])
    assert joined.returncode == 0, joined
    [line] = [line for line in joined.stdout.splitlines() if place in line]
    assert f"though article {article_ids()[0]} (Article 0) names it" in line
    assert "written back" in line
    assert _tip_holds(desk["remote"], place)
    shown = run_main("--db", str(eve), "export", "--format", "json", "--article", article_ids()[0])
    assert "keep talking about dams" in shown.stdout
    ana = make_store(tmp_path / "ana2.json", [])
    again = _clone(ana, desk["remote"])
    assert again.returncode == 0 and place not in again.stdout, again


def test_a_text_deleted_by_hand_is_written_back_by_a_copy_that_holds_it(desk, tmp_path: Path):
    """A copy holding the article syncs the deletion: it writes its own copy of the text back
    (named in a line), so the remote is whole again for later clones."""
    place = _delete_first_text(desk, tmp_path / "peer")
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 0, synced
    [line] = [line for line in synced.stdout.splitlines() if place in line]
    assert "this library's copy was written back" in line
    assert f"article {article_ids()[0]}" in line
    assert _tip_holds(desk["remote"], place)
    eve = make_store(tmp_path / "eve.json", [])
    joined = _clone(eve, desk["remote"])
    assert joined.returncode == 0 and place not in joined.stdout, joined


@pytest.mark.parametrize("under", ["notes.txt/desk.git", "notes.txt/team/desk.git"])
def test_a_share_init_to_a_path_under_a_file_names_that_file(tmp_path: Path, under: str):
    """``diplotui share init PATH`` with a regular file in PATH said "notes.txt: File exists"
    or "notes.txt/team: Not a directory": the user could not tell which part of the path was
    wrong. Now the one line names the file (a usage error), and nothing is set up or written."""
    store = make_store(tmp_path / "lib.json", TEXTS[:1])
    blocker = tmp_path / "notes.txt"
    blocker.write_text("my notes\n")
    before = records(store)
    remote = tmp_path / under
    done = run_main("--db", str(store), "share", "init", str(remote), "--author", "mai")
    assert done.returncode == 2, done
    assert done.stderr == f"diplotui: the remote {remote}: {blocker} is a file, not a folder\n"
    assert blocker.read_text() == "my notes\n" and records(store) == before
    assert not repository_path(store).exists()
