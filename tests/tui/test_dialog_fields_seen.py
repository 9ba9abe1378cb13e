"""Every dialog's fields can be seen before the focus reaches them: in Textual's colours an
unfocused field (38,38,38 on the dialog's 30,30,30, its border 25,25,25) could not be told
from its dialog, so a user could not see where to type before tabbing there. An unfocused
field is a step off its dialog's background and edged by a bar that reads at 3:1 against it
(WCAG's floor for a control's edge), the focused one edged in the accent; a placeholder reads
at 4.5:1, as text does, in the dark theme and the light."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.color import Color
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import open_statements_view
from .screen_cells import AA_RATIO, RGB, contrast_ratio, text_cells, unreadable
from .test_contrast import THEMES
from .test_reader_support import add_article, open_first

EDGE_RATIO = 3.0
"""WCAG 2.1 (1.4.11): what shows a control's place, against what is around it."""
STEP_RATIO = 1.4
"""A field's background against its dialog's: 1.06 in Textual's colours, seen by no one."""


def _rgb(color: Color) -> RGB:
    return (color.r, color.g, color.b)


def _dialog_background(field: Widget) -> RGB:
    """The colour the field is drawn on: its container's, as the dialog paints it."""
    parent_base, _ = field.background_colors
    return _rgb(parent_base)


def _edge_and_fill(field: Widget) -> tuple[RGB, RGB]:
    """The colour of the bar on the field's left edge and of the field's inside, as drawn
    on the row its text is on (the middle one of a three-row field)."""
    rows = field.render_lines(Region(0, 0, *field.outer_size))
    row = rows[len(rows) // 2]
    segments = [segment for segment in row if segment.text]
    edge, inside = (segments[0].style or Style()), (segments[1].style or Style())
    # a bar's colour (a tall edge, ▊ reversed, shows it in its last quarter); no bar: the
    # field's own background is its edge
    barred = segments[0].text[0] in "▊▌▎▐"
    edge_colour = edge.color if barred else edge.bgcolor
    assert edge_colour is not None and inside.bgcolor is not None
    edge_rgb = edge_colour.get_truecolor()
    fill = inside.bgcolor.get_truecolor()
    return (edge_rgb.red, edge_rgb.green, edge_rgb.blue), (fill.red, fill.green, fill.blue)


def _check_fields(app: DiplotuiApp, where: str) -> int:
    """Assert every field of the top screen is seen: an unfocused one by its background and
    its edge, the focused one by an edge of its own (the accent, as a focused pane's
    border), its letters readable in both; return how many unfocused ones there were."""
    unfocused: list[RGB] = []
    focused: list[RGB] = []
    for field in app.screen.query(Input):
        if not field.display:
            continue
        dialog = _dialog_background(field)
        edge, fill = _edge_and_fill(field)
        name = f"{where} #{field.id}"
        bad = unreadable(list(text_cells(field)))
        assert not bad, f"{name}: letters under {AA_RATIO}:1: {bad[0]}"
        if field.has_focus:
            focused.append(edge)
            continue
        unfocused.append(edge)
        assert contrast_ratio(fill, dialog) >= STEP_RATIO, (
            f"{name}: its background {fill} is lost on the dialog's {dialog}"
        )
        assert contrast_ratio(edge, dialog) >= EDGE_RATIO, (
            f"{name}: its edge {edge} does not stand out from the dialog's {dialog}"
        )
    assert not set(focused) & set(unfocused), f"{where}: the focused field looks unfocused"
    return len(unfocused)


@pytest.mark.parametrize("theme", THEMES)
async def test_every_dialogs_fields_are_seen_focused_or_not(store_path, theme: str):
    store = Store.open(store_path)
    add_article(store, "Envoy talks", "The minister met the envoy in Hanoi.")
    app = DiplotuiApp(store)
    app.theme = theme
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("shift+tab")  # the list: f and I
        # the form dialogs (one-row fields) and the one-field dialogs (three-row fields)
        for key, title in (("i", "details"), ("A", "feed"), ("f", "filter")):
            await pilot.press(key)
            await pilot.pause()
            assert _check_fields(app, title) > 0, f"{title}: no unfocused field to look at"
            await pilot.press("escape")
            await pilot.pause()
        for key, title in (("I", "import"), ("t", "tags")):
            await pilot.press(key)
            await pilot.pause()
            _check_fields(app, title)
            await pilot.press("escape")
            await pilot.pause()
        await open_statements_view(app, pilot)
        await pilot.press("tab")  # the filter's field left for the speakers
        await pilot.pause()
        assert _check_fields(app, "statements") == 1


LONG_TITLE = (
    "Secretariat Standing Member Tran Cam Tu underscores people-to-people diplomacy as key "
    "component of strategy for national development, safeguarding"
)


def _field_row(app: DiplotuiApp, selector: str) -> str:
    field = app.screen.query_one(selector, Input)
    width = field.scrollable_content_region.width
    return "".join(segment.text for segment in field.render_line(0)).ljust(width)[:width]


async def test_a_field_holding_more_than_it_shows_marks_the_edge_it_goes_on_past(
    store_path,
):
    """At 80x24 the details dialog's Title field showed "component of strategy for national
    development, safeguarding": the end of the title, scrolled to the cursor, drawn as if
    it were the whole title, with no sign that its first 90 characters were out of sight.
    The field now opens on the title's start, its cursor there; an edge past which a field's
    text goes on is marked "…" (the cursor's cell is not)."""
    store = Store.open(store_path)
    add_article(store, LONG_TITLE, "The conference met. It ended.")
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        title = app.screen.query_one("#metadata-title", Input)
        assert title.has_focus and title.cursor_position == 0
        row = _field_row(app, "#metadata-title")
        assert row.startswith("Secretariat") and row.endswith("…"), row
        await pilot.press("end")
        await pilot.pause()
        row = _field_row(app, "#metadata-title")
        assert row.startswith("…") and "safeguarding" in row, row
        await pilot.press("tab")  # off the field: its start again, the mark at its end
        await pilot.pause()
        assert _field_row(app, "#metadata-title").startswith("Secretariat")
        assert _field_row(app, "#metadata-title").endswith("…")
        await pilot.press("shift+tab")  # back: the cursor where it was left, in view
        await pilot.pause()
        assert title.has_focus and title.cursor_position == len(LONG_TITLE)
        assert "safeguarding" in _field_row(app, "#metadata-title")


async def test_the_details_open_on_the_title_s_start_and_typing_goes_there(store_path):
    """A new user pressed ``i`` on a seed with a long title and saw only its last words; the
    title's first words are in view, and what is typed first goes before them. A field whose
    value fits keeps its cursor at its end: typed after the value, all of it in view."""
    store = Store.open(store_path)
    article = add_article(store, LONG_TITLE, "The conference met. It ended.")
    store.with_updates(article, source="WVR")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert _field_row(app, "#metadata-title").startswith("Secretariat Standing Member")
        await pilot.press(*"New: ")
        await pilot.pause()
        assert _field_row(app, "#metadata-title").startswith("New: Secretariat")
        await pilot.press("tab", "s")
        await pilot.pause()
        assert app.screen.query_one("#metadata-source", Input).value == "WVRs"
    store.close()
