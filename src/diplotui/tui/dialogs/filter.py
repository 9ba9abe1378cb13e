"""The library filter dialog (tags, entity, source, dates, annotated, reading state) and
naming a filter."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Select

from diplotui.inert import without_surrogates
from diplotui.library import LibraryQuery, QueryError
from diplotui.tags import TagError, parse_tags
from diplotui.tui.dialogs.dialog import Dialog
from diplotui.tui.dialogs.tags import TagSuggester

_STATES = [
    ("all but archived", "any"),
    ("unread only", "unread"),
    ("read only", "read"),
    ("archived only", "archived"),
]
_ANNOTATED = [("annotated or not", "any"), ("annotated only", "yes"), ("unannotated only", "no")]


class FilterScreen(Dialog[LibraryQuery | None]):
    """Every field narrows the list further; empty fields filter nothing."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "apply", "Apply"),
    ]

    def __init__(
        self,
        query: LibraryQuery,
        *,
        tags: list[str],
        sources: list[str],
        entities: list[str],
    ) -> None:
        super().__init__()
        self._query = query
        self._tags = tags
        self._sources = sources
        self._entities = entities

    def compose(self) -> ComposeResult:
        query = self._query
        annotated = "any" if query.annotated is None else "yes" if query.annotated else "no"
        with Vertical(classes="dialog compact"):
            yield Label("Filter the library", classes="dialog-title")
            yield Label("Tags (all of them)", classes="field-label")
            yield Input(
                ", ".join(query.tags),
                placeholder="tag, another tag",
                suggester=TagSuggester(self._tags),
                id="filter-tags",
            )
            yield Label("Entity", classes="field-label")
            yield Input(
                query.entity,
                placeholder="a person, organisation or place",
                suggester=SuggestFromList(self._entities, case_sensitive=False),
                id="filter-entity",
            )
            yield Label("Source", classes="field-label")
            yield Input(
                query.source,
                placeholder="part of the source's name",
                suggester=SuggestFromList(self._sources, case_sensitive=False),
                id="filter-source",
            )
            yield Label(
                "Dates (ISO, inclusive, partial allowed: 2025, 2025-07)", classes="field-label"
            )
            yield Input(query.since, placeholder="since", id="filter-since")
            yield Input(query.until, placeholder="until", id="filter-until")
            yield Select(_ANNOTATED, value=annotated, allow_blank=False, id="filter-annotated")
            yield Select(_STATES, value=query.state or "any", allow_blank=False, id="filter-state")
            yield Label("", id="filter-error", markup=False)
            yield Label(
                "enter/ctrl+s: apply · →: complete · tab: next · esc: cancel",
                classes="dialog-help",
            )

    def _value(self, name: str) -> str:
        return self.query_one(f"#filter-{name}", Input).value.strip()

    def action_apply(self) -> None:
        choice = self.query_one("#filter-annotated", Select).value
        state = self.query_one("#filter-state", Select).value
        try:
            query = replace(
                self._query,
                tags=parse_tags([self._value("tags")]) if self._value("tags") else [],
                entity=self._value("entity"),
                source=self._value("source"),
                since=self._value("since"),
                until=self._value("until"),
                annotated=None if choice == "any" else choice == "yes",
                state="" if state == "any" else str(state),
            )
            query.validate()
        except (QueryError, TagError) as error:
            self.query_one("#filter-error", Label).update(str(error))
            return
        self.dismiss(query)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_apply()

    def action_cancel(self) -> None:
        self.dismiss(None)


class SaveFilterScreen(Dialog[str | None]):
    """Name the current filter; an existing name is replaced only after a second ``enter``."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, summary: str, existing: list[str]) -> None:
        super().__init__()
        self._summary = summary
        self._existing = existing
        self._confirmed = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Save this filter as a folder", classes="dialog-title")
            yield Label(self._summary, markup=False)
            yield Input(placeholder="name", id="filter-name")
            yield Label("", id="filter-error", markup=False)
            yield Label("enter: save · esc: cancel", classes="dialog-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = " ".join(without_surrogates(event.value).split())
        error = self.query_one("#filter-error", Label)
        if not name:
            error.update("Give the filter a name.")
            return
        if name in self._existing and self._confirmed != name:
            self._confirmed = name
            error.update(f"“{name}” exists: press enter again to replace it.")
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
