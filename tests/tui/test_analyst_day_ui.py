"""What a newcomer analyst met in a first day with the Statements view (``W``), driven by
its keys on a real store: an empty answer must say what to type instead."""

from __future__ import annotations

import os
from pathlib import Path

import pyperclip
import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from diplotui.model import QuoteRecord, new_id
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import screen_cells, settle, type_text
from .library_fixtures import make_library
from .statements_ui_support import statements_store as _store
from .test_quotes_ui import _open, _record_notices
from .test_statements_ui import _prompts, _shown_view


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


async def test_a_name_no_speaker_has_is_said_so_not_the_dates(store_path: Path) -> None:
    """A name no one in the library has ("smith", a misspelling) said "No statement matches
    this filter." as dates past the library's did: it says no speaker has the name."""
    why = await _why_none(store_path, [], "smith since:2025-12-31")
    assert why.startswith(
        'No speaker\'s name has the words "smith": words may be cut short. The box finds who'
    )


def _fake_tmux(folder: Path, monkeypatch: pytest.MonkeyPatch, set_clipboard: str) -> None:
    """Inside tmux, no clipboard tool: ``y`` sends OSC 52, and the ``tmux`` on PATH (a
    script, the command's boundary) answers ``set-clipboard`` as a server set so would."""
    script = folder / "tmux"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$*" = "show-options -gv set-clipboard" ]; then '
        f"echo {set_clipboard}; exit 0; fi\nexit 1\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("TMUX", f"{folder}/socket,1,0")

    def no_tool(*_args: object) -> str:
        raise pyperclip.PyperclipException("no clipboard mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_tool)
    monkeypatch.setattr(pyperclip, "paste", no_tool)


async def copies_said(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...] = ("y",)
) -> tuple[list[str], list[str]]:
    """What ``keys`` on the first sentence of "Beta summit" sent by OSC 52, and every
    notice said meanwhile."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        sent: list[str] = []
        monkeypatch.setattr(app, "copy_to_clipboard", sent.append)
        notices = _record_notices(app, monkeypatch)
        await _open(app, pilot, "Beta summit")
        for key in keys:
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert sent and "Beta summit" in sent[0]
    store.close()
    return sent, notices


async def _copy_notice(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The notice ``y`` gives on the first article's first sentence."""
    _, notices = await copies_said(store_path, monkeypatch)
    (notice,) = [n for n in notices if "OSC 52" in n]
    return notice


async def test_a_copy_in_tmux_set_to_take_it_gives_no_advice_to_set_it(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every ``y`` in tmux said "inside tmux this needs 'set -g set-clipboard on'", with the
    option on: the analyst, who had set it, read that the copy had not worked."""
    _fake_tmux(tmp_path, monkeypatch, "on")
    notice = await _copy_notice(store_path, monkeypatch)
    assert notice.endswith("sent to the terminal (OSC 52)")


async def test_a_copy_in_tmux_not_set_to_take_it_says_what_it_is_set_to(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tmux(tmp_path, monkeypatch, "external")
    notice = await _copy_notice(store_path, monkeypatch)
    assert notice.endswith(
        "sent to the terminal (OSC 52); inside tmux this needs 'set -g set-clipboard on'"
        " (it is 'external')"
    )


async def test_a_tag_with_a_space_is_never_broken_across_the_sidebars_lines(
    store_path: Path,
) -> None:
    """#people diplomacy and #Biển Đông showed as "#people diplomacy  #Biển" over "Đông":
    the sidebar's tags wrapped at any space, and read as three tags, "Đông" none."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot, "Delta forum")
        await pilot.press("t")
        await type_text(pilot, "people diplomacy, Biển Đông, mekong")
        await pilot.press("enter")
        await settle(app, pilot)
        region = app.screen.query_one(Sidebar).content_region
        lines = [
            "".join(char for char, _ in row[region.x : region.right]).strip()
            for row in screen_cells(app)[region.y : region.bottom]
        ]
    store.close()
    start = lines.index("Tags") + 1
    shown = lines[start : lines.index("Note")]
    assert [tag for line in shown for tag in line.split("  ") if tag] == [
        "#people diplomacy",
        "#Biển Đông",
        "#mekong",
    ]


async def test_the_statements_views_keys_at_80_columns_name_the_timeline(
    store_path: Path,
) -> None:
    """At 80x24 the view's key line was "enter: open · y: copy · esc: close", the one cut
    for 40 columns: ``L`` (a speaker's timeline) and ``tab`` (to the speakers) were never
    said, with room for both. (In the filter, where ``W`` opens, letters are typed: its line
    says so.)"""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await _shown_view(app, pilot)
        in_filter = ["".join(char for char, _ in row) for row in screen_cells(app)]
        await pilot.press("enter")  # to the results
        await pilot.pause()
        lines = ["".join(char for char, _ in row) for row in screen_cells(app)]
    store.close()
    assert any(
        "typing filters · enter: to the results · tab: pane · esc: close" in line
        for line in in_filter
    )
    assert any(
        "enter: open · y: copy · L: timeline · tab: pane · esc/q: close" in line for line in lines
    )


async def _filter_list(app: DiplotuiApp, pilot: Pilot[None], typed: str) -> ArticleList:
    """The library list once ``f`` has filtered it by ``typed``, as a user types it."""
    await settle(app, pilot)
    library = app.screen.query_one(ArticleList)
    library.focus()
    await pilot.press("f")
    await type_text(pilot, typed)
    await pilot.press("enter")
    await settle(app, pilot)
    return library


async def test_the_lists_tag_filter_cut_short_names_the_tag_in_use(store_path: Path) -> None:
    """``f`` with "ase" typed for #asean listed nothing and said "No article matches this
    filter": a tag is matched whole, and the list now names the tag meant."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await _filter_list(app, pilot, "ase")
        region = library.content_region
        shown = " ".join(
            "".join(char for char, _ in row[region.x : region.right]).strip()
            for row in screen_cells(app)[region.y : region.bottom]
        )
    store.close()
    assert "No article is tagged #ase: a tag is typed whole, #asean." in " ".join(shown.split())


async def test_the_quote_history_cuts_a_long_quote_after_a_word(store_path: Path) -> None:
    """A quote of 200 cells and more showed "... must adopt new ways o…" in ``Q``: the line
    was cut back one letter for its "…", in the middle of "of", where one_line promises a
    cut after a word."""
    words = (
        "Ngo Le Van (Deputy Minister of Foreign Affairs) stressed that in the new context, "
        "especially in light of new tasks and requirements, those involved in people-to-people "
        "diplomacy must adopt new ways of thinking and working, with specific measures."
    )
    store = make_library(store_path)
    store.add_quote(QuoteRecord(id=new_id(), text=f"{words}\n— Ngo Le Van", style="plain"))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("Q")
        await settle(app, pilot)
        shown = " ".join(
            " ".join("".join(char for char, _ in row).split()) for row in screen_cells(app)
        )
    store.close()
    assert "must adopt new ways…" in shown


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_search_for_a_tags_name_says_it_is_a_tag_and_how_to_filter(
    store_path: Path, size: tuple[int, int]
) -> None:
    """``/`` with "bien dong" typed, the articles on the sea tagged #Biển Đông, listed
    nothing and said only "Nothing matches": the search reads titles and texts, not tags, and
    a newcomer read it as a library holding nothing on the sea."""
    store = make_library(store_path)
    newest = store.articles()[0]
    store.with_updates(newest, tags=["Biển Đông"])
    app = DiplotuiApp(store)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        library = app.screen.query_one(ArticleList)
        library.focus()
        await pilot.press("slash")
        await type_text(pilot, "bien dong")
        await settle(app, pilot)
        region = library.content_region
        shown = " ".join(
            "".join(char for char, _ in row[region.x : region.right]).strip()
            for row in screen_cells(app)[region.y : region.bottom]
        )
    store.close()
    said = " ".join(shown.split())
    assert said.startswith("Nothing matches “bien dong” in titles and texts.")
    assert "#Biển Đông is a tag: f filters by it." in said
    assert said.endswith("Escape clears the search."), said


async def test_the_lists_tag_filter_typed_without_marks_shows_the_tag_in_use(
    store_path: Path,
) -> None:
    """``f`` with "bien dong" typed lists the articles tagged #Biển Đông, but the list's
    edge said "#bien dong", a tag no article carries, beside what it listed."""
    store = make_library(store_path)
    newest = store.articles()[0]
    store.with_updates(newest, tags=["Biển Đông"])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        library = await _filter_list(app, pilot, "bien dong")
        edge = "".join(char for char, _ in screen_cells(app)[library.region.bottom - 1])
    store.close()
    assert "#Biển Đông · 1/" in edge
    assert "#bien dong" not in edge
