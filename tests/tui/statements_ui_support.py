"""The article, store and first steps the statements UI tests share (split in three files
so --dist loadfile spreads them)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import OptionList

from diplotui.cite import STYLE_SETTING
from diplotui.model import Article, SpeakerCorrection, Statement
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader

TEXT = (
    "Enhancing capacity of people's organizations\n"
    "WVR - On July 18, a conference on external relations was held in Hanoi.\n"
    "Deputy Minister of Foreign Affairs Ngo Le Van stressed that the Ministry is ready to help.\n"
    "The weather was fine.\n"
    '"We will keep working together," he said.\n'
)


def statements_store(path: Path) -> Store:
    store = Store.open(path)
    digest = text_hash(TEXT)
    article = Article(
        id=store.new_article_id(digest),
        title="Enhancing capacity of people's organizations",
        text_hash=digest,
        source="World & Vietnam Report",
        date="2025-07-18",
    )
    store.add_article(article, TEXT)
    store.set_setting(STYLE_SETTING, "chicago")
    return store


def add_article(store: Store, text: str, title: str, date: str, **fields: object) -> Article:
    """An article of the test wire holding ``text``, stored."""
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest,
                      source="Test Wire", date=date, **fields)  # fmt: skip
    store.add_article(article, text)
    return article


TURK = "Rights chief warns {n}\nUN rights chief Volker Turk said aid must reach civilians in {n}.\n"
TURK_MARKED = "Rights chief speaks\nVolker Türk said the attacks must stop at once.\n"


def turk_store(path: Path) -> tuple[Store, list[str]]:
    """Three articles spelling the UN rights chief "Volker Turk" (Gaza, Sudan, Haiti), then
    one "Volker Türk", a day apart; their ids, oldest first."""
    store = Store.open(path)
    texts = [TURK.format(n=n) for n in ("Gaza", "Sudan", "Haiti")] + [TURK_MARKED]
    ids = [
        add_article(store, text, text.split("\n")[0], f"2025-03-0{day}").id
        for day, text in enumerate(texts, 1)
    ]
    return store, ids


def given_to(article: Article, text: str, said: Statement, speaker: str) -> SpeakerCorrection:
    """A speaker correction giving the words of ``said`` (of ``text``) to ``speaker``."""
    return SpeakerCorrection(
        id="c0ffee0123456789",
        article_id=article.id,
        start=said.start,
        end=said.end,
        quote=text[said.start : said.end],
        speaker=speaker,
    )


async def open_first(app: DiplotuiApp, pilot) -> Reader:
    await pilot.pause()
    await app.workers.wait_for_complete()
    library = app.screen.query_one(ArticleList)
    library.focus()
    library.cursor = len(library.folders)
    await pilot.press("enter")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen.query_one(Reader)


SEA_TALKS = (  # an attribution dated two days before the article's date
    "Sea talks\nDeputy Foreign Minister Đỗ Hùng Việt told reporters on November 12 that "
    'ASEAN and China should conclude a code of conduct.\n"We want the code to be '
    'consistent with international law," Việt said.\n'
)
TRUNG_AND_ITO = (  # two speakers in one sentence: a quotation, then a reported clause
    "Talks\n"
    "Deputy Minister Le Hoai Trung met Ambassador Ito Naoki in Hanoi.\n"
    "“We value the partnership,” Trung said, and Ito said that Japan would invest more.\n"
)


async def statements_speakers(app: DiplotuiApp, pilot: Pilot[object]) -> tuple[Screen, OptionList]:
    """``W`` opened over ``app``: its screen and its speakers' pane."""
    from diplotui.tui.dialogs.statements import StatementsScreen

    from .helpers import open_statements_view

    await open_statements_view(app, pilot)
    screen = app.screen
    assert isinstance(screen, StatementsScreen)
    return screen, screen.query_one("#statements-speakers", OptionList)
