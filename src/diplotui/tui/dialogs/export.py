"""Exporting the open article or the listed ones; never overwrites without a confirmation."""

from __future__ import annotations

import itertools
import os
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, Select

from diplotui.export import (
    FORMATS,
    FORMATS_SAID,
    ExportError,
    ExportExists,
    ExportPlace,
    export_parts,
    for_file,
    write_export,
    written_place,
)
from diplotui.inert import inert_line
from diplotui.layout import one_line
from diplotui.model import ONE_LINE_CHARS
from diplotui.store import Store, StoreError
from diplotui.text.plural import plural
from diplotui.tui.dialogs.dialog import Dialog, StatusLine, choosing
from diplotui.tui.dialogs.import_files import PathField
from diplotui.tui.notices import sentence

EXTENSIONS = {
    "markdown": ".md",
    "json": ".json",
    "w3c": ".jsonld",
    "csv": ".csv",
    "bibtex": ".bib",
    "ris": ".ris",
}
_LINK_KEPT = "What the link points to is left alone."
"""Said when the path is a symbolic link: overwriting replaces the link, not the file it names."""


class ExportScreen(Dialog[ExportPlace | None]):
    """Pick what, which format and where; the writing runs in a worker. Quitting with a
    file typed asks first; quitting while it is written quits once it is. Offered in
    ``place`` (the last export's), ``said`` the line on why not there, if any; dismissed with
    the place written in.

    Every way out says what became of the export: cancelled, written, or (closed while it
    was written) how it ended, in a notice. A slow disk once let a second ``enter`` start a
    second writing, whose end closed the dialog unasked, or left an "Overwrite?" question
    over the list with no dialog behind it."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "export", "Export"),
        # enter exports from every field, as the dialog says: on a closed choice it opened the
        # list of choices instead (space, up and down still open it)
        Binding("enter", "export", "Export", show=False, priority=True),
    ]
    EDIT_QUESTION = "A file to export to was typed. Export now?"
    KEYS = "enter/ctrl+s: export · esc: cancel"
    CHOICE_KEYS = "space: choices · enter/ctrl+s: export · esc: cancel"

    def __init__(
        self,
        store: Store,
        open_id: str | None,
        open_title: str,
        shown_ids: list[str],
        place: ExportPlace,
        said: str = "",
    ) -> None:
        super().__init__()
        self._store = store
        self._place = place
        self._said = said
        self._open_id = open_id
        self._open_title = open_title
        self._shown = shown_ids
        self._proposed_path = ""
        self._writing = False
        self._quit_when_written = False
        self._done: ExportPlace | None = None  # written while a screen was over the dialog

    def compose(self) -> ComposeResult:
        # Text, not markup: a title's "[/]" stopped the dialog from opening (the app ended),
        # and "[bold]" lost its words
        scopes: list[tuple[Text, str]] = []
        if self._open_id:
            title = inert_line(one_line(self._open_title, 50))
            scopes.append((Text(f"the article: {title}"), "open"))
        scopes.append((Text(f"the {plural(len(self._shown), 'article')} in the list"), "list"))
        with Vertical(classes="dialog compact"):
            yield Label("Export", classes="dialog-title")
            # no typing to a choice: j and k move in the choices (Dialog.action_step_choice)
            yield Select(
                scopes,
                value=scopes[0][1],
                allow_blank=False,
                type_to_search=False,
                id="export-scope",
            )
            yield Select(
                # what each is, said: the four names alone told a new user nothing
                [(Text(f"{name} · {FORMATS_SAID[name]}"), name) for name in FORMATS],
                value=self._place.format,
                allow_blank=False,
                type_to_search=False,
                id="export-format",
            )
            proposed = self._place.folder / f"diplotui-export{EXTENSIONS[self._place.format]}"
            self._proposed_path = str(proposed)
            yield PathField(
                self._proposed_path, placeholder="file to write (tab completes)", id="export-path"
            )
            yield StatusLine(self._said, id="export-error", markup=False)
            yield Label(self.KEYS, classes="dialog-help")

    def on_select_changed(self, event: Select.Changed) -> None:
        """Keep the file's extension in step with the format."""
        if event.select.id != "export-format":
            return
        field = self.query_one("#export-path", Input)
        root, ext = os.path.splitext(field.value)
        if ext in EXTENSIONS.values():
            field.value = root + EXTENSIONS[str(event.value)]

    def on_key(self, event: events.Key) -> None:
        """A letter typed on a closed list of choices goes to the file field, the dialog's
        one place for typing: there it went nowhere, without a sign, and ``enter`` wrote
        the proposed file rather than the one typed (``space`` still opens the choices)."""
        if (
            isinstance(self.focused, Select)
            and event.is_printable
            and event.character not in (None, " ")
        ):
            event.stop()
            event.prevent_default()
            field = self.query_one("#export-path", Input)
            field.focus()
            field.action_end()
            field.insert_text_at_cursor(event.character)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``enter`` in an open list of choices picks one (it exports everywhere else)."""
        if action == "export":
            return not choosing(self)
        return super().check_action(action, parameters)

    def action_export(self, force: bool = False) -> None:
        if self._writing:  # one writing at a time: a second one's end closed the dialog
            self.query_one("#export-error", Label).update(
                "Still exporting: the dialog closes once the file is written."
            )
            return
        path = Path(os.path.expanduser(self.query_one("#export-path", Input).value.strip()))
        if not path.name:
            self.query_one("#export-error", Label).update("Type the file to write.")
            return
        scope = self.query_one("#export-scope", Select).value
        ids = [self._open_id] if scope == "open" and self._open_id else list(self._shown)
        fmt = str(self.query_one("#export-format", Select).value)
        self.query_one("#export-error", Label).update("exporting…")
        self._writing = True
        # the app's worker, not the dialog's: the dialog's closing (esc, or the writing's own
        # end) unmounts it, and Textual cancels an unmounted node's workers, one still
        # returning from saying the file was written too
        self.app.run_worker(partial(self._write, fmt, ids, path, force), name="export", thread=True)

    def edited(self) -> bool:
        root, _ = os.path.splitext(self.query_one("#export-path", Input).value)
        return root != os.path.splitext(self._proposed_path)[0]

    def save_edit(self) -> bool:
        """Export; the quit that asked goes ahead once the file is written."""
        self._quit_when_written = True
        self.action_export()
        return False

    def hang_up(self) -> bool:
        """Ending unasked: a file nobody asked for now is not written."""
        return self._writing

    def stop_quit(self) -> bool:
        if self._writing:
            self._quit_when_written = True
            return True
        return super().stop_quit()

    def _write(self, fmt: str, ids: list[str], path: Path, force: bool) -> None:
        app = self.app
        try:
            from diplotui.library.statement_cache import ArticleStatements

            statements_of = ArticleStatements(self._store)  # verbs and finder's speakers now
            briefed: list[str] = []
            shortened: list[str] = []
            pieces = export_parts(
                self._store,
                fmt,
                article_ids=ids,
                statements_of=statements_of,
                briefed=briefed,
                shortened=shortened,
            )
            marked = itertools.chain((for_file(fmt, ""),), pieces)  # written as they are read
            written = write_export(marked, path, force=force, store=self._store.path)
            statements_of.save()  # once, what was found for all the articles
        except ExportExists as error:
            said = f"{error}." if error.symlink else f"{path} already exists."
            app.call_from_thread(self._failed, said, path, error.symlink)
            return
        except ExportError as error:
            app.call_from_thread(self._failed, str(error), None)
            return
        except (StoreError, OSError) as error:
            app.call_from_thread(self._failed, str(error), None)
            return
        held = f"a brief of {briefed[0]}" if briefed else plural(len(ids), "article")
        cut = f"the speaker of {plural(len(shortened), 'highlight')}" if shortened else ""
        app.call_from_thread(self._written, written, fmt, held, cut)

    def _failed(self, message: str, existing: Path | None, link: bool = False) -> None:
        from diplotui.tui.dialogs.confirm import ConfirmScreen

        self._writing = False
        if self not in self.app.screen_stack:  # closed while written: a notice is all there is
            self.app.notify(
                sentence(f"Nothing exported: {inert_line(message)}"),
                severity="error",
                markup=False,
            )
            return
        self.query_one("#export-error", Label).update(message)
        if existing is None or not self.is_active:  # not asked over a screen above it
            self._quit_when_written = False  # the user stays to read why
            return

        def overwrite(confirmed: bool | None) -> None:
            if confirmed:
                self.action_export(force=True)
            else:
                self._quit_when_written = False
                kept = "is a link, kept as it is" if link else "already exists and was kept"
                self.query_one("#export-error", Label).update(
                    f"{existing} {kept}: type another file name, or press enter to be asked again."
                )

        question = (
            (f"{inert_line(message)} Replace the link itself with the export?", "Replace the link")
            if link
            else (f"{inert_line(str(existing))} already exists. Overwrite it?", "Overwrite")
        )
        self.app.push_screen(ConfirmScreen(*question, detail=_LINK_KEPT if link else ""), overwrite)

    def _written(self, path: Path, fmt: str, held: str, cut: str = "") -> None:
        """Say what was written where; and ``cut``, the highlights whose speaker an older
        diplotui stored longer than a line, exported cut to one (``export.shortened``)."""
        self._writing = False
        said = f"Exported {held} to {inert_line(str(path))}"
        if cut:
            said += f"; {cut} cut to {ONE_LINE_CHARS} characters (diplotui export names them)"
        self.app.notify(sentence(said), markup=False)
        if self._quit_when_written:
            self.app.call_later(self.app.exit)  # once the worker has ended
        place = written_place(path, fmt)
        if self.is_active:
            self.dismiss(place)
        elif self in self.app.screen_stack:  # Textual's dismiss pops the top screen: a
            self._done = place  # palette over the dialog went in its place, the dialog stayed

    def on_screen_resume(self) -> None:
        """Closed now when its file was written while a screen was over it."""
        super().on_screen_resume()
        if self._done is not None:
            self.dismiss(self._done)

    def action_cancel(self) -> None:
        """Close, saying so: closed without a word, the dialog seemed to have vanished.
        While the file is written it closes too; the writing's end is said by a notice."""
        path = self.query_one("#export-path", Input).value.strip()
        if self._writing:
            said = f"Still exporting to {inert_line(path)}: a notice will say when it is done"
        else:
            said = "Export cancelled: nothing written"
        self.app.notify(sentence(said), markup=False)
        self.dismiss(None)
