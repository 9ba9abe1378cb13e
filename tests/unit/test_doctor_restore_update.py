"""A restore to a backup taken before an 'import --update' (attack28, finding 1): the article
went back to its old text while the restore said it held everything the lost file held, then
'doctor' called the updated text an import's leftover and '--repair' deleted it for good."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from diplotui.store import ARTICLES, body_path, storage
from tests.cli_runner import run_main

OLD = 'Sergei Lavrov told reporters that "the West has no plan at all."\n'
NEW = 'Sergei Lavrov told reporters that "the West has a plan after all."\n'
HEAD = "---\ntitle: Said days\ndate: 2025-03-05\nsource: Wire\n---\n\n"


def _updated_then_cut_short(tmp_path: Path) -> tuple[Path, Path]:
    store, source = tmp_path / "u.json", tmp_path / "a.md"
    source.write_text(HEAD + OLD, "utf-8")
    assert run_main("--db", str(store), "--create", "import", str(source)).returncode == 0
    source.write_text(HEAD + NEW, "utf-8")
    assert run_main("--db", str(store), "import", "--update", str(source)).returncode == 0
    store.write_bytes(store.read_bytes()[:200])
    return store, source


def _article_id(store: Path) -> str:
    listed = json.loads(run_main("--db", str(store), "list", "--json").stdout)
    return str(next(a["id"] for a in listed if a["title"] == "Said days"))


def _newer_text(store: Path) -> Path:
    [text] = [
        p
        for p in store.with_name(store.name + ".bodies").rglob("*.txt")
        if "has a plan after all" in p.read_text("utf-8")
    ]
    return text


def test_the_restore_says_the_backup_holds_an_older_text_and_repair_keeps_the_newer(
    tmp_path: Path,
):
    store, _ = _updated_then_cut_short(tmp_path)
    newer = _newer_text(store)
    digest = newer.name[:-4]
    assert body_path(store, digest) == newer

    said = run_main("--db", str(store), "doctor", "--restore").stdout

    article = _article_id(store)
    assert "quote the lost file held (notes" not in said
    assert (
        f"it holds an older text of 1 article(s) than the lost file named (e.g. article "
        f"{article})" in said
    )
    assert "not every text they had" in said
    day_old = time.time() - 3 * 24 * 3600
    for text in store.with_name(store.name + ".bodies").rglob("*.txt"):
        os.utime(text, (day_old, day_old))
    checked = run_main("--db", str(store), "doctor").stdout
    assert "left by an import or refresh that stopped" not in checked
    assert "before 'doctor --restore' went back" in checked
    repaired = run_main("--db", str(store), "doctor", "--repair")
    assert newer.read_text("utf-8").endswith(NEW)
    assert "removed 1 article text" not in repaired.stdout


def test_without_a_note_of_each_articles_text_the_newer_text_is_still_said_and_kept(
    tmp_path: Path, monkeypatch
):
    """A trust note written before notes named each article's text (an older diplotui): the
    restore cannot say which article went back, but says a text written since is unnamed,
    and '--repair' keeps every unnamed text older than the restore."""
    monkeypatch.delitem(storage.NOTED_COLUMNS, ARTICLES)
    store, _ = _updated_then_cut_short(tmp_path)
    newer = _newer_text(store)

    said = run_main("--db", str(store), "doctor", "--restore").stdout

    assert (
        f"1 text(s) written after that backup that no restored article names (e.g. {newer})" in said
    )
    assert "quote the lost file held (notes" not in said
    day_old = time.time() - 3 * 24 * 3600
    os.utime(newer, (day_old, day_old))
    assert "left by an import or refresh" not in run_main("--db", str(store), "doctor").stdout
    run_main("--db", str(store), "doctor", "--repair")
    assert newer.read_text("utf-8").endswith(NEW)
