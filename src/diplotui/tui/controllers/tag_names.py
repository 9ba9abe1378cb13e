"""A tag across the library: the palette's "Rename #tag" and "Remove #tag" (every article,
highlight, feed and saved filter carrying it, in one write; ``ctrl+z`` puts it back)."""

from __future__ import annotations

from diplotui.inert import inert_line
from diplotui.library.retag import (
    Retag,
    apply_retag,
    plan_retag,
    renamed_query_tags,
    tags_in_use,
    undo_retag,
)
from diplotui.store import StoreError
from diplotui.tags import TagError
from diplotui.tui.controllers.base import Controller


class TagNameActions(Controller):
    """Rename or remove a tag everywhere, asking first; undone as one change."""

    def choose(self, *, rename: bool) -> None:
        """The palette's "Rename a tag…" and "Remove a tag…": the tags in use, each with how
        many records carry it, to choose from."""
        if not self.screen.writable():
            return
        counts = tags_in_use(self.store)  # a feed's tag no article carries yet too
        if not counts:
            self.notify("No tags yet: t tags an article.", markup=False)
            return
        tags = sorted(counts, key=lambda tag: (-counts[tag], tag.casefold()))

        def chosen(tag: str | None) -> None:
            if tag is not None:
                (self.rename if rename else self.remove)(tag)

        from diplotui.tui.dialogs.tags import RemoveTagScreen

        verb = "rename" if rename else "remove"
        title = f"{verb.capitalize()} a tag across the library"
        shown = {tag: f"#{tag}  ({counts[tag]:,})" for tag in tags}
        self.app.push_screen(RemoveTagScreen(title, tags, verb=verb, shown=shown), chosen)

    def rename(self, tag: str) -> None:
        if not self.screen.writable():
            return
        try:
            reach = plan_retag(self.store, tag, None).counted()
        except TagError as error:
            self.notify(inert_line(str(error)), severity="error", markup=False)
            return

        def save(typed: str | None) -> bool:
            if typed is None:
                return True
            try:
                plan = plan_retag(self.store, tag, typed)
            except TagError as error:
                self._say_in_dialog(str(error))
                return False
            return self._make(plan)

        from diplotui.tui.dialogs.tags import RenameTagScreen

        known = self.screen.library_actions.known_tags()
        self.app.push_screen(RenameTagScreen(tag, reach, known, save))

    def remove(self, tag: str) -> None:
        if not self.screen.writable():
            return
        try:
            plan = plan_retag(self.store, tag, None)
        except TagError as error:
            self.notify(inert_line(str(error)), severity="error", markup=False)
            return

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self._make(plan)

        from diplotui.tui.dialogs.confirm import ConfirmScreen

        question = inert_line(f"Remove #{plan.old} from {plan.counted()}?")
        detail = "The tag goes from every one of them; ctrl+z puts it back."
        self.app.push_screen(ConfirmScreen(question, "Remove", detail), answered)

    def _say_in_dialog(self, reason: str) -> None:
        from diplotui.tui.dialogs.tags import RenameTagScreen

        dialog = self.app.screen
        if isinstance(dialog, RenameTagScreen):
            dialog.say(inert_line(reason))
        else:
            self.notify(inert_line(reason), severity="error", markup=False)

    def _make(self, plan: Retag) -> bool:
        store = self.store
        try:
            apply_retag(store, plan)
        except StoreError as error:
            self._say_in_dialog(str(error))
            return False
        done = "renaming" if plan.new is not None else "removing"
        label = f"{done} #{plan.old}" + (f" to #{plan.new}" if plan.new is not None else "")

        actions = self.screen.library_actions
        before = list(actions.query.tags)
        self._follow(plan)
        after = list(actions.query.tags)

        def undo() -> None:
            undo_retag(store, plan)
            self._set_filter_tags(after, before)

        def redo() -> None:
            apply_retag(store, plan)
            self._set_filter_tags(before, after)

        self.session.record(inert_line(label), undo, redo)
        self.screen.after_undo()  # the list, its tags and the open article's sidebar
        self.notify(inert_line(plan.said()) + " ctrl+z undoes.", markup=False, timeout=4)
        return True

    def _set_filter_tags(self, was: list[str], now: list[str]) -> None:
        """The list's filter in use back (or forth) as the rename left it: only where it
        names the tags it was left naming (a filter on #Mekong, #asean renamed into it, was
        turned to #asean by the undo; a filter chosen since is the user's)."""
        actions = self.screen.library_actions
        query = actions.query
        if was != now and list(query.tags) == was:
            from dataclasses import replace

            actions.set_library_query(replace(query, tags=list(now)), actions.state.saved_name)

    def _follow(self, plan: Retag) -> None:
        """The list's filter in use names the tag as the library now does."""
        actions = self.screen.library_actions
        query = actions.query
        if not query.tags or plan.new is None:
            return  # a removed tag: the filter keeps naming it, lists nothing, and says why
        tags = renamed_query_tags(query.tags, plan)
        if tags != query.tags:
            from dataclasses import replace

            actions.set_library_query(replace(query, tags=tags), actions.state.saved_name)
