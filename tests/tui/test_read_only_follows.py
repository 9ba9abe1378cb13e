"""A second app, read-only because another process holds the store, keeps up with it.

It used to show what it read at start until restarted: a colleague reading on a second
terminal saw stale highlights, tags and articles. Now it looks at the store's stamp every
``FOLLOW_SECONDS`` and reads the store again in a worker when it changed: the list, the open
article's highlights and the sidebar show the writer's changes, with the reading position,
the open article and the selection kept; an article the writer deleted closes with a notice;
a store that cannot be read keeps what is shown and says so once.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.library import SORTS, LibraryQuery, MatchContext
from diplotui.library.facets import LibraryFacets
from diplotui.model import Article, Highlight
from diplotui.store import Store, storage, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.controllers import follow
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

from .helpers import notices_said, screen_cells, settle_start_up, until_bound
from .statements_ui_support import given_to

LONG = "Talks in Hanoi\n" + "\n".join(
    f"Sentence number {n} of the talks said something about trade and the sea." for n in range(80)
)
SHORT = "Earlier talks\nThe ministers met in Jakarta.\n"


def _add(store: Store, text: str, title: str, date: str) -> Article:
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest, date=date)
    return store.add_article(article, text)


def _writer(path: Path) -> tuple[Store, Article]:
    """The process holding the store, with a long article (the newest) and a short one."""
    store = Store.open(path)
    _add(store, SHORT, "Earlier talks", "2025-03-02")
    return store, _add(store, LONG, "Talks in Hanoi", "2025-07-18")


def _highlight(article: Article, text: str, words: str) -> Highlight:
    start = text.index(words)
    return Highlight(
        id="0123456789abcdef",
        article_id=article.id,
        start=start,
        end=start + len(words),
        quote=words,
    )


def _shown(app: DiplotuiApp) -> str:
    return "\n".join("".join(char for char, _ in line) for line in screen_cells(app))


async def _until(pilot, condition) -> None:
    """Pause until ``condition()`` holds (a bound, not a wait: a loaded machine stretches
    a look's read in its worker)."""
    for _ in until_bound():
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the read-only app never showed the change")


async def _open_and_read_on(app: DiplotuiApp, pilot, sentences: int) -> Reader:
    """Open the selected (newest) article with enter and move the cursor down with j."""
    await settle_start_up(app, pilot)
    app.screen.query_one(ArticleList).focus()
    await pilot.press("enter")
    reader = app.screen.query_one(Reader)
    # under load the key's message can land after the press returns: the tests below wait
    # for the article to close, which an article never opened already satisfies
    await _until(pilot, lambda: reader.article_id is not None)
    await pilot.press(*["j"] * sentences)
    await pilot.pause()
    return reader


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """Look at the stamp every 0.1 s (the real interval has a test of its own)."""
    monkeypatch.setattr(follow, "FOLLOW_SECONDS", 0.1)


async def test_the_writers_highlight_tag_and_article_show_with_the_place_kept(store_path: Path):
    writer, article = _writer(store_path)
    reading = Store.open(store_path, read_only=True)
    app = DiplotuiApp(reading)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_and_read_on(app, pilot, 30)
        span, scrolled = reader.cursor_span, reader.scroll_y
        assert scrolled > 0  # the place kept is down the article
        words = "Sentence number 31 of the talks"
        writer.save_highlight(_highlight(article, LONG, words))
        writer.save_article(writer.with_updates(article, tags=["asean"], note="Ask the desk"))
        _add(writer, "Later talks\nThe ministers met again.\n", "Later talks", "2025-08-01")
        await _until(pilot, lambda: "Later talks" in _shown(app))
        await pilot.pause()
        # seen by the look every FOLLOW_SECONDS (how long it took is the load's, not the app's)
        look = app.screen.follow_actions.look
        timers = [timer for timer in app.screen._timers if timer._callback == look]
        assert [(timer._interval, timer._repeat) for timer in timers] == [
            (follow.FOLLOW_SECONDS, None)  # for ever
        ]
        shown = _shown(app)
        assert "#asean" in shown and "Ask the desk" in shown and "Highlights (1)" in shown
        assert [h.quote for h in reader.highlights] == [words]
        assert app.store is app.screen.store and app.store is not reading and app.store.read_only
        assert (reader.article_id, reader.cursor_span, reader.scroll_y) == (
            article.id,
            span,
            scrolled,
        )
        library = app.screen.query_one(ArticleList)
        assert library.current_id == article.id
        await pilot.press("j")  # real keys go on from the place kept
        assert reader.cursor_span[0] > span[0]
        await pilot.press("shift+tab", "down")
        assert library.has_focus and library.current_id != article.id
    app.store.close()
    writer.close()


async def test_the_open_article_deleted_by_the_writer_closes_with_a_notice(
    store_path: Path, quick: None
):
    writer, article = _writer(store_path)
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _open_and_read_on(app, pilot, 3)
        writer.delete_article(article.id)
        await _until(pilot, lambda: reader.article_id is None)
        await pilot.pause()  # the notice is a message the app handles after the reader closed
        toasts = notices_said(app)
        assert any("“Talks in Hanoi” was deleted by another process" in t for t in toasts), toasts
        library = app.screen.query_one(ArticleList)
        assert library.row_ids == [a.id for a in writer.articles()]
    app.store.close()
    writer.close()


SAID = (
    "Talks in Hanoi\n"
    '"We will keep working together," Deputy Minister Ngo Le Van said on Monday.\n'
    "The weather was fine.\n"
)


async def test_a_speaker_corrected_and_a_text_changed_by_the_writer_show(
    store_path: Path, quick: None
):
    writer = Store.open(store_path)
    article = _add(writer, SAID, "Talks in Hanoi", "2025-07-18")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_and_read_on(app, pilot, 0)
        await _until(pilot, lambda: bool(reader.statements))
        said = reader.statements[0]
        assert said.speaker == "Ngo Le Van"
        writer.save_speaker_corrections([given_to(article, SAID, said, "Jane Doe")])
        await _until(pilot, lambda: reader.statements[0].speaker == "Jane Doe")
        changed = SAID + "Ministers will meet again in May.\n"
        writer.replace_article_text(replace(writer.article(article.id)), changed, [], ())
        await _until(pilot, lambda: reader.text.endswith("again in May.\n"))
        assert reader.article_id == article.id
        assert "again in May" in _shown(app)
    app.store.close()
    writer.close()


async def test_a_torn_store_keeps_what_is_shown_and_says_so_once(store_path: Path, quick: None):
    writer, article = _writer(store_path)
    writer.close()  # compacted: the file holds everything
    whole = store_path.read_bytes()
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_and_read_on(app, pilot, 3)
        span = reader.cursor_span
        store_path.write_bytes(whole[: len(whole) // 2])  # caught mid-write by another program
        await _until(pilot, lambda: any("could not be read" in t for t in notices_said(app)))
        await pilot.pause(0.5)  # several looks later
        assert sum("could not be read" in t for t in notices_said(app)) == 1
        assert (reader.article_id, reader.cursor_span) == (article.id, span)
        assert "Earlier talks" in _shown(app)
        store_path.write_bytes(whole)  # the writer puts it right, then tags
        with Store.open(store_path) as fixed:
            fixed.save_article(fixed.with_updates(fixed.article(article.id), tags=["mended"]))
        await _until(pilot, lambda: "#mended" in _shown(app))
        await pilot.pause()  # the notice, a message, may come after the frame
        assert any("could be read again" in t for t in notices_said(app))
        assert (reader.article_id, reader.cursor_span) == (article.id, span)
    app.store.close()


async def test_a_store_file_gone_keeps_the_library_shown(store_path: Path, quick: None):
    writer, _ = _writer(store_path)
    writer.close()
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_start_up(app, pilot)
        store_path.rename(store_path.with_name("moved.json"))
        await _until(pilot, lambda: any("store file is gone" in t for t in notices_said(app)))
        assert len(app.screen.query_one(ArticleList).row_ids) == 2
    app.store.close()


async def test_a_read_that_raced_a_compaction_is_read_again(
    store_path: Path, quick: None, monkeypatch: pytest.MonkeyPatch
):
    """A compaction between the reads of the file and of the journal pairs the old file with
    the new journal, which continues another file: read so, the library showed none of the
    articles the old journal held. The stamp taken before the read tells, and the store is
    read again before anything is shown."""
    writer, article = _writer(store_path)
    reading_journal = storage.read_regular_file
    raced: list[Path] = []

    def racing(path: Path) -> bytes:
        if path.name.endswith(".journal") and not raced and threading.current_thread() != main:
            raced.append(path)  # the worker has read the file: the writer compacts now
            writer.save_article(writer.with_updates(writer.article(article.id), tags=["late"]))
            writer.compact()
        return reading_journal(path)

    shown: list[int] = []
    taking = follow.FollowActions._take

    def take(
        actions: follow.FollowActions, fresh: Store, texts_changed: bool, changed: set[str] | None
    ) -> None:
        shown.append(len(fresh.article_ids()))
        taking(actions, fresh, texts_changed, changed)

    main = threading.current_thread()
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        monkeypatch.setattr(storage, "read_regular_file", racing)
        monkeypatch.setattr(follow.FollowActions, "_take", take)
        writer.save_article(writer.with_updates(article, tags=["first"]))
        await _until(pilot, lambda: "#late" in _shown(app))
        assert raced and shown == [2]
    app.store.close()
    writer.close()


async def test_a_store_written_through_every_read_is_read_later_without_a_warning(
    store_path: Path, quick: None, monkeypatch: pytest.MonkeyPatch
):
    """A refresh storing batch after batch changes the store through each read of a round:
    that is no unreadable store, so nothing is said; a later look shows where it got to."""
    writer, article = _writer(store_path)
    opened = Store.open
    reads: list[int] = []

    def written_through(path: Path, **options: bool) -> Store:
        store = opened(path, **options)
        reads.append(1)
        if len(reads) <= follow.READ_TRIES:  # the whole first round
            tags = [f"batch{len(reads)}"]
            writer.save_article(writer.with_updates(writer.article(article.id), tags=tags))
        return store

    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        monkeypatch.setattr(Store, "open", written_through)
        writer.save_article(writer.with_updates(article, tags=["first"]))
        await _until(pilot, lambda: f"#batch{follow.READ_TRIES}" in _shown(app))
        assert len(reads) == follow.READ_TRIES + 1
        assert not any("could not be read" in t for t in notices_said(app))
    app.store.close()
    writer.close()


async def test_the_list_takes_in_the_writers_changes_without_building_its_facets_again(
    store_path: Path, quick: None
):
    """Each catch-up built the list's facets again: seconds of "sorting…" at 100,000 articles
    after a colleague's one highlight. Now the articles changed are taken in one by one."""
    writer, article = _writer(store_path)
    earlier = next(a for a in writer.articles() if a.id != article.id)
    for n in range(6):
        _add(writer, f"Round {n}\nThe envoys met.\n", f"Round {n}", f"2025-0{n + 1}-09")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        actions = app.screen.library_actions
        built = actions.state.generation
        assert actions.state.facets is not None
        round_two = next(a for a in writer.articles() if a.title == "Round 2")
        writer.save_highlight(_highlight(article, LONG, "Sentence number 3 of"))
        writer.save_article(writer.with_updates(round_two, title="Aardvark summit"))
        writer.delete_article(earlier.id)
        _add(writer, "Later talks\nThe ministers met again.\n", "Later talks", "2025-08-01")
        await _until(pilot, lambda: "Aardvark summit" in _shown(app))
        await settle_start_up(app, pilot)
        state = actions.state
        assert state.generation == built, "the facets were built again"
        assert state.facets is not None and not state.building
        expected = LibraryFacets.of(writer.articles(), writer.highlight_counts())
        for sort in SORTS:
            query = LibraryQuery(sort=sort)
            assert list(actions.shown_ids(query)) == list(expected.select(query, MatchContext()))
        assert state.counts == writer.highlight_counts()
        shown = _shown(app)
        assert "Later talks" in shown and "Earlier talks" not in shown
        await pilot.press("o")  # the title order: real keys on the list kept current
        library = app.screen.query_one(ArticleList)
        assert library.row_ids[0] == round_two.id
    app.store.close()
    writer.close()


async def test_tied_articles_keep_one_order_whether_caught_up_or_built_again(
    store_path: Path, quick: None
):
    """Articles of one date and title were ordered by where the store held them in a build,
    but a read-only app catching up put an article retitled to tie after the others: the
    list's order changed when it was built again (a restart). Their ids settle a tie on
    every path."""
    writer = Store.open(store_path)
    for n, title in enumerate(["Press briefing", "Statement", "Press briefing"]):
        _add(writer, f"{title}\nThe spokesman spoke {n}.\n", title, "2025-07-01")
    app = DiplotuiApp(Store.open(store_path, read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        actions = app.screen.library_actions
        statement = next(a for a in writer.articles() if a.title == "Statement")
        writer.save_article(writer.with_updates(statement, title="Press briefing"))
        _add(writer, "Press briefing\nThe spokesman spoke again.\n", "Press briefing", "2025-07-01")
        await _until(pilot, lambda: "Statement" not in _shown(app))
        await settle_start_up(app, pilot)
        assert actions.state.facets is not None and not actions.state.building
        with Store.open(store_path, read_only=True) as again:
            built = LibraryFacets.of(again.articles(), again.highlight_counts())
            for sort in SORTS:
                query = LibraryQuery(sort=sort)
                expected = list(built.select(query, MatchContext()))
                assert list(actions.shown_ids(query)) == expected, sort
                assert [a.id for a in query.apply(again)] == expected, sort
        library = app.screen.query_one(ArticleList)
        assert library.row_ids == sorted(library.row_ids)  # one date and title: by id
    app.store.close()
    writer.close()
