"""What a controller is: one feature of the main screen, its state and what its keys do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from diplotui.session.annotations import notice_columns
from diplotui.tui.notices import sentence

if TYPE_CHECKING:
    from textual.app import App
    from textual.notifications import SeverityLevel

    from diplotui.anchoring import KeptSpeaker
    from diplotui.library.priority import KeyWatch
    from diplotui.model import Article, Highlight, Statement
    from diplotui.session import AnnotationSession
    from diplotui.session.annotations import Target
    from diplotui.store import Store
    from diplotui.tui.app import DiplotuiApp
    from diplotui.tui.screens.main import MainScreen
    from diplotui.tui.widgets.article_list import ArticleList
    from diplotui.tui.widgets.reader import Reader
    from diplotui.tui.widgets.sidebar import Sidebar


class Controller:
    """A plain object the main screen creates once and delegates a feature's handlers to.

    It keeps that feature's state in its own attributes and reaches the panes, the store and
    the session through the screen (the other controllers through the screen's attributes).
    """

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen

    @property
    def app(self) -> App[object]:
        return self.screen.app

    @property
    def keys(self) -> KeyWatch:
        """Whether a key is being handled: background work waits for its frame."""
        return cast("DiplotuiApp", self.app).keys

    @property
    def store(self) -> Store:
        return self.screen.store

    @property
    def session(self) -> AnnotationSession:
        return self.screen.session

    @property
    def library(self) -> ArticleList:
        return self.screen.library

    @property
    def reader(self) -> Reader:
        return self.screen.reader

    @property
    def sidebar(self) -> Sidebar:
        return self.screen.sidebar

    def cursor_statement(self) -> Statement | None:
        """The statement the reader found in the cursor's sentence (the one s/S went to
        there): whose words a copy or highlight of that sentence takes."""
        reader = self.reader
        return reader.statement_at(*reader.cursor_span) if reader.statements else None

    def spoken(self, start: int, end: int) -> list[Statement]:
        """The statements of the speaker of ``text[start:end]`` (none when it is no one's):
        a highlight or a copy of it takes their words (``statements.said.said_part``)."""
        reader = self.reader
        statement = reader.statement_of(start, end)
        if statement is None:
            return []
        return [s for s in reader.statements if s.speaker_key == statement.speaker_key]

    def spoken_now(
        self, highlights: list[Highlight]
    ) -> tuple[list[Highlight], dict[str, KeptSpeaker]]:
        """The open article's ``highlights`` naming the speakers the finder gives their words
        now, once the reader has its statements (the user's own kept: ``anchoring.spoken_now``),
        and why those keeping the finder's speaker of then keep it (``anchoring.speaker_kept``:
        none found there now, or the finder failed on the text): what the sidebar lists and
        ``y`` copies."""
        reader = self.reader
        if not reader.statements_found:
            return highlights, {}
        from diplotui.anchoring import speaker_kept, spoken_now

        text, statements, failed = reader.text, reader.statements, bool(reader.statements_failed)
        kept = {h.id: why for h in highlights if (why := speaker_kept(h, text, statements, failed))}
        return [spoken_now(h, text, statements) for h in highlights], kept

    def sentence_before_statements(
        self, target: Target, key: str, doing: str, act: Callable[[], None]
    ) -> bool:
        """Whether ``target`` is the cursor's sentence while its statement may yet be found
        (the article has just opened): then ``act`` waits for it (``HeldKeyActions``), as a
        copy or a highlight of the whole sentence now would give the speaker the reporter's
        words, or lose the speaker."""
        if target.kind != "sentence" or self.reader.statements_found:
            return False
        self.screen.held_keys.hold(key, doing, act)
        return True

    def notify(
        self,
        message: str,
        *,
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """An error reads as a sentence: most are the store's or a feed's, worded for the
        command line ("…/db.json: opened read-only or closed; nothing was written")."""
        if severity == "error":
            message = sentence(message)
        self.screen.notify(message, severity=severity, timeout=timeout, markup=markup)

    def say_failed(
        self,
        failures: list[tuple[Article, str]],
        answer: str,
        left_out: Sequence[tuple[Article, str]] = (),
    ) -> None:
        """(Worker thread) A warning naming the articles a library-wide ``answer`` left out
        because the recogniser or the finder raised on their texts, as the command line says
        it on stderr (``text_cache.failure_line``); nothing when there are none. ``left_out``:
        every article the answer leaves out now, earlier fills' too, counted and named after
        ``failures`` (this fill's): a later fill's warning counted its own alone, "1 article
        left out of this view" while the view, its title said, left out two."""
        from diplotui.library.text_cache import failure_line

        if failures:
            new = {article.id for article, _ in failures}
            earlier = [(article, why) for article, why in left_out if article.id not in new]
            line = failure_line([*failures, *earlier], answer)
            self.app.call_from_thread(self.notify, line, severity="warning", markup=False)

    def one_row(self, before: str, label: str, after: str) -> str:
        """A notice naming a passage by ``label`` (its first words), the label cut at a word
        so the notice takes one row: a second row hid the reader's bottom edge, where the
        speaker being read is named, for the notice's seconds. Where the rest takes more
        than a row anyway (a failure's reasons), the label is left whole."""
        from diplotui.session import fit_label

        columns = self.notice_columns()
        fitted = fit_label(label, columns - len(before) - len(after))
        said = f"{before}{fitted}{after}"
        return said if len(said) <= columns else f"{before}{label}{after}"

    def notice_columns(self) -> int:
        """The letters a row of a notice holds: a toast is 80 wide on the main screen and the
        Statements view (``styles``), never wider than the terminal, less its bar and padding.
        A notice said as a dialog closes (a tag's, a note's highlight) shows on the screen
        under it, so a dialog's own 60 columns are not counted: fitted to them, its label lost
        half its words. Counted at 80 in a 60-column terminal, a copy's first notice took
        three rows, not two. Read from the app's size alone: importing the screens here to ask
        which is shown closed an import cycle (a screen builds its controllers)."""
        return notice_columns(self.app.size.width)

    def run_in_thread(
        self,
        work: Callable[..., object],
        *args: object,
        group: str,
        exclusive: bool = False,
        writes: bool = False,
    ) -> None:
        """Run ``work(*args)`` in a thread worker of the screen (cancelled when it closes);
        ``exclusive`` cancels the group's running worker first. The worker is described by
        its name: Textual's default description is the ``repr`` of the work and its arguments,
        which for the library's facets took 10-20 ms of the UI thread each time. ``writes``:
        the work hands store writes to the UI thread, so quitting waits for it."""
        job: Callable[[], object] = partial(work, *args)
        self.screen.run_worker(
            cast("DiplotuiApp", self.app).writes.writer(job) if writes else job,
            name=work.__name__,
            group=group,
            description=work.__name__,
            exclusive=exclusive,
            thread=True,
        )
