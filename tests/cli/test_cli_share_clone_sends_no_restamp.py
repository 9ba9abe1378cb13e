"""Two analysts' first-run libraries hold the same bundled seed articles, each stamped when
its library was made. Joining, ``share clone`` took the joiner's copies (stamped later, the
same in every field) over the team's, so it said "sent 2 changes" and pushed a commit
"bob: 17 changes from diplotui, merged with mai's" that changed nothing but two
``updated_at`` stamps: a joiner who had done nothing appeared to have edited the team's
articles, and every copy took the next sync to fetch that commit. Records the same but for
their stamp are the team's as they stand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from diplotui.ingest.importer import seed_if_empty
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import git_identity

__all__ = ["git_identity"]  # fixture


def _first_run(path: Path) -> str:
    path.parent.mkdir()
    store = Store.open(path)
    seed_if_empty(store)
    store.close()
    return str(path)


def test_joining_with_the_same_seeds_sends_nothing(git_identity, tmp_path: Path):
    mai, bob = _first_run(tmp_path / "mai" / "lib.json"), _first_run(tmp_path / "bob" / "lib.json")
    remote = tmp_path / "desk.git"
    shared = run_main("--db", mai, "share", "init", str(remote), "--author", "mai")
    assert shared.returncode == 0, shared.stderr
    joined = run_main("--db", bob, "share", "clone", str(remote), "--author", "bob")
    assert joined.returncode == 0, joined.stderr
    assert "sent" not in joined.stdout, joined.stdout
    log = subprocess.run(
        ["git", f"--git-dir={remote}", "log", "--format=%an"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert log.stdout.split() == ["mai"]
    again = run_main("--db", bob, "sync")
    assert again.returncode == 0 and "sent" not in again.stdout, again.stdout


def _details(store: str, article_id: str) -> dict[str, str]:
    """``meta ID``'s lines as a user reads them: url, date ("2025-07-18 (guessed)") ..."""
    shown = run_main("--db", store, "meta", article_id)
    assert shown.returncode == 0, shown.stderr
    lines = (line.split(":", 1) for line in shown.stdout.splitlines())
    return {name.strip(): value.strip() for name, value in lines}


def test_joining_with_the_seeds_keeps_a_teammates_corrected_detail(git_identity, tmp_path: Path):
    """Mai gave a seed article its address (``meta --url``, as ``i`` does) and shared her
    library; bob's first run, made after, holds the same seed without one. His ``share clone``
    took his copy's empty URL (stamped later) over hers and pushed it: her next ``sync`` lost
    the address she had typed. A detail corrected by hand wins over a copy that never
    corrected it, whatever their stamps; so does a guessed date confirmed by retyping it (``i``
    says "retype to confirm")."""
    mai = _first_run(tmp_path / "mai" / "lib.json")
    listed = run_main("--db", mai, "list", "--json", "--sort", "title")
    article_id = json.loads(listed.stdout)[0]["id"]
    url = "https://worldandvietnamreport.com/enhancing-capacity"
    assert run_main("--db", mai, "meta", article_id, "--url", url).returncode == 0
    assert _details(mai, article_id)["date"] == "2025-07-18 (guessed)"
    assert run_main("--db", mai, "meta", article_id, "--date", "2025-07-18").returncode == 0
    bob = _first_run(tmp_path / "bob" / "lib.json")
    remote = tmp_path / "desk.git"
    assert run_main("--db", mai, "share", "init", str(remote), "--author", "mai").returncode == 0
    joined = run_main("--db", bob, "share", "clone", str(remote), "--author", "bob")
    assert joined.returncode == 0, joined.stderr
    for store in (bob, mai):
        synced = run_main("--db", store, "sync")
        assert synced.returncode == 0, synced.stderr
        details = _details(store, article_id)
        assert (details["url"], details["date"]) == (url, "2025-07-18"), store
