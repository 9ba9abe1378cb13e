"""Two layouts of the screen Textual made for nothing: one per letter typed in a field, and
one after each layout that sized widgets anew (a resize's, a widget's that grew).

**A field's scrollable width.** Textual's ``Input`` keeps the width of its text as its
``virtual_size``, which for every widget is a layout reactive: each letter typed or erased
changed it, and the whole screen was laid out again (every widget arranged, the changed ones
drawn) for a field whose place and size had not moved. For a field of a fixed size that
layout changed nothing but the field's scrollbars and scroll offset, which Textual's layout
updates from the new width (``ScrollView._size_updated`` keeps a scroll view's own virtual
size). Here the new width updates them at once (as a pane's does: ``resize_virtually``), and
the field is drawn again; a scrollbar that comes or goes still lays the screen out (Textual
does, as its visibility changes), and a field sized by its text (``width: auto``) is laid out
as before by Textual's own ``Input._watch_value``. Every field of the app, the palette's too.

**A layout's own sizes.** A layout gives each widget it sized anew its size and virtual
size (``Widget._size_updated``), and Textual set the virtual size as a layout reactive: every
widget whose size changed asked for a layout of the screen again, and got it on the next turn,
a second arrangement of every widget the same as the first (nothing had changed between the
two; no widget of Textual's or the app's watches a virtual size). Here a layout's size
updates set it as Textual's own scroll-only layout does (``layout=False``): the widget is
still marked to be drawn when its size changed, and a scrollable one still updates its
scrollbars and scroll offset (a scrollbar that comes or goes lays the screen out again, as
before). A new terminal size over two fields and a scrolled pane was laid out four times,
now twice (Textual's app and screen: ``tests/tui/test_layouts.py``).

**An option list's line count.** Textual's ``OptionList`` keeps the number of its lines as
its ``virtual_size`` too (``_update_lines``, after options are set, added, cleared or
measured anew), and every new count laid the screen out, for a list whose place and size do
not depend on its lines. ``_update_lines`` updates the list's scrollbars and scroll offset
from the new count itself, and Textual's own ``add_options`` asks for a layout only when the
list is sized by its content (``refresh(layout=self.styles.auto_dimensions)``); here a new
count does the same: it lays the screen out for a list sized by its rows (the palette's, a
dialog's ``height: auto`` list) and only redraws one of a fixed size (the Statements view's
panes, the timeline's list, a dialog's ``1fr`` list). A scrollbar that comes or goes still
lays the screen out. A user typing in the Statements view's filter no longer pays a layout
of the screen for each new set of rows.

Applied once, when the app's module is imported, and only to the Textual they were written
against (an ``Input`` that neither declares its own ``virtual_size`` nor watches it; a
widget's ``_size_updated`` taking ``layout``; an ``OptionList`` whose ``_update_lines``
scrolls itself): another Textual is left as it is.
"""

from __future__ import annotations

import inspect
from typing import Any

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Input, OptionList


def _scroll_to_width(self: Input, size: Size) -> None:
    """The field's scrollbars and scroll offset for its new width, once it has been laid
    out (before, Textual's first layout takes the width)."""
    if self.container_size:
        self._scroll_update(size)


def _redrawn_virtual_size(widget: type[Widget], watcher: Any) -> None:
    """Give ``widget`` (and its subclasses that do not declare their own) a virtual size
    that redraws it and calls ``watcher``, asking for no layout itself."""
    size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    widget.virtual_size = size
    size.__set_name__(widget, "virtual_size")
    widget._watch_virtual_size = watcher  # type: ignore[attr-defined]
    # each class's reactives were collected when it was made (``DOMNode.__init_subclass__``)
    # (a subclass declaring its own, as the tag field does, keeps it, and so do its own)
    classes: list[type[Widget]] = [widget]
    while classes:
        made = classes.pop()
        made._reactives["virtual_size"] = size
        classes += [sub for sub in made.__subclasses__() if "virtual_size" not in vars(sub)]


def sized_in_place(field: type[Input] = Input) -> bool:
    """Make a new text width of ``field`` (and its subclasses) update its scrolling, not lay
    the screen out; False (nothing changed) when it is not the input this was written for."""
    if getattr(field, "_sized_in_place", False):
        return True
    if any(name in vars(field) for name in ("virtual_size", "_watch_virtual_size")):
        return False
    _redrawn_virtual_size(field, _scroll_to_width)
    field._sized_in_place = True  # type: ignore[attr-defined]
    return True


def _laid_out_if_sized_by_rows(self: OptionList, size: Size) -> None:
    """A list sized by its rows is laid out at its new count, as Textual's ``add_options``
    asks; one of a fixed size was scrolled by ``_update_lines`` and is only redrawn."""
    if self.styles.auto_dimensions:
        self.refresh(layout=True)


def counted_in_place(choices: type[OptionList] = OptionList) -> bool:
    """Make a new line count of ``choices`` (and its subclasses) lay the screen out only when
    the list is sized by its content; False (nothing changed) when it is not the option list
    this was written for."""
    if getattr(choices, "_counted_in_place", False):
        return True
    if any(name in vars(choices) for name in ("virtual_size", "_watch_virtual_size")):
        return False
    update_lines = getattr(vars(choices).get("_update_lines"), "__code__", None)
    if update_lines is None or "_scroll_update" not in update_lines.co_names:
        return False
    _redrawn_virtual_size(choices, _laid_out_if_sized_by_rows)
    choices._counted_in_place = True  # type: ignore[attr-defined]
    return True


SIZE_UPDATE_PARAMETERS = ["self", "size", "virtual_size", "container_size", "layout"]
"""``Widget._size_updated``'s parameters in the Textual this was written against."""


def sized_once(widget: type[Widget] = Widget) -> bool:
    """Make a layout's size updates of ``widget`` (and its subclasses that do not update
    their own) ask for no second layout; False (nothing changed) when ``_size_updated`` is
    not the one this was written for."""
    if getattr(widget, "_sized_once", False):
        return True
    updated = vars(widget).get("_size_updated")
    if updated is None or list(inspect.signature(updated).parameters) != SIZE_UPDATE_PARAMETERS:
        return False

    def _size_updated(
        self: Widget, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> Any:
        return updated(self, size, virtual_size, container_size, layout=False)

    _size_updated.__doc__ = updated.__doc__
    widget._size_updated = _size_updated  # type: ignore[method-assign]
    widget._sized_once = True  # type: ignore[attr-defined]
    return True
