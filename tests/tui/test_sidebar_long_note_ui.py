"""An article's note of megabytes (a report pasted into it) was wrapped whole into the
sidebar each time the article opened: 2.4 s of CPU for a 2.5 MB note, 8 s at a load of 10,
the sidebar a hundred thousand rows long (attack64). The sidebar shows its first part and
how much more there is; ``n`` opens the whole note, and saving it keeps it whole."""

from __future__ import annotations

from textual.widgets import TextArea

from diplotui.layout import NOTE_SHOWN_CHARS, note_shown
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .test_reader_support import add_article, open_first, sidebar_rows

LONG = "\n".join(f"line {i} of the analyst's long note, word word word" for i in range(40_000))


def test_a_short_note_is_shown_whole_and_a_long_one_cut_after_a_word():
    assert note_shown("A short note.\nTwo lines.") == "A short note.\nTwo lines."
    shown = note_shown("word " * 3000)
    first, said = shown.rsplit("\n", 1)
    assert len(first) <= NOTE_SHOWN_CHARS + 1 and first.endswith("word…")
    assert said == "(10,001 more characters: n in the reader opens the whole note)"


async def test_an_article_with_a_note_of_megabytes_shows_its_start_and_opens_whole(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Noted", "One sentence here.")
    held = store.article(article.id)
    held.note = LONG
    store.save_article(held)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        rows = sidebar_rows(app)
        assert any("line 0 of the analyst's long note" in row for row in rows)
        assert not any("line 39999" in row for row in rows)
        assert any("more characters: n in the reader opens the whole note" in row for row in rows)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == LONG
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert store.article(article.id).note == LONG
    store.close()
