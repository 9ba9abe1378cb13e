"""Every letter in the reader, the list and the sidebar is readable (WCAG AA, 4.5:1) against
the background it is drawn on, as rendered: with the reading cursor, a selection, every highlight
colour, every entity colour and find matches on screen, in a dark and a light theme, in
truecolor and in 256 colours."""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import combinations, cycle, product
from pathlib import Path

import pytest
from rich.color import ColorSystem
from rich.color_triplet import ColorTriplet
from rich.style import Style
from textual import constants
from textual.app import App
from textual.color import Color
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widget import Widget

from diplotui.anchoring import new_highlight
from diplotui.entities.soft_wraps import soft_wraps_joined
from diplotui.layout import article_blocks
from diplotui.model import EntitySpan, EntityType
from diplotui.palette import PALETTE
from diplotui.session.cursor import visible_sentences
from diplotui.store import Store
from diplotui.text.sentences import words
from diplotui.tui.app import THEMES
from diplotui.tui.launch import build_app, open_for_app
from diplotui.tui.legibility import KIN_APART, difference, lab_difference, legible
from diplotui.tui.screens.main import library_articles
from diplotui.tui.widgets.article_list import ArticleList
from diplotui.tui.widgets.reader import Reader
from diplotui.tui.widgets.sidebar import Sidebar

from .screen_cells import RGB, Cell, contrast_ratio, screen_text_cells, text_cells, unreadable

PALETTES = {"truecolor": ColorSystem.TRUECOLOR, "256 colours": ColorSystem.EIGHT_BIT}


def seeded_app(store_path: Path, theme: str, *, highlighted: bool = False) -> App[None]:
    """The app as the command line builds it, on a store the first run seeded; with
    ``highlighted``, the first listed article holds a sentence in each highlight colour."""
    store, _ = open_for_app(store_path, read_only=False)
    if highlighted:
        highlight_in_every_colour(store)
    store.close()
    app = build_app(store_path, read_only=False)
    app.theme = theme
    return app


def highlight_in_every_colour(store: Store) -> None:
    """The first listed article's sentences from its second on, as the reader's cursor moves
    over them, one in each highlight colour, as ``enter``, then ``j`` and a colour's digit
    per colour, leave them: those keys are ``test_every_visible_letter_is_readable``'s, and
    here they only cost frames."""
    article = library_articles(store)[0]
    text = store.article_text(article.id)
    shown = soft_wraps_joined(text)
    units, _owners = visible_sentences(shown, article_blocks(shown, article.title))
    spans = units[1 : len(PALETTE) + 1]
    for colour, (start, end) in zip(PALETTE, spans, strict=True):
        store.save_highlight(new_highlight(article.id, text, start, end, color=colour.key))


def every_entity_type(reader: Reader) -> None:
    """Mark the article's words with the eight entity types in turn, so every entity colour
    is drawn over every background the reader uses (the seeds name no LOC at all)."""
    kinds = cycle(EntityType)
    reader.set_entities(
        [
            EntitySpan(start, end, next(kinds).value, reader.text[start:end])
            for start, end in words(reader.text, 0, len(reader.text))
        ]
    )


def check(widgets: list[str], app: App[None], report: dict[str, float]) -> list[Cell]:
    """Unreadable cells of the named widgets in both palettes; the minimum ratio of each goes
    into ``report``."""
    failures: list[Cell] = []
    for widget_id in widgets:
        widget = app.screen.query_one(f"#{widget_id}")
        for palette_name, palette in PALETTES.items():
            cells = list(text_cells(widget, palette))
            assert cells, f"{widget_id} shows no text"
            key = f"{widget_id} / {palette_name}"
            report[key] = min(report.get(key, 99.0), min(cell.ratio for cell in cells))
            failures += unreadable(cells)
    return failures


@pytest.mark.parametrize("theme", THEMES)
async def test_every_visible_letter_is_readable(store_path: Path, theme: str) -> None:
    app = seeded_app(store_path, theme)
    report: dict[str, float] = {}
    failures: list[Cell] = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        await pilot.press("enter")  # open the first article: the reader has the focus
        await app.workers.wait_for_complete()  # entity recognition
        await pilot.pause()
        reader = screen.query_one(Reader)
        assert reader.has_focus
        for colour in PALETTE:  # one sentence in each highlight colour
            await pilot.press("j", colour.digit)
        every_entity_type(reader)
        backgrounds: set[object] = set()
        for keys in (
            ["j", "j"],  # the cursor on plain text
            ["k", "k", "k"],  # the cursor on a highlight
            ["slash", *"the", "enter"],  # find: every match, the current one stronger
            ["escape", "v", "j"],  # a selection
        ):
            await pilot.press(*keys)
            await pilot.pause()
            backgrounds |= {cell.background for cell in text_cells(reader)}
            failures += check(["reader", "library", "sidebar"], app, report)
        assert {h.color for h in reader.highlights} == {colour.key for colour in PALETTE}

        sidebar = screen.query_one(Sidebar)
        sidebar.focus()  # the sidebar's cursor row, focused
        await pilot.press("j", "j")
        await pilot.pause()
        failures += check(["sidebar"], app, report)
        while sidebar.current_item is None or sidebar.current_item.kind != "entity":
            await pilot.press("j")  # an entity's row: its dimmed count on the cursor
        await pilot.pause()
        failures += check(["sidebar"], app, report)

        screen.query_one(ArticleList).focus()  # the list's cursor on the open article
        await pilot.pause()
        failures += check(["library"], app, report)

        await pilot.press("W")  # the Statements view: quotes, and their dates and titles dimmed
        await app.workers.wait_for_complete()
        await pilot.pause()
        failures += check(["statements-list", "statements-speakers"], app, report)
    print(f"\n{theme}: " + ", ".join(f"{key} {ratio:.2f}" for key, ratio in report.items()))
    assert not failures, f"{len(failures)} cells under 4.5:1, e.g.\n" + "\n".join(
        str(cell) for cell in failures[:: max(1, len(failures) // 12)]
    )
    # plain, cursor, selection, five highlights, match and current match: each its own colour
    assert len(backgrounds) >= 10, backgrounds


@pytest.mark.parametrize("theme", THEMES)
async def test_the_buttons_of_a_question_are_readable_focused_or_not(
    store_path: Path, theme: str
) -> None:
    """Textual marks the focused button by reversing its label: on the primary (blue) one,
    blue letters on near-white, 3.6:1, the button the question starts on ("Save")."""
    app = seeded_app(store_path, theme)
    report: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "n", "x", "escape")  # a note typed, then escape: asks
        await pilot.pause()
        assert app.screen.__class__.__name__ == "UnsavedEditScreen"
        assert app.screen.focused is not None and app.screen.focused.id == "save"
        failures = check(["save", "discard", "keep"], app, report)
        await pilot.press("tab")  # the focus on the warning (orange) button
        await pilot.pause()
        failures += check(["save", "discard", "keep"], app, report)
    print(f"\n{theme}: " + ", ".join(f"{key} {ratio:.2f}" for key, ratio in report.items()))
    assert not failures, "\n".join(str(cell) for cell in failures[:6])


@pytest.mark.parametrize("theme", THEMES)
async def test_discarding_an_edit_is_the_quiet_choice_of_the_question(
    store_path: Path, theme: str
) -> None:
    """Discard, which loses the typing, is a plain button (the grey and label colour of
    "Keep editing") over a bar of the warning colour; it was Textual's filled orange, as
    loud as the focused Save."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "n", "x", "escape")
        await pilot.pause()
        screen = app.screen
        save, discard, keep = (screen.query_one(f"#{name}") for name in ("save", "discard", "keep"))
        assert discard.styles.background == keep.styles.background != save.styles.background
        assert discard.styles.color == keep.styles.color
        _, bar = discard.styles.border_bottom
        assert bar == Color.parse(app.theme_variables["warning"])


@pytest.mark.parametrize("theme", THEMES)
async def test_a_selection_stands_out_from_every_highlight_and_the_cursor(
    store_path: Path, theme: str
) -> None:
    """The selection's background against the plain text's, the cursor's and every highlight
    colour's: at least 3:1, WCAG's contrast for what tells parts of a view apart. It was the
    theme's blue, near the "figure" highlight's (1.3:1): a selection over a figure, or next
    to one, could not be told from it."""
    app = seeded_app(store_path, theme, highlighted=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the cursor on the first sentence, plain text
        await app.workers.wait_for_complete()
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        assert {h.color for h in reader.highlights} == {colour.key for colour in PALETTE}
        unselected = {cell.background for cell in text_cells(reader)}
        await pilot.press("g", "v", "G")  # every sentence selected
        await pilot.pause()
        selected = {cell.background for cell in text_cells(reader) if cell.y > 3}
    assert len(selected) == 1, selected
    [selection] = selected
    assert selection is not None and len(unselected) >= 7  # plain, cursor, five colours
    ratios = {b: contrast_ratio(selection, b) for b in unselected if b is not None}
    assert min(ratios.values()) >= 3.0, ratios


@pytest.mark.parametrize("theme", THEMES)
async def test_a_suggested_completion_is_readable(store_path: Path, theme: str) -> None:
    """The rest of a tag the filter's field suggests (``→`` takes it) was Textual's disabled
    text colour: 2.8:1 on the focused field's tint, hard to read before taking it; in 256
    colours, where the dark theme's tint becomes olive (95, 95, 0), it still read at 3.9:1
    (grey 251) until it was drawn nearer the typed text's colour (grey 253)."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t", *"asean", "enter")  # a tag in use, to be suggested
        await pilot.pause()
        await pilot.press("f", "a")  # the filter's tags field suggests "asean"
        await pilot.pause()
        field = app.screen.query_one("#filter-tags")
        cells = [cell for palette in PALETTES.values() for cell in text_cells(field, palette)]
    assert "".join(cell.char for cell in cells) == "asean" * len(PALETTES)
    assert not unreadable(cells), "\n".join(str(cell) for cell in unreadable(cells))


@pytest.mark.parametrize("theme", THEMES)
async def test_the_help_says_how_to_close_it_readably(store_path: Path, theme: str) -> None:
    """The help's last line, "esc: close", was drawn dim over the muted colour every dialog's
    key line has: 3.7:1, under the floor, and at 60x20 docked in view at the bottom."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        keys = app.screen.query_one(".dialog-help")
        cells = [cell for palette in PALETTES.values() for cell in text_cells(keys, palette)]
    assert "".join(cell.char for cell in cells) == "esc/q/?:close" * len(PALETTES)
    failures = unreadable(cells)
    assert not failures, "\n".join(str(cell) for cell in failures[:6])


@pytest.mark.parametrize("theme", THEMES)
async def test_the_footers_keys_are_readable(store_path: Path, theme: str) -> None:
    """The footer's keys, the letters to press, were the light theme's footer blue on its
    grey: 2.9:1, the faintest text on the screen."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the reader's keys
        await pilot.pause()
        footer = app.screen.query_one("KeyFooter")
        cells = [cell for palette in PALETTES.values() for cell in text_cells(footer, palette)]
    assert "Highlight" in "".join(cell.char for cell in cells)
    assert not unreadable(cells), "\n".join(str(cell) for cell in unreadable(cells)[:6])


async def highlighted_names(
    app: App[None], pilot: Pilot[None], system: ColorSystem
) -> tuple[list[Cell], list[Cell], list[RGB]]:
    """With a sentence in each highlight colour (``seeded_app(..., highlighted=True)``): the
    reader's letters with no entity marked, then with the eight types marked in turn, and
    each highlight's background as drawn."""
    await pilot.press("enter", "g")  # the cursor above the highlights
    await app.workers.wait_for_complete()
    reader = app.screen.query_one(Reader)
    assert {h.color for h in reader.highlights} == {colour.key for colour in PALETTE}
    reader.set_entities([])
    await pilot.pause()
    plain = [c for c in text_cells(reader, system) if c.char.isalpha()]
    every_entity_type(reader)
    await pilot.pause()
    cells = [c for c in text_cells(reader, system) if c.char.isalpha()]
    grounds = []
    for colour in PALETTE:
        ground = reader.get_component_rich_style(f"reader--highlight-{colour.key}").bgcolor
        assert ground is not None
        rgb = ground.downgrade(system).get_truecolor()
        grounds.append((rgb.red, rgb.green, rgb.blue))
    return plain, cells, grounds


@pytest.mark.parametrize(
    ("terminal", "palette", "apart"), [("truecolor", "truecolor", 60), ("256", "256 colours", 40)]
)
async def test_entities_keep_their_colours_inside_every_highlight(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: str, palette: str, apart: int
) -> None:
    """Inside each highlight colour an entity's letters stay their type's colour, apart from
    plain text (RGB sum), at 4.5:1 in the colours the terminal is sent. Over the key and
    follow-up highlights every entity colour was pushed to near-white (30 to 57 from plain
    text in truecolor): it was made readable in truecolor and 256 colours at once."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", terminal)
    app = seeded_app(store_path, "textual-dark", highlighted=True)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.console.color_system == terminal
        plain_cells, cells, grounds = await highlighted_names(app, pilot, PALETTES[palette])
    plain = Counter((c.background, c.foreground) for c in plain_cells)
    for background in grounds:
        text = max((n, f) for (b, f), n in plain.items() if b == background)[1]
        assert text is not None
        inside = {c.foreground for c in cells if c.background == background}
        near = {
            f
            for f in inside
            if f is None or sum(abs(a - b) for a, b in zip(f, text, strict=True)) < apart
        }
        assert inside and not near, (background, text, inside)
    assert not unreadable(cells), "\n".join(str(cell) for cell in unreadable(cells)[:6])


@pytest.mark.parametrize("theme", THEMES)
async def test_the_statements_filter_says_what_to_type_readably(
    store_path: Path, theme: str
) -> None:
    """The Statements view's filter hint, on the focused field's tint: 3.7:1 in nord and
    2.4:1 in solarized-light, themes the palette offered."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("W")
        await app.workers.wait_for_complete()
        await pilot.pause()
        field = app.screen.query_one("#statements-filter")
        assert field.has_focus
        cells = [cell for palette in PALETTES.values() for cell in text_cells(field, palette)]
    assert "".join(cell.char for cell in cells).startswith("speakername,role:")
    failures = unreadable(cells)
    assert not failures, "\n".join(str(cell) for cell in failures[:6])


async def test_the_palette_offers_only_the_themes_checked_here(store_path: Path) -> None:
    """Every theme the palette's "Theme" lists is one these tests check: Textual's twenty
    were offered, most of them with text under 4.5:1 (nord, solarized-light, gruvbox...)."""
    app = seeded_app(store_path, "textual-dark")
    async with app.run_test(size=(120, 40)):
        assert sorted(app.available_themes) == sorted(THEMES)
        assert "nord" not in app.available_themes


TERMINALS = ("truecolor", "256")
"""The colours a terminal is sent, as ``legible`` names them."""

DARK_HIGHLIGHT_THEMES = ("textual-dark", "dracula")
"""The themes whose highlights are dark enough for names to keep their own colours."""


def names_over(
    reader: Reader, keys_by_terminal: dict[str, tuple[str, ...]]
) -> dict[str, dict[str, list[tuple[RGB, RGB]]]]:
    """Per terminal, per highlight colour of its keys: each entity type's colour on the page
    and as made legible over it, in the colours that terminal is sent (the app draws the
    same for each: the terminal only chooses how the colours read are made legible)."""
    found: dict[str, dict[str, list[tuple[RGB, RGB]]]] = {}
    for terminal, keys in keys_by_terminal.items():
        system = PALETTES["truecolor" if terminal == "truecolor" else "256 colours"]
        found[terminal] = {}
        for key in keys:
            ground = reader.rich_style + reader.get_component_rich_style(f"reader--highlight-{key}")
            found[terminal][key] = []
            for kind in EntityType:
                own = reader.get_component_rich_style(f"reader--entity-{kind.value.lower()}").color
                drawn = legible(ground + Style(color=own), terminal).color
                assert own is not None and drawn is not None
                found[terminal][key].append(
                    (
                        tuple(own.downgrade(system).get_truecolor()),
                        tuple(drawn.downgrade(system).get_truecolor()),
                    )
                )
    return found


def highlight_colours_stay_apart_in_256_colours(reader: Reader) -> None:
    """In 256 colours each highlight colour is its own, apart from the page's: the dark
    theme's key and follow-up were both ochre (135, 95, 0), and the light theme's question
    grey (215, 215, 215) on a page of (218, 218, 218), no highlight to be seen."""
    grounds = [reader.rich_style.bgcolor] + [
        reader.get_component_rich_style(f"reader--highlight-{colour.key}").bgcolor
        for colour in PALETTE
    ]
    drawn = []
    for ground in grounds:
        assert ground is not None, "highlights in 256 colours: a highlight without a background"
        drawn.append(tuple(ground.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()))
    for first, second in combinations(drawn, 2):
        apart = sum(abs(a - b) for a, b in zip(first, second, strict=True))
        assert apart >= 40, ("highlights in 256 colours", drawn)


def every_entity_type_has_its_own_colour_inside_each_highlight(reader: Reader) -> None:
    """Made readable over a highlight, the eight entity colours stay eight, in truecolor and
    in 256 colours: there, mixed toward white and then rounded to the palette, law and event
    became one colour over three highlights, and place and role one over the key."""
    every = tuple(colour.key for colour in PALETTE)
    for terminal, over in names_over(reader, dict.fromkeys(TERMINALS, every)).items():
        for key, colours in over.items():
            drawn = {colour for _, colour in colours}
            assert len(drawn) == len(EntityType), (
                "entity colours stay eight",
                terminal,
                key,
                drawn,
            )


def names_keep_their_own_colours_over_the_dark_highlights(reader: Reader) -> None:
    """In truecolor over every highlight, and in 256 colours over the figure, question and
    follow-up, dark enough there, every entity is drawn in its own colour, as on the page:
    the figure's old #1f4a7a was (0, 95, 135) in 256 colours, over which only pale colours
    read, and people, events and laws all turned the same pale yellow; in truecolor, over the
    key's #554a00, the commitment's #1f5f3a and the question's #6a2f6a, laws and events were
    mixed toward white, two pale pinks 8.4 apart in CIEDE2000 over the commitment."""
    every = tuple(colour.key for colour in PALETTE)
    keys = {"truecolor": every, "256": ("figure", "question", "follow")}
    for terminal, over in names_over(reader, keys).items():
        for key, colours in over.items():
            kept = all(own == drawn for own, drawn in colours)
            assert kept, ("names keep their colours", terminal, key, colours)


def headline_is_in_no_entity_colour(reader: Reader) -> None:
    """The headline's colour is apart from every entity colour (CIEDE2000), in truecolor and
    in 256 colours: it was the theme's primary text colour, dracula's lilac 3.0 from a date's
    (one colour in 256 colours), so a headline read as one long date."""
    title = (reader.rich_style + reader.get_component_rich_style("reader--title")).color
    kinds = [
        reader.get_component_rich_style(f"reader--entity-{kind.value.lower()}").color
        for kind in EntityType
    ]
    assert title is not None, "the headline has no colour"
    for system, kind in product(PALETTES.values(), kinds):
        assert kind is not None, "an entity type has no colour"
        apart = difference(
            title.downgrade(system).get_truecolor(), kind.downgrade(system).get_truecolor()
        )
        assert apart >= KIN_APART, ("headline apart from entities", system, title, kind, apart)


@pytest.mark.parametrize("theme", THEMES)
async def test_the_open_articles_highlight_entity_and_headline_colours_stay_apart(
    store_path: Path, theme: str
) -> None:
    """The checks above read only the styles of the article opened in one app run; each was
    a test of its own starting the same app (and those of entity colours one for each
    terminal), 11 app starts for what 3 show."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen.query_one(Reader)
        highlight_colours_stay_apart_in_256_colours(reader)
        every_entity_type_has_its_own_colour_inside_each_highlight(reader)
        if theme in DARK_HIGHLIGHT_THEMES:
            names_keep_their_own_colours_over_the_dark_highlights(reader)
        headline_is_in_no_entity_colour(reader)


def row_grounds(widget: Widget, palette: ColorSystem) -> set[RGB]:
    """The backgrounds a widget draws letters on, besides its own: its cursor row's."""
    ground = widget.rich_style.bgcolor
    assert ground is not None
    own = tuple(ground.downgrade(palette).get_truecolor())
    return {c.background for c in text_cells(widget, palette) if c.background not in (own, None)}


@pytest.mark.parametrize("theme", THEMES)
async def test_a_cursor_row_is_no_highlights_colour(store_path: Path, theme: str) -> None:
    """The cursor rows of the list, the sidebar and the Statements view stay apart from every
    highlight colour (as far as the highlights are from each other): the list's was the
    accent's ochre, the key highlight's own olive (95, 95, 0) in 256 colours; the sidebar's
    and the Statements view's the commitment's teal there, and 25, 67, 99 in truecolor by the
    figure's 31, 74, 122 (its rows unfocused too); an open article's row, a statement, read
    as highlighted."""
    app = seeded_app(store_path, theme)
    rows: dict[str, dict[str, set[RGB]]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the list's cursor on the open article; the reader focused
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        reader = screen.query_one(Reader)
        grounds = [
            (reader.rich_style + reader.get_component_rich_style(f"reader--highlight-{c.key}"))
            for c in PALETTE
        ]
        for name in ("library", "sidebar"):
            widget = screen.query_one(f"#{name}")
            rows[name] = {p: row_grounds(widget, system) for p, system in PALETTES.items()}
        await pilot.press("W")  # the statements, the first one chosen, the filter focused
        await app.workers.wait_for_complete()
        await pilot.pause()
        listing = app.screen.query_one("#statements-list")
        assert not listing.has_focus
        rows["statements"] = {p: row_grounds(listing, system) for p, system in PALETTES.items()}
        await pilot.press("enter")
        await pilot.pause()
        assert listing.has_focus
        rows["focused"] = {p: row_grounds(listing, system) for p, system in PALETTES.items()}
    for palette, system in PALETTES.items():
        colours = [tuple(g.bgcolor.downgrade(system).get_truecolor()) for g in grounds if g.bgcolor]
        for name, found in rows.items():
            assert found[palette], (name, palette)
            for row, colour in product(found[palette], colours):
                apart = sum(abs(a - b) for a, b in zip(row, colour, strict=True))
                assert apart >= 40, (name, palette, row, colour)


@pytest.mark.parametrize("grey", [False, True], ids=["colours", "NO_COLOR"])
@pytest.mark.parametrize("theme", THEMES)
async def test_every_letter_reads_in_a_256_colour_terminal(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str, grey: bool
) -> None:
    """On a terminal of 256 colours, where text is made readable for that palette alone: a
    grey the palette has (248) came back from Textual's truecolor as the grey below it (247),
    so the dates on the list's cursor row read at 4.25:1 there. Under ``NO_COLOR`` too, where
    Textual turns each colour grey after the app chose it: there they read 4.25:1 again."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", "256")
    if grey:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    app = seeded_app(store_path, theme)
    failures: list[Cell] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # the list's cursor row, unfocused, on the open article
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.console.color_system == "256"
        for name in ("library", "reader", "sidebar"):
            failures += unreadable(
                list(text_cells(app.screen.query_one(f"#{name}"), PALETTES["256 colours"]))
            )
    assert not failures, "\n".join(str(cell) for cell in failures[:6])


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu and Dalal's test data for CIEDE2000 (pairs 1, 2, 7, 17 and 18)
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
    ],
)
def test_colour_difference_is_ciede2000(
    first: tuple[float, float, float], second: tuple[float, float, float], expected: float
) -> None:
    assert lab_difference(first, second) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("theme", THEMES)
async def test_entity_types_look_apart_inside_every_highlight_in_256_colours(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """In 256 colours the eight entity colours inside each highlight differ from each other
    and from the plain text (CIEDE2000) by about as much as law and event, the closest pair
    on the page (11.8): over the key highlight (95, 95, 0), where only pale colours read,
    each taking its nearest readable colour drew people, events and laws in one pale yellow
    (5.9 apart), and a date near the text's grey."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", "256")
    app = seeded_app(store_path, theme, highlighted=True)
    async with app.run_test(size=(120, 40)) as pilot:
        plain, cells, grounds = await highlighted_names(app, pilot, PALETTES["256 colours"])
    for background in grounds:
        text = {c.foreground for c in plain if c.background == background}
        inside = {c.foreground for c in cells if c.background == background} | text
        assert len(inside) >= 4, (background, inside)
        closest = min(
            difference(ColorTriplet(*a), ColorTriplet(*b))
            for a, b in combinations(sorted(f for f in inside if f is not None), 2)
        )
        assert closest >= 11.5, (background, closest, inside)


@pytest.mark.parametrize("theme", THEMES)
async def test_entity_types_look_apart_over_find_matches_and_the_cursor_in_truecolor(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """Over a find's matches and the cursor's tint, where names are made readable in
    truecolor, the entity colours stay apart from each other and from the text (CIEDE2000) by
    about as much as law and event on the page (11.8): mixed toward white each on its own,
    laws and events were 7.8 apart over dracula's match (104, 84, 70), 11.4 over its cursor."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", "truecolor")
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        reader = app.screen.query_one(Reader)
        every_entity_type(reader)
        await pilot.press("slash", *"the", "enter")
        await pilot.pause()
        page = reader.rich_style
        cells = [c for c in text_cells(reader, ColorSystem.TRUECOLOR) if c.char.isalpha()]
    assert page.color is not None and page.bgcolor is not None
    text, plain = (tuple(colour.get_truecolor()) for colour in (page.color, page.bgcolor))
    grounds = Counter(c.background for c in cells)
    matched = [g for g in grounds if g not in (plain, None) and grounds[g] >= 12]
    assert matched, grounds
    for ground in matched:
        inside = {c.foreground for c in cells if c.background == ground} | {text}
        if len(inside) < 5:
            continue  # the current match (one colour, the text's) or the cursor's tint
        closest = min(
            difference(ColorTriplet(*a), ColorTriplet(*b))
            for a, b in combinations(sorted(f for f in inside if f is not None), 2)
        )
        assert closest >= 11.5, (ground, closest, inside)


@pytest.mark.parametrize("terminal", ["truecolor", "256"])
@pytest.mark.parametrize("theme", THEMES)
async def test_the_sidebars_highlight_bars_keep_their_colours(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str, terminal: str
) -> None:
    """The bar before each highlight in the sidebar is a colour, not a grey, each apart from
    the others (CIEDE2000), off the cursor's row: in the light theme in 256 colours the
    commitment's was grey 240 (and the key's grey 239 beside it, 3.5 apart)."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", terminal)
    system = PALETTES["truecolor" if terminal == "truecolor" else "256 colours"]
    app = seeded_app(store_path, theme, highlighted=True)
    async with app.run_test(size=(120, 60)) as pilot:
        await pilot.press("enter")  # the reader's cursor, and so the sidebar's, off the highlights
        await app.workers.wait_for_complete()
        await pilot.pause()
        sidebar = app.screen.query_one(Sidebar)
        page = sidebar.rich_style.bgcolor
        bars = [
            segment.style.color.downgrade(system).get_truecolor()
            for y in range(sidebar.size.height)
            for segment in sidebar.render_line(y)
            if segment.text == "▌" and segment.style and segment.style.color
            if segment.style.bgcolor == page
        ]
    assert len(bars) >= len(PALETTE) - 1, bars  # the cursor's row left out
    for bar in bars:
        assert max(bar) - min(bar) >= 40, (bar, bars)  # a colour, not a grey
    closest = min(difference(first, second) for first, second in combinations(bars, 2))
    assert closest >= KIN_APART, (closest, bars)


async def test_a_new_theme_redraws_the_sidebar_in_its_colours(store_path: Path) -> None:
    """A theme chosen from the palette recolours the sidebar's legend and highlight bars: their
    colours were kept with each row's lines, so after a switch to the light theme the legend's
    person was still the dark theme's orange, darkened to brown (#6f4c29, not #6e2a00)."""
    app = seeded_app(store_path, "textual-dark")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("j", "1", "g")
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.pause()
        sidebar = app.screen.query_one(Sidebar)
        drawn = {
            segment.text: segment.style.color
            for y in range(sidebar.size.height)
            for segment in sidebar.render_line(y)
            if segment.text in ("person", "▌") and segment.style
        }
        person = sidebar.get_component_rich_style("entity-legend--person").color
        bar = sidebar.get_component_rich_style("sidebar--swatch-key").color
    assert drawn["person"] == person and person is not None
    assert person.get_truecolor() == ColorTriplet(0x6E, 0x2A, 0x00)
    assert drawn["▌"] is not None and bar is not None
    assert difference(drawn["▌"].get_truecolor(), bar.get_truecolor()) < 15, (drawn, bar)


@pytest.mark.parametrize("theme", THEMES)
async def test_the_focused_sidebars_cursor_row_is_a_grey(store_path: Path, theme: str) -> None:
    """Focused, the sidebar's cursor row is a grey, as every list's: it was Textual's cursor
    blue (1, 120, 212), a hue among the highlights' colour bars, read as a highlight's."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("j", "1")
        sidebar = app.screen.query_one(Sidebar)
        sidebar.focus()
        await pilot.pause()
        rows = {p: row_grounds(sidebar, system) for p, system in PALETTES.items()}
    for palette, grounds in rows.items():
        assert grounds, palette
        for ground in grounds:
            assert max(ground) - min(ground) <= 12, (palette, ground)


@pytest.mark.parametrize("theme", THEMES)
async def test_every_letter_on_screen_reads_with_the_command_palette_open(
    store_path: Path, theme: str
) -> None:
    """The palette's rows, and the panes around it: Textual's dimmed backdrop took the panes'
    letters to 2.1:1 (the dialogs keep them as they are, styles/dialogs.tcss), the cursor's
    sentence among them, which a command acts on."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        for system in PALETTES.values():
            cells = [c for c in screen_text_cells(app, system) if not _emoji(c.char)]
            assert "Secretariat" in "".join(cell.char for cell in cells if cell.y < 3)
            assert not unreadable(cells), "\n".join(map(str, unreadable(cells)[:5]))


@pytest.mark.parametrize("theme", THEMES)
async def test_the_palettes_no_matches_found_reads(store_path: Path, theme: str) -> None:
    """A word nothing matches: the palette's "No matches found" was in Textual's disabled
    colour, 3.5:1 (newuser65)."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p", *"zzqqxx")
        await app.workers.wait_for_complete()
        await pilot.pause(0.8)  # Textual says it after half a second
        for system in PALETTES.values():
            cells = [c for c in screen_text_cells(app, system) if not _emoji(c.char)]
            assert "Nomatchesfound" in "".join(cell.char for cell in cells)  # letters only
            assert not unreadable(cells), "\n".join(map(str, unreadable(cells)[:5]))


def _emoji(char: str) -> bool:
    """A pictograph ("🔎"), drawn in its own colours whatever its style's."""
    return unicodedata.category(char) == "So" and ord(char) >= 0x1F000


@pytest.mark.parametrize("theme", THEMES)
async def test_every_letter_of_the_keys_panel_reads(store_path: Path, theme: str) -> None:
    """The palette's Keys (Textual's panel): its keys were in Textual's accent, 3.3:1 on the
    light theme's panel."""
    app = seeded_app(store_path, theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+p", *"keys")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        panel = app.screen.query_one("KeysPanel")
        for system in PALETTES.values():
            cells = [c for c in screen_text_cells(app, system) if panel.region.contains(c.x, c.y)]
            assert "Nextsentence" in "".join(cell.char for cell in cells)  # no blanks
            assert not unreadable(cells), "\n".join(map(str, unreadable(cells)[:5]))
