"""A long article is prepared apart from the UI: its sentences and entities come from a helper
process while the reader shows it and answers keys (a 10 MB one split on the UI thread for
0.3 s, then its recognition held the interpreter lock up to 0.9 s at a time for 15-35 s)."""

from __future__ import annotations

import time

from diplotui import entities
from diplotui.layout import article_blocks
from diplotui.session import cursor
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, reader_of

SENTENCE = "The minister met Ambassador Nguyen Van An in Hanoi on Monday. "
BODY = SENTENCE * 6_500  # 410 KB on one line: prepared apart (over 200,000 characters)


async def test_a_long_article_is_split_and_recognised_apart(store_path, monkeypatch):
    store = Store.open(store_path)
    article = add_article(store, "Long talks", BODY)
    text = store.article_text(article.id)
    expected = cursor.visible_sentences(text, article_blocks(text, "Long talks"))
    split: list[int] = []
    split_here = cursor.sentences

    def recorded(text: str) -> list[tuple[int, int]]:
        split.append(len(text))
        return split_here(text)

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("recognised in the app's process")

    monkeypatch.setattr(cursor, "sentences", recorded)
    monkeypatch.setattr(entities, "recognise", refused)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reader = reader_of(app)
        await pilot.press("j", "j")  # keys answer while the helper works
        assert reader.cursor.index == 2 and not reader.entities
        began = time.monotonic()
        while not reader.entities and time.monotonic() - began < 60:
            await pilot.pause(0.1)
        assert reader.entities, "no entities came back"
        assert all(text[s.start : s.end] == s.text for s in reader.entities)
        assert (reader.units, reader.cursor.unit_blocks) == expected
        assert reader.cursor_span == expected[0][2]  # where it was
        await pilot.press("G")  # to the last real sentence, not a provisional tail
        start, end = reader.cursor_span
        assert text[start:end] == SENTENCE.strip()
    assert split and max(split) < len(BODY) / 2, split  # only a head split here
    store.close()


async def test_a_shorter_article_is_split_at_once(store_path):
    """Under the limit nothing changes: the cursor's units are the whole text's at once."""
    length = 100_000
    store = Store.open(store_path)
    article = add_article(store, "Short talks", (SENTENCE * length)[:length])
    text = store.article_text(article.id)
    expected = cursor.visible_sentences(text, article_blocks(text, "Short talks"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        assert (reader_of(app).units, reader_of(app).cursor.unit_blocks) == expected
    store.close()
