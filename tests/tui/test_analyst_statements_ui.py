"""An analyst's first "who said what" with real keys: a correction keeps the speaker's role,
``L`` follows a lede's names, a timeline dates, copies, opens and names its outlet, and ``W``
says what it leaves out and where ``y`` acts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.widgets import Label, OptionList

from diplotui.library.reading import ARCHIVED
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said, open_statements_view, settle, type_text
from .statements_ui_support import add_article as _add
from .statements_ui_support import open_first as _open_first

TEXT = (
    "Enhancing capacity of people's organizations\n"
    "WVR - On July 18, a conference on external relations was held at the Ministry of "
    "Foreign Affairs.\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van stressed that the Ministry is ready to help.\n"
    "The Ministry also welcomes proposals from these organizations.\n"
)
UNSAID = "The Ministry also welcomes"


def _store(path: Path, date_is_guess: bool = False) -> Store:
    store = Store.open(path)
    _add(store, TEXT, "Enhancing capacity of people's organizations", "2025-07-18",
         date_is_guess=date_is_guess)  # fmt: skip
    return store


async def _to_sentence(pilot, reader: Reader, words: str) -> None:
    await pilot.press("g")
    for _ in range(TEXT.count("\n")):
        start, end = reader.cursor_span
        if reader.text[start:end].lstrip().startswith(words):
            return
        await pilot.press("j")
    raise AssertionError(f"no sentence starting {words!r}")


async def _timeline_on(app: DiplotuiApp, pilot, words: str) -> tuple[Reader, TimelineScreen]:
    """The article opened, ``L`` pressed on the sentence starting ``words``: the reader and
    the timeline, once its entries are shown."""
    reader = await _open_first(app, pilot)
    await _to_sentence(pilot, reader, words)
    await pilot.press("L")
    await settle(app, pilot)
    timeline = app.screen
    assert isinstance(timeline, TimelineScreen)
    return reader, timeline


async def test_a_speaker_given_without_a_role_keeps_the_one_the_article_gives(store_path: Path):
    """``P`` on words given to "Ngo Le Van", no role typed: the label, the stored correction
    (so ``W``'s ``role:``, the citations and exports) name him as the article does, as his
    other statements do; he was "Ngo Le Van said", apart from himself."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await _to_sentence(pilot, reader, UNSAID)
        await pilot.press("v", "P")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        await type_text(pilot, "Ngo Le Van")
        await pilot.press("enter")
        await pilot.pause()
        (correction,) = store.speaker_corrections()
        assert correction.quote.startswith(UNSAID)
        assert correction.role == "Deputy Minister of Foreign Affairs"
        assert reader.border_subtitle == "Ngo Le Van (Deputy Minister of Foreign Affairs) said"
        said = notices_said(app)
        assert any(m.startswith("Said by Ngo Le Van (Deputy Minister of") for m in said)
    store.close()


async def test_l_on_a_lede_follows_its_names_not_the_outlet_of_its_dateline(store_path: Path):
    """``L`` on "WVR - On July 18, a conference ... at the Ministry of Foreign Affairs." opened
    "Timeline of WVR · nothing found", the outlet's tag before the dash: the sentence is the
    Ministry's (a name of the dateline stays the answer where the sentence has no other)."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        _, timeline = await _timeline_on(app, pilot, "WVR - On July 18")
        assert timeline.entity_name == "Ministry of Foreign Affairs"
    store.close()


async def test_an_event_in_an_article_of_a_guessed_date_is_dated_by_its_day(store_path: Path):
    """ "On July 18, a conference ... at the Ministry" in an article whose date is a guess (as
    the seeds' are): the event was left out, and the timeline said "nothing found"; then
    the article's date stood in, "(article date)"; the day is the sentence's, its year the
    guess's: "2025-07-18?"."""
    store = _store(store_path, date_is_guess=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        _, timeline = await _timeline_on(app, pilot, "WVR - On July 18")
        (event,) = timeline._entries
        assert event.kind == "event" and "a conference on external relations" in event.text
        assert event.date_label() == "2025-07-18?" and event.date_source() == "sentence"
        title = str(timeline.query_one("#timeline-title", Label).render())
        assert title.endswith("· 1 entry · oldest first")
    store.close()


async def test_w_says_a_speaker_quoted_only_in_archived_articles_is_left_out(store_path: Path):
    """The analyst archives an article once read; ``W``, "ngo": "No statement matches this
    filter." read as Ngo Le Van never quoted. The view says the archived are left out."""
    store = _store(store_path)
    (article,) = store.articles()
    store.save_article(replace(article, state=ARCHIVED))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "ngo")
        await pilot.pause()
        listing = app.screen.query_one("#statements-list", OptionList)
        said = str(listing.get_option_at_index(0).prompt)
        assert said.startswith(
            "No statement matches this filter in the articles listed: 1 archived article "
            "left out (a in the list brings one back)."
        )
    store.close()


async def test_y_in_a_timeline_copies_the_statement_with_its_speaker(store_path: Path, clipboard):
    """``y`` copies a row of the Statements view; in a timeline it did nothing, and said
    nothing: a statement is copied as there, an event says where ``y`` copies it."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _timeline_on(app, pilot, "Deputy Minister")
        await pilot.press("y")
        await settle(app, pilot)
        assert clipboard[-1].startswith(
            "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry is ready"
        )
        assert isinstance(app.screen, TimelineScreen), "the timeline stays open"
    store.close()


async def test_enter_in_a_timeline_just_opened_opens_its_first_entry(store_path: Path):
    """The timeline opened with no entry highlighted: ``enter`` (its own line's first key)
    did nothing, and said nothing, until an arrow key moved onto an entry."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader, _ = await _timeline_on(app, pilot, "Deputy Minister")
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, TimelineScreen)
        assert reader.has_focus
    store.close()


async def test_y_among_the_speakers_says_where_it_copies(store_path: Path, clipboard):
    """``y`` in the Statements view's speakers pane did nothing, and said nothing."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("enter", "shift+tab")  # to the statements, then the speakers
        assert app.screen.focused is app.screen.query_one("#statements-speakers")
        await pilot.press("y")
        await pilot.pause()
        said = notices_said(app)
        assert "y copies a statement: tab goes to them (enter here lists this speaker's)." in said
        assert clipboard == []
    store.close()


async def test_a_timeline_row_names_the_outlet_that_reported_it(store_path: Path):
    """Who said it, in what role, when, and as reported by whom: the Statements view's rows
    name the outlet; a timeline's gave the title alone."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        _, timeline = await _timeline_on(app, pilot, "Deputy Minister")
        row = str(timeline.query_one(OptionList).get_option_at_index(0).prompt)
        assert row.endswith("\nTest Wire · Enhancing capacity of people's organizations")
    store.close()
