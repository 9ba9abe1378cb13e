"""A deterministic stream of store writes, replayable on a plain model to check a killed writer.

Op ``i`` of run ``r`` depends only on ``(r, i)`` and the article ids, so the checker can tell
exactly what every acknowledged write must have left in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from diplotui.model import Article, Highlight
from diplotui.store import Store, text_hash

ARTICLE_COUNT = 40


@dataclass
class Model:
    """What the checker compares: tags and note per article, note per highlight."""

    articles: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    highlights: dict[str, str] = field(default_factory=dict)

    def copy(self) -> Model:
        return Model(dict(self.articles), dict(self.highlights))


def seed(path: Path) -> list[str]:
    with Store.open(path) as store, store.batch():
        for n in range(ARTICLE_COUNT):
            text = f"Article {n}. The ministers met in Hanoi and agreed on a joint statement."
            article = Article(id=store.new_article_id(text_hash(text)), title=f"A{n}", text_hash="")
            store.add_article(article, text)
    return article_ids(path)


def article_ids(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return sorted(a.id for a in store.articles())


def snapshot(store: Store) -> Model:
    return Model(
        {a.id: (tuple(a.tags), a.note) for a in store.articles()},
        {h.id: h.note for h in store.highlights()},
    )


def highlight_id(run: int, index: int) -> str:
    return f"{run:04x}{index:08x}"


def apply_to_store(store: Store, ids: list[str], run: int, index: int) -> None:
    """Op ``index`` of ``run``: tag, add a highlight, set a note, delete a highlight, in turn."""
    kind = index % 4
    if kind == 0:
        article = store.article(ids[index * 7 % len(ids)])
        article.tags = [*article.tags, f"r{run}i{index}"]
        store.save_article(article)
    elif kind == 1:
        store.save_highlight(
            Highlight(
                id=highlight_id(run, index),
                article_id=ids[index * 3 % len(ids)],
                start=0,
                end=7,
                quote="Article",
                note=f"h{run}-{index}",
            )
        )
    elif kind == 2:
        article = store.article(ids[index * 5 % len(ids)])
        article.note = f"note r{run}i{index}"
        store.save_article(article)
    else:
        store.remove_highlight(highlight_id(run, index - 2))


def apply_to_model(model: Model, ids: list[str], run: int, index: int) -> None:
    kind = index % 4
    if kind == 0:
        article_id = ids[index * 7 % len(ids)]
        tags, note = model.articles[article_id]
        model.articles[article_id] = ((*tags, f"r{run}i{index}"), note)
    elif kind == 1:
        model.highlights[highlight_id(run, index)] = f"h{run}-{index}"
    elif kind == 2:
        article_id = ids[index * 5 % len(ids)]
        model.articles[article_id] = (model.articles[article_id][0], f"note r{run}i{index}")
    else:
        del model.highlights[highlight_id(run, index - 2)]


def write_forever(path: Path, run: int, acknowledge) -> None:
    """The writer's loop: one op, then acknowledge it once the store call has returned."""
    with Store.open(path, wait_seconds=5.0) as store:
        ids = sorted(a.id for a in store.articles())
        index = 0
        while True:
            apply_to_store(store, ids, run, index)
            acknowledge(index)
            index += 1


# A process that holds a store's write lock until it reads a line from stdin.
HOLDER = """
import sys
from diplotui.store import Store
with Store.open(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.readline()
"""
