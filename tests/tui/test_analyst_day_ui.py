"""What a newcomer analyst met in a first day with the Statements view (``W``), driven by
its keys on a real store: an empty answer must say what to type instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .test_statements_ui import _prompts, _shown_view, _store


async def _why_none(store_path: Path, tags: list[str], typed: str) -> str:
    """The line the view lists for ``typed`` when it finds nothing, the newest article
    tagged ``tags``."""
    store = _store(store_path)
    newest = store.articles()[0]
    store.with_updates(newest, tags=tags)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, typed)
        await pilot.pause()
        (why,) = _prompts(screen.query_one("#statements-list", OptionList))
    store.close()
    return why


async def test_a_tag_typed_without_its_marks_is_named_in_full(store_path: Path) -> None:
    """``tag:bien`` with #Biển Đông in use said only "No article is tagged #bien": the
    hint of the tag to type in quotes compared the typed start with the tag's marks kept,
    though ``tag:"bien dong"`` itself finds the tag without them."""
    why = await _why_none(store_path, ["Biển Đông"], "tag:bien")
    assert "No article is tagged #bien." in why
    assert 'tag:"Biển Đông"' in why


async def test_the_start_of_a_one_word_tag_names_the_tag(store_path: Path) -> None:
    """A tag is matched whole, unlike a name (``ngo`` finds Ngo Le Van): ``tag:asea`` with
    #ASEAN in use named no tag, and the analyst could not tell a typo from an empty library."""
    why = await _why_none(store_path, ["ASEAN", "people diplomacy"], "tag:asea")
    assert "tag:ASEAN" in why
    assert "people diplomacy" not in why


@pytest.mark.parametrize("typed", ["ngo since:2025-12-31", "ngo until:2025-07-01"])
async def test_dates_that_find_nothing_say_when_the_statements_were_made(
    store_path: Path, typed: str
) -> None:
    """``ngo since:2025-12-31`` said "No statement matches this filter." whatever the cause:
    the analyst could not tell dates past the library's from a speaker never quoted. It says
    what the filter finds without its dates, and when those statements were made."""
    why = await _why_none(store_path, [], typed)
    assert why.startswith(
        "No statement matches these dates: without since: and until:, 2 statements, made on "
        "2025-07-18."
    )


async def test_a_speaker_never_quoted_says_nothing_of_dates(store_path: Path) -> None:
    why = await _why_none(store_path, [], "smith since:2025-12-31")
    assert why.startswith("No statement matches this filter. The box finds who spoke")
