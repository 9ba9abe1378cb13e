"""A seeded store with a highlight that starts in a photo caption, and the command line run
in-process to print it (what it prints is under test, not the process: ``tests/cli_runner.py``)."""

from __future__ import annotations

from pathlib import Path

from diplotui.ingest import seed_if_empty
from diplotui.model import Highlight
from diplotui.store import Store
from tests.cli_runner import run_main as cli

__all__ = ["captioned_highlight", "cli"]


def captioned_highlight(store_path: Path) -> str:
    """The seeds, with a highlight from a caption's credit into the next paragraph."""
    with Store.open(store_path) as store:
        seed_if_empty(store)
        article = next(a for a in store.articles() if a.title.startswith("Secretariat"))
        text = store.article_text(article.id)
        quote = "(Photo: Quang Hoa) |\nPolitburo Member and Secretariat's Standing Member"
        start = text.index(quote)
        highlight = Highlight(
            id="00000000c0de",
            article_id=article.id,
            start=start,
            end=start + len(quote),
            quote=quote,
        )
        store.save_highlight(highlight)
    return highlight.id
