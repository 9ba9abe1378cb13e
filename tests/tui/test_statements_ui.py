"""Who said what across the library: the statements view (``W``), its filters and rows."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label, OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.dialogs.timeline import TimelineScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import (
    open_statements_view,
    screen_cells,
    settle,
    shown_main_screen,
    statements_index,
    type_text,
    until_bound,
    until_statements_view_built,
)
from .statements_ui_support import SEA_TALKS, TRUNG_AND_ITO, add_article, statements_store


async def _shown_view(app: DiplotuiApp, pilot) -> StatementsScreen:
    """``W`` pressed, once the view lists every article's statements: the view."""
    await open_statements_view(app, pilot)
    screen = app.screen
    assert isinstance(screen, StatementsScreen)
    return screen


OTHER = (
    "Earlier talks\n"
    "Foreign Minister Lê Hoài Trung said the visit was a success.\n"
    "Ambassador Jane Doe said trade will grow.\n"
)


async def test_statements_view_filters_by_speaker_and_opens_the_article_there(store_path: Path):
    store = statements_store(store_path)
    other = add_article(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        assert listing.option_count == 4  # newest article first
        assert "Ngo Le Van" in str(listing.get_option_at_index(0).prompt)
        await type_text(pilot, "le hoai trung")  # diacritics optional
        await pilot.pause()
        assert listing.option_count == 1
        assert "the visit was a success" in str(listing.get_option_at_index(0).prompt)
        await type_text(pilot, " since:2025-07")
        await pilot.pause()
        assert _rows_listed(screen) == []
        await type_text(pilot, "x")  # the error names what was typed, not a CLI flag
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · since '2025-07x': no date read there; type")
        await pilot.press(*["backspace"] * len(" since:2025-07x"), "enter", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, StatementsScreen)
        reader = app.screen.query_one(Reader)
        assert reader.article_id == other.id
        start, end = reader.cursor_span
        assert OTHER[start:end].startswith("Foreign Minister Lê Hoài Trung said")
        assert reader.border_subtitle == "Lê Hoài Trung (Foreign Minister) said"
        await pilot.press("L")  # the timeline of the entity under the cursor
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = app.screen
        assert isinstance(timeline, TimelineScreen)
        entries = timeline.query_one(OptionList)
        assert entries.option_count >= 1
        assert "2025-03-02" in str(entries.get_option_at_index(0).prompt)
    store.close()


def _speakers_listed(screen: StatementsScreen) -> list[str]:
    """The speaker of each row the Statements view lists, as its row names them."""
    return [row.split(" (")[0] for row in _rows_listed(screen)]


async def test_the_statements_filter_narrows_letter_by_letter_as_a_name_is_typed(
    store_path: Path,
):
    """ "Le Ho", "Lavr", "ngo l": the filter took each typed word as a whole word of the
    name, so the list went empty from the first letter of a word until its last: an
    analyst typing saw nothing mid-word. Each word now starts a word of the speaker's name
    (or role, or organisation), diacritics optional; a name in double quotes is still that
    whole name only."""
    store = statements_store(store_path)
    add_article(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        seen = []
        for char in "le ho":
            await type_text(pilot, char)
            await pilot.pause()
            seen.append(_speakers_listed(screen))
        assert all(seen), f"a keystroke emptied the list: {seen}"
        assert seen[-1] == ["Lê Hoài Trung"]
        await pilot.press(*["backspace"] * len("le ho"))
        await type_text(pilot, "ngo l")
        await pilot.pause()
        assert _speakers_listed(screen) == ["Ngo Le Van", "Ngo Le Van"]
        await pilot.press(*["backspace"] * len("ngo l"))
        await type_text(pilot, "role:dep min")
        await pilot.pause()
        assert _speakers_listed(screen) == ["Ngo Le Van", "Ngo Le Van"]
        await pilot.press(*["backspace"] * len("role:dep min"))
        await type_text(pilot, '"le hoai')  # a quoted name being typed narrows as any name
        await pilot.pause()
        assert _speakers_listed(screen) == ["Lê Hoài Trung"]
        await type_text(pilot, '"')  # complete, it is that whole name: not Le Hoai Trung
        await pilot.pause()
        assert _speakers_listed(screen) == []
        await pilot.press("backspace")
        await type_text(pilot, ' trung"')
        await pilot.pause()
        assert _speakers_listed(screen) == ["Lê Hoài Trung"]
    store.close()


async def test_w_after_a_refresh_changed_a_text_opens_its_statement_where_it_now_is(
    store_path: Path,
):
    """``R`` brought a changed text (a paragraph added on top): ``W`` still listed what it
    had found in the old text, and ``enter`` put the reading cursor on whatever sentence
    now stood at the old offsets. The view finds the changed text's statements again."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update

    store = statements_store(store_path)
    other = add_article(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await pilot.press("escape")
        update = "An update came in overnight.\nThe delegations had met for three days.\n"
        changed = OTHER.replace("Foreign Minister", update + "Foreign Minister")
        apply_update(store, store.article(other.id), ParsedDocument(changed, "Earlier talks"))
        await pilot.pause()
        await open_statements_view(app, pilot)
        await type_text(pilot, "le hoai trung")
        await pilot.press("enter", "enter")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.article_id == other.id
        start, end = reader.cursor_span
        assert changed[start:end].startswith("Foreign Minister Lê Hoài Trung said")
    store.close()


async def test_the_statements_view_finishes_when_the_last_article_to_search_is_unreadable(
    store_path: Path,
):
    """An article whose text file is lost is passed over, but its turn was never counted:
    when it was the last one to search, the view said "finding statements in 2 more
    articles…" for as long as it was open, without the statements found meanwhile (and the
    entity filter "recognising 1…")."""
    from diplotui.store.repository import body_path

    store = statements_store(store_path)
    lost = add_article(store, OTHER, "Earlier talks", "2020-01-02")  # oldest: searched last
    store.close()
    body_path(store_path, lost.text_hash).unlink()
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        main = shown_main_screen(app)
        assert main is not None
        state = main.statement_actions.state
        title = str(app.screen.query_one("#statements-title", Label).render())
        assert state.pending == 0 and "finding" not in title, title
        assert title.startswith("Statements · 2 of 2 · newest first")
    store.close()


async def test_a_cached_library_is_indexed_after_start_up_so_the_first_w_lists_at_once(
    store_path: Path, monkeypatch
):
    import json

    from diplotui.library.statement_cache import CACHE_NAME, StatementCache
    from diplotui.paths import cache_dir
    from diplotui.tui.controllers import statements as controller

    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    store = statements_store(store_path)
    cache = StatementCache.load(store)
    cache.fill(store)
    cache.put("0" * 64, [])  # the statements of a text since edited
    cache.save()
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        state = app.screen.statement_actions.state
        for _ in until_bound():  # no key pressed: the preload indexes the cache by itself
            await pilot.pause(0.02)
            if state.index is not None:
                break
        assert state.index is not None and len(state.index.rows) == 2
        main, focused = app.screen, app.focused
        await app.workers.wait_for_complete()
        await pilot.pause()
        # the view was composed and laid out meanwhile, without being shown or taking focus
        assert state.view is not None and state.view.is_mounted
        assert app.screen is main and app.focused is focused
        await pilot.press("W")  # the first W: the rows are there without waiting
        listing = app.screen.query_one("#statements-list", OptionList)
        assert isinstance(app.screen, StatementsScreen) and listing.option_count == 2
        assert not state.filling  # nothing missing: no worker looks for statements
    texts = json.loads((cache_dir(store_path) / CACHE_NAME).read_bytes())["texts"]
    assert "0" * 64 not in texts and len(texts) == 1  # the edited text's entry was pruned


async def test_the_preload_waits_until_no_key_came_for_a_while(store_path: Path, monkeypatch):
    """Reading the cache and composing the view (20-60 ms of the UI thread at 10,000
    articles) is work for a quiet moment: while keys keep coming it is put off."""
    from diplotui.library.statement_cache import StatementCache
    from diplotui.tui.controllers import statements as controller

    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    store = statements_store(store_path)
    StatementCache.load(store).fill(store)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        state = app.screen.statement_actions.state
        with monkeypatch.context() as typing:
            typing.setattr(app.keys, "idle_for", lambda: 0.0)  # a key came just now
            for _ in range(20):
                await pilot.pause(0.025)
            assert state.index is None and state.view is None
        await until_statements_view_built(app, pilot)
        assert state.index is not None and len(state.index.rows) == 2
        assert state.view is not None and state.view.is_mounted
    store.close()


async def test_w_after_newer_articles_came_opens_on_the_newest_statement(
    store_path: Path, monkeypatch
):
    """The view is composed after start-up from the cached statements; ``R`` then brought
    newer articles. The first ``W`` showed the new statements on top, but the highlight
    stayed on the row that had been first (kept as if the user had moved to it), so the
    list opened scrolled past the newest statements, a 2025 one on its top line."""
    from diplotui.library.statement_cache import StatementCache
    from diplotui.tui.controllers import statements as controller

    monkeypatch.setattr(controller, "PRELOAD_SECONDS", 0.01)
    store = statements_store(store_path)
    cache = StatementCache.load(store)
    cache.fill(store)
    cache.save()
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_statements_view_built(app, pilot)
        newer = add_article(store, OTHER, "Later talks", "2025-09-01")  # as R stores it
        await open_statements_view(app, pilot)
        view = app.screen
        assert isinstance(view, StatementsScreen)
        listing = view.query_one("#statements-list", OptionList)
        speakers = view.query_one("#statements-speakers", OptionList)
        assert listing.option_count == 4 and listing.highlighted == 0
        assert listing.scroll_offset.y == 0
        assert view._shown[0].article.id == newer.id
        assert speakers.highlighted in (None, 0)
        await pilot.press("enter", "enter")  # to the list, then open the highlighted row
        await pilot.pause()
        assert app.screen.query_one(Reader).article_id == newer.id
    store.close()


async def test_w_lists_statements_newest_first_by_the_day_they_were_made(store_path: Path):
    """The view sorted and showed each statement by its article's date: words "told
    reporters on November 12" came first in a list said to be newest first, dated the 14th,
    and ``since:`` kept them for an article of the 14th. The attribution's day sorts, shows
    and filters them; the article's date, marked so, stands in where none is given."""
    store = Store.open(store_path)
    add_article(store, SEA_TALKS, "Sea talks", "2025-11-14")
    add_article(store, OTHER, "Earlier talks", "2025-11-13")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        dated = [
            (row.split(" ")[0], row.split("\n")[1].split(" · ")[0]) for row in _rows_listed(screen)
        ]
        assert dated == [
            ("Đỗ", "2025-11-14 (article date)"),  # "We want the code ...," Việt said
            ("Lê", "2025-11-13 (article date)"),
            ("Jane", "2025-11-13 (article date)"),
            ("Đỗ", "2025-11-12"),  # told reporters on November 12
        ]
        await type_text(pilot, "since:2025-11-13")
        await pilot.pause()
        assert "2025-11-12" not in "".join(_rows_listed(screen))
        assert len(_rows_listed(screen)) == 3
        await pilot.press(*["backspace"] * 2, *"12", "space", *"until:2025-11-12")
        await pilot.pause()
        [row] = _rows_listed(screen)
        assert "told reporters" not in row and "ASEAN and China" in row
    store.close()


async def test_the_statements_view_marks_a_guessed_date_and_cuts_a_long_title_after_a_word(
    store_path: Path,
):
    store = Store.open(store_path)
    title = (
        "Secretariat Standing Member underscores people-to-people diplomacy as key component "
        "of strategy for national development, safeguarding"
    )
    add_article(store, OTHER, title, "2025-03-02", date_is_guess=True)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        shown = str(listing.get_option_at_index(0).prompt).split("\n")[1]
        # a guess says so, and the outlet that reported it comes before the title
        assert shown.startswith(
            "2025-03-02? (article date) · Test Wire · Secretariat Standing Member"
        )
        assert shown.endswith("…") and shown[:-1].split()[-1] in title.split()  # a whole word
        await pilot.press("enter", "enter", "L")  # the speaker's timeline
        await app.workers.wait_for_complete()
        await pilot.pause()
        entries = app.screen.query_one(OptionList)
        shown = str(entries.get_option_at_index(0).prompt).split("\n")[1]
        assert shown.endswith("…") and shown[:-1].split()[-1] in title.split()
    store.close()


async def test_the_views_quote_only_direct_quotations(store_path: Path):
    """W and the timeline showed every statement in “ ”, so a reported clause read as the
    speaker's own words; only a direct quotation keeps its quotation marks now."""
    store = Store.open(store_path)
    add_article(store, "Talks\nForeign Minister Anna Kowalska said that the talks will continue.\n"
         "“We are ready,” Kowalska said.\n", "Talks", "2025-07-18")  # fmt: skip
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("said that the talks will continue\n" in row for row in rows), rows
        assert any("said: “We are ready”\n" in row for row in rows), rows
        await type_text(pilot, "kowalska")
        await pilot.press("enter", "enter")  # to the results, then open at the statement
        await settle(app, pilot)  # the article's entities and statements found
        reader = app.screen.query_one(Reader)
        assert reader.border_subtitle.startswith("Anna Kowalska"), reader.border_subtitle
        await pilot.press("L")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        entries = app.screen.query_one(OptionList)
        rows = [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]
        assert any("said that the talks will continue\n" in row for row in rows), rows
        assert not any("“the talks will continue”" in row for row in rows), rows
    store.close()


async def test_a_statement_opened_from_w_is_the_one_y_cites_in_a_sentence_of_two(
    store_path: Path, clipboard
):
    """``W``, Ito's statement, ``enter``: the reader said "Le Hoai Trung ... said" under
    the pane, and ``y`` copied Trung's words as Trung's, not the statement chosen."""
    store = Store.open(store_path)
    add_article(store, TRUNG_AND_ITO, "Talks", "2025-07-18")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        await type_text(pilot, "ito naoki")
        await pilot.pause()
        await pilot.press("enter", "enter")  # to the results, then open the statement
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert reader.border_subtitle == "Ito Naoki (Ambassador) said"
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert clipboard[-1].startswith(  # a reported statement: his words are the reporter's
            "Ito Naoki (Ambassador) said that Japan would invest more.\n— Ito Naoki (Ambassador)"
        )
    store.close()


async def _rows_after_keys_on_the_newest(
    store_path: Path, keys: tuple[str, ...], typed: str = ""
) -> list[str]:
    """The rows ``W`` lists (``typed`` in its field) after a first ``W``, then ``keys``
    pressed on the newest article in the list (Ngo Le Van's; the older one holds Lê Hoài
    Trung's and Jane Doe's)."""
    store = statements_store(store_path)
    add_article(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        first = app.screen
        assert isinstance(first, StatementsScreen)
        assert _speakers_listed(first)[:2] == ["Ngo Le Van", "Ngo Le Van"]
        assert (
            "2025-07-18 (article date) · World & Vietnam Report · Enhancing capacity"
            in _rows_listed(first)[0]
        )
        await pilot.press("escape")
        main = shown_main_screen(app)
        assert main is not None
        library = main.query_one(ArticleList)
        library.focus()
        library.cursor = len(library.folders)
        await pilot.press(*keys)
        await settle(app, pilot)
        await open_statements_view(app, pilot)
        await type_text(pilot, typed)
        await pilot.pause()
        screen = app.screen
        assert screen is first  # shown again, not built anew
        listed = _rows_listed(screen)
    store.close()
    return listed


async def _statements_after_keys_on_the_newest(
    store_path: Path, keys: tuple[str, ...], typed: str = ""
) -> list[str]:
    """The speakers of :func:`_rows_after_keys_on_the_newest`."""
    rows = await _rows_after_keys_on_the_newest(store_path, keys, typed)
    return [row.split(" (")[0] for row in rows]


def _rows_listed(screen: StatementsScreen) -> list[str]:
    listing = screen.query_one("#statements-list", OptionList)
    options = [listing.get_option_at_index(n) for n in range(listing.option_count)]
    return [str(option.prompt) for option in options if not option.disabled]  # not "why none"


def _prompts(listing: OptionList) -> list[str]:
    """Every line of ``listing``, a disabled "why none" too."""
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_a_tag_given_after_w_counts_in_the_statements_views_tag_filter(store_path: Path):
    """The view's index keeps each article as it was when built: an article tagged with
    ``t`` afterwards was left out by ``tag:`` (0 of 4) until the app was restarted, while
    ``diplotui statements --tag`` found it. The scope is tested on the articles as stored."""
    keys = ("t", *"Mekong", "enter")
    listed = await _statements_after_keys_on_the_newest(store_path, keys, "tag:mekong")
    assert listed == ["Ngo Le Van", "Ngo Le Van"]


async def test_an_article_archived_after_w_leaves_the_statements_view(store_path: Path):
    """The view was indexed again only when the number of articles changed: an article
    archived with ``a`` after a first ``W`` kept its statements in the view (``diplotui
    statements`` leaves archived articles out) until the app was restarted."""
    listed = await _statements_after_keys_on_the_newest(store_path, ("a",))
    assert listed == ["Lê Hoài Trung", "Jane Doe"]


async def test_y_in_the_statements_view_copies_the_statement_with_its_citation(
    store_path: Path, clipboard
):
    """An analyst in ``W`` who found the line for a brief pressed ``y`` as in the reader, and
    nothing happened: the view had no copy key. ``y`` on a statement now copies its words
    with the speaker and the citation, as ``y`` on it in the reader does, and the view stays
    open for the next one; in the filter, ``y`` is still a letter of the name typed."""
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "ngo")
        await pilot.press("enter")  # to the results: the newest statement first
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen, "copying leaves the view open"
        assert clipboard == [  # the statement's words alone, cited as the reader's y cites them
            "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that the Ministry is ready "
            "to help.\nDeputy Minister of Foreign Affairs Ngo Le Van, quoted in “Enhancing "
            "capacity of people's organizations,” World & Vietnam Report, July 18, 2025."
        ]
        assert [quote.text for quote in store.quotes()] == clipboard  # in the quote history
        keys = str(screen.query_one("#statements-keys", Label).render())
        assert "y: copy" in keys
        await pilot.press("slash", "y")  # in the filter: y is typed, no copy
        await pilot.pause()
        assert screen.query_one(Input).value == "ngoy"
        assert len(clipboard) == 1
    store.close()


async def test_org_in_the_statements_view_finds_the_seeds_ministers(seeded_store: Store):
    """``org:foreign`` listed "0 of 16" on the bundled library: every seed statement had its
    organisation empty, the whole "Deputy Minister of Foreign Affairs" being the role. The
    organisation a role names is the speaker's where the article gave none."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "org:FORÉIGN")  # case and accents optional
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · 8 of 16 ")
        assert sorted(set(_speakers_listed(screen))) == ["Le Hoai Trung", "Ngo Le Van"]
        speakers = screen.query_one("#statements-speakers", OptionList)
        region = speakers.content_region  # the rows as drawn: each a name column and a count
        rows = [
            " ".join("".join(char for char, _ in row[region.x : region.right]).split())
            for row in screen_cells(app)[region.y : region.y + 2]
        ]
        assert rows == ["Ngo Le Van ×5", "Le Hoai Trung ×3"], rows
        await pilot.press(*["backspace"] * len("FORÉIGN"), *"politb")
        await pilot.pause()
        assert set(_speakers_listed(screen)) == {"Tran Cam Tu"}


async def test_a_quoted_role_in_the_statements_view_is_a_phrase_inside_the_role(
    seeded_store: Store,
):
    """``role:"deputy spokesperson"`` listed 0 while a Deputy Spokesperson of the Ministry
    of Foreign Affairs spoke: quotes asked for the whole role, where a search box's quotes
    group words as a phrase found inside the field."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, 'role:"deputy minister"')
        await pilot.pause()
        title = str(screen.query_one("#statements-title", Label).render())
        assert title.startswith("Statements · 5 of 16 ")
        assert set(_speakers_listed(screen)) == {"Ngo Le Van"}


async def test_a_quote_just_opened_in_the_filter_lists_every_statement_not_none(
    seeded_store: Store,
):
    """A lone '"' typed to start a quoted name flashed "No statement matches" while the
    quote was still open: a quote is a phrase running to the end of what is typed, and
    nothing typed in it yet asks nothing."""
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        for typed in ('"', 'role:"'):
            await type_text(pilot, typed)
            await pilot.pause()
            title = str(screen.query_one("#statements-title", Label).render())
            assert title.startswith("Statements · 16 of 16 "), typed
            assert not listing.get_option_at_index(0).disabled, typed
            await pilot.press(*["backspace"] * len(typed))
        await type_text(pilot, '"ngo le')
        await pilot.pause()
        assert set(_speakers_listed(screen)) == {"Ngo Le Van"}


async def test_a_title_and_date_corrected_after_w_are_the_ones_its_rows_show(store_path: Path):
    """The view's rows showed each article's title, date and source as they were when the
    index was built: a title or date corrected with ``i`` after a first ``W`` kept the old
    ones in the rows until a restart. The rows show the article as stored now."""
    date = ("2", "0", "2", "5", "minus", "0", "7", "minus", "1", "7")
    keys = ("i", "ctrl+u", *"Capacity", "tab", "ctrl+u", *"VNA", "tab", "ctrl+u", *date, "enter")
    rows = await _rows_after_keys_on_the_newest(store_path, keys)
    assert "2025-07-17 (article date) · VNA · Capacity" in rows[0]
    assert "Enhancing" not in "".join(rows)


async def test_an_article_dated_anew_after_w_takes_its_place_newest_first(store_path: Path):
    """Its rows kept the place the old date gave them: the older article, dated with ``i``
    after the newest, still came last in a list said to be newest first."""
    date = ("2", "0", "2", "6", "minus", "0", "1", "minus", "0", "2")
    keys = ("j", "i", "tab", "tab", "ctrl+u", *date, "enter")  # the older article
    rows = await _rows_after_keys_on_the_newest(store_path, keys)
    assert [row.split(" (")[0] for row in rows] == [
        "Lê Hoài Trung", "Jane Doe", "Ngo Le Van", "Ngo Le Van"
    ]  # fmt: skip
    assert "2026-01-02 (article date) · Test Wire · Earlier talks" in rows[0]


async def test_enter_on_a_speaker_keeps_the_dates_and_roles_typed(store_path: Path):
    """``enter`` on a speaker replaced the whole filter with the name: "since:2025-07", then
    the speaker chosen in the list, listed everything they ever said, not since July. (And
    ``tab`` to the speakers highlighted none: ``enter`` did nothing.) Then it left the
    filter's cursor where the typing had ended: back in the field, the next words typed
    landed inside it ('"Ngo Le Van"  until:2025-12since:2025-07', a filter listing nothing)."""
    store = statements_store(store_path)  # Ngo Le Van's two statements, 2025-07-18
    add_article(
        store, "Old talks\nNgo Le Van said the talks went well.\n", "Old talks", "2025-01-10"
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        await type_text(pilot, "since:2025-07")
        await pilot.press("tab", "enter")  # the speakers pane, its first: Ngo Le Van
        await pilot.pause()
        field = screen.query_one(Input)
        assert field.value == '"Ngo Le Van" since:2025-07'
        assert _speakers_listed(screen) == ["Ngo Le Van", "Ngo Le Van"]
        await pilot.press("slash")  # back to the filter
        assert field.has_focus
        await type_text(pilot, " until:2025-12")
        await pilot.pause()
        assert field.value == '"Ngo Le Van" since:2025-07 until:2025-12'
        assert _speakers_listed(screen) == ["Ngo Le Van", "Ngo Le Van"]


def _unfrozen(objects: list[object]) -> list[object]:
    """Those of ``objects`` that the collector's full collections still visit."""
    import gc

    visited = {id(o) for o in gc.get_objects()}
    return [o for o in objects if id(o) in visited]


async def test_the_statements_index_and_its_rows_shown_are_left_out_of_full_collections(
    store_path: Path,
):
    """At 10,000 articles the index held 300,000 objects made after start-up's freeze, and the
    rows shown grew with each page scrolled: every full collection (one each few dozen keys
    scrolling ``W``) visited them all, 130-210 ms with every thread stopped, keys held that
    long. The index is frozen once built, and each page of rows once drawn."""
    from diplotui.tui.dialogs import statements as view

    store = Store.open(store_path)
    for n in range(8):
        said = (
            f"Foreign Minister Ngo Le Van said that talks {n} went on. Deputy Minister Tran Van "
            f"Son stressed that trade {n} would grow. Ambassador Mai Anh said that fishing {n} "
            f"was discussed. Minister Le Hoai Trung affirmed that ties {n} were strong."
        )
        add_article(store, f"Talks {n}\n{said}\n", f"Talks {n}", f"2025-07-{n + 10:02}")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        index = statements_index(app)
        assert len(index.rows) == 32
        assert _unfrozen([*index.rows, *(row.statement for row in index.rows)]) == []
        await pilot.press("enter")  # to the rows
        listing = app.screen.query_one("#statements-list", OptionList)
        assert listing.has_focus and listing.option_count == view.PAGE
        await pilot.press(*["down"] * (view.PAGE - view.NEAR_END))
        await pilot.pause()
        await pilot.pause()
        assert listing.option_count == 2 * view.PAGE
        added = [listing.get_option_at_index(i) for i in range(view.PAGE, 2 * view.PAGE)]
        assert _unfrozen(added) == []
    store.close()


async def test_a_tag_with_a_space_filters_in_quotes_and_an_empty_list_says_why(store_path: Path):
    """``tag:"east sea"`` finds what ``statements --tag "east sea"`` finds; a filter that
    lists nothing says why in the pane, and what the box searches."""
    store = statements_store(store_path)
    tagged = add_article(store, OTHER, "Earlier talks", "2025-03-02")
    store.with_updates(store.article(tagged.id), tags=["east sea"])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        await type_text(pilot, 'tag:"east sea"')
        await pilot.pause()
        rows = _prompts(listing)
        assert rows and all("Earlier talks" in row for row in rows)
        await pilot.press(*["backspace"] * len('"east sea"'))
        await type_text(pilot, "east sea")
        await pilot.pause()
        assert listing.option_count == 1
        why = listing.get_option_at_index(0)
        assert why.disabled
        assert "No article is tagged #east" in str(why.prompt)
        assert 'tag:"east sea"' in str(why.prompt)
        assert "not the words of a statement" in str(why.prompt)
    store.close()


async def test_a_filter_that_cannot_be_read_lists_no_rows_of_the_last_good_one(store_path: Path):
    """'since:2025-02-29' put its error in the title and left the rows of the filter typed
    before it in the list, as if they were its answer (``y`` copied one): the list says
    why it lists nothing until the filter can be read again."""
    store = statements_store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        await type_text(pilot, "ngo since:2025-02-29")
        await pilot.pause()
        assert _rows_listed(screen) == []
        (reason,) = _prompts(listing)
        assert "2025-02-29" in reason
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await type_text(pilot, "01-01")  # since:2025-01-01: read again
        await pilot.pause()
        assert any("Ngo Le Van" in row for row in _rows_listed(screen))


async def test_w_again_comes_back_where_the_view_was_left(store_path: Path):
    """The first ``W`` waits in the filter for a name; opening a statement and pressing ``W``
    again put the cursor back in the filter, off the statement the user had been reading
    down the list to, so the next arrow key moved a cursor in the box, not the list."""
    store = statements_store(store_path)
    add_article(store, OTHER, "Earlier talks", "2025-03-02")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _shown_view(app, pilot)
        listing = screen.query_one("#statements-list", OptionList)
        assert app.focused is screen.query_one(Input)
        await pilot.press("enter", "down")  # to the list, its second statement
        assert (app.focused, listing.highlighted) == (listing, 1)
        chosen = str(listing.get_option_at_index(1).prompt)
        await pilot.press("enter")  # opened in the reader
        await pilot.pause()
        assert not isinstance(app.screen, StatementsScreen)
        for _ in range(2):  # back from the reader, then after escape
            await pilot.press("W")
            await pilot.pause()
            assert app.screen is screen
            assert (app.focused, listing.highlighted) == (listing, 1)
            assert str(listing.get_option_at_index(1).prompt) == chosen
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("W", "slash")  # from the list to the filter
        assert app.focused is screen.query_one(Input)
        await pilot.press("escape")  # left in the filter: found there
        await pilot.pause()
        await pilot.press("W")
        await pilot.pause()
        assert app.focused is screen.query_one(Input)
        assert listing.highlighted == 1
    store.close()
