"""A copy of part of a statement puts no punctuation in its speaker's mouth: words ending
before their sentence does end in an ellipsis, never a full stop, and words starting inside
their sentence open with one.

Found by a new user (session 40): "Chinh noted with pleasure that after two years in office
..., Prime Minister Hun Manet has accelerated infrastructure development, achieved positive
economic growth, and improved ..." highlighted up to "growth" was copied with a full stop
after "growth" (the article has a comma there), and a highlight of "partnership with
Vietnam" from the middle of a sentence was copied with no mark that words came before it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .test_reader_support import add_article, open_first

BODY = (
    "Prime Minister Pham Minh Chinh noted with pleasure that Prime Minister Hun Manet has "
    "accelerated infrastructure development, achieved positive economic growth, and improved "
    "the livelihoods of the Cambodian people."
)


@asynccontextmanager
async def reading(store_path: Path, body: str) -> AsyncIterator[tuple[DiplotuiApp, Pilot[None]]]:
    """An article "Talks" of ``body`` open in the reader, its names and statements found."""
    store = Store.open(store_path)
    add_article(store, "Talks", body)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        yield app, pilot
    store.close()


async def _copied(
    store_path: Path, clipboard: list[str], found: str, words: int, body: str = BODY
) -> str:
    """What ``y`` copies of the phrase that starts where ``found`` does, ``words`` words long
    (of the first sentence, found nothing)."""
    async with reading(store_path, body) as (app, pilot):
        if found:
            await pilot.press("slash")
            await type_text(pilot, found)
            await pilot.press("enter", "v", *["w"] * words)
        else:
            await pilot.press("j")  # from the title to the sentence
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
    return clipboard[-1].split("\n")[0]


async def test_words_ending_before_a_comma_end_in_an_ellipsis(
    store_path: Path, clipboard: list[str]
) -> None:
    copied = await _copied(store_path, clipboard, "prime minister hun", 9)
    assert copied.endswith("achieved positive economic growth…"), copied
    assert "growth." not in copied


async def test_words_starting_inside_their_sentence_open_with_an_ellipsis(
    store_path: Path, clipboard: list[str]
) -> None:
    copied = await _copied(store_path, clipboard, "infrastructure development", 0)
    assert copied.endswith(": …infrastructure development…"), copied


async def test_words_to_the_end_of_their_sentence_end_in_its_full_stop(
    store_path: Path, clipboard: list[str]
) -> None:
    body = "Spokeswoman Pham Thu Hang said the two sides had agreed to expand trade, not cut it."
    copied = await _copied(store_path, clipboard, "", 0, body)
    assert copied.endswith("said the two sides had agreed to expand trade, not cut it."), copied


async def test_words_ending_before_an_opening_quotation_mark_end_in_an_ellipsis(
    store_path: Path, clipboard: list[str]
) -> None:
    """newuser43b: "Hun Manet said the purpose of the meeting was to “achieve ...”" copied up to
    "was to" read "... was to." in every style: a full stop the article lacks, the sentence
    going on inside the quotation."""
    body = (
        "Hun Manet said the purpose of the meeting was to “achieve an immediate ceasefire,” "
        "a plan he said was initiated by US President Donald Trump."
    )
    copied = await _copied(store_path, clipboard, "the purpose", 5, body)
    assert copied.endswith("said the purpose of the meeting was to…"), copied


async def test_words_ending_their_sentence_inside_a_quotation_end_in_no_ellipsis(
    store_path: Path, clipboard: list[str]
) -> None:
    """newuser43b: "... agreed to pursue an “immediate and unconditional ceasefire.” Hun said
    ..." was copied "... ceasefire.”…", as though Hun Manet's sentence went on after its full
    stop: the next sentence's first word was read as the statement's going on."""
    body = (
        "Prime Minister Hun Manet said his country agreed to pursue an “immediate and "
        "unconditional ceasefire.” Hun said Trump told him that Thailand had also agreed."
    )
    copied = await _copied(store_path, clipboard, "", 0, body)
    assert copied.endswith("an “immediate and unconditional ceasefire.”"), copied
