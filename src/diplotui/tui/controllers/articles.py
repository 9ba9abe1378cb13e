"""Whole articles: tag, untag and delete the article the list keys act on."""

from __future__ import annotations

from diplotui.inert import inert_line
from diplotui.model import Article
from diplotui.session import title_label
from diplotui.session.drafts import NoteDraft
from diplotui.store import StoreError
from diplotui.tags import distinct_tags, typed_tags
from diplotui.text.plural import plural
from diplotui.tui.controllers.base import Controller


class ArticleActions(Controller):
    """``t``, ``T``, ``D`` and the list's ``n``: each asks in a dialog, then changes the store
    through the session."""

    def add_tags(self) -> None:
        screen = self.screen
        article = screen.target_article()
        if article is None or not screen.writable():
            return
        label = title_label(article.title)

        def save(answer: list[str] | None) -> bool:
            if not answer:
                return True
            # a refusal (TagError, StoreError) is said in the dialog, under the tags typed
            tags = typed_tags(answer, screen.library_actions.known_tags())
            self.session.add_article_tags(article.id, tags)
            screen.article_changed(article.id)
            shown = " ".join(f"#{tag}" for tag in tags)
            self.notify(f"Tagged {label}: {shown}.", markup=False, timeout=3)
            return True

        draft = NoteDraft(article.id, "article", "", label, of="tags")
        screen.draft_actions.ask_for_tags(label, save, draft)

    def note_article(self, article_id: str) -> None:
        """The list's ``n``: the note of the article on its row, open or not."""
        try:
            article = self.store.article(article_id)
        except StoreError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if self.screen.writable():
            self.screen.annotation_actions.note_article(article)

    def remove_tag(self) -> None:
        screen = self.screen
        article = screen.target_article()
        if article is None or not screen.writable():
            return
        label = title_label(article.title)
        if not article.tags:
            self.notify(f"{label} has no tags.", markup=False)
            return

        def remove(tag: str | None) -> None:
            if tag is None:
                return
            try:
                self.session.remove_article_tag(article.id, tag)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            screen.article_changed(article.id)
            self.notify(f"Untagged {label}: #{inert_line(tag)}.", markup=False, timeout=3)

        from diplotui.tui.dialogs.tags import RemoveTagScreen

        self.app.push_screen(RemoveTagScreen(label, distinct_tags(article.tags)), remove)

    def delete_article(self) -> None:
        """Delete the article the list keys act on, after asking; ``ctrl+z`` brings it back.

        Not ``u``: in the list, where deletions mostly happen, ``u`` marks read/unread.
        """
        screen = self.screen
        article = screen.target_article()
        if article is None or not screen.writable():
            return
        label = title_label(article.title)
        detail = f"{what_goes_with(article, len(self.store.highlights(article.id)))} ctrl+z undoes."

        def delete(confirmed: bool | None) -> None:
            if not confirmed:
                return
            was_open = article.id == self.reader.article_id
            self.library.step_off(article.id)  # while its row can still be drawn
            try:
                removed = self.session.delete_article(article.id)
            except StoreError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            if was_open:
                screen.show_nothing()
            screen.library_actions.refresh_library()
            gone = plural(len(removed.highlights), "highlight")
            self.notify(f"Deleted {label} with {gone}: ctrl+z undoes.", markup=False, timeout=4)

        from diplotui.tui.dialogs.confirm import ConfirmScreen

        self.app.push_screen(ConfirmScreen(f"Delete {label}?", "Delete", detail), delete)


def what_goes_with(article: Article, highlights: int) -> str:
    """What deleting an article also deletes, in words."""
    parts = [plural(highlights, "highlight")] if highlights else []
    if article.note:  # "Its its note" where it was the only part
        parts.append("its note" if parts else "note")
    if not parts:
        return "It has no annotations."
    verb = "go" if len(parts) > 1 or highlights > 1 else "goes"
    return f"Its {' and '.join(parts)} {verb} with it."
