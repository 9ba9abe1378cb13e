"""The library filter dialog (tags, entity, source, dates, annotated, who annotated, reading
state) and naming a filter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Select

from diplotui.inert import without_surrogates
from diplotui.library import LibraryQuery, QueryError
from diplotui.library.query import read_dates
from diplotui.tags import TagError, parse_tags
from diplotui.tui.dialogs.dialog import Dialog, JoinedPasteInput, StatusLine, choosing, push_kept
from diplotui.tui.dialogs.tags import TagSuggester
from diplotui.tui.notices import ended
from diplotui.tui.widgets.fields import EditField

_STATES = [
    ("all but archived", "any"),
    ("unread only", "unread"),
    ("read only", "read"),
    ("archived only", "archived"),
]
_ANNOTATED = [("annotated or not", "any"), ("annotated only", "yes"), ("unannotated only", "no")]


class FilterScreen(Dialog[LibraryQuery | None]):
    """Every field narrows the list further; empty fields filter nothing. Kept by the app
    between uses (see ``push_kept``). The filter is applied (``save``) before the dialog
    closes, so the list's new rows and the dialog's removal are drawn in one frame (applied
    after it, the first frame after ``enter`` showed the old list)."""

    NAME = "filter"
    EDIT_QUESTION = "The filter was edited. Apply it?"
    KEYS = "enter/ctrl+s: apply · →: complete · tab: next · esc: cancel"
    CHOICE_KEYS = "space: choices · enter/ctrl+s: apply · tab: next · esc: cancel"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply"),
        # enter applies from every field, as the dialog says: on a closed choice it opened
        # the list of choices instead (space, up and down still open it)
        Binding("enter", "apply", "Apply", show=False, priority=True),
    ]

    def __init__(
        self,
        query: LibraryQuery,
        *,
        tags: list[str],
        sources: list[str],
        entities: list[str],
        authors: list[str],
        save: Callable[[LibraryQuery | None], bool],
    ) -> None:
        super().__init__(save)
        self._query = query
        self._tags = tags
        self._sources = sources
        self._entities = entities
        self._authors = list(authors)

    def ask(
        self,
        query: LibraryQuery,
        *,
        tags: list[str],
        sources: list[str],
        entities: list[str],
        authors: list[str],
        save: Callable[[LibraryQuery | None], bool],
    ) -> None:
        """Ready the kept dialog to edit ``query`` again, completing from these values."""
        self._query, self._save = query, save
        suggesters = {
            "tags": TagSuggester(tags),
            "entity": SuggestFromList(entities, case_sensitive=False),
            "source": SuggestFromList(sources, case_sensitive=False),
            "since": None,
            "until": None,
            "annotated-by": SuggestFromList(authors, case_sensitive=False),
        }
        for name, value in _field_values(query).items():
            field = self.query_one(f"#filter-{name}", Input)
            field.suggester = suggesters[name]
            field.value = value
        self.query_one("#filter-annotated", Select).value = _annotated(query)
        self.query_one("#filter-state", Select).value = query.state or "any"
        self.query_one("#filter-error", Label).update("")
        self.query_one("#filter-tags", Input).focus()

    def compose(self) -> ComposeResult:
        query = self._query
        annotated = _annotated(query)
        with Vertical(classes="dialog compact"):
            yield Label("Filter the library", classes="dialog-title")
            yield Label("Tags (all of them)", classes="field-label")
            yield EditField(
                ", ".join(query.tags),
                placeholder="tag, another tag",
                suggester=TagSuggester(self._tags),
                id="filter-tags",
            )
            yield Label("Entity", classes="field-label")
            yield EditField(
                query.entity,
                placeholder="a person, organisation or place",
                suggester=SuggestFromList(self._entities, case_sensitive=False),
                id="filter-entity",
            )
            yield Label("Source", classes="field-label")
            yield EditField(
                query.source,
                placeholder="part of the source's name",
                suggester=SuggestFromList(self._sources, case_sensitive=False),
                id="filter-source",
            )
            yield Label(
                "Dates (inclusive: 2025-07-18, 2025-07, July, last week)", classes="field-label"
            )
            # the words typed where they were words ("last week"), as a saved filter reads them
            yield EditField(
                query.since_typed or query.since, placeholder="since", id="filter-since"
            )
            yield EditField(
                query.until_typed or query.until, placeholder="until", id="filter-until"
            )
            with Horizontal(classes="field-pair"):  # one line: the dialog fits 80x24
                # no typing to a choice: j and k move in the choices (Dialog.action_step_choice)
                yield Select(
                    _ANNOTATED,
                    value=annotated,
                    allow_blank=False,
                    type_to_search=False,
                    id="filter-annotated",
                )
                yield EditField(
                    query.annotated_by,
                    placeholder="annotated by (name)",
                    suggester=SuggestFromList(self._authors, case_sensitive=False),
                    id="filter-annotated-by",
                )
            yield Select(
                _STATES,
                value=query.state or "any",
                allow_blank=False,
                type_to_search=False,
                id="filter-state",
            )
            yield StatusLine("", id="filter-error", markup=False)
            yield Label(self.KEYS, classes="dialog-help")

    def _value(self, name: str) -> str:
        return self.query_one(f"#filter-{name}", Input).value.strip()

    def action_apply(self) -> None:
        self.save_edit()

    def save_edit(self) -> bool:
        """Apply the filter typed (the dialog closes); False when a field is wrong (said)."""
        choice = self.query_one("#filter-annotated", Select).value
        state = self.query_one("#filter-state", Select).value
        try:
            # "July" or "last week" typed: the days read, which the list's line shows, and
            # the words, which a saved filter reads again when opened (last week stays so)
            since, until = self._value("since"), self._value("until")
            dates = read_dates(since, until)
            query = replace(
                self._query,
                tags=parse_tags([self._value("tags")]) if self._value("tags") else [],
                entity=self._value("entity"),
                source=self._value("source"),
                since=dates.since,
                until=dates.until,
                since_typed=since if since != dates.since else "",
                until_typed=until if until != dates.until else "",
                annotated=None if choice == "any" else choice == "yes",
                annotated_by=self._value("annotated-by"),
                state="" if state == "any" else str(state),
            )
            query.validate()
        except (QueryError, TagError) as error:
            self.query_one("#filter-error", Label).update(ended(str(error)))
            return False
        return self.submit(query)

    def edited(self) -> bool:
        """Whether a field differs from the filter in force (what escape would drop)."""
        query = self._query
        typed = any(
            self._value(name) != value.strip() for name, value in _field_values(query).items()
        )
        annotated = self.query_one("#filter-annotated", Select).value != _annotated(query)
        state = self.query_one("#filter-state", Select).value != (query.state or "any")
        return typed or annotated or state

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` in an open list of choices picks one (it applies everywhere else)."""
        if action == "apply":
            return not choosing(self)
        return super().check_action(action, parameters)

    def action_cancel(self) -> None:
        """Close, keeping the filter in force; an edit of it first asks apply, discard or
        keep editing, as the other dialogs holding typed work do."""
        self.leave_asking()

    def stop_quit(self) -> bool:
        """Quitting does not ask: the list's filter is not kept between starts, so applying
        an edit on the way out would change nothing."""
        return False

    def hang_up(self) -> bool:
        """Nothing to apply as the app ends (see ``stop_quit``)."""
        return False


def _field_values(query: LibraryQuery) -> dict[str, str]:
    """The text fields' values for ``query``, by their ids' ends."""
    return {
        "tags": ", ".join(query.tags),
        "entity": query.entity,
        "source": query.source,
        "since": query.since_typed or query.since,
        "until": query.until_typed or query.until,
        "annotated-by": query.annotated_by,
    }


def _annotated(query: LibraryQuery) -> str:
    """The annotated field's choice for ``query``."""
    return "any" if query.annotated is None else "yes" if query.annotated else "no"


def edit_filter(
    app: App[Any],
    query: LibraryQuery,
    apply: Callable[[LibraryQuery], None],
    *,
    tags: list[str],
    sources: list[str],
    entities: list[str],
    authors: list[str],
) -> None:
    """Show the app's kept filter dialog on ``query``; ``apply`` gets the new query as the
    dialog closes (not when it is cancelled)."""

    def save(edited: LibraryQuery | None) -> bool:
        if edited is not None:
            apply(edited)
        return True

    values = {"tags": tags, "sources": sources, "entities": entities, "authors": authors}
    push_kept(
        app,
        FilterScreen.NAME,
        lambda: FilterScreen(query, **values, save=save),
        lambda dialog: dialog.ask(query, **values, save=save),
    )


class SaveFilterScreen(Dialog[str | None]):
    """Name the current filter; an existing name is replaced only after a second ``enter``."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    EDIT_QUESTION = "A name was typed. Save the filter?"

    def __init__(self, summary: str, existing: list[str]) -> None:
        super().__init__()
        self._summary = summary
        self._existing = existing
        self._confirmed = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Save this filter as a folder", classes="dialog-title")
            yield Label(self._summary, markup=False)
            yield JoinedPasteInput(placeholder="name", id="filter-name")
            yield StatusLine("", id="filter-error", markup=False)
            yield Label("enter: save · esc: cancel", classes="dialog-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._save_as(event.value)

    def edited(self) -> bool:
        return bool(self.query_one("#filter-name", Input).value.strip())

    def save_edit(self) -> bool:
        return self._save_as(self.query_one("#filter-name", Input).value)

    def _save_as(self, typed: str) -> bool:
        """Close with the name; False (the dialog says why) for no name, or an existing
        name not yet confirmed."""
        name = " ".join(without_surrogates(typed).split())
        error = self.query_one("#filter-error", Label)
        if not name:
            error.update("Give the filter a name.")
            return False
        if name in self._existing and self._confirmed != name:
            self._confirmed = name
            error.update(f"“{name}” exists: press enter again to replace it.")
            return False
        self.dismiss(name)
        return True

    def action_cancel(self) -> None:
        """Close; a typed name first asks: save the filter, discard it or keep editing."""
        self.leave_asking()
