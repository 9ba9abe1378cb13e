"""``--read-only`` given to a command that writes: it was ignored, and ``diplotui
--read-only rm ID`` deleted the article the user had asked not to write to. It is refused
before anything is written, naming the option; a command that only reads runs."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main


def test_a_writing_command_under_read_only_is_refused_and_nothing_written(tmp_path: Path):
    db = tmp_path / "db.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    with Store.open(db, read_only=True) as store:
        before = {a.id: a.tags for a in store.articles()}
    some_id = next(iter(before))
    for command in (["rm", some_id], ["tag", some_id, "kept"]):
        result = run_main("--db", str(db), "--read-only", *command)
        assert result.returncode != 0, command
        assert "--read-only" in result.stderr and "nothing was written" in result.stderr
    with Store.open(db, read_only=True) as store:
        assert {a.id: a.tags for a in store.articles()} == before
    listed = run_main("--db", str(db), "--read-only", "list")
    assert listed.returncode == 0 and some_id in listed.stdout


def test_doctors_repairs_under_read_only_are_refused(tmp_path: Path):
    db = tmp_path / "db.json"
    assert run_main("--db", str(db), "--create", "list").returncode == 0
    for option in ("--restore", "--repair", "--put-back", "--clear-orphaned-drafts"):
        result = run_main("--db", str(db), "--read-only", "doctor", option)
        assert result.returncode != 0, option
        assert "--read-only" in result.stderr and "nothing was written" in result.stderr
    assert run_main("--db", str(db), "--read-only", "doctor").returncode == 0
