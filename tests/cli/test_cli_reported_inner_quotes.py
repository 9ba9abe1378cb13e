"""Every listing of who said what gives a paraphrase's inner quotation as the copy does: in
typographic marks. ``statements`` (of the library or of one article) and ``timeline``
printed 'Zeev Elkin (minister) said that there was "a substantial chance" ...' in the
article's straight marks, where ``y`` copied '“a substantial chance”', so the brief pasted
from the listing and the one pasted from the copy read differently."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Gaza ceasefire may take more time\n\n"
    "Israeli minister Zeev Elkin, who sits in the security cabinet, said that there was "
    '"a substantial chance" a ceasefire would be agreed.\n'
)
ARTICLE_ID = text_hash(TEXT)[:12]


def _stored(store_path: Path) -> None:
    with Store.open(store_path) as store:
        article = Article(
            id=ARTICLE_ID,
            title="Gaza ceasefire may take more time",
            text_hash="",
            date="2025-07-09",
        )
        store.add_article(article, TEXT)


def test_statements_and_timeline_curl_a_paraphrase_inner_quotation(store_path: Path):
    _stored(store_path)
    for args in (("statements",), ("statements", ARTICLE_ID), ("timeline", "Zeev Elkin")):
        listed = run_main("--db", str(store_path), *args)
        assert listed.returncode == 0, listed.stderr
        line = next(line for line in listed.stdout.splitlines() if "Elkin" in line)
        assert "there was “a substantial chance” a ceasefire" in line, (args, line)
        assert '"' not in line, (args, line)
