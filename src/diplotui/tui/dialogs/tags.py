"""Modal dialogs for adding and removing tags, with completion of the tags already in use.

Tags typed are kept as a draft meanwhile (``diplotui.session.drafts``, as a note's typing is),
so a kill, a crash or a power cut loses none of them: the dialog opened again on the same
target offers them back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import App, ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.reactive import Reactive
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from diplotui.inert import inert_line
from diplotui.model import local_minute
from diplotui.session.drafts import DraftWriter, NoteDraft, why_not_kept
from diplotui.session.refused import Refused
from diplotui.store import StoreError
from diplotui.tags import TagError
from diplotui.tui.dialogs.dialog import (
    Dialog,
    JoinedPasteInput,
    StatusLine,
    prepare_kept,
    push_kept,
    say_on,
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


@dataclass(frozen=True, slots=True)
class TagDrafts:
    """Where the tag dialog keeps its typing: ``writer`` writes ``draft`` (the target's,
    empty) as it is typed; ``kept``, the target's draft found when the dialog opened."""

    writer: DraftWriter
    draft: NoteDraft
    kept: NoteDraft | None = None


class AddTagsScreen(Dialog[list[str] | None]):
    """Ask for one or more tags (comma-separated, or pasted one a line); ``tab`` accepts the
    suggested completion. Kept by the app between uses (see ``push_kept``).

    Why tags were refused (too long, too many, the store not written) is said under the
    field they were typed in, until they are edited: a toast said it, and went away.

    Given ``drafts``, what is typed is kept as a draft until the tags are added or discarded
    (``escape`` offers to keep it for later): a kill lost it, where a note's typing survived.
    A draft kept for the target is typed back into the field, a line above saying so."""

    NAME = "add-tags"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", priority=True),
    ]
    EDIT_QUESTION = "Tags were typed. Add them, or keep them as a draft for later?"
    KEEPS_DRAFTS = True

    def __init__(
        self,
        target: str,
        known_tags: list[str],
        save: Callable[[list[str] | None], bool] | None = None,
        drafts: TagDrafts | None = None,
    ) -> None:
        super().__init__(save)
        self._target = target
        self._known = known_tags
        self._refusal = ""  # why the tags typed were last refused
        self._drafts = drafts
        self._drafted = False  # a draft of this opening's typing was put
        self._draft_kept = False  # kept by the user's choice: closing leaves it
        self._kept_at_end = False  # kept as the app ended, before the tags were saved

    def ask(
        self,
        target: str,
        known_tags: list[str],
        save: Callable[[list[str] | None], bool] | None = None,
        drafts: TagDrafts | None = None,
    ) -> None:
        """Ready the kept dialog to ask again, about ``target`` (before it is composed, when
        it was built ahead: compose then reads these)."""
        self._target, self._known, self._save = target, known_tags, save
        self._drafts, self._drafted, self._draft_kept = drafts, False, False
        self._kept_at_end = False
        fields = self.query(TagInput)
        if not fields:
            return
        # One line, the dialog's width whatever the title: no layout (a layout of the
        # dialog also cost a frame of its own before the one that shows it).
        self.query_one(".dialog-title", Label).update(self._title(), layout=False)
        field = fields.first()
        field.suggester = TagSuggester(known_tags)
        self._say("")
        self._show_kept()

    def _recovered(self) -> NoteDraft | None:
        """The target's kept draft, when it holds tags typed."""
        kept = None if self._drafts is None else self._drafts.kept
        return kept if kept is not None and kept.text.strip() else None

    def _show_kept(self) -> None:
        """The field as the dialog opens: the kept draft's tags, or empty; the line over it
        says they were recovered (it takes no row otherwise)."""
        recovered = self._recovered()
        line = self.query_one("#draft-line", Label)
        if recovered is not None or line.display:
            line.update(self._draft_line(recovered))
            line.display = recovered is not None
        self.query_one(TagInput).value = "" if recovered is None else inert_line(recovered.text)

    @staticmethod
    def _draft_line(recovered: NoteDraft | None) -> str:
        typed = "" if recovered is None else inert_line(local_minute(recovered.saved_at))
        return f"Recovered tags, typed {typed} and never added: enter adds them."

    def on_mount(self) -> None:
        super().on_mount()
        self._show_kept()

    def _title(self) -> str:
        return f"Add tags to {self._target}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title(), classes="dialog-title", markup=False)
            yield Label("", id="draft-line", markup=False)
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
        say_on(self.query_one("#tag-keys", Label), keys)  # as typing starts or is emptied
        self._put_draft(event.value)

    def _put_draft(self, typed: str) -> None:
        """Keep ``typed`` as the target's draft, written off the app's thread; emptied, the
        draft goes. What the dialog opened with (a draft kept) is on disk already."""
        drafts = self._drafts
        if drafts is None or not self.is_active:
            return
        kept = self._recovered()
        if not self._drafted and typed == ("" if kept is None else inert_line(kept.text)):
            return
        self._drafted = True
        if typed.strip():
            drafts.writer.put(drafts.draft.typed(typed))
        else:
            self._drop_draft()

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
        """The tags refused as typed (see ``Dialog.hang_up``), offered again when kept."""
        typed = self.query_one(TagInput).value
        reason = self._refusal or "what they were for is gone, or the store was not written"
        again = "Tagging it again offers them back." if self._kept_at_end else ""
        return Refused(f"the tags typed for {self._target}", typed, reason, again=again)

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

    def _typed_draft(self) -> NoteDraft | None:
        drafts = self._drafts
        return None if drafts is None else drafts.draft.typed(self.query_one(TagInput).value)

    def keep_draft(self) -> bool:
        """Write the draft now, the dialog closing on it; a failure is said, and it stays."""
        typed = self._typed_draft()
        if self._drafts is None or typed is None:
            return False
        try:
            self._drafts.writer.keep(typed)
        except OSError as error:
            self._say(f"The draft could not be kept ({why_not_kept(error)}): add or copy the tags.")
            return False
        self._draft_kept = True
        self.notify(
            "Tags kept as a draft: tagging it again offers them back.", markup=False, timeout=4
        )
        return True

    def discard_edit(self) -> None:
        self._drop_draft()

    def _drop_draft(self) -> None:
        if self._drafts is None or self._draft_kept:
            return
        try:
            self._drafts.writer.drop(self._drafts.draft)
        except OSError as error:
            self.notify(f"The tags' draft could not be removed: {error}", markup=False)

    def hang_up(self) -> bool:
        """The typing is kept as a draft before it is added, so tags the save refuses (or
        a save that fails) are offered again, the next start saying why (``refused``); tags
        added take their draft away as they close the dialog. Recovered tags nothing was
        typed into stay a draft, unadded, as a recovered note does: nobody chose to add them."""
        if self._recovered() is not None and not self._drafted:
            return False
        typed = self._typed_draft()
        if self._drafts is not None and typed is not None and self.edited():
            with contextlib.suppress(OSError):  # the save below is tried all the same
                self._drafts.writer.keep(typed)
                self._kept_at_end = True
        return super().hang_up()

    def dismiss(self, result: list[str] | None = None) -> AwaitComplete:
        """Close: the tags added, discarded or never typed, their draft goes (unless the
        user chose to keep it)."""
        if self._drafted or self._recovered() is not None:
            self._drop_draft()
        return super().dismiss(result)

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
    drafts: TagDrafts | None = None,
) -> None:
    """Show the app's kept tag dialog, asking for tags for ``target`` (its typing kept as
    ``drafts`` says)."""
    push_kept(
        app,
        AddTagsScreen.NAME,
        lambda: AddTagsScreen(target, known_tags, save, drafts),
        lambda dialog: dialog.ask(target, known_tags, save, drafts),
    )


class RemoveTagScreen(Dialog[str | None]):
    """Pick one of the article's tags to remove (or, given ``verb`` and a ``title``, a tag of
    the library to rename or remove across it: ``shown`` then names each with its count)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        target: str,
        tags: list[str],
        *,
        verb: str = "",
        shown: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self._target = target
        self._tags = tags
        self._verb = verb or "remove"
        self._title = target if verb else f"Remove a tag from {target}"
        self._shown = shown or {}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title", markup=False)
            yield ChoiceList(
                *(
                    Option(Text(inert_line(self._shown.get(tag, f"#{tag}"))), id=tag)
                    for tag in self._tags
                ),
                id="tag-choices",
            )
            yield Label(  # names a tag: its words as written, never markup ("[/]")
                self._keys(self._tags[0] if self._tags else ""),
                classes="dialog-help",
                markup=False,
            )

    def _keys(self, tag: str) -> str:
        """The key line, naming the tag ``enter`` acts on: every choice here is one."""
        return f"j/k ↑↓: choose · enter: {self._verb} #{inert_line(tag)} · esc: cancel"

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        say_on(self.query_one(".dialog-help", Label), self._keys(event.option.id or ""))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class RenameTagScreen(Dialog[str | None]):
    """Ask for a tag's new name across the library (the palette's "Rename #tag"): the field
    holds the name as it is, to be edited; ``tab`` completes a tag in use (renamed into it,
    the two become one)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", priority=True),
    ]

    def __init__(
        self,
        tag: str,
        reach: str,
        known_tags: list[str],
        save: Callable[[str | None], bool] | None = None,
    ) -> None:
        super().__init__(save)
        self._tag = tag
        self._reach = reach
        self._known = [known for known in known_tags if known != tag]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = f"Rename #{inert_line(self._tag)} on {self._reach}"
            yield Label(title, classes="dialog-title", markup=False)
            yield TagInput(
                value=inert_line(self._tag),
                placeholder="the new name",
                suggester=TagSuggester(self._known),
                id="rename-tag-input",
            )
            yield StatusLine("", id="tag-error", markup=False)
            yield Label(
                "enter: rename · tab: complete · esc: cancel",
                classes="dialog-help",
            )

    def say(self, reason: str) -> None:
        """Why the name typed cannot be given (the dialog stays open, the name as typed); the
        line takes no row when it says nothing."""
        line = self.query_one("#tag-error", StatusLine)
        if reason or line.display:
            line.update(reason)
            line.display = bool(reason)

    def action_complete(self) -> None:
        field = self.query_one(Input)
        field.cursor_position = len(field.value)
        field.action_cursor_right()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.say("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
