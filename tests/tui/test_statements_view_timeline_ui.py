"""``L`` in the Statements view (``W``): pressed there it did nothing and said nothing, where
everywhere else it opens the timeline of whom the cursor is on."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList

from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said, screen_text, type_text
from .statements_ui_support import add_article as _add
from .statements_ui_support import statements_store as _store
from .test_labelled_statement_bar_ui import TWO_SPEAKERS
from .test_statements_ui import _shown_view


async def _timeline_from_results(app: DiplotuiApp, pilot: Pilot[None]) -> TimelineScreen:
    """``enter`` to the view's results, then ``L`` on the statement under the cursor: the
    timeline it opened."""
    await pilot.press("enter", "L")
    await app.workers.wait_for_complete()
    await pilot.pause()
    timeline = app.screen
    assert isinstance(timeline, TimelineScreen)
    return timeline


def _title_and_rows(timeline: TimelineScreen) -> tuple[str, list[str]]:
    """A timeline's title and its rows, as shown."""
    listing = timeline.query_one(OptionList)
    rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
    return str(timeline.query_one("#timeline-title", Label).render()), rows


async def test_l_on_a_statement_in_w_opens_its_speaker_s_timeline(store_path: Path) -> None:
    store = _store(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _shown_view(app, pilot)
        await type_text(pilot, "ngo")
        title, _ = _title_and_rows(await _timeline_from_results(app, pilot))
        assert title.startswith("Timeline of Ngo Le Van")
        await pilot.press("escape")  # back in the view, as it was left
        await pilot.pause()
        assert app.screen is view and view.query_one(Input).value == "ngo"

        await pilot.press("shift+tab", "L")  # the speakers' pane: the highlighted speaker's
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("enter")  # an entry opens its article, the view closed under it
        await pilot.pause()
        assert not isinstance(app.screen, (TimelineScreen, StatementsScreen))
        ngo = next(a.id for a in store.articles() if a.title.startswith("Enhancing"))
        assert app.screen.query_one(Reader).article_id == ngo

        await pilot.press("W")  # back where the view was left: its speakers' pane
        await pilot.pause()
        assert app.focused is app.screen.query_one("#statements-speakers", OptionList)
        await pilot.press("slash")  # to the filter
        field = app.screen.query_one(Input)
        assert app.focused is field
        await pilot.press(*["backspace"] * len(field.value))
        await type_text(pilot, "delegates")
        await pilot.press("enter", "L")  # a group speaking: said, not a silent key
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        said = notices_said(app)[-1]
        assert said.startswith("The speaker here, delegates, is a group, not a name")

        await pilot.press("slash", "L")  # in the filter: a letter typed
        await pilot.pause()
        assert app.screen.query_one(Input).value == "delegatesL"
        listing = app.screen.query_one("#statements-list", OptionList)
        assert listing.option_count == 1 and listing.get_option_at_index(0).disabled
        await pilot.press("tab", "tab", "L")  # no statement listed: says so
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        said = notices_said(app)[-1]
        assert said.startswith("No statement here")
    store.close()


async def test_l_works_in_the_view_made_before_the_first_w(store_path: Path, monkeypatch) -> None:
    """A cached library has its view composed at a quiet moment after start-up, before any
    ``W``: that view was made without the timeline, and ``L`` in it did nothing."""
    from diplotui.library.statement_cache import StatementCache
    from diplotui.tui.controllers import statements as controller

    from .helpers import until_statements_view_built

    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    store = _store(store_path)
    StatementCache.load(store).fill(store)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_statements_view_built(app, pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("W", "tab", "tab", "L")  # the statements' pane, the newest one
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
    store.close()


async def test_l_on_a_speaker_named_only_the_says_it_names_no_one(store_path: Path) -> None:
    """A correction naming the speaker "The" (``P``, ``speaker --name The``): ``L`` would
    have opened a timeline of every statement holding "the"; it says the name names no one,
    as ``diplotui timeline the`` does, and opens nothing."""
    from diplotui.statements.corrections import new_speaker_correction

    store = _store(store_path)
    article = _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    text = store.article_text(article.id)
    words = "the achievements of the past year"
    start = text.index(words)
    store.save_speaker_corrections(
        [new_speaker_correction(article.id, text, start, start + len(words), "The")]
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _shown_view(app, pilot)
        await type_text(pilot, '"the"')
        await pilot.press("enter", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        said = notices_said(app)[-1]
        assert "names no one" in said, said


async def test_a_role_of_words_every_role_holds_is_refused_in_w(store_path: Path) -> None:
    """``role:the`` listed every statement whose speaker's role holds "the"; the view says
    why it lists none, as ``statements --role the`` refuses it."""
    store = _store(store_path)
    _add(store, TWO_SPEAKERS, "A conference on people-to-people diplomacy", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await _shown_view(app, pilot)
        await type_text(pilot, "role:the")
        await pilot.pause()
        listing = view.query_one("#statements-list", OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        assert len(rows) == 1 and listing.get_option_at_index(0).disabled, rows
        assert rows[0].startswith("role:'the': only words such as 'the', 'of', 'and', which "
                                  "nearly every role holds"), rows  # fmt: skip
        title = str(view.query_one("#statements-title", Label).render())
        assert "only words such as" in title, title
    store.close()


UNNAMED = (
    "A spokesperson for the Chinese embassy said Beijing is ready to accelerate consultations.\n"
    "Foreign Minister Le Hoai Trung said the negotiations should be concluded soon.\n"
)


async def test_l_on_an_unnamed_speaker_says_why_there_is_no_timeline(store_path: Path) -> None:
    """Every article's unnamed spokesperson is "spokesperson": their timeline gave each of
    them as one person's words. ``L`` says the speaker is unnamed, as it says of a group."""
    store = _store(store_path)
    _add(store, UNNAMED, "Talks on the code of conduct", "2025-09-10")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _shown_view(app, pilot)
        await type_text(pilot, "spokes")
        await pilot.press("enter", "L")
        await pilot.pause()
        assert isinstance(app.screen, StatementsScreen)
        said = notices_said(app)[-1]
        assert said == (
            "The speaker here, spokesperson, is unnamed, not a name: L follows a person or a body."
        )
        await pilot.press("slash", *["backspace"] * 6)
        await type_text(pilot, "le hoai")
        await pilot.press("enter", "L")  # a named speaker's timeline opens as ever
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
    store.close()


JULY = (
    "Ministry reviews people-to-people diplomacy\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van emphasized the role of the ministry in"
    " people-to-people diplomacy.\n"
)
DECEMBER = (
    "Conference on external relations work\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van stressed that people's organizations must"
    " adopt new ways of working.\n"
)


async def test_l_keeps_the_dates_the_view_was_filtered_by(store_path: Path) -> None:
    """ "What has Ngo Le Van said since December?": ``ngo since:2025-12``, then ``L`` on his
    statement, listed every entry of his timeline, July's too, the dates typed dropped
    unsaid. The timeline keeps them, and its title says so, as the view's does."""
    store = _store(store_path)
    _add(store, JULY, "Ministry reviews people-to-people diplomacy", "2025-07-18")
    _add(store, DECEMBER, "Conference on external relations work", "2025-12-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await _shown_view(app, pilot)
        await type_text(pilot, "ngo since:2025-12")
        timeline = await _timeline_from_results(app, pilot)
        title, rows = _title_and_rows(timeline)
        assert title == "Timeline of Ngo Le Van · since 2025-12 · 1 entry · oldest first", title
        # shown whole up to the days at 80 columns, where a title ending in them was cut
        shown = timeline.query_one("#timeline-title", Label).content_region.width
        assert shown >= len("Timeline of Ngo Le Van · since 2025-12 · 1 entry"), shown
        assert len(rows) == 1 and rows[0].startswith("2025-12-30 (article date) Ngo Le Van"), rows

        await pilot.press("escape", "slash", *["backspace"] * len("since:2025-12"))
        await pilot.press("enter", "L")  # no dates typed: his whole timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view.query_one(Input).value == "ngo "
        title = str(app.screen.query_one("#timeline-title", Label).render())
        assert title == "Timeline of Ngo Le Van · 4 entries · oldest first", title
    store.close()


async def test_l_keeps_the_tag_the_view_was_filtered_by(store_path: Path) -> None:
    """``ngo tag:asean``, then ``L``: the timeline kept the view's dates, not its tag, and
    listed his statements in every article, the tag typed dropped unsaid. It keeps the
    tag too (in any case, diacritics optional, as ``tag:`` reads it), and its title says so;
    ``role:`` and ``org:`` chose whose timeline it is."""
    store = _store(store_path)
    _add(store, JULY, "Ministry reviews people-to-people diplomacy", "2025-07-18")
    _add(store, DECEMBER, "Conference on external relations work", "2025-12-30", tags=["ASEAN"])
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _shown_view(app, pilot)
        await type_text(pilot, "ngo tag:asean role:deputy")
        title, rows = _title_and_rows(await _timeline_from_results(app, pilot))
        assert title == "Timeline of Ngo Le Van · tagged #asean · 1 entry · oldest first", title
        assert len(rows) == 1 and rows[0].startswith("2025-12-30 (article date) Ngo Le Van"), rows
    store.close()


async def test_a_long_timeline_title_wraps_whole_at_80_columns(store_path: Path) -> None:
    """``tag:"people-to-people diplomacy" since:2025-12``, then ``L``, at 80x24: the title
    was cut, "Timeline of Ngo Le Van · tagged #people-to-people diplomacy, since 2025-12 ·…",
    its count lost. It wraps, whole."""
    store = _store(store_path)
    tag = "people-to-people diplomacy"
    _add(store, DECEMBER, "Conference on external relations work", "2025-12-30", tags=[tag])
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _shown_view(app, pilot)
        await type_text(pilot, f'ngo tag:"{tag}" since:2025-12')
        await _timeline_from_results(app, pilot)
        shown = " ".join(screen_text(app).split())
        assert f"Timeline of Ngo Le Van · tagged #{tag}, since" in shown, shown
        assert "2025-12 · 1 entry" in shown, shown  # "oldest first", every timeline's order, goes
        assert app.screen.query_one("#timeline-title", Label).size.height == 2
    store.close()
