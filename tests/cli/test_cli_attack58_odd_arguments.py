"""attack58's own: arguments a shell hands over as they are. A file named with a leading dash
(``import -notes.txt``) was taken for an option and the error asked for the path just given;
a word starting with "-" after a command's arguments was told to go after ``note ID --``
whatever the command; a tag or title holding bytes the terminal did not send as UTF-8
(``café`` typed in a Latin-1 terminal) was stored with those letters silently dropped
("caf"). A file named with a newline imports, its name shown on one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

TEXT = "Talks on dams\n\nThe ministers met in Vientiane on Tuesday and agreed to share data.\n"
CAFE = "caf\udce9"  # the byte 0xE9 as Python hands an undecodable argument over


@pytest.fixture
def in_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-notes.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_a_file_named_with_a_dash_is_said_how_to_import(in_folder: Path):
    db = str(in_folder / "db.json")
    refused = run_main("--db", db, "--create", "import", "-notes.txt")
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1].endswith(
        'required: PATH (-notes.txt was read as an option: a path or text starting with "-" '
        'goes after "--": diplotui import -- -notes.txt)'
    )
    assert not (in_folder / "db.json").exists()
    for named in (["--", "-notes.txt"], ["./-notes.txt"]):
        done = run_main("--db", db, "--create", "import", *named)
        assert done.returncode == 0, done.stderr
        assert "Talks on dams" in done.stdout


def test_a_stray_dash_word_is_told_with_its_own_command(in_folder: Path):
    (in_folder / "other.txt").write_text(TEXT.replace("dams", "rivers"), encoding="utf-8")
    refused = run_main("--db", str(in_folder / "db.json"), "import", "other.txt", "-notes.txt")
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1].endswith(
        '(a path or text starting with "-" goes after "--": diplotui import ... -- -notes.txt)'
    )


def test_a_file_named_with_a_newline_imports_and_is_shown_on_one_line(tmp_path: Path):
    path = tmp_path / "two\nlines.txt"
    path.write_text(TEXT, encoding="utf-8")
    done = run_main("--db", str(tmp_path / "db.json"), "--create", "import", str(path))
    assert done.returncode == 0, done.stderr
    [line] = [row for row in done.stdout.splitlines() if "Talks on dams" in row]
    assert line.endswith(f"({tmp_path}/two␊lines.txt)")


@pytest.fixture
def article(tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "talks.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "db.json")
    done = run_main("--db", db, "--create", "import", str(path))
    return db, done.stdout.split()[1]


@pytest.mark.parametrize(
    ("argv", "refused"),
    [
        (["tag", "{id}", CAFE], "{id}: the tag 'caf\\xe9' holds bytes"),
        (["untag", "{id}", CAFE], "{id}: the tag 'caf\\xe9' holds bytes"),
        (["meta", "{id}", "--title", f"Talks {CAFE}"], "--title 'Talks caf\\xe9' holds bytes"),
        (["meta", "{id}", "--source", CAFE], "--source 'caf\\xe9' holds bytes"),
    ],
    ids=["tag", "untag", "title", "source"],
)
def test_bytes_that_are_not_utf8_are_refused_never_dropped(
    article: tuple[str, str], argv: list[str], refused: str
):
    db, article_id = article
    before = run_main("--db", db, "list", "--json").stdout
    result = run_main("--db", db, *[arg.replace("{id}", article_id) for arg in argv])
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert refused.replace("{id}", article_id) in line
    assert line.endswith(
        "that are not UTF-8 text (a terminal set to another encoding?); nothing was written"
    )
    assert run_main("--db", db, "list", "--json").stdout == before
    assert [a["tags"] for a in json.loads(before) if a["id"] == article_id] == [[]]
