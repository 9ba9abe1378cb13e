"""What Textual laid out for nothing lays nothing out (``diplotui/tui/layouts.py``): a letter
typed in a field of a fixed size, a layout's own size updates, a new line count of an option
list of a fixed size. What the layouts did that mattered still happens: the field scrolls to
its cursor and back, a field sized by its text grows, a list sized by its rows grows and
shrinks, a scrollbar that comes with more content lays the screen out and shows. The
snapshot tests show the frames unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList

import diplotui.tui.app  # noqa: F401  (the app's module applies both on import)
from diplotui.tui.dialogs.dialog import say_on
from diplotui.tui.layouts import counted_in_place, sized_in_place, sized_once
from diplotui.tui.widgets.choices import ChoiceList

from .helpers import screen_text, type_text

TYPED = "the quick brown fox jumps over the lazy dog"


class Fields(App[None]):
    CSS = """
    #fixed { width: 20; }
    #auto { width: auto; max-width: 30; }
    #pane { height: 5; }
    """

    def compose(self) -> ComposeResult:
        yield Input(id="fixed")
        yield Input(id="auto")
        with VerticalScroll(id="pane"):
            yield Label("the first line")


@contextmanager
def layouts_counted() -> Iterator[list[str]]:
    """The screen's layouts while inside, and each layout asked for inside a layout (a
    widget's ``refresh(layout=True)`` from the layout's own size updates: the next one)."""
    done: list[str] = []
    asked: list[str] = []
    lay_out, refresh = Screen._refresh_layout, Widget.refresh

    def counted_layout(self: Screen[object], *args: object, **kwargs: object) -> None:
        done.append("layout")
        asked.append("(in a layout)")
        try:
            lay_out(self, *args, **kwargs)  # type: ignore[arg-type]
        finally:
            asked.pop()

    def counted_refresh(self: Widget, *regions: object, **kwargs: object) -> Widget:
        if kwargs.get("layout") and asked:
            done.append(f"asked in a layout by {type(self).__name__}")
        return refresh(self, *regions, **kwargs)  # type: ignore[arg-type]

    Screen._refresh_layout = counted_layout  # type: ignore[method-assign]
    Widget.refresh = counted_refresh  # type: ignore[assignment,method-assign]
    try:
        yield done
    finally:
        Screen._refresh_layout = lay_out  # type: ignore[method-assign]
        Widget.refresh = refresh  # type: ignore[method-assign]


def test_the_apps_import_applied_both_to_the_installed_textual():
    """Set on import of the app's module (a Textual whose input or widget differs is left
    alone, and this fails: the layouts come back)."""
    assert getattr(Input, "_sized_in_place", False) is True
    assert getattr(Widget, "_sized_once", False) is True
    assert getattr(OptionList, "_counted_in_place", False) is True
    assert sized_in_place() is True and sized_once() is True  # asked again, nothing changes
    assert counted_in_place() is True
    # the app's own lists (a subclass made before or after) have the redrawn virtual size
    assert ChoiceList._reactives["virtual_size"] is OptionList._reactives["virtual_size"]
    assert not OptionList._reactives["virtual_size"]._layout


async def test_letters_typed_in_a_field_lay_the_screen_out_no_more_and_it_scrolls_as_before():
    app = Fields()
    async with app.run_test(size=(40, 12)) as pilot:
        field = app.query_one("#fixed", Input)
        field.focus()
        await pilot.pause()
        with layouts_counted() as layouts:
            await type_text(pilot, TYPED)
            await pilot.pause()
        # one: the field's (sizeless) horizontal scrollbar came as the text passed its width,
        # and a scrollbar's visibility lays out; Textual's input laid the screen out once a
        # letter besides
        assert layouts == ["layout"]
        assert field.virtual_size.width == len(TYPED) + 1  # the text and the cursor's cell
        # scrolled to its cursor, at the end: the field's last letters are the text's
        shown = field.scrollable_content_region.width
        assert field.scroll_x == len(TYPED) + 1 - shown
        assert TYPED[-(shown - 1) :] in screen_text(app).splitlines()[1]
        await pilot.press("home")
        assert field.scroll_x == 0
        await pilot.press("end", *["backspace"] * (len(TYPED) - 5))
        await pilot.pause()
        # erased down to five letters: its width is theirs, and it is scrolled back to them
        assert field.virtual_size.width == 6
        assert field.scroll_x == 0
        assert TYPED[:5] in screen_text(app).splitlines()[1]


async def test_a_field_sized_by_its_text_still_grows_as_it_is_typed():
    app = Fields()
    async with app.run_test(size=(40, 12)) as pilot:
        field = app.query_one("#auto", Input)
        field.focus()
        await pilot.pause()
        before = field.size.width
        await type_text(pilot, "a longer value")
        await pilot.pause()
        assert field.size.width > before  # Textual's own layout, kept for such a field
        assert "a longer value" in screen_text(app)


async def test_a_layouts_own_size_updates_ask_for_no_second_layout():
    app = Fields()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        with layouts_counted() as layouts:
            await pilot.resize_terminal(50, 14)  # every widget sized anew
            await pilot.pause()
        # Textual's two for a new terminal size (the app's and the screen's); its size
        # updates asked for one more from each widget sized anew (the pane, the screen)
        assert layouts == ["layout", "layout"]


async def test_a_scrollbar_that_comes_with_more_content_still_shows():
    app = Fields()
    async with app.run_test(size=(40, 12)) as pilot:
        pane = app.query_one("#pane", VerticalScroll)
        await pilot.pause()
        assert not pane.show_vertical_scrollbar
        with layouts_counted() as layouts:
            await pane.mount_all(Label(f"line {n}") for n in range(12))
            await pilot.pause()
        assert pane.virtual_size.height == 13
        assert pane.show_vertical_scrollbar  # its coming laid the screen out again
        assert layouts.count("layout") >= 2
        assert pane.vertical_scrollbar.region  # placed on the screen, beside the lines
        assert "line 2" in screen_text(app)


class Lists(App[None]):
    CSS = """
    #fixed { height: 8; width: 30; }
    #rows { height: auto; max-height: 10; width: 30; }
    """

    def compose(self) -> ComposeResult:
        yield ChoiceList("one", "two", id="fixed")
        yield OptionList("one", "two", id="rows")


async def test_new_rows_in_a_list_of_a_fixed_size_lay_nothing_out_and_it_scrolls_as_before():
    app = Lists()
    async with app.run_test(size=(40, 24)) as pilot:
        fixed = app.query_one("#fixed", ChoiceList)
        await pilot.pause()
        assert not fixed.show_vertical_scrollbar
        with layouts_counted() as layouts:
            fixed.set_options([f"row {n}" for n in range(4)])  # the Statements view's rows
            await pilot.pause()
            fixed.add_options(["row 4"])
            await pilot.pause()
            fixed.clear_options()
            await pilot.pause()
            fixed.set_options(["only row"])
            await pilot.pause()
        # four new line counts (4, 5, 0, 1): Textual's list laid the screen out for each
        assert layouts == []
        assert fixed.virtual_size.height == 1
        assert "only row" in screen_text(app) and "row 4" not in screen_text(app)
        with layouts_counted() as layouts:
            fixed.set_options([f"row {n}" for n in range(12)])  # more than its six lines
            await pilot.pause()
        assert fixed.virtual_size.height == 12
        assert fixed.show_vertical_scrollbar  # its coming laid the screen out, as before
        assert layouts == ["layout"]
        assert fixed.vertical_scrollbar.region
        assert fixed.max_scroll_y == 12 - fixed.scrollable_content_region.height
        fixed.highlighted = 11
        await pilot.pause()
        assert fixed.scroll_y == fixed.max_scroll_y  # scrolled to its last row
        assert "row 11" in screen_text(app)
        with layouts_counted() as layouts:
            fixed.set_options(["one", "two"])
            await pilot.pause()
        assert not fixed.show_vertical_scrollbar and fixed.scroll_y == 0
        assert layouts == ["layout"]  # the scrollbar's going
        assert "row 11" not in screen_text(app) and "two" in screen_text(app)


async def test_a_list_sized_by_its_rows_still_grows_and_shrinks_with_them():
    app = Lists()
    async with app.run_test(size=(40, 24)) as pilot:
        rows = app.query_one("#rows", OptionList)
        await pilot.pause()
        before = rows.size.height
        with layouts_counted() as layouts:
            rows.set_options([f"row {n}" for n in range(5)])
            await pilot.pause()
        assert layouts  # laid out at its new count, as Textual's list is
        assert rows.size.height == before + 3
        assert "row 4" in screen_text(app)
        rows.clear_options()
        await pilot.pause()
        assert rows.size.height == before - 2  # its borders alone


class Labels(App[None]):
    CSS = """
    #box { width: 30; height: auto; }
    #wide { width: 100%; }
    #auto { width: auto; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="box"):
            yield Label("a title", id="wide")
            yield Label("a count", id="auto")


async def test_new_words_of_a_label_lay_the_screen_out_only_when_they_may_resize_it():
    """``say_on``: words of as many rows on a label whose width is set are only drawn; words
    of more rows, or on a label as wide as its words, are laid out as Textual lays them."""
    app = Labels()
    async with app.run_test(size=(40, 12)) as pilot:
        wide, auto = app.query_one("#wide", Label), app.query_one("#auto", Label)
        await pilot.pause()
        with layouts_counted() as layouts:
            for n in range(5):  # the Statements view's title, said with each letter typed
                say_on(wide, f"Statements · {n} of 40")
                await pilot.pause()
        assert layouts == []  # Textual laid the screen out for each
        assert "Statements · 4 of 40" in screen_text(app) and wide.size.height == 1
        with layouts_counted() as layouts:
            say_on(wide, "Statements · 40 of 40 · tagged #people diplomacy")  # two rows
            await pilot.pause()
        assert layouts and wide.size.height == 2
        assert "#people diplomacy" in screen_text(app).splitlines()[1]
        with layouts_counted() as layouts:
            say_on(wide, "Statements · 1 of 40")  # back to one row
            await pilot.pause()
        assert layouts and wide.size.height == 1
        assert "tagged" not in screen_text(app)
        before = auto.size.width
        with layouts_counted() as layouts:
            say_on(auto, "a count of many more words")  # its width is its words'
            await pilot.pause()
        assert layouts and auto.size.width > before
        assert "a count of many more words" in screen_text(app)
