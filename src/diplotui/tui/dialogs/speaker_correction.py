"""The speaker correction dialog: who really said a statement, or that it is none."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

from diplotui.cite import clean_field, nested_quotes
from diplotui.inert import inert_line, inert_words, without_surrogates
from diplotui.layout import listed_name
from diplotui.statements.corrections import names_someone
from diplotui.tui.dialogs.dialog import Dialog, JoinedPasteInput, StatusLine, refuse_long_lines

WORDS_SHOWN = 60  # characters of the statement shown in the heading


@dataclass(frozen=True, slots=True)
class SpeakerChoice:
    """What the user chose: ``speaker`` said the words ("" : they are no statement)."""

    speaker: str
    role: str = ""


class SpeakerCorrectionScreen(Dialog[SpeakerChoice | None]):
    """Ask who said ``words`` (now given to ``current``), completing the article's persons;
    ``ctrl+n`` says the words are no statement. ``save`` stores the choice; the dialog closes
    only once it did (a refresh may have taken the words away meanwhile: the typing stays)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("tab", "complete", "Complete", priority=True, show=False),
        Binding("ctrl+n", "no_statement", "No statement"),
    ]
    EDIT_QUESTION = "A speaker was typed. Apply it?"

    def __init__(
        self,
        words: str,
        current: str,
        persons: list[str],
        save: Callable[[SpeakerChoice | None], bool],
    ) -> None:
        super().__init__(save)
        self._words = words
        self._current = current
        self._persons = sorted(set(persons), key=str.casefold)

    def compose(self) -> ComposeResult:
        # the words' own quotation marks nested inside the dialog's, as a copy and the
        # notification after it nest them (“the talks were ‘tense but useful’”); a hard-wrapped
        # text's soft break a space, as the reader lays it out (it showed as "␊")
        words = inert_words(nested_quotes(self._words))
        if len(words) > WORDS_SHOWN:
            words = words[: WORDS_SHOWN - 1].rstrip() + "…"
        # as the sidebar lists it: 500 letters wrapped over ten rows scrolled the question out
        now = inert_line(listed_name(self._current)) if self._current else "no statement"
        with Vertical(classes="dialog"):
            # wrapped: the user must see whom they correct (a long name lost its end at 60x20)
            yield Label(f"Who said this? Now: {now}", classes="dialog-title question", markup=False)
            yield Label(f"“{words}”", id="speaker-words", markup=False)
            yield JoinedPasteInput(
                placeholder="speaker, e.g. Annalena Baerbock",
                # inert: a field draws its suggestion as it is (a stored name's escapes
                # reached the terminal)
                suggester=SuggestFromList(map(inert_line, self._persons), case_sensitive=False),
                id="speaker-name",
            )
            # none typed: the role the article gives the speaker, if it gives one
            yield JoinedPasteInput(
                placeholder="role (optional: else the article's)", id="speaker-role"
            )
            yield StatusLine("", id="speaker-error", markup=False)
            yield Label(
                "enter: apply · tab: complete, next field · ctrl+n: no statement · esc: cancel",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self.query_one("#speaker-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.save_edit()

    def edited(self) -> bool:
        return bool(self.query_one("#speaker-name", Input).value.strip())

    def save_edit(self) -> bool:
        """Apply the typed speaker; False (the dialog says why and stays) when it is refused."""
        name_field = self.query_one("#speaker-name", Input)
        # cleaned as every correction is (``cleaned_speaker``): a pasted escape or bidi
        # override is dropped here, and a name of nothing else refused by this dialog
        name = clean_field(without_surrogates(name_field.value))
        if not names_someone(name):
            self.notify("Type who said it, or ctrl+n: no statement.", markup=False)
            return False
        role_field = self.query_one("#speaker-role", Input)
        role = clean_field(without_surrogates(role_field.value))
        fields = [(name_field, name, "The name"), (role_field, role, "The role")]
        if refuse_long_lines(self.query_one("#speaker-error", StatusLine), fields):
            return False
        return self.submit(SpeakerChoice(name, role))

    def action_no_statement(self) -> None:
        self.submit(SpeakerChoice(""))

    def action_complete(self) -> None:
        """Accept the suggested name; with none to accept, go to the next field."""
        field = self.focused
        if isinstance(field, Input):
            typed = field.value
            field.cursor_position = len(typed)
            field.action_cursor_right()  # at the end of the input this accepts the suggestion
            if field.value != typed:
                return
        self.focus_next()

    def action_cancel(self) -> None:
        """Close; a typed speaker first asks: apply it, discard it or keep editing."""
        self.leave_asking()
