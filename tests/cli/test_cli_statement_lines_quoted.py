"""``diplotui statements ID`` lists a direct quotation as every other listing of who said what
gives it: in quotation marks, without the comma the quoting sentence ended it with. It
printed "said: We are ready to work with all partners," (no marks, the reporter's comma),
which pasted into a brief reads as a paraphrase cut short."""

from __future__ import annotations

from pathlib import Path

from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Talks resume\n\n"
    '"We are ready to work with all partners," Foreign Minister Bui Thanh Son told reporters.\n\n'
    "According to the spokeswoman, Viet Nam requests China not to complicate the situation.\n"
)
ARTICLE_ID = text_hash(TEXT)[:12]


def test_a_direct_quotation_is_listed_in_marks_and_a_paraphrase_without(store_path: Path):
    with Store.open(store_path) as store:
        store.add_article(Article(id=ARTICLE_ID, title="Talks resume", text_hash=""), TEXT)
    listed = run_main("--db", str(store_path), "statements", ARTICLE_ID)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].endswith(
        "direct   Bui Thanh Son (Foreign Minister) said: “We are ready to work with all partners”"
    ), lines
    assert "“" not in lines[1] and "requests China not to complicate" in lines[1], lines
