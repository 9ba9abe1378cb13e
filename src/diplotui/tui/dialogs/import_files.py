"""Importing files from inside the app: a path with completion, progress, then a summary."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.suggester import Suggester
from textual.widgets import Input, Label, ProgressBar, Static
from textual.worker import Worker, WorkerState

from diplotui.anchoring import common_prefix_length
from diplotui.inert import inert, inert_line
from diplotui.ingest import import_paths
from diplotui.ingest.report import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    SKIPPED,
    UPDATED,
    ImportReport,
    source_note,
    stored_before,
    undated_note,
)
from diplotui.session import title_label
from diplotui.store import Store, StoreError
from diplotui.store.under_way import import_again, noted_while_running
from diplotui.text.plural import plural
from diplotui.tui.dialogs.dialog import Dialog, StatusLine
from diplotui.tui.store_writes import write_on_ui_thread
from diplotui.tui.widgets.fields import EditField

if TYPE_CHECKING:
    from diplotui.ingest.report import ImportOutcome

DUPLICATES_NAMED = 3
"""The duplicates the report names, file and article (of a folder imported again, hundreds,
a count says the rest): "1 duplicate" alone left the user asking which file, and which article."""

TITLE_IN_SUMMARY = 36
"""Characters of its title the summary names an imported article by: its start, as the list
shows it, enough to find it there."""


class PathSuggester(Suggester):
    """Completes the last part of a file system path (folders get a trailing slash).

    A field draws its suggestion as it is, and a file's name is data: the completion is
    suggested inert, and ``real`` gives back the path it stands for."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._shown_for: tuple[str, str] = ("", "")

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        folder, stem = os.path.split(os.path.expanduser(value))
        if not stem:  # a folder just completed: its first file, drawn as if typed, was
            return None  # taken for the path, and enter imported the whole folder
        base = Path(folder or ".")
        try:
            names = sorted(entry.name for entry in os.scandir(base) if entry.name.startswith(stem))
        except OSError:
            return None
        names = [name for name in names if not name.startswith(".") or stem.startswith(".")]
        if not names:
            return None
        shared = common_prefix_length(names[0], names[-1])  # sorted: the ends' is everyone's
        if len(names) > 1 and shared > len(stem):
            rest = names[0][len(stem) : shared]  # their common start, as a shell completes:
            # "ar" with "arts" and "arts2" gave "arts/", and enter imported the folder not meant
        else:
            name = names[0]
            rest = name[len(stem) :] + (os.sep if (base / name).is_dir() else "")
        if not rest:
            return None
        shown = value + inert(rest)
        self._shown_for = (shown, value + rest)
        return shown

    def real(self, value: str) -> str:
        """The path a completion taken as it was shown stands for (else ``value``)."""
        shown, real = self._shown_for
        return real if value == shown else value


class PathField(EditField):
    """A path with completion (``tab``): what it suggests is shown inert, and taking it puts
    the real path in the field (drawn inert, as every field is)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._paths = PathSuggester()
        super().__init__(*args, suggester=self._paths, **kwargs)

    def action_cursor_right(self, select: bool = False) -> None:
        before = self.value
        super().action_cursor_right(select)
        if self.value != before:  # the suggestion was taken
            self.value = self._paths.real(self.value)
            self.cursor_position = len(self.value)


def _titled(outcome: ImportOutcome) -> str:
    """An imported article as the summary names it: by its title's start, as the list shows
    it ("cfdd73674861" named nothing a user could find)."""
    return title_label(outcome.title, TITLE_IN_SUMMARY)


def report_text(report: ImportReport) -> Text:
    """The summary line, the articles with no source or date to cite, then every failed,
    changed or skipped file with its reason, and every file read in a legacy encoding or
    whose stated date was not stored as written, saying so (a guess is never silent)."""
    text = Text()  # a base style would run on into every file's reason
    text.append(report.summary(), style="bold")
    them = "them" if len(report.uncited_fields()) > 1 else "it"
    hint = report.citation_hint(f"i on the article adds {them}", _titled)
    if hint:
        text.append(f"\n{hint}")
    duplicates = [outcome for outcome in report.outcomes if outcome.status == DUPLICATE]
    for outcome in duplicates[:DUPLICATES_NAMED]:  # which file, and which article it is
        # by its title, as the summary names an article: the id named nothing to find
        said = outcome.reason.replace(f"as {outcome.article_id}", f"as {_titled(outcome)}")
        text.append(f"\n{DUPLICATE}: ", style="bold")
        text.append(inert_line(f"{outcome.path}: {said}"))
    if len(duplicates) > DUPLICATES_NAMED:
        more = len(duplicates) - DUPLICATES_NAMED
        text.append(f"\n… and {plural(more, 'other duplicate')} (diplotui import names each)")
    for outcome in report.outcomes:
        said = "; ".join(
            part
            for part in (
                outcome.reason,
                source_note(outcome, "i on the article corrects it"),
                undated_note(outcome, "i on the article sets it"),
            )
            if part
        )
        if outcome.status in (FAILED, CHANGED, SKIPPED) or (
            outcome.status in (IMPORTED, UPDATED) and said
        ):
            text.append(f"\n{outcome.status}: ", style="bold")
            text.append(inert_line(f"{outcome.path}: {said}"))
    return text


class ImportScreen(Dialog[ImportReport | None]):
    """Import a file or folder; changed files are offered as updates afterwards.

    Quitting (``ctrl+q``) never cuts an import short unseen: during one, the app quits once
    it is done (or stays to say why it stopped); with a path typed and not imported, it
    asks first."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("tab", "complete", "Complete", priority=True),
    ]
    EDIT_QUESTION = "A path was typed and not imported. Import it?"

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._report: ImportReport | None = None
        self._importing = False
        self._imported_path: str | None = None
        self._quit_when_done = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Import files or a folder", classes="dialog-title")
            yield PathField(placeholder="path (tab completes)", id="import-path")
            progress = ProgressBar(id="import-progress", show_eta=False)
            progress.display = False  # shown once an import starts, not animating while idle
            yield progress
            yield StatusLine("", id="import-status", markup=False)
            with VerticalScroll(id="import-summary"):
                yield Static("", id="import-report")
            yield Label("enter: import · tab: complete · esc: close", classes="dialog-help")

    def action_complete(self) -> None:
        field = self.query_one("#import-path", Input)
        field.cursor_position = len(field.value)
        field.action_cursor_right()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._import_typed(event.value)

    def _import_typed(self, typed: str) -> bool:
        """Start importing the typed path; False (the dialog says why) when it cannot."""
        path = os.path.expanduser(typed.strip())
        if self._importing or not path:
            return False
        if not os.path.exists(path):
            self.query_one("#import-status", Label).update(f"{path}: no such file or folder")
            return False
        self._imported_path = typed
        self._start([path], update=False)
        return True

    def edited(self) -> bool:
        typed = self.query_one("#import-path", Input).value
        return bool(typed.strip()) and typed != self._imported_path

    def save_edit(self) -> bool:
        """Import the typed path; the quit that asked goes ahead once the import is done."""
        if self._import_typed(self.query_one("#import-path", Input).value):
            self._quit_after_import()
        return False

    def leaving(self) -> str:
        if not self._importing:
            return super().leaving()
        return (  # escape waits for it too, and ctrl+q (``stop_quit``)
            "The import goes on to its end: press ctrl+q to quit once it is done, esc to "
            "close the dialog then"
        )

    def hang_up(self) -> bool:
        """Ending unasked: an import nobody asked for now is not started."""
        return self._importing

    def stop_quit(self) -> bool:
        if self._importing:
            self._quit_after_import()
            return True
        return super().stop_quit()

    def _quit_after_import(self) -> None:
        self._quit_when_done = True
        self.query_one("#import-status", Label).update("quitting once the import is done…")

    def _start(self, paths: list[str], update: bool) -> None:
        self._importing = True
        self.query_one("#import-progress", ProgressBar).display = True
        self.query_one("#import-status", Label).update("importing…")
        self._import(paths, update)

    @work(thread=True, exclusive=True)
    def _import(self, paths: list[str], update: bool) -> None:
        """Reads and parses off the UI thread, progress reported at most about a hundred
        times (a step of 1% or more, which an export's parts of 50 articles may overstep);
        each batch's store write runs on the UI thread (``diplotui.tui.store_writes``)."""
        app = self.app
        shown = 0

        def progress(done: int, total: int, path: str) -> None:
            nonlocal shown
            if done == total or done - shown >= max(1, total // 100):
                shown = done
                app.call_from_thread(self._progress, done, total)

        report = ImportReport()
        again = import_again(paths, update, str(self._store.path))
        try:  # noted while it runs: killed outright, the next start (or command) says so
            with noted_while_running(self._store.path, again, paths=paths, update=update):
                import_paths(
                    self._store,
                    paths,
                    progress=progress,
                    update=update,
                    run_write=partial(write_on_ui_thread, app),
                    report=report,
                )
        except (StoreError, OSError) as error:
            app.call_from_thread(self._failed, f"{error}{stored_before(report)}")
            return
        app.call_from_thread(self._finished, report, update)

    def _progress(self, done: int, total: int) -> None:
        """On the UI thread: the DOM is not queried from the worker."""
        self.query_one("#import-progress", ProgressBar).update(total=total, progress=done)

    def _failed(self, message: str) -> None:
        self._importing = False
        self._quit_when_done = False  # the user stays to read why
        self.query_one("#import-status", Label).update(f"import stopped: {message}")

    def _finished(self, report: ImportReport, update: bool) -> None:
        from diplotui.tui.dialogs.confirm import ConfirmScreen

        self._importing = False
        if self._quit_when_done:
            return  # quits as the worker ends (``on_worker_state_changed``)
        if self._report is not None and update:
            kept = [o for o in self._report.outcomes if o.status != CHANGED]
            report = ImportReport(kept + report.outcomes)
        self._report = report
        self.query_one("#import-status", Label).update("done" if not update else "updated")
        self.query_one("#import-report", Static).update(report_text(report))
        changed = [o.path for o in report.outcomes if o.status == CHANGED]
        if changed and not update:

            def apply(confirmed: bool | None) -> None:
                if confirmed:
                    self._start(changed, update=True)

            count = plural(len(changed), "file")
            self.app.push_screen(
                ConfirmScreen(
                    f"{count} changed since imported. Update the stored texts?",
                    "Update",
                    "Highlights are carried over to the new text.",
                ),
                apply,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The quit asked for during the import, once it is done: every file was stored or
        reported (changed ones keep their stored text)."""
        if event.state == WorkerState.SUCCESS and self._quit_when_done and not self._importing:
            self.app.exit()

    def action_close(self) -> None:
        if not self._importing:
            self.dismiss(self._report)
        else:  # it waits for the import: said so, as ctrl+c says it (it said nothing)
            self.action_say_leaving()
