"""What a start does after its first frame: no work the screen shows no trace of."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from textual.dom import DOMNode

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs import DIALOG_STYLES
from diplotui.tui.dialogs.tags import AddTagsScreen
from diplotui.tui.screens.main import MainScreen
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.footer import KeyFooter
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .helpers import settle_start_up, shown_main_screen

PANES = (ArticleList, Reader, Sidebar)


def _count_drawn_lines(monkeypatch) -> Counter[str]:
    """Lines each pane and the footer draw (Textual asks for a line only when it is not
    kept)."""
    drawn: Counter[str] = Counter()
    for pane in (*PANES, KeyFooter):

        def counted(self, y: int, draw=pane.render_line):
            drawn[type(self).__name__] += 1
            return draw(self, y)

        monkeypatch.setattr(pane, "render_line", counted)
    return drawn


async def test_a_start_builds_its_footer_once_and_leaves_the_panes_styled_as_they_are(
    seeded_store: Store, monkeypatch, tag_dialog_built_ahead: None
):
    """The footer's line is drawn once, by one widget (Textual's footer is a widget per
    key, each styled and drawn on its own); the screen is not restyled as it first resumes
    (its widgets were styled as they mounted, with the width class), nor anything as the
    app closes; the dialogs' styles and the tag dialog are prepared, and the panes, not
    restyled for them, are styled exactly as a full restyle with the dialogs' rules styles
    them. Each pane's lines are drawn once before the main screen is completed: the panes'
    first resize, handled after the first frame, draws none of them again."""
    drawn = _count_drawn_lines(monkeypatch)
    drawn_when_completed: Counter[str] = Counter()
    complete = MainScreen._complete

    async def counted_complete(screen: MainScreen) -> None:
        drawn_when_completed.update({pane.__name__: drawn[pane.__name__] for pane in PANES})
        await complete(screen)

    monkeypatch.setattr(MainScreen, "_complete", counted_complete)
    app = DiplotuiApp(seeded_store)
    restyled: list[str] = []  # the first node of each restyled subtree
    update_nodes = app.stylesheet.update_nodes

    def counted_update_nodes(nodes: Iterable[DOMNode], animate: bool = False) -> None:
        nodes = list(nodes)
        restyled.append(type(nodes[0]).__name__ if nodes else "")
        update_nodes(nodes, animate)

    monkeypatch.setattr(app.stylesheet, "update_nodes", counted_update_nodes)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        main = shown_main_screen(app)
        assert main is not None and app.screen is main
        assert drawn["KeyFooter"] == 1 and len(main.query(KeyFooter)) == 1
        assert "MainScreen" not in restyled  # its widgets were styled as they mounted
        assert app.is_screen_installed(AddTagsScreen.NAME)
        heights = {pane.__name__: main.query_one(pane).size.height for pane in PANES}
        assert drawn_when_completed == heights
        assert any(DIALOG_STYLES in str(source) for source, _ in app.stylesheet.source)
        styled = {node: node.styles.css for node in main.walk_children(with_self=True)}
        app.stylesheet.update(app)
        assert {node: node.styles.css for node in main.walk_children(with_self=True)} == styled
        restyled.clear()
    assert restyled == []  # as the app closes, the widget losing the focus is not restyled
