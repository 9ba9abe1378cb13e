"""What the question before deleting an article says goes with it: a note alone read "Its
its note goes with it."."""

from __future__ import annotations

from diplotui.model import Article
from diplotui.tui.controllers.articles import what_goes_with


def test_what_goes_with_an_article_reads_as_a_sentence() -> None:
    bare = Article(id="a1", title="Talks", text_hash="")
    noted = Article(id="a1", title="Talks", text_hash="", note="Ask the desk.")
    assert what_goes_with(bare, 0) == "It has no annotations."
    assert what_goes_with(noted, 0) == "Its note goes with it."
    assert what_goes_with(bare, 1) == "Its 1 highlight goes with it."
    assert what_goes_with(noted, 2) == "Its 2 highlights and its note go with it."
