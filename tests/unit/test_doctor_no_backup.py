"""With no backup, doctor's advice names a step that exists and loses nothing (attacker29).

A store that could not be read and had no backup sent the user round: the app and every
command said to run doctor; doctor said there was no backup; ``--repair`` said ``--restore``
brings back the newest good backup; ``--restore`` said there was none. The advice is now
one decision (``doctor.next_step``): the file is left as it is, and what can be kept is
named: its article texts, imported into a new store by a command that runs as given, and
the file mended by hand where it fails.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from diplotui.model import Article
from diplotui.store import Store
from tests.cli_runner import run_main

TEXT = "Ministers meet on the river\n\nThe talks opened on Monday in the old town hall.\n"


@pytest.fixture
def lost(tmp_path: Path) -> Path:
    """A store of one article and a highlight whose file is cut short, with no backup."""
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        store.add_article(Article(id="0000000000a1", title="River", text_hash=""), TEXT)
    shutil.rmtree(path.with_name("library.json.backups"), ignore_errors=True)
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _import_step(said: str) -> list[str]:
    """The import command the advice gives, as a user would paste it (without 'diplotui')."""
    start = said.index("'diplotui --db ")
    command = shlex.split(said[start + 1 : said.index("'", start + 1)])
    assert command[0] == "diplotui"
    return command[1:]


def test_the_advice_for_an_unreadable_store_without_a_backup_ends_in_a_step_that_works(
    lost: Path,
):
    folder = lost.parent
    before = _files(folder)
    listed = run_main("--db", str(lost), "list")
    assert listed.returncode == 1 and "run 'diplotui doctor' for help" in listed.stderr
    doctor = run_main("--db", str(lost), "doctor")
    assert doctor.returncode == 1
    advice = doctor.stdout.splitlines()[-1]
    assert advice.startswith("error  no backup to restore from (nothing was changed or removed)")
    assert f"mend {lost} by hand where it fails" in advice
    for option in ("--restore", "--repair", "--put-back"):  # none sends the user round
        done = run_main("--db", str(lost), "doctor", option)
        assert done.returncode == 1
        assert "--restore" not in done.stderr and "restore the newest" not in done.stdout
        assert "import their texts into a new store" in done.stderr + done.stdout, option
    assert _files(folder) == before, "nothing stored was changed by a refusal"
    imported = run_main(*_import_step(advice))
    assert imported.returncode == 0, imported.stderr
    recovered = folder / "library-recovered" / "library.json"
    listed = run_main("--db", str(recovered), "list", "--json").stdout
    assert '"title": "Ministers meet on the river"' in listed, listed
    assert {k: v for k, v in _files(folder).items() if "recovered" not in k} == before


def test_a_missing_store_without_a_backup_names_the_import_not_restore(lost: Path):
    lost.unlink()
    listed = run_main("--db", str(lost), "list")
    assert listed.returncode == 1
    assert "run 'diplotui doctor'" in listed.stderr and "--restore" not in listed.stderr
    doctor = run_main("--db", str(lost), "doctor").stdout
    assert "were in the missing file" in doctor and "mend" not in doctor
    assert run_main(*_import_step(doctor)).returncode == 0


def test_a_backup_is_still_the_first_advice(tmp_path: Path):
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        store.add_article(Article(id="0000000000a1", title="River", text_hash=""), TEXT)
    Store.open(path).close()  # takes a backup
    path.write_bytes(b"{")
    done = run_main("--db", str(path), "doctor", "--repair")
    assert "run 'diplotui doctor --restore' to restore the newest good backup" in done.stdout
    assert "(run 'diplotui doctor --restore'" in done.stderr
