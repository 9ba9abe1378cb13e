"""What a newcomer analyst met in a first day with the Statements view (``W``), driven by
its keys on a real store: an empty answer must say what to type instead."""

from __future__ import annotations

from pathlib import Path

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
