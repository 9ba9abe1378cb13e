"""``S`` syncs the open library with its team's git remote in a worker: the result is one line,
the list and sidebar show what arrived with its author, and conflicts are listed apart."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.share import files, remember_author, share_clone, share_init, sync
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.sidebar import Sidebar
from tests.sharing import (
    TEXTS,
    SharedCopies,
    add_highlight,
    article_ids,
    git_identity,
    make_store,
    shared_copies,
)
from tests.tui.helpers import settle_start_up, type_text
from tests.unit.test_share_hostile import push_from_a_clone

from .helpers import notices_said

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies


def make_pair(folder: Path) -> None:
    """mai published ``theirs.json``; bob cloned it into ``mine.json``."""
    mine, theirs = make_store(folder / "mine.json"), make_store(folder / "theirs.json")
    with Store.open(theirs) as store:
        share_init(store, str(folder / "desk.git"), "mai")
    with Store.open(mine) as store:
        share_clone(store, str(folder / "desk.git"), "bob")
        remember_author(store, "bob")  # as `diplotui share clone --author bob` does


@pytest.fixture
def shared_pair(shared_copies: SharedCopies, tmp_path: Path) -> tuple[Path, Path]:
    """(mine, theirs): two stores sharing a remote (``make_pair``), copied for this test."""
    shared_copies.copy(make_pair, tmp_path)
    return tmp_path / "mine.json", tmp_path / "theirs.json"


async def open_from_the_list(app: DiplotuiApp, pilot, article_id: str) -> None:
    """Select the article in the list and open it (``enter``), the app settled."""
    await settle_start_up(app, pilot)
    app.screen.query_one(ArticleList).select_id(article_id)
    await pilot.press("enter")
    await settle_start_up(app, pilot)


def noted_and_synced(library: Path, highlight_id: str, note: str) -> None:
    """Mai notes a highlight in her library and syncs it: a teammate's change to take in."""
    with Store.open(library) as store:
        highlight = store.highlight(highlight_id)
        highlight.note = note
        store.save_highlight(highlight)
        sync(store, "mai")


async def open_and_sync_from_sidebar(app: DiplotuiApp, pilot, article_id: str) -> None:
    """Open the article, go to the sidebar (S there syncs; in the reader it is a key of
    statements) and press S."""
    await open_from_the_list(app, pilot, article_id)
    await pilot.press("tab")
    assert app.focused is app.screen.query_one(Sidebar)
    await pilot.press("S")
    await settle_start_up(app, pilot)


async def test_s_in_the_list_syncs_and_shows_the_new_highlight_with_its_author(shared_pair):
    mine, theirs = shared_pair
    first = article_ids()[0]
    add_highlight(theirs, first, "keep talking", note="mai's reading")
    with Store.open(theirs) as store:
        sync(store, "mai")
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, first)
            assert any("Synced: 1 new highlight from mai" in t for t in notices_said(app))
            lines = "\n".join(app.screen.query_one(Sidebar).text_lines)
            assert "Highlights (1)" in lines
            assert "· mai" in lines
            assert "keep talking" in lines


async def test_a_note_conflict_is_listed_apart_and_the_author_filter_narrows_the_list(shared_pair):
    mine, theirs = shared_pair
    first = article_ids()[0]
    shared = add_highlight(theirs, first, "keep talking")
    with Store.open(theirs) as store:
        sync(store, "mai")
    add_highlight(mine, first, "fisheries")
    with Store.open(mine) as store:
        sync(store, "bob")
        highlight = store.highlight(shared)
        highlight.note = "bob's view"
        store.save_highlight(highlight)
    noted_and_synced(theirs, shared, "mai's view")
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, first)
            assert any("1 conflict" in t for t in notices_said(app))
            sidebar = app.screen.query_one(Sidebar)
            lines = " ".join(" ".join(sidebar.text_lines).split())  # headings wrap: narrow pane
            assert "Conflicts (1): edit the note" in lines
            assert "notes by bob and mai differ" in lines
            assert "Highlights (1)" in lines  # bob's own, not in conflict
            await pilot.press("a")  # bob's only
            lines = " ".join(" ".join(sidebar.text_lines).split())
            assert "Highlights by bob (1)" in lines
            assert "Conflicts" not in lines  # the conflicted one is mai's
            await pilot.press("a", "a")
            assert "Highlights (1)" in "\n".join(sidebar.text_lines)


async def test_s_on_a_library_not_shared_says_how_to_share_it(store_path):
    make_store(store_path)
    with Store.open(store_path) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("S")
            await settle_start_up(app, pilot)
            assert any("not shared yet" in t for t in notices_said(app))


async def test_the_library_filter_shows_the_articles_one_person_annotated(shared_pair):
    mine, theirs = shared_pair
    first, second, third = article_ids()
    add_highlight(theirs, first, "keep talking")
    with Store.open(theirs) as store:
        sync(store, "mai")
    add_highlight(mine, second, "restraint")
    add_highlight(mine, third, "frank")
    with Store.open(mine) as store:
        sync(store, "bob")
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            library = app.screen.query_one(ArticleList)
            assert len(library.row_ids) == 3
            await pilot.press("f", *["tab"] * 6)  # tags, entity, source, dates, annotated
            await type_text(pilot, "MAI")
            await pilot.press("enter")
            await settle_start_up(app, pilot)
            assert library.row_ids == [first]
            assert str(library.border_subtitle) == "annotated by MAI · 1/3"
            await pilot.press("f", *["tab"] * 6, "ctrl+u")
            await type_text(pilot, "bob")
            await pilot.press("enter")
            await settle_start_up(app, pilot)
            assert sorted(library.row_ids) == sorted([second, third])


async def test_s_bringing_a_changed_text_of_the_open_article_shows_it_before_anything_is_marked(
    shared_pair,
):
    """A teammate's copy took the outlet's corrected text: after S the reader kept the old
    text, and ``h`` stored a highlight at the old text's offsets, over other words of the
    text the store now held (as R once did)."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update
    from diplotui.tui.widgets.reader import Reader

    mine, theirs = shared_pair
    first = article_ids()[0]
    with Store.open(theirs) as store:
        article = store.article(first)
        old = store.article_text(first)
        corrected = "CORRECTED: the editors added a paragraph on top of the story.\n" + old
        apply_update(store, article, ParsedDocument(corrected, article.title))
        sync(store, "mai")
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, first)
            reader = app.screen.query_one(Reader)
            assert reader.article_id == first and reader.text == corrected
            reader.focus()
            await pilot.press("G", "h")
            await pilot.pause()
            [made] = store.highlights(first)
            assert corrected[made.start : made.end] == made.quote


RESTORED_TEXTS = [f"{TEXTS[0]} Paper {number}." for number in range(5)]


def make_pair_of_five(folder: Path) -> None:
    """``make_pair`` with five articles in each store."""
    mine = make_store(folder / "mine.json", RESTORED_TEXTS)
    theirs = make_store(folder / "theirs.json", RESTORED_TEXTS)
    with Store.open(theirs) as store:
        share_init(store, str(folder / "desk.git"), "mai")
    with Store.open(mine) as store:
        share_clone(store, str(folder / "desk.git"), "bob")
        remember_author(store, "bob")


async def test_s_names_the_texts_it_restored(shared_copies: SharedCopies, tmp_path: Path):
    """Texts the store lost and the team's repository holds come back with ``S``: the line
    names the first of them and counts the rest, where it gave only their number."""
    from diplotui.store import body_path

    shared_copies.copy(make_pair_of_five, tmp_path)
    mine = tmp_path / "mine.json"
    with Store.open(mine, read_only=True) as store:
        for article in store.articles():
            body_path(mine, article.text_hash).unlink()
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle_start_up(app, pilot)
            await pilot.press("S")
            await settle_start_up(app, pilot)
            while app.screen.share_actions.running:
                await pilot.pause(0.05)
            line = notices_said(app)[-1]
            assert line.startswith("Synced: 5 texts restored from the team's. Restored: “Article")
            assert line.count("“Article ") == 3 and line.endswith(" and 2 more."), line


def give_the_talks_to(path: Path, speaker: str) -> None:
    """Correct who said "the talks were frank" (the third article) in the store at ``path``."""
    from diplotui.statements.corrections import new_speaker_correction

    third = article_ids()[2]
    with Store.open(path) as store:
        text = store.article_text(third)
        start = text.index("the talks were frank")
        correction = new_speaker_correction(third, text, start, start + 20, speaker)
        store.save_speaker_corrections([correction])


async def test_s_bringing_a_later_speaker_correction_shows_it_in_the_open_reader(shared_pair):
    """bob gave the envoy's words to Ada Smith; mai, later, to Ben Jones. After bob's S his
    store held Ben Jones (the later stands) and y copied Ben Jones, but the reader's line
    under the open article still said "Ada Smith said", cursor moved or not, until reopened."""
    from diplotui.tui.widgets.reader import Reader

    mine, theirs = shared_pair
    third = article_ids()[2]
    give_the_talks_to(mine, "Ada Smith")
    time.sleep(0.002)  # stamps are in milliseconds: mai's is the later one
    give_the_talks_to(theirs, "Ben Jones")
    with Store.open(theirs) as store:
        sync(store, "mai")
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_from_the_list(app, pilot, third)
            reader = app.screen.query_one(Reader)
            assert str(reader.border_subtitle) == "Ada Smith said"
            await pilot.press("tab")
            await pilot.press("S")
            await settle_start_up(app, pilot)
            said = "your speaker correction of “the talks were frank” (Ada Smith) gave way"
            (line,) = [n for n in app._notifications if said in str(n.message)]
            assert str(line.message).startswith("Synced:") and line.timeout >= 8
            assert [c.speaker for c in store.speaker_corrections(third)] == ["Ben Jones"]
            assert str(reader.border_subtitle) == "Ben Jones said"


def one_text_under_two_ids(shared_pair: tuple[Path, Path]) -> tuple[str, str]:
    """One text in both stores under two ids, as when bob read a feed item after its
    correction and mai before it (each id its first text's hash), mai's synced: (the
    team's id, mine)."""
    mine, theirs = shared_pair
    first = "The envoy met the minister on Monday. The talks were long and the tone was calm."
    corrected = first.replace("long", "frank")
    team_id, own_id = text_hash(first)[:12], text_hash(corrected)[:12]
    with Store.open(theirs) as store:
        store.add_article(Article(id=team_id, title="Envoy", text_hash=""), corrected)
        sync(store, "mai")
    with Store.open(mine) as store:
        store.add_article(Article(id=own_id, title="Envoy", text_hash=""), corrected)
    return team_id, own_id


async def test_s_joining_the_open_article_to_the_teams_copy_keeps_reading_and_marking_it(
    shared_pair,
):
    """bob read a feed item after its correction, mai before it: one text, two ids (each its
    first text's hash). The sync files bob's under the team's id; the open reader went on
    naming the old one, and ``h`` said "no article with id ..." (newuser44b). A change made
    before the sync would, undone, act on the old id: it leaves the undo history, said, and
    ``u`` keeps the highlight made (left44c)."""
    mine = shared_pair[0]
    team_id, own_id = one_text_under_two_ids(shared_pair)
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_from_the_list(app, pilot, own_id)
            await pilot.press("h")
            await pilot.pause()
            assert [h.article_id for h in store.highlights()] == [own_id]
            await pilot.press("tab", "S")
            await settle_start_up(app, pilot)
            assert any("1 article of yours joined to the team's" in t for t in notices_said(app))
            said = "1 change to an article the sync joined to the team's copy can no longer"
            assert any(said in t for t in notices_said(app))
            assert app.screen.reader.article_id == team_id
            await pilot.press("shift+tab", "u")
            await pilot.pause()
            assert "Nothing to undo." in notices_said(app)
            assert [h.article_id for h in store.highlights()] == [team_id]
            await pilot.press("G", "h")
            await pilot.pause()
            quotes = {h.quote for h in store.highlights(team_id)}
            assert "The talks were frank and the tone was calm." in quotes
            assert len(quotes) == 2
            assert not any("no article with id" in t for t in notices_said(app))


async def test_s_with_a_git_it_cannot_run_says_so_and_the_app_stays_open(
    shared_pair, tmp_path, monkeypatch
):
    """A ``git`` on PATH this account may not execute raised PermissionError in the sync's
    worker, which no handler caught: the app ended with a traceback."""
    mine, _ = shared_pair
    first = article_ids()[0]
    made = add_highlight(mine, first, "keep talking")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "git").write_text("#!/bin/sh\n")  # no execute bit
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, first)
            assert app.is_running
            assert "Sync failed: git: Permission denied" in notices_said(app)[-1]
            await pilot.press("S")
            await settle_start_up(app, pilot)
            assert "A sync is already running." not in notices_said(app)
    with Store.open(mine, read_only=True) as store:
        assert store.highlight(made).note == ""


async def test_s_names_a_highlight_it_held_whose_and_on_which_article(shared_pair, tmp_path):
    """A teammate's highlight whose article has not arrived is held: the notice counted it
    ("1 highlight held until its article arrives") and named neither whose nor which."""
    mine, _ = shared_pair
    elsewhere = "The summit communique was delayed. The wording on trade was still open."
    absent = text_hash(elsewhere)[:12]
    start = elsewhere.index("still open")
    held = new_highlight(absent, elsewhere, start, start + 10, author="ana")
    doc = files.record_doc(held)

    def highlight_only(tree: Path) -> None:
        place = tree / files.annotation_path(doc)
        place.parent.mkdir(parents=True, exist_ok=True)
        place.write_bytes(files.annotation_file(doc))

    push_from_a_clone(tmp_path / "desk.git", tmp_path / "ana", highlight_only)
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, article_ids()[0])
            (said,) = [t for t in notices_said(app) if t.startswith("Synced:")]
    assert "1 highlight held until its article arrives" in said
    assert f"Held: highlight {held.id} by ana (“still open”) on article {absent}" in said


async def test_s_names_the_highlight_a_teammate_changed(shared_pair):
    """ "Synced: 1 highlight changed" said not which of the open library's highlights, nor
    what changed: the notice names it (whose, which words, which article) and says so."""
    mine, theirs = shared_pair
    first = article_ids()[0]
    talking = add_highlight(theirs, first, "keep talking")
    with Store.open(theirs) as store:
        sync(store, "mai")
    with Store.open(mine) as store:
        sync(store, "bob")
    noted_and_synced(theirs, talking, "mai's reading")
    with Store.open(mine) as store:
        app = DiplotuiApp(store)
        async with app.run_test(size=(120, 40)) as pilot:
            await open_and_sync_from_sidebar(app, pilot, first)
            while app.screen.share_actions.running:
                await pilot.pause(0.05)
            assert notices_said(app)[-1] == (
                f"Synced: 1 highlight changed. Changed: highlight {talking} by mai "
                f"(“keep talking”) on article {first}: its note changed."
            )
