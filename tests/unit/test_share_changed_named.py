""" "1 highlight changed" said not which: a teammate's edit to a highlight is named, as a
held one is, whose, which words, on which article and what changed (its colour, its note),
on a line of its own under the sync's one-line result. Real git."""

from __future__ import annotations

from pathlib import Path

from diplotui.share import sync
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import add_highlight, article_ids, git_identity, shared_copies
from tests.unit.test_share import desk, run_sync

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def edit(path: Path, highlight_id: str, **changes: str) -> None:
    with Store.open(path) as store:
        highlight = store.highlight(highlight_id)
        for name, value in changes.items():
            setattr(highlight, name, value)
        store.save_highlight(highlight)


def test_a_changed_highlight_is_named_with_what_changed(desk: dict[str, Path]):
    first, _, _ = article_ids()
    talking = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai"
    edit(desk["mai"], talking, note="the key line", color="figure")
    run_sync(desk["mai"], "mai")
    with Store.open(desk["bob"]) as store:
        result = sync(store, "bob")
    assert result.summary() == "1 highlight changed"
    assert result.changed_named == [
        f"highlight {talking} by mai (“keep talking”) on article {first}: "
        "its colour and note changed"
    ]

    edit(desk["mai"], talking, note="")
    run_sync(desk["mai"], "mai")
    done = run_main("--db", str(desk["bob"]), "sync", "--author", "bob")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "1 highlight changed",
        f"highlight {talking} by mai (“keep talking”) on article {first}: its note changed",
    ]


def test_a_changed_article_is_named_with_what_changed(desk: dict[str, Path]):
    """ "1 article changed" said not which, as "1 highlight changed" did not."""
    first, _, _ = article_ids()
    with Store.open(desk["mai"]) as store:
        article = store.article(first)
        article.tags = ["asean"]
        article.note = "brief the minister"
        store.save_article(article)
        title = article.title
    run_sync(desk["mai"], "mai")
    with Store.open(desk["bob"]) as store:
        result = sync(store, "bob")
    assert result.summary() == "1 article changed"
    assert result.changed_named == [f"article {first} (“{title}”): its tags and note changed"]
