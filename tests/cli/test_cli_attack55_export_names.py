"""Export file names an outsider's script or hand may give: an empty ``-o`` (an unset
variable, ``-o "$OUT"``) printed the brief to standard output and exited 0; a valid name of
250 bytes failed "File name too long", naming a temp file the user never gave; a file
standing where the folder goes was "no such directory"."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main
from tests.sharing import article_ids, make_store


def tagged_store(tmp_path: Path) -> Path:
    store = make_store(tmp_path / "lib.json")
    assert run_main("--db", str(store), "tag", article_ids()[0], "brief").returncode == 0
    return store


def test_an_empty_output_name_is_refused_not_printed(tmp_path):
    store = tagged_store(tmp_path)
    for args in (("export",), ("export", "--format", "csv"), ("feed", "export")):
        done = run_main("--db", str(store), *args, "-o", "")
        assert (done.returncode, done.stdout) == (1, "")
        assert done.stderr == (
            "diplotui: -o names no file (it is empty); use -o - for standard output\n"
        )


def test_a_name_as_long_as_a_name_may_be_is_written(tmp_path):
    store = tagged_store(tmp_path)
    longest = tmp_path / ("b" * 252 + ".md")  # 255 bytes
    done = run_main("--db", str(store), "export", "-o", str(longest))
    assert (done.returncode, done.stderr) == (0, f"wrote {longest}\n")
    assert longest.read_text().startswith("# diplotui brief")
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []
    again = run_main("--db", str(store), "export", "-o", str(longest), "--force")
    assert (again.returncode, again.stderr) == (0, f"wrote {longest}\n")


def test_a_file_where_the_folder_goes_is_named_as_a_file(tmp_path):
    store = tagged_store(tmp_path)
    (tmp_path / "briefs").write_text("a file, not a folder")
    done = run_main("--db", str(store), "export", "-o", str(tmp_path / "briefs" / "x.md"))
    assert done.returncode == 1
    assert done.stderr == f"diplotui: {tmp_path / 'briefs'}: is a file, not a folder\n"
    assert (tmp_path / "briefs").read_text() == "a file, not a folder"
