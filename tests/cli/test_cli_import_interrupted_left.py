"""An import interrupted by Ctrl-C says what is true of the files it was given (session 51's
new user): stopped while it recognised the entities of its last batch, every file stored, it
said "run it again for the rest", and a second run found nothing but duplicates. It now says
every file was stored, or how many are left and which."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.ingest import importer
from diplotui.library.entity_cache import EntityCache

from ..cli_runner import run_main

BODY = "Minister Alpha said on Tuesday that the talks would resume in Geneva after a pause.\n"


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(count):
        (folder / f"talks{number:03}.txt").write_text(f"Talks round {number}\n\n{BODY}")
    return folder


def _interrupt(*_args: object, **_kwargs: object) -> None:
    raise KeyboardInterrupt


def test_interrupted_after_every_file_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "library.json"
    assert run_main("--db", str(db), "list").returncode == 0  # the first run's seeds
    folder = _folder(tmp_path, 3)
    monkeypatch.setattr(EntityCache, "save", _interrupt)  # Ctrl-C as the import ends
    result = run_main("--db", str(db), "import", str(folder))
    assert result.returncode == 130, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["imported"] * 3
    assert result.stderr.splitlines()[-1] == (
        "import interrupted after every file was stored: 3 imported; nothing is left to import"
    )
    monkeypatch.undo()
    again = run_main("--db", str(db), "import", str(folder))
    assert again.stderr.splitlines()[-1] == "3 duplicate"


def test_interrupted_with_files_left_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "library.json"
    assert run_main("--db", str(db), "list").returncode == 0
    folder = _folder(tmp_path, importer.BATCH_SIZE + 3)
    read = importer._Importer.read
    last = folder / f"talks{importer.BATCH_SIZE + 1:03}.txt"  # the first batch stored

    def reading(self: importer._Importer, entry: importer._Entry) -> object:
        if entry.path == last:  # Ctrl-C reading the second batch's second file
            raise KeyboardInterrupt
        return read(self, entry)

    monkeypatch.setattr(importer._Importer, "read", reading)
    result = run_main("--db", str(db), "import", str(folder))
    assert result.returncode == 130, result.stderr
    assert len(result.stdout.splitlines()) == importer.BATCH_SIZE
    left = ", ".join(str(folder / f"talks{n:03}.txt") for n in range(100, 103))
    assert result.stderr.splitlines()[-1] == (
        f"import interrupted: {importer.BATCH_SIZE} imported before it stopped; 3 files left "
        f"({left}): run it again for the rest (what is stored is found as a duplicate)"
    )
