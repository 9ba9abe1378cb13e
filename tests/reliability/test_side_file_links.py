"""A symbolic link planted where the store keeps a file of its own beside it (the texts' log,
the trust note) is never written through: the file it points to is someone else's."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store, body_path
from tests.cli_runner import run_main
from tests.unit.test_store import add_article


def _store(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "library.json"
    with Store.open(path) as store:
        article_id = add_article(store, 1).id
    return path, article_id


def _victim(tmp_path: Path) -> Path:
    victim = tmp_path / "elsewhere" / "thesis.txt"
    victim.parent.mkdir()
    victim.write_text("three years of work\n")
    return victim


def test_a_texts_log_linked_elsewhere_is_refused_in_one_line_and_its_target_kept(tmp_path):
    path, article_id = _store(tmp_path)
    victim = _victim(tmp_path)
    log = path.with_name("library.json.bodies.log")
    log.unlink(missing_ok=True)
    log.symlink_to(victim)
    before = path.read_bytes()
    result = run_main("--db", str(path), "tag", article_id, "asean")
    assert result.returncode == 1
    error = result.stderr.strip()
    assert len(error.splitlines()) == 1
    assert str(log) in error and "symbolic link" in error and "nothing was written" in error
    assert victim.read_text() == "three years of work\n"  # was emptied: the log's truncation
    assert path.read_bytes() == before
    assert log.is_symlink()
    with Store.open(path, read_only=True) as reader:  # reading never writes: still opens
        assert reader.article(article_id).tags == []


def test_a_trust_note_linked_elsewhere_is_replaced_not_written_through(tmp_path):
    path, article_id = _store(tmp_path)
    victim = _victim(tmp_path)
    note = path.with_name("library.json.checked")
    note.unlink(missing_ok=True)
    note.symlink_to(victim)
    result = run_main("--db", str(path), "tag", article_id, "asean")
    assert result.returncode == 0, result.stderr
    assert victim.read_text() == "three years of work\n"  # was overwritten by the note
    assert not note.is_symlink() and note.is_file()  # the store's own note now
    with Store.open(path, read_only=True) as reader:
        assert reader.article(article_id).tags == ["asean"]
        assert body_path(path, reader.article(article_id).text_hash).exists()


def test_doctor_names_a_planted_link_and_how_to_remove_it(tmp_path):
    """``doctor`` said the store was fine while every write was refused for the link."""
    path, _ = _store(tmp_path)
    victim = _victim(tmp_path)
    log = path.with_name("library.json.bodies.log")
    log.unlink(missing_ok=True)
    log.symlink_to(victim)
    result = run_main("--db", str(path), "doctor")
    assert result.returncode == 1
    [line] = [line for line in result.stdout.splitlines() if "symbolic link" in line]
    assert line.startswith("error") and str(log) in line and f"rm '{log}'" in line
    assert victim.read_text() == "three years of work\n"
