"""The command line's foundation: version, help, import, list, tag/untag, id errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplotui.cli.main import main
from diplotui.store import Store
from tests.cli_runner import run_main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a child process, as a user runs it: only where a
    mistake would start the app (the other tests call ``main`` in-process,
    ``tests/cli_runner.py``; ``test_entry_points.py`` runs the entry point's commands)."""
    return subprocess.run(
        [sys.executable, "-m", "diplotui.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "diplotui 0." in capsys.readouterr().out
    for command in ("import", "list", "tag", "untag", "entities"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "usage: diplotui" in capsys.readouterr().out


def test_list_seeds_on_first_run(store_path: Path):
    result = run_main("--db", str(store_path), "list", "--json")
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)
    assert len(articles) == 2
    assert {"id", "title", "tags"} <= set(articles[0])
    titles = {a["title"] for a in articles}
    assert any(t.startswith("Enhancing capacity") for t in titles)


def test_tag_untag_by_prefix_and_list_filter(store_path: Path, capsys):
    assert main(["--db", str(store_path), "list"]) == 0
    first_id = capsys.readouterr().out.split()[0]
    assert main(["--db", str(store_path), "tag", first_id[:5], "asean,laos", "ngo"]) == 0
    assert main(["--db", str(store_path), "untag", first_id[:5], "laos"]) == 0
    capsys.readouterr()
    assert main(["--db", str(store_path), "list", "--tag", "asean", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in listed] == [first_id]
    assert listed[0]["tags"] == ["asean", "ngo"]


def test_unknown_and_ambiguous_ids_exit_2(store_path: Path):
    assert run_main("--db", str(store_path), "list").returncode == 0
    unknown = run_main("--db", str(store_path), "tag", "zzzz", "x")
    assert unknown.returncode == 2
    assert "no article with id 'zzzz'" in unknown.stderr
    with Store.open(store_path) as store:
        ids = [a.id for a in store.articles()]
    common = next(
        (a[:n] for a in ids for b in ids if a != b for n in range(1, 13) if a[:n] == b[:n]), None
    )
    prefix = common or ""
    ambiguous = run_main("--db", str(store_path), "tag", prefix, "x")
    assert ambiguous.returncode == 2
    assert "ambiguous" in ambiguous.stderr or "no article" in ambiguous.stderr


def test_import_reports_each_file_and_fails_cleanly(store_path: Path, tmp_path: Path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text("A headline\nBody of the article.\n", encoding="utf-8")
    bad = tmp_path / "in" / "bad.txt"  # named like text, but binary
    bad.write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    result = run_main("--db", str(store_path), "import", str(good.parent))
    assert result.returncode == 1
    assert "good.txt" in result.stdout and "imported" in result.stdout
    failure_lines = [
        line for line in (result.stdout + result.stderr).splitlines() if "bad.txt" in line
    ]
    assert failure_lines and "failed" in failure_lines[0]
    again = run_main("--db", str(store_path), "import", str(good))
    assert again.returncode == 0
    assert "duplicate" in again.stdout


def test_tag_limits_fail_cleanly_and_write_nothing(store_path: Path):
    assert run_main("--db", str(store_path), "list").returncode == 0
    with Store.open(store_path, read_only=True) as store:
        article_id = store.articles()[0].id
    before = store_path.read_bytes()
    too_long = run_main("--db", str(store_path), "tag", article_id, "x" * 10_000)
    assert too_long.returncode == 2
    assert "tag too long" in too_long.stderr and "Traceback" not in too_long.stderr
    too_many = run_main(
        "--db", str(store_path), "tag", article_id, ",".join(f"t{i}" for i in range(5000))
    )
    assert too_many.returncode == 2
    assert "too many tags" in too_many.stderr and "Traceback" not in too_many.stderr
    assert store_path.read_bytes() == before


def test_list_prints_hostile_titles_inert(store_path: Path, tmp_path: Path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Title \x1b]52;c;Zm9v\x07 \x1b[31mred\u202e [bold]x[/bold]\nBody.\n")
    assert run_main("--db", str(store_path), "import", str(hostile)).returncode == 0
    listed = run_main("--db", str(store_path), "list")
    assert listed.returncode == 0
    for forbidden in ("\x1b", "\x07", "\u202e"):
        assert forbidden not in listed.stdout
    assert "[bold]x[/bold]" in listed.stdout


def test_error_lines_naming_a_hostile_path_are_inert(tmp_path: Path):
    broken = tmp_path / "evil \x1b]52;c;Zm9v\x07 dir" / "library.json"
    broken.parent.mkdir()
    broken.write_bytes(b"{ truncated")
    result = run_main("--db", str(broken), "list")
    assert result.returncode != 0
    assert "cannot read the store" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_db_in_a_missing_folder_is_refused_unless_created(tmp_path: Path):
    """A typo in --db silently grew folders and a fresh seeded library."""
    typo = tmp_path / "typo" / "dir" / "store.json"
    for args in (["list"], ["import", str(tmp_path)], []):  # [] starts the app: a process
        result = (run if not args else run_main)("--db", str(typo), *args)
        assert result.returncode == 2, result
        assert result.stderr == (
            f"diplotui: {typo}: the folder {typo.parent} does not exist (add --create to make it)\n"
        )
        assert not (tmp_path / "typo").exists()
    created = run_main("--db", str(typo), "--create", "list")
    assert created.returncode == 0, created.stderr
    assert typo.is_file() and "Secretariat" in created.stdout


def test_diplotui_db_in_a_missing_folder_is_refused_as_db_is(tmp_path: Path, monkeypatch):
    """DIPLOTUI_DB naming a missing folder silently grew it and a fresh library; --db refused."""
    typo = tmp_path / "typo" / "store.json"
    monkeypatch.setenv("DIPLOTUI_DB", str(typo))
    for args in (["list"], ["tag", "abc", "x"]):
        result = run_main(*args)
        assert result.returncode == 2, result
        assert result.stderr == (
            f"diplotui: {typo}: the folder {typo.parent} does not exist (DIPLOTUI_DB names "
            "it; add --create to make it)\n"
        )
        assert not typo.parent.exists()
    created = run_main("--create", "list")
    assert created.returncode == 0, created.stderr
    assert typo.is_file() and "Secretariat" in created.stdout


def test_an_empty_db_is_refused_not_taken_for_the_default_library():
    """``--db "$LIB"`` with LIB unset opened (or seeded) the default library silently."""
    for args in (["--db", "", "list"], ["--db=", "tag", "abc", "x"]):
        result = run_main(*args)
        assert result.returncode == 2
        assert result.stderr == "diplotui: --db names no store (an empty path)\n"


def test_db_under_a_file_is_one_line_not_a_traceback(tmp_path: Path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n")
    for extra in ([], ["--create"]):
        result = run_main("--db", str(blocker / "store.json"), *extra, "list")
        assert result.returncode == 2
        assert result.stderr == f"diplotui: {blocker / 'store.json'}: {blocker} is not a folder\n"
    assert blocker.read_text() == "not a folder\n"


def test_db_and_create_after_the_command_too(tmp_path: Path):
    """'diplotui list --db PATH' was refused with "unrecognized arguments: --db" (the option
    worked only before the command); it now works after any command, sub-commands too, and
    one given before the command still stands."""
    store = tmp_path / "new" / "lib.json"
    refused = run_main("list", "--db", str(store))
    assert refused.returncode == 2 and "add --create to make it" in refused.stderr
    created = run_main("list", "--db", str(store), "--create")
    assert created.returncode == 0, created.stderr
    assert "Enhancing capacity" in created.stdout  # the seeds of a first run
    feeds = run_main("feed", "list", "--db", str(store))
    assert feeds.returncode == 0, feeds.stderr
    other = tmp_path / "other.json"
    before = run_main("--db", str(other), "list", "--json")
    assert before.returncode == 0, before.stderr
    assert other.exists() and not (tmp_path / "new" / "other.json").exists()
