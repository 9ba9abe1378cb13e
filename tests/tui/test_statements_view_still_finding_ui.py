"""What the Statements view says of a filter that lists nothing while statements are still
being found: "No speaker's name has the words" showed under "finding statements in 7 more
articles…" for the two minutes a long text took, though the name was in one of them."""

from __future__ import annotations

from textual.app import App
from textual.widgets import OptionList

from diplotui.library.statements import LibraryStatement, StatementIndex
from diplotui.model import Article, Statement
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import type_text


def _found_so_far() -> list[LibraryStatement]:
    article = Article(id="a001", title="Talks", text_hash="1" * 64, date="2025-11-12")
    statement = Statement(
        start=0,
        end=4,
        text="Calm",
        kind="reported",
        speaker="Penny Wong",
        speaker_key="penny wong",
        speaker_type="PERSON",
        verb_past="said",
    )
    return [LibraryStatement(article, statement)]


async def _why_empty(pending: int, typed: str) -> str:
    app: App[object] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = StatementsScreen(StatementIndex(_found_so_far()), pending=pending)
        await app.push_screen(screen)
        await pilot.pause()
        await type_text(pilot, typed)
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        assert listing.option_count == 1
        return str(listing.get_option_at_index(0).prompt)


async def test_a_name_not_found_yet_is_not_said_to_be_no_speakers_while_finding() -> None:
    why = await _why_empty(pending=7, typed="thanh")
    assert "No speaker's name has" not in why, why
    assert why.startswith("No statement matches yet: still finding statements in 7 articles")


async def test_dates_leaving_nothing_yet_are_not_answered_as_final_while_finding() -> None:
    why = await _why_empty(pending=1, typed="since:2026-01")
    assert why.startswith("No statement matches yet: still finding statements in 1 article"), why


async def test_once_everything_is_found_the_name_is_said_to_be_no_speakers() -> None:
    why = await _why_empty(pending=0, typed="thanh")
    assert why.startswith('No speaker\'s name has the words "thanh"'), why
