"""``doctor`` lists the drafts of notes never saved: those offered again when their article
opens, those whose article is gone (nothing offers them), and files holding none; only
``--clear-orphaned-drafts`` removes any, the orphaned ones alone, each named."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

from diplotui.session.drafts import DraftFolder, NoteDraft
from diplotui.store import Store
from tests.cli_runner import run_main

TEXT = "Talks in Hanoi\n\nThe ministers agreed a plan on trade and met the press.\n"


def _store_with_drafts(tmp_path: Path) -> tuple[Path, str, DraftFolder]:
    store, source = tmp_path / "library.json", tmp_path / "talks.txt"
    source.write_text(TEXT, encoding="utf-8")
    done = run_main("--db", str(store), "import", str(source))
    assert done.returncode == 0, done.stderr
    article = done.stdout.split()[1]
    folder = DraftFolder(store)
    folder.write(NoteDraft(article, "article", "ask the embassy"))
    folder.write(NoteDraft("gone00000000", "article", "typed on an article deleted since"))
    os.mkfifo(folder.path / "planted.json")
    return store, article, folder


def test_doctor_lists_drafts_kept_orphaned_and_unreadable_and_removes_none(tmp_path: Path):
    store, _, folder = _store_with_drafts(tmp_path)
    before = sorted(os.listdir(folder.path))
    done = run_main("--db", str(store), "doctor")
    assert done.returncode == 0, done.stdout
    said = done.stdout
    assert "1 note draft, never saved: offered again when their article opens" in said
    assert "draft in “Talks in Hanoi”: a note on the article" in said and "ask the embassy" in said
    line = next(line for line in said.splitlines() if "gone00000000" in line)
    assert "no longer in the library" in line and "--clear-orphaned-drafts" in line, line
    assert "planted.json: no draft (not a regular file" in said
    assert sorted(os.listdir(folder.path)) == before


def test_clear_orphaned_drafts_removes_only_those_whose_article_is_gone(tmp_path: Path):
    store, article, folder = _store_with_drafts(tmp_path)
    done = run_main("--db", str(store), "doctor", "--clear-orphaned-drafts")
    assert done.returncode == 0, done.stdout
    assert "removed the draft of a note on the article" in done.stdout
    assert "typed on an article deleted since" in done.stdout.splitlines()[-1]
    assert [d.article_id for d in folder.drafts()] == [article]
    assert (folder.path / "planted.json").exists(), "a file holding no draft is left alone"
    again = run_main("--db", str(store), "doctor", "--clear-orphaned-drafts")
    assert "no orphaned draft to remove" in again.stdout


def test_clear_orphaned_drafts_waits_for_the_app_holding_the_store(tmp_path: Path):
    """The app holding the store may bring the article back (``u`` undoes its deletion):
    its drafts are cleared only under the store's lock, refused while it is held."""
    store, _, folder = _store_with_drafts(tmp_path)
    holder = Store.open(store)
    try:
        with mock.patch("diplotui.cli.doctor.WRITE_LOCK_WAIT_SECONDS", 0):
            done = run_main("--db", str(store), "doctor", "--clear-orphaned-drafts")
    finally:
        holder.close()
    assert done.returncode == 1 and "--clear-orphaned-drafts refused" in done.stderr
    assert len(folder.drafts()) == 2


def test_doctor_finds_the_drafts_of_a_store_named_through_a_link(tmp_path: Path):
    """``--db`` naming the store through a symbolic link: the app keeps drafts beside the
    real file, so doctor looks there, not beside the link."""
    store, _, _ = _store_with_drafts(tmp_path)
    link = tmp_path / "elsewhere" / "linked.json"
    link.parent.mkdir()
    link.symlink_to(store)
    done = run_main("--db", str(link), "doctor")
    assert "draft in “Talks in Hanoi”" in done.stdout, done.stdout
    assert "gone00000000" in done.stdout


def test_doctor_says_when_the_drafts_folder_is_no_folder(tmp_path: Path):
    """A link or a file where the drafts go: the app says it only once a note is typed (each
    draft then fails), so doctor says it too."""
    store, _, folder = _store_with_drafts(tmp_path)
    folder.path.rename(tmp_path / "aside")
    folder.path.symlink_to(tmp_path / "aside")
    done = run_main("--db", str(store), "doctor")
    assert "library.json.drafts: not a folder (a link or a file)" in done.stdout, done.stdout


def test_clear_orphaned_drafts_refuses_when_the_store_cannot_be_read(tmp_path: Path):
    """With the store unreadable no article is known, so every draft would look orphaned:
    the option said nothing and did nothing; it now says it refused."""
    store, _, folder = _store_with_drafts(tmp_path)
    store.write_bytes(b"{ not json")
    (tmp_path / "library.json.journal").unlink(missing_ok=True)
    done = run_main("--db", str(store), "doctor", "--clear-orphaned-drafts")
    assert done.returncode == 1
    assert "--clear-orphaned-drafts refused: the store cannot be read" in done.stderr
    assert len(folder.drafts()) == 2


def test_doctor_lists_the_tags_typed_and_never_added_apart_from_the_notes(tmp_path: Path):
    store, article, folder = _store_with_drafts(tmp_path)
    folder.write(NoteDraft(article, "article", "asean, trade", of="tags"))
    said = run_main("--db", str(store), "doctor").stdout
    assert "1 note draft, never saved: offered again when their article opens" in said
    assert "1 tag draft, never added: offered again when tagging their target" in said
    assert "draft in “Talks in Hanoi”: tags on the article" in said and "asean, trade" in said
