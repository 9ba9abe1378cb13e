"""``doctor --restore`` says what it goes back to (newuser28, finding 6): restoring the
newest backup silently dropped the session's work (a deleted highlight came back, a new one
and two quotes were gone), named no time, and exited 1 after "restored"."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article, QuoteRecord
from diplotui.store import Store, body_path, text_hash
from diplotui.store.backups import backup_files
from tests.cli_runner import run_main

TEXT = "Talks resume\n\nThe talks resumed in Geneva on Monday after a pause of a year.\n"
ARTICLE = text_hash(TEXT)[:12]


def _highlight(store: Store, words: str, highlight_id: str) -> None:
    start = TEXT.index(words)
    store.save_highlight(new_highlight(ARTICLE, TEXT, start, start + len(words), id=highlight_id))


@pytest.fixture
def path(store_path: Path) -> Path:
    with Store.open(store_path) as store:
        store.add_article(Article(id=ARTICLE, title="Talks resume", text_hash=""), TEXT)
        _highlight(store, "Geneva", "00000000000a")
    return store_path


def test_restore_names_the_backups_time_and_the_work_it_does_not_hold(path: Path):
    with Store.open(path) as store:  # opening backs up the file as it is now
        store.remove_highlight("00000000000a")
        _highlight(store, "a pause of a year", "00000000000b")
        for n in (1, 2):
            store.add_quote(QuoteRecord(id=f"00000000000{n}", text="q", style="plain"))
    # the session's work is in the compacted file alone; something cuts it short
    path.write_bytes(path.read_bytes()[:300])
    [backup] = backup_files(path)

    restored = run_main("--db", str(path), "doctor", "--restore")

    assert restored.returncode == 0, restored.stdout + restored.stderr
    said = restored.stdout
    stamp = backup.name  # "20261203T222653168697Z.<library>.<generation>.json"
    taken = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]} UTC"
    assert f"restored from {backup} (taken {taken}): 1 article, 1 highlight, 0 notes" in said
    assert (
        f"work saved after {taken} is not in it; against the store file as diplotui last wrote "
        "it (its trust note) and the journal: 1 highlight(s) (e.g. 00000000000b) made "
        "since; 1 highlight(s) deleted since are back (e.g. 00000000000a); 2 quote(s) (e.g. "
        "000000000001) made since" in said
    )
    assert "the journal holds no write since the lost file was last written whole" in said
    with Store.open(path, read_only=True) as store:
        assert [h.id for h in store.highlights(ARTICLE)] == ["00000000000a"]


def test_the_journal_of_a_session_cut_short_is_replayed_onto_its_own_backup(
    path: Path, tmp_path: Path
):
    """The app was killed (its journal not yet folded in), then the file was cut short: the
    backup taken when that session opened is the very file the journal continues, so the
    restore replays the journal onto it and loses nothing."""
    copy = tmp_path / "copy"
    with Store.open(path) as store:
        _highlight(store, "a pause of a year", "00000000000b")
        store.add_quote(QuoteRecord(id="000000000001", text="q", style="plain"))
        shutil.copytree(path.parent, copy, ignore=shutil.ignore_patterns("*.lock"))
    killed = copy / path.name
    killed.write_bytes(killed.read_bytes()[:300])

    restored = run_main("--db", str(killed), "doctor", "--restore")

    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "the journal's 2 write(s) since that backup were replayed onto it" in restored.stdout
    assert "not in it" not in restored.stdout
    with Store.open(killed, read_only=True) as store:
        assert {h.id for h in store.highlights(ARTICLE)} == {"00000000000a", "00000000000b"}
        assert [q.id for q in store.quotes()] == ["000000000001"]


def test_a_restore_that_succeeded_exits_0_and_shows_what_the_restored_store_still_has(
    path: Path,
):
    """The backup itself holds a highlight whose article is gone: the restore succeeded, so
    it exits 0 (it exited 1 after "restored"), and that finding is shown, not just counted."""
    with Store.open(path) as store:
        store.compact()
    data = json.loads(path.read_text("utf-8"))
    data["highlights"]["00000000000a"]["article_id"] = "deadbeef0000"
    path.write_text(json.dumps(data), "utf-8")
    Store.open(path).close()  # takes the backup, the hand edit in it
    path.write_bytes(path.read_bytes()[:200])

    restored = run_main("--db", str(path), "doctor", "--restore")

    assert restored.returncode == 0, restored.stdout + restored.stderr
    after = restored.stdout.split("the store as restored:\n")[1]
    assert "1 highlight(s) point at an article the store does not have" in after
    assert run_main("--db", str(path), "doctor").returncode == 1  # still said when asked


def test_the_text_of_an_article_a_restore_went_back_before_is_kept(path: Path):
    """An article stored after the backup is not in the restored store; its text, left in the
    body folder, was then called an import's leftover, for '--repair' to remove."""
    later = "Talks end\n\nThe talks ended in Geneva on Friday.\n"
    with Store.open(path) as store:
        store.add_article(Article(id=text_hash(later)[:12], title="Talks end", text_hash=""), later)
    path.write_bytes(path.read_bytes()[:300])
    restored = run_main("--db", str(path), "doctor", "--restore")
    assert f"1 article(s) (e.g. {text_hash(later)[:12]}) made since" in restored.stdout
    text = body_path(path, text_hash(later))
    day_old = time.time() - 25 * 3600
    os.utime(text, (day_old, day_old))

    said = run_main("--db", str(path), "doctor").stdout
    assert "1 text(s) of articles the store held before 'doctor --restore' went back" in said
    assert "left by an import or refresh that stopped" not in said
    run_main("--db", str(path), "doctor", "--repair")
    assert text.read_text("utf-8") == later


def test_a_second_restore_compares_with_the_file_it_replaces_not_the_first_lost_one(path: Path):
    """The trust note described the file the first restore replaced: left in place, a second
    restore before any write would have said that file's highlights were lost again."""
    with Store.open(path) as store:
        _highlight(store, "a pause of a year", "00000000000b")
    path.write_bytes(path.read_bytes()[:300])
    first = run_main("--db", str(path), "doctor", "--restore").stdout
    assert "1 highlight(s) (e.g. 00000000000b) made since" in first
    path.write_bytes(path.read_bytes()[:300])

    second = run_main("--db", str(path), "doctor", "--restore").stdout

    assert "00000000000b" not in second
    assert "what the lost file held is not known" in second


def test_a_restore_says_where_the_lost_files_bytes_are_or_that_none_remain(path: Path):
    """newuser55: a store file deleted by hand was restored with "the unreadable file, kept
    aside, still holds its bytes", a copy no one could find; a damaged one is kept aside."""
    with Store.open(path) as store:
        store.add_quote(QuoteRecord(id="000000000001", text="q", style="plain"))
    path.unlink()

    restored = run_main("--db", str(path), "doctor", "--restore")

    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "(the store file was missing: no copy of it remains)" in restored.stdout
    assert "kept aside" not in restored.stdout

    with Store.open(path) as store:
        store.add_quote(QuoteRecord(id="000000000002", text="q", style="plain"))
    path.write_bytes(path.read_bytes()[:300])

    restored = run_main("--db", str(path), "doctor", "--restore")

    [broken] = path.parent.glob(f"{path.name}.broken-*")
    assert "(the unreadable file, kept aside, still holds its bytes)" in restored.stdout
    assert f"the unreadable file was kept as {broken}" in restored.stdout


def test_an_article_deleted_after_a_restore_is_not_called_one_the_restore_went_back_before(
    path: Path,
):
    """newuser55: after a restore, `rm` of an article the restored store held left its text
    called one "of articles the store held before 'doctor --restore' went back to an earlier
    backup": the backup `rm` names holds it, as for any deleted article."""
    Store.open(path).close()  # a backup holding the article
    path.unlink()
    assert run_main("--db", str(path), "doctor", "--restore").returncode == 0

    deleted = run_main("--db", str(path), "rm", ARTICLE)
    assert deleted.returncode == 0, deleted.stderr
    said = run_main("--db", str(path), "doctor")

    assert said.returncode == 0, said.stdout
    assert "went back" not in said.stdout
    assert body_path(path, text_hash(TEXT)).read_text("utf-8") == TEXT
