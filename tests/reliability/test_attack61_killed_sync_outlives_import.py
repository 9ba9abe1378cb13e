"""A sync killed outright is still said after an import has run and ended (attack61): the
two kept one note, the import's end removed it, and the sync left half done was said by no
command, though no sync had run since."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main
from tests.reliability.test_attack60_killed_sync_said import assert_killed_sync_said, killed_sync
from tests.sharing import SharedCopies, git_identity, shared_copies

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies


def test_a_killed_sync_is_said_after_an_import_ends(shared_copies: SharedCopies, tmp_path: Path):
    mai = killed_sync(shared_copies, tmp_path, 61, 5)
    talks = tmp_path / "talks.txt"
    talks.write_text("Talks resume\n\nThe ministers met in Doha and agreed to meet again.\n")

    imported = run_main("--db", str(mai), "import", str(talks))
    assert imported.returncode == 0, imported.stderr
    assert_killed_sync_said(mai)
