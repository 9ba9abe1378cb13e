"""The citation details of an article: title, source, date, URL and author."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region
from textual.widgets import Input, Label

from diplotui.cite import safe_url
from diplotui.dates import ARTICLE_YEARS, NO_SUCH_DAY, NOT_A_DATE, article_date_refused
from diplotui.inert import inert_line, without_surrogates
from diplotui.model import Article
from diplotui.tui.dialogs.dialog import Dialog, JoinedPasteInput, StatusLine, refuse_long_lines
from diplotui.tui.widgets.fields import EditField

FIELDS = (
    ("title", "Title"),
    ("source", "Source (publication)"),
    ("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("url", "URL"),
    ("author", "Author"),
)


def _one_line(text: str) -> str:
    return " ".join(without_surrogates(text).split())


GUESSED = " (guessed: retype to confirm)"


class MetadataScreen(Dialog[dict[str, object] | None]):
    """Returns only the changed fields; a date typed here is no longer a guess, even when
    the user types the very date that was guessed (that is how a guess is confirmed)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save"),
    ]
    EDIT_QUESTION = "The article's details were edited. Save them?"

    def __init__(
        self, article: Article, save: Callable[[dict[str, object] | None], bool] | None = None
    ) -> None:
        super().__init__(save)
        self._article = article
        # Fields are shown inert (an escape in a title must not reach the terminal); a field
        # the user leaves as shown keeps its stored value.
        self._shown = {name: _one_line(inert_line(getattr(article, name))) for name, _ in FIELDS}
        self._date_typed = False
        self._placed: set[str | None] = set()
        """The fields whose cursor was placed, at their first focus (see ``_show_field``)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog compact"):
            yield Label("Article details", classes="dialog-title")
            for name, label in FIELDS:
                suffix = GUESSED if name == "date" and self._article.date_is_guess else ""
                yield Label(label + suffix, id=f"metadata-{name}-label", classes="field-label")
                yield JoinedPasteInput(self._shown[name], id=f"metadata-{name}")
            yield StatusLine("", id="metadata-error", markup=False)
            yield Label("enter/ctrl+s: save · tab: next field · esc: cancel", classes="dialog-help")

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, EditField):
            self.call_after_refresh(self._show_field, event.widget)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        """A field left shows its start again: scrolled to its end, a long title tabbed
        away from read as its last words ("people's organizations to carry out external
        relations work"), cut at the left with no mark."""
        if isinstance(event.widget, Input):
            event.widget.scroll_to(x=0, animate=False, immediate=True)

    def _typed(self) -> dict[str, str]:
        return {
            name: _one_line(self.query_one(f"#metadata-{name}", Input).value)
            for name, _label in FIELDS
        }

    def edited(self) -> bool:
        return self._typed() != self._shown

    def save_edit(self) -> bool:
        return self.action_save()

    def action_save(self) -> bool:
        """Save the changed fields; False (the dialog says why and stays) when a field is
        refused or the write failed."""
        values = self._typed()
        error = self.query_one("#metadata-error", StatusLine)
        if not values["title"]:
            error.update("The title cannot be empty.")
            return False
        # a stored date is checked only when retyped: one from before the window (an old
        # export) must not hold up a title's correction
        date_typed = values["date"] != self._shown["date"]
        if values["date"] and date_typed and (refused := article_date_refused(values["date"])):
            error.update(
                f"{values['date']!r} is not a date: use 2025-07-14, 2025-07 or 2025."
                if refused == NOT_A_DATE
                else f"{values['date']!r} is not a date: the calendar has no such day."
                if refused == NO_SUCH_DAY
                else f"{values['date']!r} is {refused}: {ARTICLE_YEARS}."
            )
            return False
        changes: dict[str, object] = {
            name: value for name, value in values.items() if value != self._shown[name]
        }
        url = values["url"]
        if "url" in changes and url and not safe_url(url):  # as ``meta --url`` refuses it
            error.update(f"{url!r} is no web address: use an http(s) one.")
            return False
        if "url" in changes and " " in url:  # a citation joins the words: another address
            error.update(f"{url!r} holds a space: write it %20.")
            return False
        typed = [
            (self.query_one(f"#metadata-{name}", Input), values[name], label.split(" (")[0])
            for name, label in FIELDS
            if name in changes
        ]
        if refuse_long_lines(error, typed):
            return False
        if self._date_typed and values["date"]:
            changes["date"] = values["date"]
        if "date" in changes:
            changes["date_is_guess"] = False
        if changes:
            return self.submit(changes)
        self.dismiss(None)
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing in the date field (not the value it opened with) makes the date the user's."""
        if event.input.id == "metadata-date" and event.input.has_focus and not self._date_typed:
            self._date_typed = True
            self.query_one("#metadata-date-label", Label).update(dict(FIELDS)["date"])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        """Close; edited details first ask: save, discard or keep editing."""
        self.leave_asking()

    def _show_field(self, field: EditField) -> None:
        """A field focused the first time shows its value's start: one longer than the field
        gets the cursor at its start (``end`` goes to the end), one that fits at its end, the
        whole value in view either way. The Title opened with its cursor after a long title,
        scrolled to its last words ("…of strategy for national development, safeguarding"),
        its beginning out of sight. Focused again (after ``tab``, or the question about an
        edit), a field keeps its cursor where it was left, in view."""
        if field.id not in self._placed:
            self._placed.add(field.id)
            width = field.scrollable_content_region.width
            if field._position_to_cell(len(field.value)) >= width:
                field.cursor_position = 0
        cursor = Region(field._position_to_cell(field.cursor_position), 0, 1, 1)
        field.scroll_to_region(cursor, animate=False, immediate=True, force=True)
