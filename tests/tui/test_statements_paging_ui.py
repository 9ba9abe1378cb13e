"""The statements view's long lists: rows a page at a time, end/home, pagedown, batches found."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import Input, OptionList

from diplotui.library.statements import LibraryStatement, StatementIndex
from diplotui.model import Article, Statement


def _numbered_rows(count: int) -> list[LibraryStatement]:
    """``count`` statements, "Point 0" the newest (each a day older than the one before)."""
    first = date(2025, 12, 31)
    return [
        LibraryStatement(
            Article(id=f"a{n:04}", title=f"Talks {n}", text_hash=f"{n:064}",
                    date=(first - timedelta(days=n)).isoformat()),
            Statement(
                start=0, end=4, text=f"Point {n}", kind="reported", speaker=f"Speaker {n % 50}",
                speaker_key=f"speaker {n % 50}", speaker_type="PERSON", verb_past="said",
            ),
        )
        for n in range(count)
    ]  # fmt: skip


def _highlighted_point(listing: OptionList) -> str:
    """The words of the highlighted row's statement ("Point 7")."""
    prompt = str(listing.get_option_at_index(listing.highlighted or 0).prompt)
    return prompt.split(": ")[1].split("\n")[0]


async def test_the_statements_view_adds_rows_a_page_at_a_time_as_the_highlight_moves_down():
    from textual.app import App

    from diplotui.tui.dialogs import statements as view

    app: App[None] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(view.StatementsScreen(StatementIndex(_numbered_rows(60))))
        await pilot.pause()
        listing = app.screen.query_one("#statements-list", OptionList)
        speakers = app.screen.query_one("#statements-speakers", OptionList)
        title = app.screen.query_one("#statements-title")
        assert listing.option_count == view.PAGE  # a page, not every statement
        assert speakers.option_count == view.SPEAKERS_PAGE
        assert "60 of 60" in str(title.render())
        listing.focus()
        for _ in range(view.PAGE - view.NEAR_END):
            await pilot.press("down")
        await pilot.pause()
        assert listing.option_count == 2 * view.PAGE  # the next page came as it neared the end
        speakers.focus()
        for _ in range(view.SPEAKERS_PAGE):
            await pilot.press("down")
        await pilot.pause()
        assert speakers.option_count == 50  # every speaker reachable


async def test_end_and_home_reach_the_last_and_first_statement_of_the_whole_list():
    """``end`` went to the last row put in the list so far (rows come a page at a time),
    not the library's oldest statement; pressed again and again it crept down a page a
    press. It goes to the last of the filtered list at once, ``home`` comes back, and the
    rows above the last come as ``up`` climbs, where they belong."""
    from textual.app import App

    from diplotui.tui.dialogs import statements as view

    app: App[object] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = view.StatementsScreen(StatementIndex(_numbered_rows(5_000)))
        opened: list[object] = []
        await app.push_screen(screen, opened.append)
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        await pilot.press("enter")  # from the filter to the statements
        await pilot.press("end")
        await pilot.pause()
        assert _highlighted_point(listing) == "Point 4999"
        assert listing.option_count < 100, "the last page, not every statement before it"
        await pilot.press("home")
        await pilot.pause()
        assert _highlighted_point(listing) == "Point 0"
        await pilot.press("end", *["up"] * 30)  # past the first row of the last page
        await pilot.pause()
        assert _highlighted_point(listing) == "Point 4969"
        # the highlight climbed a row a press, on the screen too: the rows put above it
        # did not push it out of sight
        line = listing._index_to_line[listing.highlighted or 0]
        assert listing.scroll_offset.y <= line < listing.scroll_offset.y + listing.size.height
        # climbing on, the list keeps a few pages, not every row climbed past: each page
        # put above would cost more than the last
        await pilot.press(*["up"] * 150)
        await pilot.pause()
        assert _highlighted_point(listing) == "Point 4819"
        assert listing.option_count <= view.MOST_ROWS + view.PAGE
        line = listing._index_to_line[listing.highlighted or 0]
        assert listing.scroll_offset.y <= line < listing.scroll_offset.y + listing.size.height
        await pilot.press("k", "enter")
        await pilot.pause()
    assert opened == [("a4818", 0, 4)]


async def test_pagedown_held_down_moves_a_page_each_press_to_the_end():
    """``pagedown`` stopped at the last row loaded, which then loaded the next page: held
    down, it moved a dozen rows a press however tall the pane; ``pageup`` back from ``end``
    found no rows above."""
    from textual.app import App

    from diplotui.tui.dialogs import statements as view

    app: App[None] = App()
    async with app.run_test(size=(120, 60)) as pilot:
        screen = view.StatementsScreen(StatementIndex(_numbered_rows(400)))
        await app.push_screen(screen)
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        await pilot.press("enter")
        places = []
        for _ in range(5):
            await pilot.press("pagedown")
            places.append(int(_highlighted_point(listing).split()[1]))
        # a row is two lines and the rule between two speakers' one (each row here is
        # another speaker's): a press moves a third of the pane's height in rows, past the
        # 12 of a page loaded at a time
        rows_a_page = listing.size.height // 3
        assert rows_a_page > view.PAGE
        assert places == [rows_a_page * n for n in range(1, 6)]
        await pilot.press("end", "pageup", "pageup")
        await pilot.pause()
        back = 399 - int(_highlighted_point(listing).split()[1])
        assert 2 * rows_a_page <= back <= 2 * (rows_a_page + 1)  # a line or so either way


async def test_the_statements_view_keeps_the_chosen_row_while_more_statements_are_found():
    """While the first ``W`` was still finding statements, each batch it found put the
    highlight back on the first row: the statement (and the speaker) the user had moved to
    was lost, and ``enter`` opened another one."""
    from textual.app import App

    from diplotui.library.statements import LibraryStatement, StatementIndex
    from diplotui.model import Article, Statement
    from diplotui.tui.dialogs import statements as view

    def rows(first: int, count: int) -> list[LibraryStatement]:
        return [
            LibraryStatement(
                Article(id=f"a{n:03}", title=f"Talks {n}", text_hash=f"{n:064}",
                        date=f"2025-{1 + n // 28:02}-{1 + n % 28:02}"),
                Statement(start=0, end=4, text=f"Point {n}", kind="reported",
                          speaker=f"Speaker {n}", speaker_key=f"speaker {n}",
                          speaker_type="PERSON", verb_past="said"),
            )
            for n in reversed(range(first, first + count))
        ]  # fmt: skip

    app: App[object] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        found_so_far = rows(0, 20)
        screen = view.StatementsScreen(StatementIndex(found_so_far), pending=40)
        opened: list[object] = []
        await app.push_screen(screen, opened.append)
        await pilot.pause()
        listing = screen.query_one("#statements-list", OptionList)
        speakers = screen.query_one("#statements-speakers", OptionList)
        listing.focus()
        await pilot.press(*["down"] * 15)
        speakers.focus()
        await pilot.press(*["down"] * 3)
        await pilot.pause()
        chosen = screen._shown[listing.highlighted or 0].statement.text
        speaker = speakers.get_option_at_index(speakers.highlighted or 0).id
        assert chosen == "Point 4" and speaker
        screen.set_index(StatementIndex(rows(20, 40) + found_so_far), pending=0)
        await pilot.pause()
        assert screen._shown[listing.highlighted or 0].statement.text == chosen
        assert speakers.get_option_at_index(speakers.highlighted or 0).id == speaker
        listing.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert opened == [("a004", 0, 4)]


async def test_enter_on_a_speaker_lists_only_theirs_not_a_longer_name_holding_it():
    """``enter`` on "Le Hoai" put "Le Hoai" in the filter, whose words every statement of Le
    Hoai Trung holds too: the list said to be "only theirs" showed another person's."""
    from textual.app import App

    from diplotui.library.statements import StatementIndex
    from diplotui.tui.dialogs import statements as view
    from tests.unit.test_spelling import _said_by

    speakers_of = ["Le Hoai Trung", "Le Hoai", "Lê Hoài Trung", "Le Hoai Trung"]
    rows = _said_by(*speakers_of)
    app: App[None] = App()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.push_screen(view.StatementsScreen(StatementIndex(rows)))
        await pilot.pause()
        listing = app.screen.query_one("#statements-list", OptionList)
        speakers = app.screen.query_one("#statements-speakers", OptionList)
        names = [str(speakers.get_option_at_index(i).id) for i in range(speakers.option_count)]
        assert names == ["Lê Hoài Trung", "Le Hoai"]  # diacritics or none: one person, named
        # by the fullest spelling (speaker_names), however many rows spell it without
        speakers.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert [row.split(" said")[0] for row in shown] == ["Le Hoai"]
        app.screen.query_one(Input).value = ""
        await pilot.pause()
        speakers.focus()
        speakers.highlighted = 0
        await pilot.press("enter")  # the longer name: its spellings, not Le Hoai's
        await pilot.pause()
        assert listing.option_count == 3
