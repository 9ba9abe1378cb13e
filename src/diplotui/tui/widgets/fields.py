"""The app's one-line fields: what they hold is being edited, so focus keeps it."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class EditField(Input):
    """A field whose text the user is editing (a path proposed, a filter or a query in use,
    an article's details): it gets the focus with the cursor at the end and nothing
    selected. Textual's input selects all of its text on focus, so the first key typed
    replaced what was there; the details dialog already kept it, the others did not."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(*args, **kwargs)
