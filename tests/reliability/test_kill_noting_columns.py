"""SIGKILL a writer that changes tags and authors, counts them (a note without their columns
is given them then) and compacts, at random moments: whatever the kill leaves (a note cut
short, a compaction's new file without its note, a journal line in flight), the tag counts
and the highlights' tags and authors of the next open are those of every record."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.store import storage as storage_module
from diplotui.store.records import HIGHLIGHTS
from tests.unit.test_tag_counts_noted import _from_scratch, _values_of_every_document, made

KILLS = 24
TAGS = ["Mekong", "mekong", "laos", "a,b", "tab\there", "50%", ""]
AUTHORS = ["", "Ana Lima", "Binh Tran", "Lee, Kim", "line\nbreak"]


def _seed(path: Path) -> None:
    with Store.open(path) as store, store.batch():
        for n in range(6):
            text = f"Article {n}. The ministers met in Hanoi.\n"
            article = Article(id=store.new_article_id(text_hash(text)), title=f"A{n}", text_hash="")
            store.add_article(article, text)


def _write_forever(path: Path, run: int) -> None:
    """The killed writer: a note without the string columns (an earlier version's) at some
    runs, then tags and authors changed, counted and compacted for ever."""
    rng = random.Random(run)
    if run % 2 == 0:
        storage_module.STRING_COLUMNS = {}
        with Store.open(path) as store:
            store.compact()
        storage_module.STRING_COLUMNS = {"articles": ("tags",), "highlights": ("tags", "author")}
    with Store.open(path) as store:
        articles = store.articles()
        for step in range(10**6):
            article = rng.choice(articles)
            choice = rng.random()
            if choice < 0.4:
                number, tags = rng.randrange(40), rng.sample(TAGS, rng.randint(0, 2))
                store.save_as_given(
                    highlights=[made(number, article.id, tags, rng.choice(AUTHORS))]
                )
            elif choice < 0.6:
                store.with_updates(article, tags=rng.sample(TAGS[:3], rng.randint(0, 2)))
            elif choice < 0.7:
                store.save_as_given(removed_highlights=[f"{rng.randrange(40):08x}"])
            elif choice < 0.99:
                store.tag_counts()
                store.highlight_values()
            else:
                store.compact()
            if step % 50 == 0:
                time.sleep(0)


def _checked(store: Store) -> None:
    assert list(store.tag_counts().items()) == _from_scratch(store)
    assert store.highlight_values() == _values_of_every_document(store)


def test_a_writer_killed_anywhere_leaves_the_counts_and_values_of_every_record(tmp_path: Path):
    path = tmp_path / "library.json"
    _seed(path)
    rng = random.Random(51)
    for run in range(KILLS):
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                _write_forever(path, run)
            finally:
                os._exit(1)
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with Store.open(path, read_only=True) as store:
            _checked(store)
        with Store.open(path) as store:
            _checked(store)
            assert len(store._storage.table(HIGHLIGHTS)) == len(store.highlights())
