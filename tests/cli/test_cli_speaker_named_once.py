"""A highlight whose words hold their own attribution names its speaker once in ``annotations``,
``quote`` and the brief: a whole sentence highlighted, with a speaker the user gave it (or
one the finder found, of a highlight made before highlights went on the speaker's words),
was "Wang Yi said: Wang Yi said so." everywhere but the CSV's quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.cite import indirect
from diplotui.model import Article, SpeakerSource
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = (
    "Code talks\n"
    "Ministers met in Kuala Lumpur on Thursday.\n"
    "Wang Yi said so.\n"
    "The talks, Wang said, went well.\n"
    "According to Chinese Foreign Minister Wang Yi, the two sides agreed to speed up talks.\n"
    "Wang Yi said the two sides agreed to speed up talks on a code of conduct.\n"
)


@pytest.mark.parametrize(
    "words",
    [
        "Wang Yi said so.",
        "The talks, Wang said, went well.",
        "According to Chinese Foreign Minister Wang Yi, the two sides agreed to speed up talks.",
        "Wang Yi said the two sides agreed to speed up talks on a code of conduct.",
    ],
)
@pytest.mark.parametrize("source", [SpeakerSource.USER.value, SpeakerSource.FOUND.value])
def test_annotations_quote_and_brief_name_the_speaker_once(
    store_path: Path, words: str, source: str
):
    store = Store.open(store_path)
    digest = text_hash(TEXT)
    article = Article(id=store.new_article_id(digest), title="Code talks", text_hash=digest,
                      source="Test Wire", date="2025-07-10")  # fmt: skip
    store.add_article(article, TEXT)
    start = TEXT.index(words)
    highlight = new_highlight(
        article.id,
        TEXT,
        start,
        start + len(words),
        speaker="Wang Yi",
        speaker_role="Foreign Minister",
        speaker_source=source,
    )
    store.save_highlight(highlight)
    store.close()
    db = ("--db", str(store_path))
    for args in (("annotations",), ("quote", highlight.id), ("export", "--format", "markdown")):
        out = run_main(*db, *args).stdout
        (line,) = [line for line in out.splitlines() if words[:40] in line]  # the citation apart
        assert "said: " not in line and line.count("Wang") == 1, (args, out)


def test_a_mere_mention_of_the_speaker_keeps_the_attribution():
    said = indirect("China", "China will never seek hegemony", colon_verb="said")
    assert said == "China said: China will never seek hegemony."
    said = indirect("Wang Yi (Foreign Minister)", "Wang Yi's visit was a success")
    assert said == "Wang Yi (Foreign Minister) said: Wang Yi's visit was a success."
