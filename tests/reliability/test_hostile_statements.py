"""The statements view (``W``) on hostile article text and a hostile filter."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.model import Article, SpeakerCorrection
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.statements import StatementsScreen
from tests.reliability.test_hostile_ui import ESCAPES, assert_inert, drawn
from tests.tui.helpers import open_statements_view, screen_text, type_text

TITLE = f"Talks [bold red]x[/] {ESCAPES}"
TEXT = (
    f"{TITLE}\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van stressed that the Ministry "
    f"[link=http://evil]is ready[/link] {ESCAPES} to help.\n"
)


async def test_the_statements_view_draws_hostile_quotes_and_titles_inert(store_path: Path):
    """A filter the view could not read was said in its title, parsed as markup: typing
    ``since:[/x]`` ended the app in a MarkupError."""
    store = Store.open(store_path)
    digest = text_hash(TEXT)
    article = Article(id=store.new_article_id(digest), title=TITLE, text_hash=digest)
    store.add_article(article, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_statements_view(app, pilot)
        assert isinstance(app.screen, StatementsScreen)
        listing = app.screen.query_one("#statements-list", OptionList)
        assert listing.option_count == 1
        assert_inert(drawn(app), "statements view", "[link=http://evil]is ready[/link]")
        await type_text(pilot, "since:[/x]")  # malformed, and markup in the message
        await pilot.pause()
        assert_inert(drawn(app), "statements view, bad filter", "since:[/x]")


async def test_the_statements_view_lists_no_correction_whose_words_are_not_in_the_text(
    store_path: Path,
):
    """A speaker correction edited by hand to offsets past its text's end was laid over the
    view's statements as placed: ``W`` listed "Far Away said: hello" and ``y`` copied
    "hello" with the article's citation, words the article never held."""
    text = "Talks\nAmbassador Ivan Petrov said trade would grow.\n"
    store = Store.open(store_path)
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title="Talks", text_hash=digest)
    store.add_article(article, text)
    far = SpeakerCorrection(
        id="aaaa00000001",
        article_id=article.id,
        start=10**18,
        end=10**18 + 5,
        quote="hello",
        speaker="Far Away",
    )
    store.save_speaker_corrections([far])
    app = DiplotuiApp(store)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        shown = screen_text(app)
        assert "Ivan Petrov (Ambassador) said trade would grow" in shown
        assert "Far Away" not in shown and "hello" not in shown
        assert listing.option_count == 1
