"""A tag renamed or removed across the library (newuser65): every article, highlight, feed and
saved filter carrying it, in one write, and back again; the CLI's ``tags``. Before, a misspelt
#asean beside #ASEAN was mended article by article, each highlight apart, and the feed went
on giving the old spelling."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.library.retag import apply_retag, plan_retag, undo_retag
from diplotui.model import Article, Feed, SavedFilter
from diplotui.store import Store, text_hash
from diplotui.tags import TagError
from tests.cli_runner import run_main

TEXTS = ("Hanoi talks\n\nASEAN ministers met in Hanoi.\n", "Mekong\n\nThe river talks went on.\n")


def _library(path: Path) -> tuple[str, str, str]:
    store = Store.open(path)
    ids = []
    for text, tags in zip(TEXTS, (["asean", "Mekong"], ["ASEAN"]), strict=True):
        article = Article(id=store.new_article_id(text_hash(text)), title=text.split("\n")[0],
                          text_hash="", date="2025-07-01", tags=tags)  # fmt: skip
        ids.append(store.add_article(article, text).id)
    highlight = replace(new_highlight(ids[0], TEXTS[0], 0, 5), tags=["Asean", "hanoi"])
    store.save_as_given(highlights=[highlight])
    store.save_feed(Feed(id="wire", url="http://127.0.0.1:1/f.xml", tags=["asean"]))
    store.save_filter(SavedFilter("Region", {"tags": ["asean"], "sort": "date"}))
    store.close()
    return ids[0], ids[1], highlight.id


def test_a_rename_reaches_every_record_and_is_undone(store_path: Path) -> None:
    first, second, highlight_id = _library(store_path)
    with Store.open(store_path) as store:
        plan = plan_retag(store, "#ASEAN", "Southeast Asia")
        assert plan.said() == (
            "Renamed #asean to #Southeast Asia on 2 articles, 1 highlight, 1 feed "
            "and 1 saved filter."
        )
        apply_retag(store, plan)
    with Store.open(store_path) as store:  # written, read back from the file
        assert store.article(first).tags == ["Southeast Asia", "Mekong"]
        assert store.article(second).tags == ["Southeast Asia"]
        assert store.highlight(highlight_id).tags == ["Southeast Asia", "hanoi"]
        assert store.feed("wire").tags == ["Southeast Asia"]
        assert store.saved_filters()[0].query["tags"] == ["Southeast Asia"]
        assert "asean" not in {t.casefold() for t in store.tag_counts()}
        store.with_updates(store.article(first), note="kept through the undo")
        undo_retag(store, plan)
    with Store.open(store_path) as store:
        assert store.article(first).tags == ["asean", "Mekong"]
        assert store.article(first).note == "kept through the undo"
        assert store.article(second).tags == ["ASEAN"]
        assert store.highlight(highlight_id).tags == ["Asean", "hanoi"]
        assert store.feed("wire").tags == ["asean"]
        assert store.saved_filters()[0].query["tags"] == ["asean"]


def test_renamed_into_a_tag_in_use_the_two_are_one(store_path: Path) -> None:
    first, _second, highlight_id = _library(store_path)
    with Store.open(store_path) as store:
        apply_retag(store, plan_retag(store, "hanoi", "MEKONG"))  # spelt as in use: #Mekong
        assert store.highlight(highlight_id).tags == ["Asean", "Mekong"]
        apply_retag(store, plan_retag(store, "mekong", "asean"))
        assert store.article(first).tags == ["asean"]  # one, not #asean twice
        with pytest.raises(TagError, match="no article, highlight or feed has the tag #laos"):
            plan_retag(store, "laos", "Laos")
        with pytest.raises(TagError, match="several tags"):
            plan_retag(store, "asean", "asean, laos")


def test_the_cli_lists_renames_and_removes(store_path: Path) -> None:
    first, _second, _highlight = _library(store_path)
    db = ("--db", str(store_path))
    listed = run_main(*db, "tags")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "#asean  2 articles, 1 highlight  (feed http://127.0.0.1:1/f.xml)",
        "#hanoi  0 articles, 1 highlight",  # as many records as #Mekong: A-Z
        "#Mekong  1 article, 0 highlights",
    ], listed.stdout
    assert run_main(*db, "tags", "list").stdout == listed.stdout  # "list" as a word, too
    with Store.open(store_path) as store:  # a feed's tag no article carries yet
        store.save_feed(Feed(id="desk", url="http://127.0.0.1:1/d.xml", tags=["Cambodia"]))
    assert run_main(*db, "tags").stdout.splitlines()[-1] == (
        "#Cambodia  0 articles, 0 highlights  (feed http://127.0.0.1:1/d.xml)"
    )
    renamed = run_main(*db, "tags", "rename", "asean", "ASEAN")
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout == (
        "Renamed #asean to #ASEAN on 2 articles, 1 highlight, 1 feed and 1 saved filter.\n"
    )
    asked = run_main(*db, "tags", "rm", "asean")  # stdin no terminal: not removed unasked
    assert asked.returncode == 2
    assert "add --yes to remove it" in asked.stderr and "nothing was written" in asked.stderr
    removed = run_main(*db, "tags", "rm", "asean", "--yes")
    assert removed.stdout.startswith("Removed #ASEAN from 2 articles"), removed.stdout
    with Store.open(store_path) as store:
        assert store.article(first).tags == ["Mekong"]
    unknown = run_main(*db, "tags", "rename", "laos", "Laos")
    assert unknown.returncode == 1
    assert "no article, highlight or feed has the tag #laos; nothing was written" in unknown.stderr
    short = run_main(*db, "tags", "rename", "Mekong")
    assert short.returncode == 2 and "usage: diplotui tags rename OLD NEW" in short.stderr


def test_undo_and_redo_keep_tags_given_since(store_path: Path) -> None:
    """A tag a teammate's sync (or the user) gave a record after the rename is kept by its
    undo and its redo: only the renamed tag goes back (each record was given the tags it had
    before the rename, and #urgent, added since, was dropped unsaid)."""
    first, second, highlight_id = _library(store_path)
    with Store.open(store_path) as store:
        plan = plan_retag(store, "asean", "Southeast Asia")
        apply_retag(store, plan)
        store.with_updates(store.article(first), tags=["Southeast Asia", "Mekong", "urgent"])
        store.with_updates(store.article(second), tags=["laos"])  # the renamed tag taken off
        highlight = store.highlight(highlight_id)
        store.save_highlight(replace(highlight, tags=[*highlight.tags, "quote"]))
        feed = store.feed("wire")
        store.save_feed(replace(feed, tags=[*feed.tags, "wire"]))
        undo_retag(store, plan)
    with Store.open(store_path) as store:
        assert store.article(first).tags == ["asean", "Mekong", "urgent"]
        assert store.article(second).tags == ["laos"]  # not given back a tag taken off since
        assert store.highlight(highlight_id).tags == ["Asean", "hanoi", "quote"]
        assert store.feed("wire").tags == ["asean", "wire"]
        apply_retag(store, plan)  # the redo
        assert store.article(first).tags == ["Southeast Asia", "Mekong", "urgent"]
        assert store.article(second).tags == ["laos"]
        assert store.highlight(highlight_id).tags == ["Southeast Asia", "hanoi", "quote"]
    with Store.open(store_path) as store:  # a removal's undo: the tag back beside the new ones
        plan = plan_retag(store, "mekong", None)
        apply_retag(store, plan)
        store.with_updates(store.article(first), tags=[*store.article(first).tags, "later"])
        undo_retag(store, plan)
        assert store.article(first).tags == ["Southeast Asia", "urgent", "later", "Mekong"]
