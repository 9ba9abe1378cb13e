"""The Markdown brief quotes a highlight that cut off its quotation's opening mark with that
mark put back, as ``y`` and ``diplotui quote`` give it: it held the lone closing one,
"> We will continue.”", which no copy of the same highlight has."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Talks resume\n\n"
    'The minister spoke at length. "We will continue."\n\n'
    "Both sides would meet again in September.\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]


def test_the_brief_quotes_a_highlight_as_the_copy_does(store_path: Path):
    with Store.open(store_path) as store:
        store.add_article(Article(id=ARTICLE_ID, title="Talks resume", text_hash=""), TEXT)
    db = str(store_path)
    passage = 'We will continue."\n\nBoth sides would meet'
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", passage)
    assert made.returncode == 0, made.stderr
    copied = run_main("--db", db, "quote", made.stdout.split()[-1], "--style", "markdown")
    assert copied.stdout.startswith("> “We will continue.”\n>\n> Both sides would meet\n")
    brief = run_main("--db", db, "export", "--format", "markdown").stdout
    assert "\n> “We will continue.”\n>\n> Both sides would meet\n" in brief, brief
