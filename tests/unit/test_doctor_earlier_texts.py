"""The texts an update replaced are an article's earlier versions, not what a stopped import
left (newuser28, finding 5): once the backups naming them rotated out, ``doctor`` called them
"left by an import or refresh that stopped" and ``--repair`` would have deleted them."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from diplotui.store import Store, body_path, text_hash
from diplotui.store.backups import BACKUPS_KEPT
from tests.cli_runner import run_main

VERSIONS = [
    "Talks resume\n\nThe talks resumed in Geneva on Monday.\n",
    "Talks resume\n\nThe talks resumed in Geneva on Monday after a pause.\n",
    "Talks resume\n\nThe talks resumed in Geneva on Monday after a pause of a year.\n",
]


def _import_three_versions(store_path: Path, tmp_path: Path) -> str:
    source = tmp_path / "talks.txt"
    for n, version in enumerate(VERSIONS):
        source.write_text(version, "utf-8")
        args = ["import", str(source)] + (["--update"] if n else [])
        done = run_main("--db", str(store_path), *args)
        assert done.returncode == 0, done.stdout + done.stderr
    return text_hash(VERSIONS[0])[:12]


def _rotate_the_backups_out(store_path: Path) -> None:
    for n in range(BACKUPS_KEPT + 1):
        with Store.open(store_path) as store:
            store.set_setting("sort", f"title{n}")


def _age(path: Path) -> None:
    day_old = time.time() - 25 * 3600
    os.utime(path, (day_old, day_old))


def test_an_updated_articles_earlier_texts_are_named_kept_and_never_repaired_away(
    store_path: Path, tmp_path: Path
):
    article_id = _import_three_versions(store_path, tmp_path)
    earlier = [text_hash(v) for v in VERSIONS[:2]]
    with Store.open(store_path, read_only=True) as store:
        assert store.article(article_id).earlier_texts == earlier
        assert store.article(article_id).text_hash == text_hash(VERSIONS[2])
    _rotate_the_backups_out(store_path)
    for digest in earlier:
        _age(body_path(store_path, digest))

    said = run_main("--db", str(store_path), "doctor")
    assert said.returncode == 0, said.stdout
    assert "no article names" not in said.stdout
    assert "2 earlier text(s) of updated articles" in said.stdout
    assert "kept, nothing removes them" in said.stdout
    repaired = run_main("--db", str(store_path), "doctor", "--repair")
    assert repaired.returncode == 0 and "nothing to repair" in repaired.stdout
    for digest, version in zip(earlier, VERSIONS, strict=False):
        assert body_path(store_path, digest).read_text("utf-8") == version


def test_texts_replaced_before_articles_named_them_are_kept_too(store_path: Path, tmp_path: Path):
    """A store updated by an earlier diplotui: its articles name no earlier texts. The first
    is known by its hash (the article's id is its prefix); the one in between cannot be told
    from an import's leftover, so it is kept and doctor says why."""
    article_id = _import_three_versions(store_path, tmp_path)
    with Store.open(store_path) as store:
        store.compact()
    data = json.loads(store_path.read_text("utf-8"))
    data["articles"][article_id].pop("earlier_texts", None)  # as an earlier diplotui stored it
    store_path.write_text(json.dumps(data), "utf-8")
    _rotate_the_backups_out(store_path)
    first, between = (body_path(store_path, text_hash(v)) for v in VERSIONS[:2])
    for text in (first, between):
        _age(text)

    said = run_main("--db", str(store_path), "doctor").stdout
    assert "1 earlier text(s) of updated articles" in said and str(first) in said
    assert (
        f"1 article text(s) that no article names ({between.stat().st_size} bytes, e.g. "
        f"{between}): 1 article(s) (e.g. {article_id}) were updated before diplotui noted"
    ) in said
    assert "left by an import or refresh that stopped" not in said
    repaired = run_main("--db", str(store_path), "doctor", "--repair")
    assert "nothing to repair" in repaired.stdout
    assert first.exists() and between.exists()
