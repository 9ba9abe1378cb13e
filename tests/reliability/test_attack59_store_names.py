"""attack59: names that reach the store and the exports by a slip. A hard link to a store file
was called "copied without its journal?"; a ``--db`` pasted with its line break, or ending in a
slash, grew a second library beside the user's; ``export -o FOLDER`` said "is a directory"
alone, not what to give instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main
from tests.reliability.workload import seed


def test_a_hard_link_read_only_is_named_a_second_name_not_a_copy(
    two_names: tuple[Path, Path, str],
) -> None:
    _, second, _ = two_names
    result = run_main("--db", str(second), "--read-only", "list")
    assert result.returncode == 0, result.stderr
    assert "copied without" not in result.stderr
    assert (
        f"{second}: a second name (a hard link) of a store file kept under another name; its "
        "journal and texts folder are beside that name, not this one: open the store by that "
        "name (--db); here, only what the file held at its last compaction is read"
    ) in result.stderr
    assert len(result.stdout.splitlines()) == 40


def test_a_writer_through_a_hard_link_hears_it_makes_a_library_of_its_own(
    two_names: tuple[Path, Path, str],
) -> None:
    _, second, article_id = two_names
    result = run_main("--db", str(second), "tag", article_id[:8], "asean")
    assert result.returncode == 0, result.stderr
    assert "a second name (a hard link)" in result.stderr
    assert "what is written here makes a library of its own, apart from that one" in result.stderr


@pytest.mark.parametrize("pasted", ["\n", "\r\n", "\t"])
def test_a_db_pasted_with_its_line_break_is_refused_and_makes_no_second_store(
    tmp_path: Path, pasted: str
):
    store = tmp_path / "library.json"
    seed(store)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_main("--db", f"{store}{pasted}", "list")
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "the path holds a line break or control character (pasted with it?)" in line
    assert line.endswith("give the path without it (nothing was touched)")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_diplotui_db_pasted_with_its_line_break_is_refused_naming_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("DIPLOTUI_DB", f"{tmp_path / 'library.json'}\n")
    result = run_main("list")
    assert result.returncode == 2
    assert f"{tmp_path / 'library.json'}␊: the path holds a line break" in result.stderr
    assert "(DIPLOTUI_DB names it)" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_db_ending_in_a_slash_names_a_folder_and_is_refused(tmp_path: Path) -> None:
    result = run_main("--db", f"{tmp_path / 'briefs'}/", "--create", "list")
    assert result.returncode == 2
    assert (
        f"{tmp_path / 'briefs'}/: ends in '/', a folder's name; name the store file in it, e.g. "
        f"{tmp_path / 'briefs'}/library.json (nothing was touched)"
    ) in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_store_named_with_a_slash_after_it_is_that_store(tmp_path: Path) -> None:
    store = tmp_path / "library.json"
    seed(store)
    result = run_main("--db", f"{store}/", "list")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 40


@pytest.mark.parametrize("slash", ["", "/"])
def test_export_to_a_folder_says_to_name_a_file_in_it(tmp_path: Path, slash: str) -> None:
    store = tmp_path / "library.json"
    seed(store)
    folder = tmp_path / "briefs"
    folder.mkdir()
    result = run_main("--db", str(store), "export", "-o", f"{folder}{slash}")
    assert result.returncode == 1
    assert f"name a file in it too, e.g. {folder}/brief.md" in result.stderr
    assert list(folder.iterdir()) == []
