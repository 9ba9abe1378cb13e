"""A list of choices moved with ``j``/``k`` as well as the arrows."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class ChoiceList(OptionList):
    """An option list that ``j``/``k`` move, as they move the article list, the reader and
    the sidebar: in a dialog only the arrows moved, so ``j j enter`` took the first choice."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
