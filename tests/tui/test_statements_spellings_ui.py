"""The Statements view's filter (``W``) read as an analyst types a name or a country: another
transliteration of the name, a misspelling of it, a country for its ministry."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import type_text
from .statements_ui_support import add_article as _add
from .test_statements_ui import _prompts, _rows_listed, _shown_view

ARMY = (
    "Army rejects truce\n"
    "Sudan's army chief Abdel Fattah al-Burhan said the army would not negotiate.\n"
    "The RSF commander Mohamed Hamdan Dagalo said his forces were ready for talks.\n"
    "Dagalo said the offer stood until Sunday.\n"
)
MINISTRY = (
    "Ceasefire plan rejected\n"
    "The Sudanese foreign ministry said the ceasefire proposal ignored the army's terms.\n"
)
JUBA = (
    "Juba worried\n"
    "South Sudan's Foreign Ministry said it was concerned by the fighting near its border.\n"
)


async def _after_each(store_path: Path, *typed: str) -> list[list[str]]:
    """Every line the view lists after each of ``typed`` is typed in its filter (the one
    before erased), the disabled "why none" too."""
    store = Store.open(store_path)
    _add(store, ARMY, "Army rejects truce", "2025-05-03")
    _add(store, MINISTRY, "Ceasefire plan rejected", "2025-05-04")
    _add(store, JUBA, "Juba worried", "2025-05-05")
    app = DiplotuiApp(store)
    listed = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        for words in typed:
            await type_text(pilot, words)
            await pilot.pause()
            listed.append(_rows_listed(screen) or _prompts(listing))
            await pilot.press(*["backspace"] * len(words))
            await pilot.pause()
    store.close()
    return listed


async def test_the_filter_reads_a_name_without_its_article_and_offers_close_names(
    store_path: Path,
) -> None:
    """Typed, "el-burhan" listed nothing of al-Burhan's, and "daglo" said only that no
    speaker has the words: the article folds away, and the close speakers are offered."""
    el, joined, daglo = await _after_each(store_path, "el-burhan", "abdelfattah", "daglo")
    assert len(el) == 1 and el[0].startswith("Abdel Fattah al-Burhan")
    assert joined == el
    (why,) = daglo
    assert why.startswith(
        'No speaker\'s name has the words "daglo"; did you mean Mohamed Hamdan Dagalo (2)?'
    )


async def test_the_filter_finds_a_countrys_ministry_not_south_sudans(store_path: Path) -> None:
    sudan, sudanese = await _after_each(store_path, "org:sudan", "org:sudanese")
    assert len(sudan) == 2, sudan
    assert sudan[0].startswith("Ministry of Foreign Affairs (Sudan)")
    assert sudan[1].startswith("Abdel Fattah al-Burhan (Sudan's army chief)")
    assert not any("South Sudan" in row for row in sudan)
    assert sudanese == sudan


async def test_a_body_s_initials_typed_as_a_name_offer_org(store_path: Path) -> None:
    """Typed "mfa" (as a new user typed "rsf" for the Rapid Support Forces, newuser50), the
    view said only that no speaker has the words: it offers org:, which finds them."""
    ((why,),) = await _after_each(store_path, "mfa")
    assert why.startswith(
        'No speaker\'s name has the words "mfa"; as an organisation, org:mfa finds 2 statements.'
    ), why
