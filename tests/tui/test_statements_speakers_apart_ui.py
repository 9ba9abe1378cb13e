"""The Statements view (``W``) keeps apart speakers that only looked alike (issue 17).

Two countries' ministries, each "Ministry of Foreign Affairs" in its article, were one row of
the speakers' pane; and one article naming Lê Văn Thành and Lê Văn Thạnh gave all their words
to one of them. Invented articles."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen

from .helpers import open_statements_view, type_text
from .statements_ui_support import add_article as _add
from .test_statements_ui import _rows_listed

VIETNAM = (
    "Vietnam on the East Sea\n"
    "Vietnam's Ministry of Foreign Affairs held a press briefing in Hanoi on Thursday.\n"
    "The Ministry of Foreign Affairs said that the survey ship had violated Vietnam's waters.\n"
)
MALAYSIA = (
    "Malaysia summons envoy\n"
    "The Malaysian foreign ministry summoned the envoy on Friday.\n"
    "The Ministry of Foreign Affairs said that the patrol had entered Malaysian waters.\n"
)
PAKISTAN_OWNED = (
    "Strikes condemned\n"
    "Pakistan's foreign ministry said that the strikes were a violation of its sovereignty.\n"
)
PAKISTAN = (
    "Envoy summoned\n"
    "Pakistan's Ministry of Foreign Affairs summoned the Indian envoy on Thursday.\n"
    "The Ministry of Foreign Affairs said that Pakistan would respond at a time of its choosing.\n"
)
BOTH_MEN = (
    "Port and province\n"
    "Chairman of the Quang Nam People's Committee Lê Văn Thành met investors on Monday. "
    "Deputy Minister of Transport Lê Văn Thạnh also attended.\n"
    "Thành said the province would cut red tape for foreign investors.\n"
    "Thạnh said the port expansion would be completed by 2027.\n"
)


async def _speakers_after_typing(store: Store, typed: str) -> tuple[list[str], list[str]]:
    """The speakers' pane and the rows ``W`` lists (their first lines: who said what) once
    ``typed`` is typed."""
    app = DiplotuiApp(store)
    async with app.run_test(size=(140, 40)) as pilot:
        await open_statements_view(app, pilot)
        screen = app.screen
        assert isinstance(screen, StatementsScreen)
        await type_text(pilot, typed)
        await pilot.pause()
        speakers = screen.query_one("#statements-speakers", OptionList)
        names = [str(speakers.get_option_at_index(n).id) for n in range(speakers.option_count)]
        return names, [row.splitlines()[0] for row in _rows_listed(screen)]


async def test_two_countries_ministries_are_two_speakers(store_path: Path) -> None:
    store = Store.open(store_path)
    _add(store, VIETNAM, "Vietnam on the East Sea", "2025-09-10")
    _add(store, MALAYSIA, "Malaysia summons envoy", "2025-09-12")
    names, rows = await _speakers_after_typing(store, "ministry of foreign affairs")
    assert sorted(names) == [
        "Ministry of Foreign Affairs (Malaysia)",
        "Ministry of Foreign Affairs (Vietnam)",
    ]
    assert [row.split(" said")[0] for row in rows] == [
        "Ministry of Foreign Affairs (Malaysia)",
        "Ministry of Foreign Affairs (Vietnam)",
    ]
    store.close()


async def test_a_ministry_named_with_its_country_is_that_countrys_ministry(
    store_path: Path,
) -> None:
    store = Store.open(store_path)
    _add(store, PAKISTAN_OWNED, "Strikes condemned", "2025-05-07")
    _add(store, PAKISTAN, "Envoy summoned", "2025-05-08")
    names, rows = await _speakers_after_typing(store, "pakistan")
    assert names == ["Ministry of Foreign Affairs (Pakistan)"]
    assert [row.split(" said")[0] for row in rows] == ["Ministry of Foreign Affairs (Pakistan)"] * 2
    store.close()


async def test_two_men_of_one_article_apart_by_their_marks_are_two_speakers(
    store_path: Path,
) -> None:
    store = Store.open(store_path)
    _add(store, BOTH_MEN, "Port and province", "2025-09-10")
    names, rows = await _speakers_after_typing(store, "thanh")
    assert sorted(names) == ["Lê Văn Thành", "Lê Văn Thạnh"]
    assert sorted(rows) == [
        "Lê Văn Thành (Chairman of the Quang Nam People's Committee) said the province would"
        " cut red tape for foreign investors",
        "Lê Văn Thạnh (Deputy Minister of Transport) said the port expansion would be"
        " completed by 2027",
    ]
    store.close()


BERLIN = (
    "Germany urges talks\n"
    "Federal Foreign Minister Steinmeier said on Monday that the talks in Minsk had been "
    "useful.\n"
    '"We need patience and we need both sides at the table," Steinmeier told reporters.\n'
)


async def test_a_fuller_name_typed_for_a_surname_is_one_speaker(store_path: Path) -> None:
    """``P`` typing "Frank-Walter Steinmeier" on one of the article's "Steinmeier (Federal
    Foreign Minister)" statements made two speakers of one person (left44c)."""
    from diplotui.statements.corrections import new_speaker_correction

    store = Store.open(store_path)
    article = _add(store, BERLIN, "Germany urges talks", "2025-09-10")
    start = BERLIN.index("We need")
    end = BERLIN.index(" Steinmeier told")
    corrected = new_speaker_correction(
        article.id, BERLIN, start, end, "Frank-Walter Steinmeier", role="Federal Foreign Minister"
    )
    store.save_speaker_corrections([corrected])
    names, rows = await _speakers_after_typing(store, "steinmeier")
    assert names == ["Frank-Walter Steinmeier"]
    assert len(rows) == 2
    assert all(row.startswith("Frank-Walter Steinmeier (Federal Foreign Minister)") for row in rows)
    store.close()
