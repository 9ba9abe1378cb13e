"""The entity correction dialog: mark a span as an entity, remove a false one, or merge names."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from diplotui.inert import inert_line, without_surrogates
from diplotui.model import EntityType
from diplotui.tui.dialogs.dialog import Dialog, JoinedPasteInput
from diplotui.tui.widgets.choices import ChoiceList
from diplotui.tui.widgets.legend import TYPE_LABELS


@dataclass(frozen=True, slots=True)
class CorrectionChoice:
    """What the user chose: ``kind`` is "add", "remove" or "alias" (as in EntityCorrection)."""

    kind: str
    type: str = ""
    canonical: str = ""


class EntityCorrectionScreen(Dialog[CorrectionChoice | None]):
    """Pick a correction for ``text``; "alias" asks for the other name, with completion."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", priority=True, show=False),
    ]
    EDIT_QUESTION = "An alias was typed. Apply it?"

    def __init__(self, text: str, current_type: str, known_names: list[str]) -> None:
        super().__init__()
        self._text = text
        self._type = current_type
        self._known = sorted(set(known_names) - {text}, key=str.casefold)

    def compose(self) -> ComposeResult:
        shown = inert_line(self._text)
        heading = f"Correct “{shown}”"
        if self._type:
            heading += f" ({TYPE_LABELS.get(self._type, self._type)})"
        # the alias first, as it only asks for a name: the row highlighted on opening is
        # what a stray enter takes, and removing a name acts on every article
        options: list[Option] = []
        if self._type:
            options.append(Option(Text("Same entity as another name (alias)…"), id="alias"))
        for kind in EntityType:
            if kind.value != self._type:
                label = f"Mark as {TYPE_LABELS[kind.value]} ({kind.value})"
                options.append(Option(Text(label), id=f"add:{kind.value}"))
        if self._type:
            options.append(Option(Text("Not an entity: remove it everywhere"), id="remove"))
        with Vertical(classes="dialog"):
            yield Label(heading, classes="dialog-title", markup=False)
            yield ChoiceList(*options, id="correction-choices")
            yield JoinedPasteInput(
                placeholder="the other name, e.g. Vietnam Fatherland Front",
                suggester=SuggestFromList(self._known, case_sensitive=False),
                id="alias-input",
            )
            yield Label(
                "j/k ↑↓: choose · enter: apply to every article · tab: complete · esc: cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one("#alias-input", Input).display = False

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id or ""
        if choice == "remove":
            self.dismiss(CorrectionChoice("remove"))
        elif choice == "alias":
            field = self.query_one("#alias-input", Input)
            field.display = True
            field.focus()
        elif choice.startswith("add:"):
            self.dismiss(CorrectionChoice("add", type=choice.removeprefix("add:")))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._apply_alias(event.value)

    def edited(self) -> bool:
        field = self.query_one("#alias-input", Input)
        return bool(field.display and field.value.strip())

    def save_edit(self) -> bool:
        return self._apply_alias(self.query_one("#alias-input", Input).value)

    def _apply_alias(self, typed: str) -> bool:
        name = without_surrogates(typed.strip())
        if not name or name == self._text:
            return False
        self.dismiss(CorrectionChoice("alias", type=self._type, canonical=name))
        return True

    def action_complete(self) -> None:
        field = self.query_one("#alias-input", Input)
        if field.has_focus:
            field.cursor_position = len(field.value)
            field.action_cursor_right()
        else:
            self.focus_next()

    def action_cancel(self) -> None:
        """Close; a typed alias first asks: apply it, discard it or keep editing."""
        self.leave_asking()
