"""attack48: a speaker's name of 10,000 letters (an article's, or a hostile file's) wrapped
over the whole Statements view: its row and the speakers pane showed nothing but the name,
the words said and every other speaker pushed hundreds of rows down. A listing's row shows at
most ``NAME_CHARS`` of a name or role, cut at a word's end; the name is kept whole in the
store, the JSON and the filter."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view, screen_text
from .statements_ui_support import add_article

LONG = "X" * 10_000


async def test_a_long_name_leaves_the_statements_view_readable(store_path: Path) -> None:
    store = Store.open(store_path)
    add_article(
        store,
        "Long names\n\nHanoi, July 18, 2025 - Foreign Minister Anna Lind said the talks were good."
        f'\n\n"It went well," said {LONG} Smith.\n\n"We agreed," said {LONG} Smith.\n',
        "Long names",
        "2025-07-18",
    )
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        shown = screen_text(app)
        assert "Anna Lind" in shown, shown  # the speakers pane lists the other speaker
        assert "It went well" in shown or "We agreed" in shown, shown  # the words said
        assert shown.count("X" * 20) < 40, shown
    store.close()


def test_a_listing_cuts_a_long_name_and_role_but_keeps_its_verb() -> None:
    from diplotui.layout import NAME_CHARS
    from diplotui.library.statements import Said, said_row
    from diplotui.model import Statement

    statement = Statement(
        start=0, end=5, text="hello", kind="direct", speaker=f"{LONG} Smith", speaker_key="smith",
        speaker_type="PERSON", role="Envoy " * 2_000, verb="said",
    )  # fmt: skip
    label, words = said_row(statement, Said("hello", True, ""))
    assert len(label) < 2 * NAME_CHARS + 20, len(label)
    assert label.endswith("said"), label[-40:]
    assert words == ": “hello”"


def test_the_sidebar_names_a_long_speaker_in_a_few_rows() -> None:
    from diplotui.layout import NAME_CHARS
    from diplotui.model import Highlight
    from diplotui.tui.widgets.sidebar import highlight_prompt

    highlight = Highlight(
        id="h1", article_id="a1", start=0, end=12, quote="It went well",
        speaker=f"{LONG} Smith", speaker_role="Envoy " * 2_000,
    )  # fmt: skip
    shown = highlight_prompt(highlight, highlight.quote).plain
    assert "It went well" in shown
    assert len(shown) < 2 * NAME_CHARS + 60, len(shown)
