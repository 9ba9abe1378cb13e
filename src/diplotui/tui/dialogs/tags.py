"""Modal dialogs for adding and removing tags, with completion of the tags already in use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.reactive import Reactive
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from diplotui.inert import inert_line
from diplotui.session.refused import Refused
from diplotui.store import StoreError
from diplotui.tags import TagError
from diplotui.tui.dialogs.dialog import (
    Dialog,
    JoinedPasteInput,
    StatusLine,
    prepare_kept,
    push_kept,
)
from diplotui.tui.widgets.choices import ChoiceList


class TagSuggester(Suggester):
    """Completes the last comma-separated tag being typed from the tags in use."""

    def __init__(self, known_tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._known = sorted(known_tags, key=str.casefold)

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(",")
        typed = last.lstrip()
        if not typed:
            return None
        already = {part.strip() for part in head.split(",")}
        for tag in self._known:
            if tag.casefold().startswith(typed.casefold()) and tag not in already:
                prefix = value[: len(value) - len(typed)]
                return prefix + tag
        return None


class TagInput(JoinedPasteInput):
    """A tag field: every line of a multi-line paste becomes a tag.

    Its size is set by the dialog's styles (the dialog's width, one line), never by what is
    typed, so a new value does not lay the dialog out again (Textual's input does: its
    scrollable width is a layout reactive). Emptied as the kept dialog is shown again, that
    layout cost the showing a frame of its own."""

    PASTE_JOIN = ", "
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)


class AddTagsScreen(Dialog[list[str] | None]):
    """Ask for one or more tags (comma-separated, or pasted one a line); ``tab`` accepts the
    suggested completion. Kept by the app between uses (see ``push_kept``).

    Why tags were refused (too long, too many, the store not written) is said under the
    field they were typed in, until they are edited: a toast said it, and went away."""

    NAME = "add-tags"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", priority=True),
    ]
    EDIT_QUESTION = "Tags were typed. Add them?"

    def __init__(
        self,
        target: str,
        known_tags: list[str],
        save: Callable[[list[str] | None], bool] | None = None,
    ) -> None:
        super().__init__(save)
        self._target = target
        self._known = known_tags
        self._refusal = ""  # why the tags typed were last refused

    def ask(
        self,
        target: str,
        known_tags: list[str],
        save: Callable[[list[str] | None], bool] | None = None,
    ) -> None:
        """Ready the kept dialog to ask again, about ``target`` (before it is composed, when
        it was built ahead: compose then reads these)."""
        self._target, self._known, self._save = target, known_tags, save
        fields = self.query(TagInput)
        if not fields:
            return
        # One line, the dialog's width whatever the title: no layout (a layout of the
        # dialog also cost a frame of its own before the one that shows it).
        self.query_one(".dialog-title", Label).update(self._title(), layout=False)
        field = fields.first()
        field.suggester = TagSuggester(known_tags)
        field.value = ""
        self._say("")

    def _title(self) -> str:
        return f"Add tags to {self._target}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title(), classes="dialog-title", markup=False)
            yield TagInput(
                placeholder="tag, another tag",
                suggester=TagSuggester(self._known),
                id="tag-input",
            )
            yield StatusLine("", id="tag-error", markup=False)
            yield Label(self._keys(False), id="tag-keys", classes="dialog-help")

    def _keys(self, edited: bool) -> str:
        """The key line says what ``escape`` does now: with tags typed it asks first, as the
        note dialog's does (it said "esc: cancel" over typing it did not throw away)."""
        return f"enter: save · tab: complete · {self.escape_keys(edited)}"

    def action_complete(self) -> None:
        field = self.query_one(Input)
        field.cursor_position = len(field.value)
        field.action_cursor_right()  # at the end of the input this accepts the suggestion

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit([event.value])

    def on_input_changed(self, event: Input.Changed) -> None:
        self._say("")
        keys = self._keys(self.edited())
        key_line = self.query_one("#tag-keys", Label)
        if str(key_line.content) != keys:  # when typing starts or is emptied, not each key
            key_line.update(keys)

    def submit(self, result: list[str] | None) -> bool:
        """Close once the tags are saved; when they are refused, say why and stay open."""
        self._refusal = ""
        try:
            return super().submit(result)
        except (TagError, StoreError) as error:
            self._refusal = str(error)
            self._say(self._refusal)
            return False

    def refused(self) -> Refused | None:
        """The tags refused as typed (see ``Dialog.hang_up``)."""
        typed = self.query_one(TagInput).value
        reason = self._refusal or "what they were for is gone, or the store was not written"
        return Refused(f"the tags typed for {self._target}", typed, reason)

    def _say(self, reason: str) -> None:
        """Show why the tags were refused ("": nothing). The line takes no row when it says
        nothing, and a key typed lays nothing out unless it clears a reason shown."""
        line = self.query_one("#tag-error", StatusLine)
        if reason or line.display:
            line.update(reason)
            line.display = bool(reason)

    def edited(self) -> bool:
        return bool(self.query_one(TagInput).value.strip())

    def save_edit(self) -> bool:
        return self.submit([self.query_one(TagInput).value])

    def action_cancel(self) -> None:
        """Close; typed tags first ask: add them, discard them or keep editing."""
        self.leave_asking()


def prepare_tag_dialog(app: App[Any]) -> None:
    """Build the tag dialog before the first ``t`` (see ``prepare_kept``)."""
    prepare_kept(app, AddTagsScreen.NAME, lambda: AddTagsScreen("", []))


def ask_for_tags(
    app: App[Any],
    target: str,
    known_tags: list[str],
    save: Callable[[list[str] | None], bool],
) -> None:
    """Show the app's kept tag dialog, asking for tags for ``target``."""
    push_kept(
        app,
        AddTagsScreen.NAME,
        lambda: AddTagsScreen(target, known_tags, save),
        lambda dialog: dialog.ask(target, known_tags, save),
    )


class RemoveTagScreen(Dialog[str | None]):
    """Pick one of the article's tags to remove."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, target: str, tags: list[str]) -> None:
        super().__init__()
        self._target = target
        self._tags = tags

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Remove a tag from {self._target}", classes="dialog-title", markup=False)
            yield ChoiceList(
                *(Option(Text(f"#{inert_line(tag)}"), id=tag) for tag in self._tags),
                id="tag-choices",
            )
            yield Label(self._keys(self._tags[0] if self._tags else ""), classes="dialog-help")

    @staticmethod
    def _keys(tag: str) -> str:
        """The key line, naming the tag ``enter`` removes: every choice here removes one."""
        return f"j/k ↑↓: choose · enter: remove #{inert_line(tag)} · esc: cancel"

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one(".dialog-help", Label).update(self._keys(event.option.id or ""))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
