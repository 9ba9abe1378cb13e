"""What a sync must keep that it does not understand or did not see arrive: fields a newer
teammate's diplotui writes, a highlight whose article is not in the library, what the team
deleted before someone joined. Real git, stores copied from one shared set-up."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.model import Article, Highlight
from diplotui.share import files, repository_path, share_clone
from diplotui.share.files import KNOWN_FILES
from diplotui.share.git import Repository
from diplotui.store import Store, text_hash
from tests.sharing import TEXTS, git_identity, make_store, shared_copies
from tests.unit.test_share import (
    add_highlight,
    annotation_file,
    article_ids,
    desk,
    edit,
    run_sync,
    state,
)
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

NEWER = {"diplotui:mood": "tense", "diplotui:reviewedBy": ["ana"]}
"""Fields a newer diplotui writes into an annotation, which this one has no name for."""


def remote_json(desk: dict[str, Path], path: str) -> dict:
    (raw,) = Repository(desk["remote"]).blobs([f"main:{path}"])
    assert raw is not None
    return json.loads(raw)


def test_fields_a_newer_teammate_wrote_survive_our_edits_and_merges(desk, tmp_path):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    place, article = annotation_file(desk["mai"], shared), files.article_path(first)

    def newer_diplotui(tree: Path) -> None:
        doc = json.loads((tree / place).read_text())
        doc.update(NEWER)
        doc["target"]["diplotui:paragraph"] = 1
        (tree / place).write_text(json.dumps(doc))
        meta = json.loads((tree / article).read_text())
        (tree / article).write_text(json.dumps({**meta, "summary": "talks go on"}))

    push_from_a_clone(desk["remote"], tmp_path / "newer", newer_diplotui)
    run_sync(desk["bob"], "bob")
    repository_path(desk["bob"]).joinpath(KNOWN_FILES).unlink()  # every file formatted again
    edit(desk["bob"], shared, note="bob's note")  # bob rewrites both files
    with Store.open(desk["bob"]) as store:
        store.with_updates(store.article(first), tags=["dams"])
    run_sync(desk["bob"], "bob")
    edit(desk["mai"], shared, color="question")  # mai's edit is merged with bob's
    run_sync(desk["mai"], "mai")
    annotation = remote_json(desk, place)
    assert {k: annotation[k] for k in NEWER} == NEWER
    assert annotation["target"]["diplotui:paragraph"] == 1
    assert annotation["body"][0]["value"] == "bob's note"
    assert annotation["diplotui:color"] == "question"
    meta = remote_json(desk, article)
    assert (meta["summary"], meta["tags"]) == ("talks go on", ["dams"])
    assert state(desk["mai"])["highlights"][shared]["note"] == "bob's note"


ELSEWHERE = "The summit communique was delayed. Officials said the wording on trade was still open."


def _peer_highlight(article_id: str) -> Highlight:
    start = ELSEWHERE.index("still open")
    return new_highlight(article_id, ELSEWHERE, start, start + 10, author="ana", note="watch")


def test_a_highlight_whose_article_has_not_arrived_is_held_then_stored_when_it_does(desk, tmp_path):
    absent = text_hash(ELSEWHERE)[:12]
    highlight = _peer_highlight(absent)
    doc = files.record_doc(highlight)
    place = files.annotation_path(doc)

    def highlight_only(tree: Path) -> None:  # e.g. a teammate whose article text was unreadable
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_bytes(files.annotation_file(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", highlight_only)
    assert run_sync(desk["bob"], "bob") == "1 highlight held until its article arrives"
    assert highlight.id not in state(desk["bob"])["highlights"]
    first, _, _ = article_ids()
    add_highlight(desk["bob"], first, "keep talking")
    assert "held" in run_sync(desk["bob"], "bob")  # said at every sync while it waits
    assert place in Repository(desk["remote"]).tree_entries("main")  # never deleted

    def the_article_arrives(tree: Path) -> None:
        article = Article(id=absent, title="Summit", text_hash=text_hash(ELSEWHERE))
        for path, data in (
            (files.article_path(absent), files.article_file(files.shared_article(article))),
            (files.text_path(article.text_hash), ELSEWHERE.encode()),
        ):
            (tree / path).parent.mkdir(parents=True, exist_ok=True)
            (tree / path).write_bytes(data)

    push_from_a_clone(desk["remote"], tmp_path / "later", the_article_arrives)
    assert run_sync(desk["bob"], "bob") == "1 new highlight from ana, 1 new article"
    arrived = state(desk["bob"])["highlights"][highlight.id]
    assert (arrived["article_id"], arrived["note"]) == (absent, "watch")
    assert run_sync(desk["bob"], "bob") == "up to date"


def test_a_held_highlight_is_stored_once_its_article_is_imported_here(desk, tmp_path):
    absent = text_hash(ELSEWHERE)[:12]
    highlight = _peer_highlight(absent)
    doc = files.record_doc(highlight)

    def highlight_only(tree: Path) -> None:
        place = tree / files.annotation_path(doc)
        place.parent.mkdir(parents=True, exist_ok=True)
        place.write_bytes(files.annotation_file(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", highlight_only)
    assert "1 highlight held" in run_sync(desk["mai"], "mai")
    with Store.open(desk["mai"]) as store:
        store.add_article(Article(id=absent, title="Summit", text_hash=""), ELSEWHERE)
    assert run_sync(desk["mai"], "mai").startswith("1 new highlight from ana")
    assert state(desk["mai"])["highlights"][highlight.id]["note"] == "watch"
    assert files.annotation_path(doc) in Repository(desk["remote"]).tree_entries("main")


def test_joining_late_does_not_bring_back_what_the_team_deleted(desk, tmp_path):
    first, second, third = article_ids()
    with Store.open(desk["bob"]) as store:  # the desk removes two of the articles all started with
        store.delete_article(second)
        store.delete_article(third)
    run_sync(desk["bob"], "bob")
    carol = make_store(tmp_path / "carol.json", [*TEXTS, ELSEWHERE])  # as the seeds, and her own
    hers = add_highlight(carol, second, "code of conduct")  # an annotation keeps its article
    with Store.open(carol) as store:
        said = share_clone(store, str(desk["remote"]), "carol").summary()
    assert "1 article removed" in said
    kept = state(carol)["articles"]
    assert sorted(kept) == sorted([first, second, text_hash(ELSEWHERE)[:12]])
    assert hers in state(carol)["highlights"]
    tree = Repository(desk["remote"]).tree_entries("main")
    assert files.article_path(third) not in tree
    assert files.article_path(text_hash(ELSEWHERE)[:12]) in tree  # what she brought is shared
    run_sync(desk["mai"], "mai")
    assert third not in state(desk["mai"])["articles"]


def _update_text(path: Path, article_id: str, text: str) -> None:
    """What a refresh or ``import --update`` does when the outlet changed the article."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update

    with Store.open(path) as store:
        article = store.article(article_id)
        apply_update(store, article, ParsedDocument(text, article.title))


def _misplaced(path: Path) -> list[str]:
    with Store.open(path, read_only=True) as store:
        return [
            h.quote
            for h in store.highlights()
            if store.article_text(h.article_id)[h.start : h.end] != h.quote
        ]


def test_highlights_follow_a_text_a_teammate_or_we_updated_through_a_sync(desk):
    """mai's copy took the outlet's corrected text while bob highlighted the old one: the
    sync stored bob's highlight at its old offsets over other words of mai's text, and bob's
    own highlights stayed at theirs when mai's text came to him (doctor then blamed a hand
    edit). Each is placed where its words are in the text the merge leaves."""
    first, _, _ = article_ids()
    old = TEXTS[0]
    earlier = add_highlight(desk["bob"], first, "meet again in October", note="bob before")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    _update_text(desk["mai"], first, "CORRECTED: an opening paragraph was added. " + old)
    later = add_highlight(desk["bob"], first, "keep talking", note="bob on the old text")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    assert _misplaced(desk["mai"]) == []
    run_sync(desk["bob"], "bob")
    assert _misplaced(desk["bob"]) == []
    with Store.open(desk["bob"], read_only=True) as store:
        assert store.article_text(first).startswith("CORRECTED")
        assert {store.highlight(h).quote for h in (earlier, later)} == {
            "meet again in October",
            "keep talking",
        }


def test_a_teammate_s_changed_text_gives_our_highlight_the_speaker_it_names_now(desk):
    """bob highlighted what Jane Doe said; mai's update gives those words to John Doe (and
    moves them on). The sync carried bob's highlight into her text with Jane Doe as its
    speaker, so his citations and exports misquoted, as ``import --update`` did before it
    re-read the speaker; the sync re-reads it too, for his highlight and hers alike."""
    first, _, _ = article_ids()
    said = "Ambassador {} said that talks went on in Hanoi."
    _update_text(desk["mai"], first, said.format("Jane Doe"))
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["bob"]) as store:
        text = store.article_text(first)
        start = text.index("talks went on")
        highlight = new_highlight(
            first, text, start, start + 13, speaker="Jane Doe", speaker_role="Ambassador"
        )
        store.save_highlight(highlight)
    _update_text(desk["mai"], first, "CORRECTED. " + said.format("John Doe"))
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")  # her text comes to his highlight, then his highlight to her
    run_sync(desk["mai"], "mai")
    for person in ("bob", "mai"):
        with Store.open(desk[person], read_only=True) as store:
            carried = store.highlight(highlight.id)
            assert store.article_text(first)[carried.start : carried.end] == "talks went on"
            assert (carried.speaker, carried.speaker_role) == ("John Doe", "Ambassador")


def test_a_library_copied_without_its_texts_gets_them_back_from_the_team(desk, tmp_path):
    """A colleague's ``library.json`` copied alone (no texts folder) joined the team: every
    article was "not shared (unreadable text)" at each sync and stayed unreadable, though
    the team's repository holds each of those texts. They are written back."""
    import shutil

    copy = tmp_path / "cara" / "library.json"
    copy.parent.mkdir()
    shutil.copy(desk["bob"], copy)
    with Store.open(copy) as store:
        assert store.articles() and all(store.body_problem(a.id) for a in store.articles())
        summary = share_clone(store, str(desk["remote"]), "cara").summary()
    assert "not shared" not in summary and "3 texts restored" in summary, summary
    with Store.open(copy, read_only=True) as store:
        assert [store.body_problem(a.id) for a in store.articles()] == [None] * 3
    assert run_sync(copy, "cara") == "up to date"


def test_a_teammate_s_changed_text_keeps_our_speaker_correction_and_its_highlight(desk):
    """bob gave "talks went on" to Ada Smith (a speaker correction, his store's own); mai's
    update moves the words on. The sync reads the speakers of bob's highlights again from her
    text: his correction follows the words and still wins over the finder's John Doe."""
    from diplotui.statements.corrections import new_speaker_correction

    first, _, _ = article_ids()
    said = "Ambassador {} said that talks went on in Hanoi."
    _update_text(desk["mai"], first, said.format("John Doe"))
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["bob"]) as store:
        text = store.article_text(first)
        start = text.index("talks went on")
        correction = new_speaker_correction(first, text, start, start + 13, "Ada Smith")
        highlight = new_highlight(first, text, start, start + 13, speaker="Ada Smith")
        store.save_speaker_corrections([correction], highlights=[highlight])
    _update_text(desk["mai"], first, "CORRECTED. " + said.format("John Doe"))
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["bob"], read_only=True) as store:
        text = store.article_text(first)
        (moved,) = store.speaker_corrections(first)
        assert text[moved.start : moved.end] == "talks went on"
        assert store.highlight(highlight.id).speaker == "Ada Smith"
    run_sync(desk["bob"], "bob")  # his correction, placed in her text, goes to the team
    run_sync(desk["mai"], "mai")
    with Store.open(desk["mai"], read_only=True) as store:
        text = store.article_text(first)
        (shared,) = store.speaker_corrections(first)
        assert (text[shared.start : shared.end], shared.speaker) == ("talks went on", "Ada Smith")
        assert store.highlight(highlight.id).speaker == "Ada Smith"
