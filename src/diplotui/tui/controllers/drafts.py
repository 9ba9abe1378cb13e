"""Note and tag drafts: kept while typed, offered back when the app, the article or the tag
dialog opens.

A note typed and never saved (the app killed, the power cut, the terminal closed hard) is
kept as a draft (``diplotui.session.drafts``). The next start, or the next opening of its
article, opens the note dialog again on the same target with the draft's text and a line
saying it is a recovered draft; ``escape`` then asks whether to save it, keep it as a draft
or discard it. Tags typed and never added are offered back, typed into the field, when the
tag dialog opens again on the same target (never unasked: tagging is the user's to resume).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable

from diplotui.inert import inert_line
from diplotui.model import AnchorStatus, Highlight
from diplotui.session import quote_label, title_label
from diplotui.session.drafts import DraftFolder, DraftWriter, NoteDraft
from diplotui.store import StoreError
from diplotui.text.plural import plural
from diplotui.tui.controllers.base import Controller


class DraftActions(Controller):
    """Keep the note being typed as a draft, and offer kept drafts back."""

    _writer: DraftWriter | None = None
    _offered: frozenset[str] = frozenset()
    """The drafts offered this session: one kept as a draft again is not offered at each
    opening of its article (``n`` on its target resumes it), only at the next start."""

    @property
    def writer(self) -> DraftWriter:
        """The store's draft writer, started when a note is first typed."""
        if self._writer is None:
            self._writer = DraftWriter(DraftFolder(self.store.path), self._write_failed)
        return self._writer

    def _write_failed(self, message: str) -> None:
        """From the writer's thread: said on the screen, the typing going on (not once the
        app has ended)."""
        with contextlib.suppress(RuntimeError):
            self.app.call_from_thread(self.notify, message, severity="warning", markup=False)

    def closing(self) -> None:
        if self._writer is not None:
            self._writer.close()

    def kept(self, draft: NoteDraft) -> NoteDraft | None:
        """The draft kept for ``draft``'s target, if any."""
        if self.store.read_only:
            return None
        kept = self.writer.drafts(draft.article_id)
        return next((d for d in kept if d.key == draft.key), None)

    def ask_for_tags(
        self, label: str, save: Callable[[list[str] | None], bool], draft: NoteDraft
    ) -> None:
        """The tag dialog for ``label``, its typing kept as ``draft`` (the target's, empty)
        and the target's kept draft typed back into it."""
        from diplotui.tui.dialogs.tags import TagDrafts, ask_for_tags  # loaded when first used

        known = self.screen.library_actions.known_tags()
        drafts = None if self.store.read_only else TagDrafts(self.writer, draft, self.kept(draft))
        ask_for_tags(self.app, label, known, save, drafts)

    def refile(self, old_id: str, new_id: str) -> int:
        """A sync filed the article ``old_id`` as ``new_id``: its drafts follow, the one
        being typed in an open note dialog too (``DraftWriter.refile``), and those offered
        this session stay offered (named anew, one kept again was offered at each opening)."""
        offered = [d for d in self.writer.drafts(old_id) if d.key in self._offered]
        moved = self.writer.refile(old_id, new_id)
        self._offered |= {dataclasses.replace(d, article_id=new_id).key for d in offered}
        return moved

    def filed_as(self, article_id: str) -> str:
        """The id the article ``article_id`` has now (a sync may have refiled it while a
        note on it was typed)."""
        return article_id if self._writer is None else self._writer.filed_as(article_id)

    def drop(self, draft: NoteDraft) -> bool:
        """Take a draft away; a failure is said (False)."""
        try:
            self.writer.drop(draft)
        except OSError as error:
            self.notify(f"The note's draft could not be removed: {error}", markup=False)
            return False
        return True

    def offer(self, article_id: str | None, at_start: bool = False) -> None:
        """Open the newest draft of the open article ``article_id`` not offered yet this
        session; ``at_start``, say which other articles hold drafts."""
        if self.store.read_only or self.app.screen is not self.screen:
            return
        # the folder is read once, at the start; tags are offered when their dialog opens
        drafts = [d for d in self.writer.drafts() if d.of == "note"]
        here = [d for d in drafts if d.article_id == article_id and d.key not in self._offered]
        if at_start:
            self._name_others([d for d in drafts if d.article_id != article_id])
            folder = self.writer.folder
            problem = folder.problem()
            if problem:  # else said only once a note is typed, each draft failing
                self.notify(
                    f"The note drafts' folder {inert_line(str(folder.path))}: {problem}.",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
        if self.reader.article_id != article_id:
            return
        for draft in here:
            self._offered |= {draft.key}
            if self._resume(draft):
                return

    def _name_others(self, drafts: list[NoteDraft]) -> None:
        titles = []
        orphaned = 0
        for draft in drafts:
            try:
                titles.append(title_label(self.store.article(draft.article_id).title))
            except StoreError:
                orphaned += 1  # its article deleted: nothing to save it on
        if titles:
            more = f" (and {len(titles) - 1} more)" if len(titles) > 1 else ""
            self.notify(
                f"A note typed in {titles[0]}{more} was never saved: its draft is kept, "
                "offered again when the article opens.",
                markup=False,
                timeout=10,
            )
        if orphaned:
            self.notify(
                f"{plural(orphaned, 'note draft')} whose article is no longer in the library "
                "kept: diplotui doctor lists them (--clear-orphaned-drafts removes them).",
                markup=False,
                timeout=10,
            )

    def _resume(self, draft: NoteDraft) -> bool:
        """Open the note dialog on the draft's target with its text; False when the draft
        was saved already (killed before it was removed): it goes, and is not offered."""
        from diplotui.anchoring import placed  # loaded with the first highlight, not at start

        notes = self.screen.annotation_actions
        if draft.kind == "article":
            article = self.session.article()
            if article is None:
                return False
            notes.note_article(article, resumed=draft)
            return True
        text = self.session.text
        if draft.kind == "highlight":
            try:
                stored = self.store.highlight(draft.highlight_id)
            except StoreError:
                stored = None  # deleted since (or another article's): its words are noted anew
            if stored is not None and stored.article_id == draft.article_id:
                self._show(placed(stored, text))
                notes.note_highlight(stored, resumed=draft)
                return True
        if self._saved_on_its_words(draft):
            return False
        passage = draft.passage()
        self._show(placed(passage, text))
        notes.note_passage(passage, quote_label(draft.quote), resumed=draft)
        return True

    def _saved_on_its_words(self, draft: NoteDraft) -> bool:
        """Whether a highlight on the draft's words holds its note: saved, then the app
        killed before the draft was removed (offered, it was saved a second time). The
        draft goes, said."""
        saved = any(
            h.quote == draft.quote and h.note == draft.note
            for h in self.store.highlights(draft.article_id)
        )
        if saved and self.drop(draft):
            self.notify(
                f"The note typed on {quote_label(draft.quote)} was saved already: its "
                "draft, left by an app that ended before removing it, is removed.",
                markup=False,
            )
        return saved

    def _show(self, where: Highlight) -> None:
        if where.status != AnchorStatus.ORPHAN.value and where.end <= len(self.session.text):
            self.reader.jump_to(where.start, where.end)
