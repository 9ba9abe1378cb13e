"""A hard-wrapped article (a newsletter, an e-mail, ``fmt`` output) reads in the reader as its
unwrapped twin: a sentence across a line break is one cursor stop, ``h`` marks it whole, and
a soft break shows as a space; the stored text keeps its line breaks."""

from __future__ import annotations

import textwrap

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import screen_cells
from .test_reader_support import add_article, open_first, sidebar_rows

_PARAGRAPHS = (
    "Foreign ministers of the two countries met in Hanoi on Tuesday to discuss the border. "
    "The talks lasted three hours and ended with a joint statement on fishing rights in the "
    "gulf. Both sides agreed to meet again in the spring.",
    "The minister said the meeting had been frank and useful for both delegations at the "
    "table. Officials will draft a new agreement before the next round of talks begins in "
    "Beijing.",
)
WRAPPED = "\n" + "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in _PARAGRAPHS)
CROSSING = "Foreign ministers of the two countries met in Hanoi on\nTuesday to discuss the border."


async def test_a_sentence_across_a_soft_wrap_is_one_stop_and_h_marks_it_whole(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Border talks", WRAPPED)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        text = reader.text
        assert CROSSING in text  # the stored text keeps its line breaks
        await pilot.press("j")
        assert text[slice(*reader.cursor_span)] == CROSSING
        await pilot.press("j")
        assert text[slice(*reader.cursor_span)] == (
            "The talks lasted three hours\nand ended with a joint statement on fishing rights "
            "in the\ngulf."
        )
        await pilot.press("k", "h")
        await pilot.pause()
        rows = ["".join(cell for cell, _ in row) for row in screen_cells(app)]
        listed = sidebar_rows(app)
    (highlight,) = store.highlights(article.id)
    assert (highlight.start, highlight.end) == (text.index(CROSSING), text.index(CROSSING) + 85)
    assert highlight.quote == CROSSING
    # the paragraph is drawn as one, its soft breaks as spaces: the wide pane fills its lines
    assert any("The talks lasted three hours and ended with a" in row for row in rows)
    assert any(f"“{CROSSING.replace(chr(10), ' ')}”" in row for row in listed), listed
    store.close()


async def test_the_next_paragraph_is_the_next_blank_line_s_not_the_next_line(store_path):
    store = Store.open(store_path)
    add_article(store, "Border talks", WRAPPED)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        text = reader.text
        await pilot.press("j", "J")
        assert text[slice(*reader.cursor_span)].startswith("The minister said the meeting")
    store.close()


async def test_y_copies_a_sentence_across_a_soft_wrap_on_one_line(store_path, clipboard):
    """The copy is the sentence the reader shows, its soft break a space: a hard line break
    mid-sentence pasted into a brief reads as two paragraphs."""
    store = Store.open(store_path)
    add_article(store, "Border talks", WRAPPED)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("c")  # plain
    (copied,) = clipboard
    assert CROSSING.replace("\n", " ") in copied, copied
    store.close()


SAID = "\n" + "\n\n".join(
    textwrap.fill(paragraph, 60)
    for paragraph in (
        "Foreign Minister Bui Thanh Son told reporters in Hanoi on Tuesday that the talks on "
        "the border had been frank and useful for both delegations at the table.",
        "Officials will draft a new agreement before the next round of talks begins in "
        "Beijing in the spring, when both sides expect to sign it.",
    )
)


async def test_a_statement_across_a_soft_wrap_is_labelled_on_every_line(store_path):
    store = Store.open(store_path)
    add_article(store, "Border talks", SAID)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j")
        assert "\n" in reader.text[slice(*reader.cursor_span)]
        assert "Bui Thanh Son" in str(reader.border_subtitle)
    store.close()
