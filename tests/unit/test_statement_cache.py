"""The statement cache: filled in a helper process that saves its own work, so a killed app
loses nothing it finished; an unreadable or stale file costs only a rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from diplotui.ingest import seed_if_empty
from diplotui.library.statement_cache import CACHE_NAME, StatementCache
from diplotui.model import Article
from diplotui.paths import cache_dir
from diplotui.store import Store

LEDE = "Foreign Minister Anna Lind said on Monday that the border talks would resume in Geneva."


def _seeded(store_path: Path) -> Path:
    with Store.open(store_path) as store:
        seed_if_empty(store)
        cache_dir(store.path).joinpath(CACHE_NAME).unlink(missing_ok=True)
    return cache_dir(store_path) / CACHE_NAME


def test_helper_process_finds_what_the_thread_finds_and_saves_it(store_path: Path) -> None:
    """Both read a text under its title: a feed's, stored without it, opens with a lede."""
    cache_file = _seeded(store_path)
    with Store.open(store_path) as store:
        fed = Article(id="00000000feed", title="Lind: talks resume", text_hash="")
        store.add_article(fed, f"{LEDE}\nThe delegations last met in March.\n")
        articles = store.articles()
        in_thread = StatementCache.load(store)
        in_thread.fill(store, articles, save_every=10**6)
        cache_file.unlink()
        helped = StatementCache.load(store)
        assert helped.fill_in_process(store, articles, chunk=1) == len(articles)
        for article in articles:
            found = helped.statements(article)
            assert found and found == in_thread.statements(article)
        assert [s.speaker for s in helped.statements(store.article(fed.id))] == ["Anna Lind"]
        saved = StatementCache.load(store)
    assert len(saved) == len(articles), "the helper wrote the file for the next start"


KILLED_APP = """
import os, signal, sys
from pathlib import Path
from diplotui.library.statement_cache import StatementCache
from diplotui.store import Store

store = Store.open(Path(sys.argv[1]))
cache = StatementCache.load(store)

def progress(done, total):
    print(done, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the app dies after the helper's first answer

cache.fill_in_process(store, store.articles(), progress=progress, chunk=1)
"""


def test_a_killed_app_keeps_what_its_helper_finished(store_path: Path, tmp_path: Path) -> None:
    cache_file = _seeded(store_path)
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(KILLED_APP), encoding="utf-8")
    app = subprocess.run(
        [sys.executable, str(script), str(store_path)], capture_output=True, text=True
    )
    assert app.returncode == -9 and app.stdout.strip() == "1", app.stderr
    for _ in range(600):  # the helper sees its input end, saves (atomically) and ends
        if cache_file.exists():
            break
        time.sleep(0.05)
    with Store.open(store_path) as store:
        cache = StatementCache.load(store)
        assert len(cache) >= 1, "the first article's statements were saved"
        assert len(cache.missing(store.articles())) == len(store.articles()) - len(cache)


def test_unreadable_or_stale_cache_is_rebuilt_and_dead_temp_files_go(store_path: Path) -> None:
    cache_file = _seeded(store_path)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    dead = cache_file.with_name(f".{CACHE_NAME}.tmp-999999999-abcd")
    dead.write_bytes(b'{"format": 1, "texts": {')  # a writer killed mid-write
    for content in (b"\x00\xff not json", b'{"format": 1, "finder": "old", "texts": {}}'):
        cache_file.write_bytes(content)
        with Store.open(store_path) as store:
            cache = StatementCache.load(store)
            assert len(cache) == 0
            cache.fill(store)
            assert not cache.missing(store.articles())
        document = json.loads(cache_file.read_bytes())
        assert document["finder"] == cache.version and len(document["texts"]) == len(cache)
    assert not dead.exists()


def test_prune_drops_only_texts_no_article_has_and_the_save_writes_it(store_path: Path) -> None:
    cache_file = _seeded(store_path)
    with Store.open(store_path) as store:
        articles = store.articles()
        cache = StatementCache.load(store)
        cache.fill(store, articles)
        cache.put("0" * 64, [])  # a text an article had before it was edited
        cache.save()
        assert "0" * 64 in json.loads(cache_file.read_bytes())["texts"]
        assert cache.prune(articles) == 1
        assert cache.prune(articles) == 0
        cache.save()
        reloaded = StatementCache.load(store)
    assert not reloaded.has("0" * 64)
    assert len(reloaded) == len(articles) and not reloaded.missing(articles)


def test_the_finders_version_follows_the_layout_it_reads_by(tmp_path: Path, monkeypatch) -> None:
    """Where a text's headline is (``layout``) changes what is found: a change there throws
    the cache away, as one to the finder does; a module's version is its own file's."""
    from diplotui import layout
    from diplotui.library.statement_cache import finder_version

    before = finder_version()
    changed = tmp_path / "layout.py"
    changed.write_text(Path(layout.__file__).read_text() + "\n# changed\n")
    monkeypatch.setattr(layout, "__file__", str(changed))
    assert finder_version() != before
