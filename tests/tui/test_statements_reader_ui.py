"""Who said what in the reader: marks, s/S jumps, the speaker label, copies, highlights and
``l``'s timelines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Label, OptionList

from diplotui.export import export
from diplotui.model import Article
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.reader import STATEMENT_MARK, Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import notices_said, open_statements_view
from .statements_ui_support import (
    SEA_TALKS,
    TRUNG_AND_ITO,
    add_article,
    open_first,
    statements_store,
)
from .test_reader_support import sidebar_rows


async def test_statements_are_marked_jumped_to_labelled_and_cited(store_path: Path, clipboard):
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    # wide enough for the labels whole (a narrower pane cuts the role short)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_first(app, pilot)
        assert [s.text for s in reader.statements] == [
            "the Ministry is ready to help",
            "We will keep working together,",
        ]
        gutters = [reader.render_line(y).text[:2] for y in range(reader.size.height)]
        assert sum(STATEMENT_MARK in g for g in gutters) >= 2  # both statements are marked
        await pilot.press("s")
        assert reader.cursor_span[0] <= reader.statements[0].start < reader.cursor_span[1]
        assert reader.border_subtitle == "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed"
        await pilot.press("s")
        assert reader.border_subtitle == "Ngo Le Van (Deputy Minister of Foreign Affairs) said"
        await pilot.press("S")
        assert reader.border_subtitle.endswith("stressed")
        await pilot.press("k")  # off the statement: no label
        assert reader.border_subtitle == ""
        await pilot.press("s", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].endswith(
            "Deputy Minister of Foreign Affairs Ngo Le Van, quoted in “Enhancing capacity of "
            "people's organizations,” World & Vietnam Report, July 18, 2025."
        )
        copies = []
        for _style in range(4):  # c cycles plain, markdown, chicago, apa: back to chicago
            await pilot.press("s", "y")  # the other statement, copied
            await app.workers.wait_for_complete()
            await pilot.pause()
            copies.append(clipboard[-1])
            await pilot.press("S", "c")  # back to the first, the next style
            await pilot.pause()
        assert len(set(copies)) == 4, "each copy is in another style"
        for copied in copies:  # every style names the speaker
            assert "Ngo Le Van" in copied and "Deputy Minister of Foreign Affairs" in copied, copied
        await pilot.press("h")
        await pilot.pause()
        # the sidebar says whose words the highlight holds, as the brief does
        [row] = [row for row in sidebar_rows(app) if row.startswith("▌ key statement")]
        # (a reported statement: as an indirect one, the reporter's words in no marks)
        assert "\nNgo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry" in row
        # a speaker's words come from the article: brackets in them are text, never markup
        bracketed = replace(reader.statements[0], speaker="[/b]Ngo [red]Le Van")
        reader.set_statements([bracketed])
        await pilot.press("k", "s")
        await pilot.pause()  # drawn: read as markup, the border would raise MarkupError
        shown = Content.from_markup(reader.border_subtitle or "").plain  # the getter gives markup
        assert shown.startswith("[/b]Ngo [red]Le Van (Deputy Minister")
    (highlight,) = [h for a in store.articles() for h in store.highlights(a.id)]
    assert (highlight.speaker, highlight.speaker_role) == (
        "Ngo Le Van",
        "Deputy Minister of Foreign Affairs",
    )
    brief = export(store, "markdown")
    assert "\nNgo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry" in brief
    assert "Ngo Le Van (Deputy Minister of Foreign Affairs)" in export(store, "csv")
    store.close()


async def test_a_selection_of_narration_holding_a_statement_is_cited_as_no_ones_words(
    store_path: Path, clipboard
):
    """Three paragraphs selected with ``v``, the reporter's narration around one short
    statement: ``y`` cited the whole passage as Ngo Le Van's words ("“WVR - On July 18, ...
    The weather was fine.” Deputy Minister ... Ngo Le Van, quoted in ...") and ``h`` stored
    it as his."""
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "v", "j", "j")
        assert reader.text[slice(*reader.selection)].endswith("The weather was fine.")
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“On July 18")  # its dateline no one's words either
        assert "Ngo Le Van, quoted in" not in clipboard[-1], clipboard[-1]
        await pilot.press("h")
        await pilot.pause()
    (highlight,) = [h for a in store.articles() for h in store.highlights(a.id)]
    assert highlight.quote.endswith("The weather was fine.") and highlight.speaker == ""
    store.close()


async def test_y_and_h_on_a_statements_sentence_take_the_speakers_words(
    store_path: Path, clipboard
):
    """The cursor's sentence holds the reporter's "Deputy Minister ... Ngo Le Van stressed
    that": copied whole, the brief quoted that line as Ngo Le Van's own words ("“Deputy
    Minister ... Ngo Le Van stressed that the Ministry is ready to help.” Deputy Minister ...
    Ngo Le Van, quoted in ..."). On a sentence holding a statement, y and h take its words."""
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1] == (  # reported: the reporter's words, in no quotation marks
            "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry is ready "
            "to help.\nDeputy Minister of Foreign Affairs Ngo Le Van, quoted in “Enhancing "
            "capacity of people's organizations,” World & Vietnam Report, July 18, 2025."
        )
        await pilot.press("s", "h")  # the direct quotation: its words, not "he said"
        await pilot.pause()
        (highlight,) = [h for a in store.articles() for h in store.highlights(a.id)]
        assert (highlight.quote, highlight.speaker) == (
            "We will keep working together",  # not the comma before "he said"
            "Ngo Le Van",
        )
        await pilot.press("y")  # now the highlight under the cursor: the same words
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“We will keep working together”\nDeputy Minister")
        await pilot.press("k", "y")  # a sentence holding no statement is copied whole
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith("“The weather was fine.”\nWorld & Vietnam Report, “")
    store.close()


async def test_l_on_a_surname_gives_the_timeline_of_the_whole_name(store_path: Path):
    """``L`` on '"...," Wong said' asked for the timeline of "Wong": another article's James
    Wong came in with Penny Wong, and the title named neither."""
    store = Store.open(store_path)
    texts = {
        "2025-07-18": "Wong in Jakarta\nForeign Minister Penny Wong arrived in Jakarta.\n"
        '"The visit will deepen our ties," Wong said.\n',
        "2025-07-01": "Hong Kong talks\nAmbassador James Wong said trade will grow.\n",
    }
    for day, text in texts.items():
        add_article(store, text, text.split("\n")[0], day)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s")
        assert reader.border_subtitle == "Penny Wong (Foreign Minister) said"
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        title = str(timeline.query_one("#timeline-title", Label).render())
        assert title.startswith("Timeline of Penny Wong")
        entries = timeline.query_one(OptionList)
        shown = [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]
        assert shown and not any("James" in entry for entry in shown)
    store.close()


async def test_s_steps_through_two_statements_of_one_sentence_and_on(store_path: Path):
    """ "X called for A, warning of B." holds two statements: ``s`` went from the second back
    to the first of the same sentence, for ever, and never reached the next sentence's."""
    store = Store.open(store_path)
    text = (
        "Ceasefire call\n"
        "Secretary-General Antonio Guterres called for a ceasefire, warning of a catastrophe.\n"
        "His spokesperson, Stephane Dujarric, said that convoys had been blocked.\n"
    )
    add_article(store, text, "Ceasefire call", "2025-08-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:  # the labels whole
        reader = await open_first(app, pilot)
        assert [s.verb for s in reader.statements] == ["called for", "warning", "said"]
        labels = []
        for _press in range(4):
            await pilot.press("s")
            labels.append(reader.border_subtitle)
        assert labels == [
            "Antonio Guterres (Secretary-General) called for",
            "Antonio Guterres (Secretary-General) warned",
            "Stephane Dujarric (spokesperson) said",
            "Antonio Guterres (Secretary-General) called for",  # round again
        ]
        notices = notices_said(app)
        assert notices == ["Back to the first statement."], "going round is said, once"
        await pilot.press("S")
        assert reader.border_subtitle == "Stephane Dujarric (spokesperson) said"
        assert notices_said(app)[-1] == "Back to the last statement."
        await pilot.press("S")
        assert reader.border_subtitle.endswith("warned")
    store.close()


async def test_y_after_s_cites_the_speaker_s_went_to_in_a_sentence_of_two(
    store_path: Path, clipboard
):
    """'"...," Trung said, and Ito said that ...': ``s`` on Ito's words, then ``y`` cited
    Trung, whose statement covers more of the sentence."""
    store = Store.open(store_path)
    add_article(store, TRUNG_AND_ITO, "Talks", "2025-07-18")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s", "s")
        assert reader.border_subtitle == "Ito Naoki (Ambassador) said"
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Ito Naoki" in clipboard[-1] and "Trung" not in clipboard[-1].split("\n")[-1]
    store.close()


async def test_l_on_a_statement_gives_its_speaker_s_timeline_not_the_dateline_s(
    store_path: Path,
):
    """``L`` on "GENEVA - Foreign Minister Anna Kowalska said ..." opened the timeline of
    Geneva, the sentence's first name, while the line under the pane named Anna Kowalska."""
    store = Store.open(store_path)
    add_article(store, "Talks resume\nGENEVA - Foreign Minister Anna Kowalska said that the talks "
         "will continue.\n", "Talks resume", "2025-07-18")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s")
        assert reader.border_subtitle == "Anna Kowalska (Foreign Minister) said"
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title = str(app.screen.query_one("#timeline-title", Label).render())
        assert title.startswith("Timeline of Anna Kowalska")
    store.close()


async def test_l_shows_the_attribution_s_date_and_marks_the_article_s(store_path: Path):
    """``L`` showed "2025-11-14" for "Đỗ Hùng Việt told reporters on November 12 that ..."
    in an article of November 14, the article's date passed off as the statement's: the
    attribution dates it, and where the article's date stands in, the row says so, as
    ``diplotui timeline`` does."""
    store = Store.open(store_path)
    add_article(store, SEA_TALKS, "Sea talks", "2025-11-14")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one("#timeline-list", OptionList)
        rows = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
    store.close()
    assert [row.split(" Đỗ Hùng Việt")[0].rstrip() for row in rows] == [
        "2025-11-12",
        "2025-11-14 (article date)",
    ]


async def _l_says_a_title_has_no_timeline(app: DiplotuiApp, pilot) -> None:
    """``L`` opens no timeline, and one line says why and what to ask for instead."""
    await pilot.press("L")
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert not isinstance(app.screen, TimelineScreen)
    said = notices_said(app)
    assert said[-1] == (
        "A title has no timeline: L on the person's name (in the sidebar, or the reader)."
    )


async def test_l_on_a_title_in_the_sidebar_says_it_has_no_timeline(store_path: Path):
    """``L`` on "Foreign Minister" in the sidebar opened a timeline of the title (whoever
    held it, mixed), where the README gives timelines to people, bodies and places: one
    line says a title has none, and to ask the person's name."""
    store = Store.open(store_path)
    add_article(store, "Talks resume\nForeign Minister Anna Kowalska said that the talks will "
         "continue.\n", "Talks resume", "2025-07-18")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_first(app, pilot)
        sidebar = app.screen.query_one(Sidebar)
        sidebar.focus()
        await pilot.press("home")
        for _ in range(len(sidebar_rows(app))):  # down to the title's row, as a user would
            if sidebar.current_item is not None and sidebar.current_item.type == "ROLE":
                break
            await pilot.press("j")
        assert sidebar.current_item is not None
        assert sidebar.current_item.key.casefold() == "foreign minister"
        await _l_says_a_title_has_no_timeline(app, pilot)
    store.close()


async def test_l_on_a_title_marked_in_the_reader_says_it_has_no_timeline(store_path: Path):
    """``>`` marked "Foreign Minister" in the reader, and ``L`` opened "Timeline of Foreign
    Minister · nothing found", whose advice was to press ``>`` and ``L``, just done. A title
    marked in the reader has no timeline, as in the sidebar: one line says so."""
    store = Store.open(store_path)
    add_article(store, "Talks resume\nForeign Minister Anna Kowalska said that the talks will "
         "continue.\n", "Talks resume", "2025-07-18")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j")  # the sentence naming both
        for _ in range(len(reader.entities)):  # to the title's mention, as a user would
            await pilot.press("greater_than_sign")
            if reader.mention is not None and reader.mention.type == "ROLE":
                break
        assert reader.mention is not None and reader.mention.text == "Foreign Minister"
        await _l_says_a_title_has_no_timeline(app, pilot)
    store.close()


async def test_an_empty_timeline_says_why_and_what_to_try(store_path: Path):
    """An entity nothing dates (no statement, no dated sentence) showed an empty box under
    "nothing dated found · oldest first": nothing said why, nor how to pick another name."""
    store = Store.open(store_path)
    add_article(store, "A trip\nThe delegation later visited Chile.\n", "A trip", "2025-01-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen), reader.cursor_span
        title = str(timeline.query_one("#timeline-title", Label).render())
        assert title == "Timeline of Chile · nothing found"
        entries = timeline.query_one(OptionList)
        assert entries.option_count == 1 and entries.get_option_at_index(0).disabled
        said = str(entries.get_option_at_index(0).prompt)
        assert said.startswith("No statement by Chile and no dated sentence naming Chile")
        assert said.endswith("In the reader, > goes to the next name (or choose one in the "
                             "sidebar's Entities); then L."), said  # fmt: skip
        await pilot.press("enter")  # nothing to open: the timeline stays
        assert isinstance(app.screen, TimelineScreen)
    store.close()


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_an_empty_timeline_offers_only_the_keys_that_close_it(
    store_path: Path, size: tuple[int, int]
) -> None:
    """With nothing found the key line said "enter: open the article there · y: copy",
    two keys that did nothing there (at 40 columns "y: copy")."""
    store = Store.open(store_path)
    add_article(store, "A trip\nThe delegation later visited Chile.\n", "A trip", "2025-01-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        shown = [str(line.render()) for line in app.screen.query(".dialog-help") if line.display]
        assert shown == ["esc/q/L: close"]
    store.close()


async def test_an_empty_timeline_from_the_sidebar_says_what_to_try_there(store_path: Path):
    """``L`` on a place in the sidebar's Entities, nothing found: the advice was the reader's
    ("In the reader, > goes to the next name"), where the key was pressed in the sidebar."""
    store = Store.open(store_path)
    add_article(store, "A trip\nThe delegation later visited Chile.\n", "A trip", "2025-01-01")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        sidebar = app.screen.query_one(Sidebar)
        sidebar.focus()
        await pilot.press("home")
        for _ in range(len(sidebar_rows(app))):  # down to the place's row, as a user would
            if sidebar.current_item is not None and sidebar.current_item.key == "Chile":
                break
            await pilot.press("j")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        said = str(timeline.query_one(OptionList).get_option_at_index(0).prompt)
        assert "In the reader" not in said, said
        assert said.endswith("Choose another name in the sidebar's Entities (or > in the "
                             "reader); then L."), said  # fmt: skip
    store.close()


async def test_a_timeline_counts_its_entries_as_the_statements_view_does(store_path: Path):
    """The timeline's title said "1000 entries" where the Statements view says "13,028":
    one thousands separator for both."""
    store = Store.open(store_path)
    days = "".join(f"On July {1 + n % 28}, Anna Kowalska met envoy {n}.\n" for n in range(1000))
    add_article(store, f"Envoys\n{days}", "Envoys", "2025-07-30")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("j", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title = str(app.screen.query_one("#timeline-title", Label).render())
        assert title == "Timeline of Anna Kowalska · 1,000 entries · oldest first"
    store.close()


async def test_l_on_a_joint_statement_gives_a_speaker_s_timeline_not_the_place_s(
    store_path: Path,
):
    """Two ministers speaking together are a group, not a person: ``L`` then took the
    sentence's first name, the city of "Meeting yesterday in Quito, ...", and said nothing
    was dated; a person named in the sentence comes before a place now."""
    store = Store.open(store_path)
    add_article(store, "Border talks\nMeeting yesterday in Quito, Ecuadorian Foreign Minister "
         "Ricardo Patino and his Colombian counterpart, Maria Holguin, reaffirmed their "
         "commitment to work together.\n", "Border talks", "2009-11-20")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s")
        assert reader.border_subtitle.startswith("Ricardo Patino and Maria Holguin")
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        title = str(app.screen.query_one("#timeline-title", Label).render())
        assert title.startswith("Timeline of Ricardo Patino"), title
    store.close()


async def test_a_statement_far_down_opens_a_third_of_the_way_down_with_what_follows(
    store_path: Path,
):
    """Opened from ``W``, a statement in the article's last screens was scrolled in by as
    little as showed it: on the pane's bottom line, the sentences after it out of sight."""
    filler = "".join(f"Paragraph {n} describes the agenda of the meetings.\n" for n in range(80))
    after = "".join(f"Closing paragraph {n} lists the next steps.\n" for n in range(30))
    text = (
        "Long report on the talks\n"
        + filler
        + "Deputy Minister of Foreign Affairs Ngo Le Van stressed that the two sides agree.\n"
        + after
    )
    store = Store.open(store_path)
    add_article(store, text, "Long report on the talks", "2025-07-18")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("enter", "enter")  # to the list, then open its statement
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        start, _end = reader.cursor_span
        assert text[start:].startswith("Deputy Minister of Foreign Affairs Ngo Le Van")
        height = reader.scrollable_content_region.height
        row = reader.line_index_of(start) - int(reader.scroll_y)
        assert 0 < row <= height // 3 + 1, (row, height)
        closing = reader.line_index_of(text.index("Closing paragraph 3 ")) - int(reader.scroll_y)
        assert closing < height  # what follows the statement is on screen
    store.close()


async def test_a_closed_timeline_stops_reading_the_library(store_path: Path, monkeypatch):
    """``escape`` closed the timeline but its worker read on through every article (half a
    minute of recognition at 10,000 articles); four ``L`` and ``escape`` kept four threads
    busy for minutes, slowing every key. Closing it stops the reading at the next article."""
    import asyncio
    import threading

    from diplotui.library import timeline

    store = Store.open(store_path)
    for day in ("2025-07-18", "2025-07-17", "2025-07-16"):
        add_article(store, f"Talks {day}\nForeign Minister Anna Kowalska said that talks go on.\n",
             f"Talks {day}", day)  # fmt: skip
    entered, release = threading.Event(), threading.Event()
    read: list[str] = []
    real = timeline.article_timeline

    def held(name: str, article: Article, *rest: object) -> object:
        read.append(article.id)
        entered.set()
        release.wait(60)
        return real(name, article, *rest)

    monkeypatch.setattr(timeline, "article_timeline", held)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("s", "L")
        assert await asyncio.to_thread(entered.wait, 60)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        release.set()
        await app.workers.wait_for_complete()
        assert len(read) == 1
    store.close()


async def test_the_first_l_of_a_library_fills_both_caches_in_the_helper(
    store_path: Path, monkeypatch
):
    """The first ``L`` of a big library filled the timeline cache in the helper process but
    found the statements of every article in a thread of the app (half a minute at 10,000
    articles, the interpreter lock the keys need held through it): both are filled in one
    helper now, and the app's process recognises nothing for the timeline."""
    import diplotui.entities
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.timeline import TimelineCache
    from diplotui.tui.controllers import statements

    store = Store.open(store_path)
    for day in ("2025-07-18", "2025-07-17", "2025-07-16"):
        add_article(store, f"Talks {day}\nForeign Minister Anna Kowalska said that talks go on.\n",
             f"Talks {day}", day)  # fmt: skip
    monkeypatch.setattr(statements, "HELPER_FROM", 2)  # "many" missing: these three
    recognise = diplotui.entities.recognise
    recognised: list[str] = []

    def counted(text: str, *args: object) -> object:
        recognised.append(text)
        return recognise(text, *args)

    monkeypatch.setattr(diplotui.entities, "recognise", counted)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        recognised.clear()  # the reader's own article, before L
        await pilot.press("s", "L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        assert timeline.query_one(OptionList).option_count == 3
        assert recognised == [], "nothing recognised in the app's process"
    articles = store.articles()
    for cache in (StatementCache.load(store), TimelineCache.load(store)):
        assert not cache.missing(articles), "the helper saved both for the next start"
    store.close()
