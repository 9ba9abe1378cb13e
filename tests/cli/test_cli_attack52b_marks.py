"""Files whose byte order mark or export version says something untrue, given to ``import``:
the text comes in as written (no mark read as letters, no text read as Chinese), an export
saved by Windows PowerShell comes in, and a version that is no number is called so, the store
otherwise left as it was."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.cli.test_cli_hostile_input import GOOD_TEXT, records
from tests.cli_runner import run_main
from tests.reliability.test_hostile_records import make_store

FRENCH = "Café diplomatique\n\nLe ministre a déclaré à Genève que les négociations continuent.\n"


def _imported(store_path: Path, path: Path) -> tuple[str, str]:
    """Import ``path`` alone: its one report line and the text the store keeps for it."""
    said = run_main("--db", str(store_path), "import", str(path))
    assert said.returncode == 0, said
    [line] = said.stdout.splitlines()
    article_id = line.split()[1]
    exported = run_main(
        "--db", str(store_path), "export", "--format", "json", "--article", article_id
    )
    return line, json.loads(exported.stdout)["articles"][0]["text"]


def test_a_utf8_mark_before_latin1_text_is_no_letters_in_the_title(
    store_path: Path, tmp_path: Path
):
    """An editor that added a UTF-8 byte order mark to a Latin-1 file: the mark was read as
    three windows-1252 letters, and the title began "ï»¿Café". The mark stays the one
    character it is (offsets are into the text as stored), the rest read as detected."""
    path = tmp_path / "cafe.txt"
    path.write_bytes(codecs.BOM_UTF8 + FRENCH.encode("latin-1"))

    line, text = _imported(store_path, path)

    assert "  Café diplomatique  (" in line and "read as windows-1252 (detected)" in line, line
    assert text == "\ufeff" + FRENCH


@pytest.mark.parametrize("mark", [codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE])
@pytest.mark.parametrize("codec", ["utf-8", "latin-1"])
def test_a_utf16_mark_on_text_that_is_not_utf16_is_said_and_the_text_read(
    store_path: Path, tmp_path: Path, mark: bytes, codec: str
):
    """A UTF-16 mark on a file of UTF-8 or Latin-1 bytes was believed: every two bytes became
    one Chinese-looking character and the article came in as gibberish, with no word said.
    UTF-16 text has a NUL byte in every space and line break; a mark before bytes with none
    is a stray, said and set aside."""
    make_store(store_path)
    before = records(store_path)
    path = tmp_path / "cafe.txt"
    path.write_bytes(mark + FRENCH.encode(codec))

    line, text = _imported(store_path, path)

    assert "  Café diplomatique  (" in line, line
    assert line.endswith("a UTF-16 byte order mark on text that is not UTF-16, set aside"), line
    assert text == FRENCH
    after = records(store_path)
    assert {name: after[name] for name in before if "bodies" in name} == {
        name: data for name, data in before.items() if "bodies" in name
    }


def test_true_utf16_text_with_its_mark_is_read_as_before(store_path: Path, tmp_path: Path):
    path = tmp_path / "cafe.txt"
    path.write_bytes(FRENCH.encode("utf-16"))

    line, text = _imported(store_path, path)

    assert line.endswith(f"  Café diplomatique  ({path})"), line
    assert text == FRENCH


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_an_export_saved_as_utf16_by_a_shell_is_imported(
    store_path: Path, tmp_path: Path, codec: str
):
    """Windows PowerShell 5 writes ``diplotui export --format json > notes.json`` as UTF-16
    with its mark; importing that file back failed with "not UTF-8 at byte 0". JSON's own
    rule (the first bytes' NULs tell UTF-16 and UTF-32 apart) reads it."""
    source = tmp_path / "source.json"
    talks = tmp_path / "talks.txt"
    talks.write_text(GOOD_TEXT, encoding="utf-8")
    assert run_main("--db", str(source), "import", str(talks)).returncode == 0
    exported = run_main("--db", str(source), "export", "--format", "json").stdout
    saved = tmp_path / "notes.json"
    saved.write_bytes(exported.encode(codec))

    said = run_main("--db", str(store_path), "import", str(saved))

    assert said.returncode == 0, said
    assert any(
        line.startswith("imported  ") and "  Talks resume  (" in line
        for line in said.stdout.splitlines()
    ), said


@pytest.mark.parametrize("version", ["NaN", "true", "0", "-3", '"1"', "1.5"])
def test_an_export_whose_version_is_no_version_number_is_called_so(
    store_path: Path, tmp_path: Path, version: str
):
    """A hand-edited export's version NaN was "newer than this diplotui reads", and ``true``
    or ``0`` were read as version 1: the file is refused for what it is, nothing stored."""
    make_store(store_path)
    before = records(store_path)
    document = tmp_path / "edited.json"
    article = '{"id": "0123456789ab", "title": "T", "text": "Some text."}'
    document.write_text(
        f'{{"format": "diplotui-export", "version": {version}, "articles": [{article}]}}',
        encoding="utf-8",
    )

    said = run_main("--db", str(store_path), "import", str(document))

    assert said.returncode == 1
    [line] = said.stdout.splitlines()
    assert line == f"failed    {document}: export version {version} is not a version number"
    assert records(store_path) == before
