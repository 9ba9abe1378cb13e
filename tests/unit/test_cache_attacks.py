"""The text caches attacked: each is derived data, so whatever lies in its place (a damaged,
foreign or hostile file, a link, no folder to write in) costs a rebuild at most; it never
crashes a command or the app, and never touches the store."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from diplotui.library.entity_cache import EntityCache
from diplotui.library.statement_cache import StatementCache
from diplotui.library.text_cache import TextCache
from diplotui.library.timeline import TimelineCache, entity_timeline
from diplotui.model import Article
from diplotui.paths import cache_dir
from diplotui.store import Store, text_hash

TEXTS = {
    "Talks resume": "Talks resume\nOn July 18, Foreign Minister Anna Lind said that the talks "
    "would resume in Geneva.\n",
    "Trade grows": "Trade grows\nOn March 3, Ambassador Jane Doe opened a fair in Hanoi.\n",
}
CACHES: list[type[TextCache[Any]]] = [EntityCache, StatementCache, TimelineCache]
HOSTILE_ROWS = {  # one text's row, of the right shape but no good to read
    "statements.json": [["0", 9, "said", "reported", "A", "a", "PERSON", "", "", "", ""]],
    "timeline.json": [[1e400, 9, "On July 18", []]],  # Infinity: int() overflows
    "entities.json": [["anna lind", "PERSON", {"Anna Lind": 1e400}]],
}


def _library(store_path: Path) -> list[Article]:
    with Store.open(store_path) as store:
        for title, text in TEXTS.items():
            digest = text_hash(text)
            article = Article(id=store.new_article_id(digest), title=title, text_hash=digest,
                              source="Test Wire", date="2025-07-21")  # fmt: skip
            store.add_article(article, text)
        return store.articles()


def _store_files(store_path: Path) -> dict[str, str]:
    """Every file of the store but its caches, by content: what no cache may change."""
    found = {}
    for path in sorted(store_path.parent.rglob("*")):
        if path.is_file() and ".cache" not in path.relative_to(store_path.parent).parts[0]:
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _filled(cls: type[TextCache[Any]], store_path: Path) -> bytes:
    """The cache file as a fill writes it (then removed)."""
    with Store.open(store_path) as store:
        cache = cls.load(store)
        cache.fill(store)
        content = cache.path.read_bytes()
        cache.path.unlink()
    return content


def _with_row(content: bytes, row: object) -> bytes:
    """The cache file with its first text's row replaced by ``row``."""
    header, first, *rest = content.split(b"\n")
    digest, _, _old = first.partition(b": ")
    return b"\n".join([header, digest + b": " + json.dumps(row).encode() + b",", *rest])


DAMAGE: dict[str, Callable[[bytes, Path, Path], None]] = {
    "truncated": lambda good, path, store: path.write_bytes(good[: len(good) // 2]),
    "not JSON": lambda good, path, store: path.write_bytes(b"\x00\xff{not json"),
    "empty": lambda good, path, store: path.write_bytes(b""),
    "an older version": lambda good, path, store: path.write_bytes(
        good.replace(b'"format": ', b'"format": -', 1)
    ),
    "other corrections": lambda good, path, store: path.write_bytes(
        good.replace(b'"corrections": "', b'"corrections": "0', 1)
    ),
    "nested too deep": lambda good, path, store: path.write_bytes(
        _with_row(good, None).replace(b"null", b"[" * 100_000 + b"]" * 100_000)
    ),
    "a hostile row": lambda good, path, store: path.write_bytes(
        _with_row(good, HOSTILE_ROWS[path.name])
    ),
    "a folder": lambda good, path, store: path.mkdir(),
    "a link to the store": lambda good, path, store: path.symlink_to(store),
    "a link to a device": lambda good, path, store: path.symlink_to("/dev/zero"),
    "a FIFO": lambda good, path, store: os.mkfifo(path),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("cls", CACHES, ids=lambda cls: cls.FILE_NAME)
def test_whatever_lies_in_a_cache_s_place_costs_a_rebuild_at_most(
    store_path: Path, cls: type[TextCache[Any]], damage: str
) -> None:
    """Loading passes over what it cannot trust (a whole file, or one text's row: a
    statement whose offset was text made its speaker's timeline fail, a date's offset of
    1e400 or a JSON nested 100,000 deep made loading fail); the fill then
    gives every text what a fresh cache gives it, and the store is never written."""
    articles = _library(store_path)
    good = _filled(cls, store_path)
    path = cache_dir(store_path) / cls.FILE_NAME
    DAMAGE[damage](good, path, store_path)
    before = _store_files(store_path)
    with Store.open(store_path, read_only=True) as store:
        cache = cls.load(store)
        for article in articles:
            kept = cache._results.get(cache.key(article))
            if kept is not None:  # what was kept is what a fresh reading finds
                assert kept == cache.compute(store.article_text(article.id), article.title)
        cache.fill(store)
        fresh = cls(path, cls.current_version(), store.corrections())
        for article in articles:
            text = store.article_text(article.id)
            assert cache._results[cache.key(article)] == fresh.compute(text, article.title)
    assert _store_files(store_path) == before
    if damage not in ("a folder",):  # a folder in its place stays: the cache is not saved
        assert path.is_file() and not path.is_symlink()
        reread = cls.load_file(path, [])
        assert not reread.missing(articles), "saved whole, in the current version"


def test_a_timeline_with_no_folder_to_save_in_is_the_same_timeline(store_path: Path) -> None:
    """A file where the cache folder goes (or a folder the user cannot write): nothing is
    saved, so every timeline reads the texts again, and gives what it gives with caches."""
    _library(store_path)
    with Store.open(store_path, read_only=True) as store:
        saved = entity_timeline(store, "Anna Lind")
    folder = cache_dir(store_path)
    for name in os.listdir(folder):
        (folder / name).unlink()
    folder.rmdir()
    folder.write_bytes(b"not a folder")
    before = _store_files(store_path)
    with Store.open(store_path, read_only=True) as store:
        assert entity_timeline(store, "Anna Lind") == saved
        assert entity_timeline(store, "Anna Lind") == saved
    assert folder.read_bytes() == b"not a folder"
    assert _store_files(store_path) == before


@pytest.mark.parametrize("where", ["thread", "helper process"])
def test_a_text_replaced_while_a_fill_runs_is_not_kept_under_the_old_one(
    store_path: Path, where: str
) -> None:
    """``R`` (or an edit in another process) replaced a text after a fill listed the
    articles and before it read them: the new text's statements were kept under the old
    text's key, and given to any article holding the old text again (a duplicate, an edit
    undone). The replaced text is passed over, and the next fill reads it."""
    _library(store_path)
    replaced = "Talks resume\nOn July 19, Minister Anna Lind said that nothing was agreed.\n"
    with Store.open(store_path) as store:
        listed = [replace(article) for article in store.articles()]  # as the fill listed them
        store.replace_article_text(store.article(listed[0].id), replaced, [])
        cache = StatementCache.load(store)
        fill = cache.fill if where == "thread" else cache.fill_in_process
        fill(store, listed)
        old_key = cache.key(listed[0])
        assert not cache.has(old_key) and not StatementCache.load(store).has(old_key)
        assert cache.has(cache.key(listed[1])), "the other article's text was read"
        cache.fill(store)
        found = cache.statements(store.article(listed[0].id))
    assert [s.text for s in found] == ["nothing was agreed"]


KILLED_APP = """
import os, signal, sys
from pathlib import Path
from diplotui.library import text_cache
from diplotui.library.statement_cache import StatementCache
from diplotui.library.text_cache import fill_together_in_process
from diplotui.library.timeline import TimelineCache
from diplotui.store import Store

# the helper at this process's priority, as in the test process (tests/conftest.py): lowered
# to the idle class, it waited for every busy worker of a loaded run (45 s in one run)
text_cache.lower_process = lambda pid, lowest=False: None
store = Store.open(Path(sys.argv[1]), read_only=True)
caches = (StatementCache.load(store), TimelineCache.load(store))

def progress(done, total):
    print(done, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the app dies after the helper's first answer

fill_together_in_process(caches, store, store.articles(), progress=progress, chunk=1)
"""


def test_an_app_killed_mid_fill_keeps_what_the_helper_finished_for_both(
    store_path: Path, tmp_path: Path
) -> None:
    """The first ``L`` fills both caches in one helper; the app killed after its first
    answer: the helper, its input ended, saves both files whole (each atomically), holding
    the same text, and the store is untouched."""
    articles = _library(store_path)
    files = [cache_dir(store_path) / cls.FILE_NAME for cls in (StatementCache, TimelineCache)]
    assert not any(path.exists() for path in files)
    before = _store_files(store_path)
    script = tmp_path / "app.py"
    script.write_text(KILLED_APP, encoding="utf-8")
    app = subprocess.run(
        [sys.executable, str(script), str(store_path)], capture_output=True, text=True
    )
    assert app.returncode == -9 and app.stdout.strip() == "1", app.stderr
    for _ in range(600):  # the helper sees its input end, saves and ends
        if all(path.exists() for path in files):
            break
        time.sleep(0.05)
    with Store.open(store_path, read_only=True) as store:
        said, dated = StatementCache.load(store), TimelineCache.load(store)
        assert len(said) == len(dated) == 1
        assert said.missing(articles) == dated.missing(articles) == articles[1:]
    assert _store_files(store_path) == before


def _moved_start(row: list[Any]) -> None:
    row[0] += 7  # one figure of one offset changed, by hand or a stray write


def _moved_decision(row: list[Any]) -> None:
    row[-4:-2] = [row[1] + 5, row[1] + 9]  # its speaker's words past the statement's end


@pytest.mark.parametrize("move", [_moved_start, _moved_decision], ids=["start", "decision"])
def test_a_statement_row_whose_offsets_miss_its_words_is_read_again(
    store_path: Path, move: Callable[[list[Any]], None]
) -> None:
    """A row of the right types whose offsets no longer span its words was trusted: the
    speaker correction laid over the statement at its true offsets missed it, and the
    statement was listed twice, once under each speaker."""
    articles = _library(store_path)
    good = _filled(StatementCache, store_path)
    header, *lines = good.split(b"\n")
    spoken = next(n for n, line in enumerate(lines) if b'"said"' in line)
    digest, _, row = lines[spoken].partition(b": ")
    rows = json.loads(row.rstrip(b","))
    move(rows[0])
    lines[spoken] = digest + b": " + json.dumps(rows).encode() + b","
    path = cache_dir(store_path) / StatementCache.FILE_NAME
    path.write_bytes(b"\n".join([header, *lines]))
    with Store.open(store_path, read_only=True) as store:
        cache = StatementCache.load(store)
        assert cache._results.get(json.loads(digest)) is None
        cache.fill(store)
        for article in articles:
            text = store.article_text(article.id)
            assert cache.found(article) == cache.compute(text, article.title)
