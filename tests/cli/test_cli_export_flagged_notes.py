"""Two analysts' notes a sync kept together ("Bob: ... --- mai's version --- Mai: ...") went
into the brief as one note, written out with "wrote brief.md" and nothing else, so a brief was
sent on holding an argument the desk had not settled. The export still writes what the store
holds, and a line on stderr names each flagged note and the command that settles it."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_annotations_flag_conflicts import ARTICLE, FLAG, flagged_notes
from tests.cli_runner import run_main


def test_an_export_names_the_notes_a_sync_flagged(store_path: Path, tmp_path: Path):
    db, highlight_id = flagged_notes(store_path)
    brief = tmp_path / "brief.md"
    said = run_main("--db", db, "export", "-o", str(brief))
    assert said.returncode == 0
    assert "--- mai's version ---" in brief.read_text(encoding="utf-8")
    assert said.stderr.splitlines() == [
        f"wrote {brief}",
        f"diplotui: export: the note of article {ARTICLE} is flagged: {FLAG} "
        f"(diplotui note {ARTICLE} TEXT settles it)",
        f"diplotui: export: the note of highlight {highlight_id} is flagged: {FLAG} "
        f"(diplotui note {highlight_id} TEXT settles it)",
    ]
    settled = run_main("--db", db, "export", "--article", "49636c1d")
    assert settled.returncode == 0 and settled.stderr == ""
