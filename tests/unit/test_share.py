"""Sharing a library through a real git remote: bare repositories in tmp folders, several
stores cloned from one, edits on each, syncs in different orders."""

from __future__ import annotations

import itertools
import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from diplotui.anchoring import new_highlight
from diplotui.export import ARTICLE_URN, W3C_CONTEXT, w3c_annotation
from diplotui.model import EntityCorrection, Highlight, QuoteRecord, new_id
from diplotui.session import AnnotationSession
from diplotui.share import (
    ShareError,
    Sync,
    files,
    repository_path,
    share_clone,
    share_init,
    sync,
)
from diplotui.share.files import KNOWN_FILES, KnownFiles
from diplotui.share.git import Repository
from diplotui.share.sync import SYNCED_SETTING
from diplotui.store import Store, storage, text_hash
from tests.cli_runner import run_main
from tests.sharing import (
    TEXTS,
    SharedCopies,
    add_highlight,
    article_ids,
    git_identity,
    make_store,
    shared_copies,
    shared_pair,
)

__all__ = ["git_identity", "shared_copies"]  # fixtures: an autouse one, and the copies


def edit(path: Path, highlight_id: str, **changes: Any) -> None:
    with Store.open(path) as store:
        highlight = Highlight.from_dict({**store.highlight(highlight_id).to_dict(), **changes})
        store.save_highlight(highlight)


def run_sync(path: Path, author: str) -> str:
    with Store.open(path) as store:
        return sync(store, author).summary()


def state(path: Path) -> dict[str, Any]:
    """What a user sees of the shared records (the time of their last change included)."""
    with Store.open(path, read_only=True) as store:
        return {
            "highlights": {h.id: h.to_dict() for h in store.highlights()},
            "articles": {
                a.id: (a.title, a.tags, a.note, a.conflict, a.text_hash) for a in store.articles()
            },
        }


DESK = ("mai", "bob", "ana")


def make_desk(folder: Path) -> None:
    """Three stores sharing ``folder/desk.git``: mai published, bob and ana cloned."""
    stores = {name: make_store(folder / f"{name}.json") for name in DESK}
    with Store.open(stores["mai"]) as store:
        share_init(store, str(folder / "desk.git"), "mai")
    for name in DESK[1:]:
        with Store.open(stores[name]) as store:
            share_clone(store, str(folder / "desk.git"), name)


@pytest.fixture
def desk(shared_copies: SharedCopies, tmp_path: Path) -> dict[str, Path]:
    """Three stores sharing one bare repository: mai published, bob and ana cloned."""
    shared_copies.copy(make_desk, tmp_path)
    return {"remote": tmp_path / "desk.git", **{name: tmp_path / f"{name}.json" for name in DESK}}


def test_a_highlight_travels_with_its_author_and_the_one_line_result(desk):
    first, _, _ = article_ids()
    highlight_id = add_highlight(desk["mai"], first, "keep talking", note="key point")
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight, 1 note"
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai"
    received = state(desk["bob"])["highlights"][highlight_id]
    assert (received["quote"], received["note"], received["author"]) == (
        "keep talking",
        "key point",
        "mai",
    )
    assert run_sync(desk["bob"], "bob") == "up to date"


def annotation_file(path: Path, highlight_id: str, by_minute: bool = False) -> str:
    """Where the repository keeps a highlight: the folder of the day it was made (of the
    minute, in the layout before)."""
    with Store.open(path, read_only=True) as store:
        made = store.highlight(highlight_id).created_at  # 2026-12-01T14:05:09.123+00:00
    if by_minute:
        minute = made[:16].replace("-", "/").replace("T", "/").replace(":", "/")
        return f"annotations/{minute}/{highlight_id}.json"
    return f"annotations/{made[:7]}/{made[8:10]}/{highlight_id}.json"


def test_the_repository_holds_plain_w3c_files(desk):
    first, _, _ = article_ids()
    highlight_id = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    repo = Repository(desk["remote"])
    page = repo.blobs([f"main:{annotation_file(desk['mai'], highlight_id)}"])[0]
    assert page is not None
    text = page.decode()
    assert '"@context": "http://www.w3.org/ns/anno.jsonld"' in text
    assert '"type": "Annotation"' in text
    assert f'"id": "urn:diplotui:highlight:{highlight_id}"' in text
    assert f'"source": "urn:diplotui:article:{first}"' in text
    assert '"creator": {\n  "name": "mai"' in text
    texts = repo.blobs([f"main:texts/{text_hash(TEXTS[0])[:2]}/{text_hash(TEXTS[0])}.txt"])
    assert texts[0] == TEXTS[0].encode()


@pytest.mark.parametrize("order", list(itertools.permutations(["mai", "bob", "ana"])))
def test_three_stores_converge_in_any_order(desk, order):
    first, second, third = article_ids()
    add_highlight(desk["mai"], first, "keep talking", note="mai's")
    add_highlight(desk["bob"], first, "fisheries")
    add_highlight(desk["bob"], second, "code of conduct")
    shared = add_highlight(desk["ana"], third, "frank")
    for name in ("mai", "bob", "ana"):
        with Store.open(desk[name]) as store:
            article = store.article(second)
            store.with_updates(article, tags=[*article.tags, f"by-{name}"])
    for name in order:
        run_sync(desk[name], name)
    edit(desk[order[-1]], shared, note="edited after the first round")
    for name in [*order, *order]:
        run_sync(desk[name], name)
    states = [state(desk[name]) for name in order]
    assert states[0] == states[1] == states[2]
    highlights = states[0]["highlights"]
    assert len(highlights) == 4
    assert highlights[shared]["note"] == "edited after the first round"
    assert sorted(states[0]["articles"][second][1]) == ["by-ana", "by-bob", "by-mai"]
    assert {h["author"] for h in highlights.values()} == {"mai", "bob", "ana"}


def test_last_change_wins_per_field(desk):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    edit(desk["mai"], shared, color="figure")  # different fields: both changes stay
    edit(desk["bob"], shared, tags=["dams"])
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    for name in ("mai", "bob"):
        highlight = state(desk[name])["highlights"][shared]
        assert (highlight["color"], highlight["tags"], highlight["conflict"]) == (
            "figure",
            ["dams"],
            "",
        )
    edit(desk["mai"], shared, color="question")
    edit(desk["bob"], shared, color="key")  # the later change of one field wins
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    assert state(desk["mai"])["highlights"][shared]["color"] == "key"
    assert state(desk["bob"])["highlights"][shared]["color"] == "key"


def test_deleted_on_one_side_edited_on_the_other_is_kept_and_flagged(desk):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["mai"]) as store:
        store.remove_highlight(shared)
    edit(desk["bob"], shared, note="this matters")
    run_sync(desk["mai"], "mai")
    assert "1 conflict" in run_sync(desk["bob"], "bob")
    # mai's line said "1 new highlight from mai": her own, deleted, as news (newuser44b)
    assert (
        run_sync(desk["mai"], "mai") == "1 highlight you deleted kept: edited meanwhile, 1 conflict"
    )
    for name in ("mai", "bob"):
        highlight = state(desk[name])["highlights"][shared]
        assert highlight["note"] == "this matters"
        assert highlight["conflict"] == "deleted by mai, edited by bob: kept"


def highlight_everyone_has(desk: dict[str, Path]) -> str:
    """A highlight of mai's that all three stores have synced."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    for name in ("mai", "bob", "ana"):
        run_sync(desk[name], name)
    return shared


def test_a_deletion_conflict_names_who_deleted_not_who_pushed_last(desk):
    _, second, _ = article_ids()
    shared = highlight_everyone_has(desk)
    with Store.open(desk["mai"]) as store:
        store.remove_highlight(shared)
    run_sync(desk["mai"], "mai")
    add_highlight(desk["ana"], second, "restraint")  # ana takes the deletion and pushes after
    run_sync(desk["ana"], "ana")
    edit(desk["bob"], shared, note="this matters")
    assert "1 conflict" in run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    for name in ("bob", "mai"):
        highlight = state(desk[name])["highlights"][shared]
        assert highlight["conflict"] == "deleted by mai, edited by bob: kept"


def test_a_sync_reads_only_the_articles_changed_since_the_store_version_it_committed(
    desk, monkeypatch
):
    monkeypatch.setattr(storage, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # as a large library's
    first, second, third = article_ids()
    with Store.open(desk["mai"]) as store:
        store.compact()  # a copied store's trust note names another inode until compacted
    run_sync(desk["mai"], "mai")  # reads every article, notes the store's version
    with Store.open(desk["mai"]) as store:
        known = KnownFiles(repository_path(desk["mai"]) / KNOWN_FILES)
        assert known.version is not None
        assert store.changes_since_version(known.version) is not None  # the short way is open
        store.with_updates(store.article(first), tags=["dams"])
        store.delete_article(third)
    add_highlight(desk["mai"], second, "restraint")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    seen = state(desk["bob"])
    assert seen["articles"][first][1] == ["dams"]
    assert sorted(seen["articles"]) == sorted([first, second])
    assert [h["article_id"] for h in seen["highlights"].values()] == [second]


def test_highlights_a_sync_brought_in_are_not_formatted_again_by_the_next(desk, monkeypatch):
    first, second, _ = article_ids()
    add_highlight(desk["bob"], first, "keep talking")
    run_sync(desk["bob"], "bob")
    add_highlight(desk["mai"], second, "restraint")
    run_sync(desk["mai"], "mai")  # merges bob's highlight into the store
    formatted: list[str] = []
    real = files.annotation_file
    monkeypatch.setattr(
        files, "annotation_file", lambda doc: formatted.append(doc["id"]) or real(doc)
    )
    assert run_sync(desk["mai"], "mai") == "up to date"
    assert formatted == []


def test_a_deleted_untouched_highlight_is_deleted_everywhere(desk):
    shared = highlight_everyone_has(desk)
    with Store.open(desk["bob"]) as store:
        store.remove_highlight(shared)
    for name in ("bob", "mai", "ana"):
        run_sync(desk[name], name)
    assert all(state(desk[n])["highlights"] == {} for n in ("mai", "bob", "ana"))


def test_simultaneous_note_edits_are_both_kept_as_a_conflict_until_resolved(desk):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    edit(desk["mai"], shared, note="Mai thinks this is a promise")
    edit(desk["bob"], shared, note="Bob reads it as a stalling tactic")
    for name in ("mai", "bob"):
        with Store.open(desk[name]) as store:
            store.with_updates(store.article(first), note=f"{name}'s summary")
    run_sync(desk["mai"], "mai")
    assert "2 conflicts" in run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    for name in ("mai", "bob"):
        seen = state(desk[name])
        note = seen["highlights"][shared]["note"]
        assert "Mai thinks this is a promise" in note
        assert "Bob reads it as a stalling tactic" in note
        assert seen["highlights"][shared]["conflict"]
        _, _, article_note, article_conflict, _ = seen["articles"][first]
        assert "mai's summary" in article_note and "bob's summary" in article_note
        assert article_conflict
    with Store.open(desk["mai"]) as store:  # as the note editor of the app saves it
        session = AnnotationSession(store)
        session.set_highlight_note(store.highlight(shared), "Agreed: a promise")
        session.set_article_note(first, "One summary")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    resolved = state(desk["bob"])
    assert (resolved["highlights"][shared]["note"], resolved["highlights"][shared]["conflict"]) == (
        "Agreed: a promise",
        "",
    )
    assert resolved["articles"][first][2:4] == ("One summary", "")


def test_a_note_conflict_names_who_wrote_each_note_not_who_pushed_last(desk):
    first, second, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    for name in ("mai", "bob", "ana"):
        run_sync(desk[name], name)
    edit(desk["mai"], shared, note="Mai: a promise")
    with Store.open(desk["mai"]) as store:
        store.with_updates(store.article(first), note="Mai's summary")
    run_sync(desk["mai"], "mai")
    run_sync(desk["ana"], "ana")  # ana takes mai's notes, then pushes a change of her own
    add_highlight(desk["ana"], second, "restraint")
    run_sync(desk["ana"], "ana")
    edit(desk["bob"], shared, note="Bob: stalling")
    with Store.open(desk["bob"]) as store:
        store.with_updates(store.article(first), note="Bob's summary")
    assert "2 conflicts" in run_sync(desk["bob"], "bob")
    seen = state(desk["bob"])
    highlight = seen["highlights"][shared]
    assert highlight["conflict"] == "notes by bob and mai differ: edit the note to resolve"
    assert highlight["note"] == (
        "--- bob's version ---\nBob: stalling\n\n--- mai's version ---\nMai: a promise"
    )
    _, _, article_note, article_conflict, _ = seen["articles"][first]
    assert article_conflict == "notes by bob and mai differ: edit the note to resolve"
    assert article_note == (
        "--- bob's version ---\nBob's summary\n\n--- mai's version ---\nMai's summary"
    )
    listed = run_main("--db", str(desk["bob"]), "annotations", first)
    assert "article note: bob's version: Bob's summary …" in listed.stdout
    assert "note: bob's version: Bob: stalling …" in listed.stdout


def test_a_note_cleared_on_one_side_and_edited_on_the_other_is_kept_and_flagged(desk):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    edit(desk["mai"], shared, note="Mai: a promise")
    with Store.open(desk["mai"]) as store:
        store.with_updates(store.article(first), note="Mai's summary")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    edit(desk["bob"], shared, note="Mai: a promise. Bob: and Egypt mediates")
    with Store.open(desk["bob"]) as store:
        store.with_updates(store.article(first), note="Mai's summary, Bob's addition")
    edit(desk["mai"], shared, note="")
    with Store.open(desk["mai"]) as store:
        store.with_updates(store.article(first), note="")
    run_sync(desk["bob"], "bob")
    assert "2 conflicts" in run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    for name in ("mai", "bob"):
        seen = state(desk[name])
        highlight = seen["highlights"][shared]
        assert highlight["note"] == "Mai: a promise. Bob: and Egypt mediates"
        assert highlight["conflict"] == "note cleared by mai, edited by bob: kept"
        _, _, article_note, article_conflict, _ = seen["articles"][first]
        assert article_note == "Mai's summary, Bob's addition"
        assert article_conflict == "note cleared by mai, edited by bob: kept"


def test_an_article_deleted_while_someone_annotated_it_lives_on(desk):
    first, _, _ = article_ids()
    run_sync(desk["bob"], "bob")
    with Store.open(desk["mai"]) as store:
        store.delete_article(first)
    highlight_id = add_highlight(desk["bob"], first, "fisheries")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    for name in ("mai", "bob"):
        seen = state(desk[name])
        assert first in seen["articles"]
        assert highlight_id in seen["highlights"]


def test_an_article_deleted_while_a_teammate_noted_it_is_said_so_to_its_deleter(desk):
    """Kept and flagged, as a highlight deleted and edited is: the deleter's line said
    "1 new article", as if a teammate had added a story she had just removed (newuser57)."""
    _, _, third = article_ids()
    run_sync(desk["bob"], "bob")
    with Store.open(desk["mai"]) as store:
        store.delete_article(third)
    with Store.open(desk["bob"]) as store:
        store.with_updates(store.article(third), note="compare with the 2013 statement")
    run_sync(desk["mai"], "mai")
    assert "1 conflict" in run_sync(desk["bob"], "bob")
    assert run_sync(desk["mai"], "mai") == (
        "1 article you deleted kept: edited meanwhile, 1 conflict"
    )
    for name in ("mai", "bob"):
        _, _, note, conflict, _ = state(desk[name])["articles"][third]
        assert (note, conflict) == (
            "compare with the 2013 statement",
            "deleted by mai, edited by bob: kept",
        )


def test_a_push_refused_because_someone_pushed_first_is_merged_and_retried(desk):
    first, second, _ = article_ids()
    mine = add_highlight(desk["mai"], first, "keep talking")
    theirs = add_highlight(desk["bob"], second, "restraint")
    with Store.open(desk["mai"]) as store:
        syncing = Sync(store, "mai")
        push = syncing.repo.push
        pushes: list[str] = []

        def bob_pushes_first(commit: str) -> None:
            if not pushes:
                run_sync(desk["bob"], "bob")
            pushes.append(commit)
            push(commit)

        syncing.repo.push = bob_pushes_first  # type: ignore[method-assign]
        result = syncing.run()
    assert len(pushes) == 2
    assert result.new_highlights == {"bob": 1}
    run_sync(desk["bob"], "bob")
    assert set(state(desk["mai"])["highlights"]) == {mine, theirs}
    assert state(desk["mai"]) == state(desk["bob"])


def test_concurrent_syncs_of_two_stores_both_land(desk):
    first, second, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    add_highlight(desk["bob"], second, "restraint")
    errors: list[BaseException] = []

    def go(name: str) -> None:
        try:
            run_sync(desk[name], name)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=go, args=(name,)) for name in ("mai", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for name in ("mai", "bob", "ana"):
        run_sync(desk[name], name)
    assert all(len(state(desk[n])["highlights"]) == 2 for n in ("mai", "bob", "ana"))


def _store_files(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes()
        for p in path.parent.iterdir()
        if p.is_file() and p.name.startswith(path.name) and not p.name.endswith(".lock")
    }


def refused(path: Path, author: str) -> str:
    """The one line a sync is refused with; the store's files are left as they were."""
    before = _store_files(path)
    with Store.open(path) as store, pytest.raises(ShareError) as raised:
        sync(store, author)
    assert _store_files(path) == before
    assert "\n" not in str(raised.value)
    return str(raised.value)


def test_an_unreachable_remote_leaves_the_store_untouched(desk, tmp_path):
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    desk["remote"].rename(tmp_path / "moved.git")
    assert "cannot be reached" in refused(desk["mai"], "mai")
    (tmp_path / "moved.git").rename(desk["remote"])
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight"  # the commit waited


def test_a_corrupt_file_on_the_remote_is_named_and_nothing_changes(desk, tmp_path):
    first, second, _ = article_ids()
    theirs = add_highlight(desk["bob"], second, "restraint")
    run_sync(desk["bob"], "bob")
    broken = tmp_path / "broken"
    subprocess.run(["git", "clone", "-q", str(desk["remote"]), str(broken)], check=True)
    name = annotation_file(desk["bob"], theirs)
    (broken / name).write_text('{"id": "urn:diplotui:highlight:')  # cut short
    subprocess.run(["git", "-C", str(broken), "commit", "-qam", "oops"], check=True)
    subprocess.run(["git", "-C", str(broken), "push", "-q"], check=True)
    add_highlight(desk["mai"], first, "keep talking")
    assert f"{name}: invalid JSON" in refused(desk["mai"], "mai")


def test_a_highlight_refiled_under_another_creation_time_is_refused_untouched(desk):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    with Store.open(desk["bob"]) as store:  # as a hand-edited store could hold it
        moved = store.highlight(shared).to_dict() | {"created_at": "2020-01-02T03:04:05.000+00:00"}
        store.save_as_given(highlights=[Highlight.from_dict(moved)])
    run_sync(desk["bob"], "bob")
    edit(desk["mai"], shared, note="mai's edit")
    message = refused(desk["mai"], "mai")
    assert f"highlight {shared} is filed as" in message
    assert "annotations/2020-01/02/" in message
    assert state(desk["bob"])["highlights"][shared]["quote"] == "keep talking"


def test_entity_corrections_reach_the_team_and_so_do_their_removals(desk):
    correction = EntityCorrection(id=new_id(), kind="add", text="Mekong Council", type="ORG")
    with Store.open(desk["mai"]) as store:
        store.save_correction(correction)
        store.add_quote(QuoteRecord(id=new_id(), text="a quote mai copied", style="plain"))
    assert run_sync(desk["mai"], "mai") == "sent 1 correction"
    assert run_sync(desk["bob"], "bob") == "1 entity correction"
    page = Repository(desk["remote"]).blobs([f"main:corrections/{correction.id}.json"])[0]
    assert page is not None and '"text": "Mekong Council"' in page.decode()
    with Store.open(desk["bob"]) as store:
        assert store.corrections() == [correction]
        assert store.quotes() == []  # the quote history stays its reader's own
        store.remove_correction(correction.id)
    run_sync(desk["bob"], "bob")
    assert run_sync(desk["mai"], "mai") == "1 entity correction"
    with Store.open(desk["mai"], read_only=True) as store:
        assert store.corrections() == []


def _as_earlier_layout(desk: dict[str, Path], tmp_path: Path, highlight_id: str) -> None:
    """Rewrite the remote's highlight as the first version of sharing filed it: one
    AnnotationPage per article, ``annotations/ab/<article id>.json``."""
    work = tmp_path / "earlier"
    subprocess.run(["git", "clone", "-q", str(desk["remote"]), str(work)], check=True)
    with Store.open(desk["mai"], read_only=True) as store:
        highlight = store.highlight(highlight_id)
    new_file = work / annotation_file(desk["mai"], highlight_id)
    new_file.unlink()
    article = highlight.article_id
    page = {
        "@context": W3C_CONTEXT,
        "type": "AnnotationPage",
        "items": [w3c_annotation(highlight, ARTICLE_URN + article)],
    }
    (work / "annotations" / article[:2]).mkdir(parents=True)
    (work / "annotations" / article[:2] / f"{article}.json").write_text(json.dumps(page))
    subprocess.run(["git", "-C", str(work), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(work), "commit", "-qm", "earlier layout"], check=True)
    subprocess.run(["git", "-C", str(work), "push", "-q"], check=True)


def test_a_library_in_the_earlier_layout_is_converted_by_the_next_sync(desk, tmp_path):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking", note="mai's")
    run_sync(desk["mai"], "mai")
    _as_earlier_layout(desk, tmp_path, shared)
    mine = Repository(repository_path(desk["mai"]))  # as if mai's own copy had written it
    mine.run("update-ref", "refs/heads/main", str(mine.fetch()))
    with Store.open(desk["mai"]) as store:  # which noted no commit in the store
        store.set_setting(SYNCED_SETTING, None)
    # the page out, its highlight filed by day: sent as a highlight with its note
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight, 1 note"
    tree = Repository(desk["remote"]).tree_entries("main")
    assert annotation_file(desk["mai"], shared) in tree
    assert not any(path.count("/") == 2 for path in tree if path.startswith("annotations/"))
    assert state(desk["mai"])["highlights"][shared]["note"] == "mai's"
    run_sync(desk["bob"], "bob")
    assert state(desk["bob"])["highlights"][shared]["note"] == "mai's"


def test_a_page_an_earlier_diplotui_pushed_is_refused_untouched(desk, tmp_path):
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    _as_earlier_layout(desk, tmp_path, shared)  # as an earlier diplotui would push it
    add_highlight(desk["bob"], first, "fisheries")
    message = refused(desk["bob"], "bob")
    assert f"annotations/{first[:2]}/{first}.json: one page per article" in message


def _push_by_minute(
    remote: Path, work: Path, written: dict[str, Highlight | None] | None = None
) -> None:
    """Push the library as the layout before filed it, every highlight in the folder of the
    minute it was made, with ``written`` (highlight id -> new version, None: deleted) as a
    copy running that version would push them."""
    if not work.exists():
        subprocess.run(["git", "clone", "-q", str(remote), str(work)], check=True)
    subprocess.run(["git", "-C", str(work), "pull", "-q"], check=True)
    for path in work.glob("annotations/*/*/*.json"):
        doc = files.read_annotation(path.relative_to(work).as_posix(), path.read_bytes())
        (work / files.earlier_annotation_path(doc)).parent.mkdir(parents=True, exist_ok=True)
        path.rename(work / files.earlier_annotation_path(doc))
    for highlight_id, new in (written or {}).items():
        if new is None:
            next(work.glob(f"annotations/*/*/*/*/*/{highlight_id}.json")).unlink()
        else:
            doc = files.record_doc(new)
            (work / files.earlier_annotation_path(doc)).parent.mkdir(parents=True, exist_ok=True)
            (work / files.earlier_annotation_path(doc)).write_bytes(files.annotation_file(doc))
    subprocess.run(["git", "-C", str(work), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(work), "commit", "-qm", "by the minute"], check=True)
    subprocess.run(["git", "-C", str(work), "push", "-q"], check=True)


def test_a_library_filed_by_the_minute_moves_to_day_folders_merging_edits_made_there(
    desk, tmp_path
):
    first, second, _ = article_ids()
    kept = add_highlight(desk["mai"], first, "keep talking")
    gone = add_highlight(desk["mai"], second, "code of conduct")
    run_sync(desk["mai"], "mai")
    for name in DESK[1:]:
        run_sync(desk[name], name)
    work = tmp_path / "by-minute"
    _push_by_minute(desk["remote"], work)  # the library as the layout before filed it
    for name in DESK:  # and every copy's own repository as that version left it
        mine = Repository(repository_path(desk[name]))
        mine.run("update-ref", "refs/heads/main", str(mine.fetch()))
    with Store.open(desk["bob"], read_only=True) as store:
        edited = Highlight.from_dict(store.highlight(kept).to_dict() | {"note": "bob's"})
        text = store.article_text(second)
    his = new_highlight(second, text, 0, 13, author="bob")
    _push_by_minute(desk["remote"], work, {kept: edited, gone: None, his.id: his})
    mine = add_highlight(desk["mai"], first, "fisheries")  # mai runs this version
    run_sync(desk["mai"], "mai")
    tree = Repository(desk["remote"]).tree_entries("main")
    assert sorted(p for p in tree if p.startswith("annotations/")) == sorted(
        annotation_file(desk["mai"], h) for h in (kept, mine, his.id)
    )
    highlights = state(desk["mai"])["highlights"]
    assert highlights[kept]["note"] == "bob's"
    assert (highlights[his.id]["quote"], highlights[his.id]["author"]) == ("ASEAN foreign", "bob")
    assert gone not in highlights
    for name in [*DESK[1:], "mai"]:
        run_sync(desk[name], name)
    assert state(desk["mai"]) == state(desk["bob"]) == state(desk["ana"])
    assert Repository(desk["remote"]).tree_entries("main") == tree


def test_a_file_outside_the_library_layout_is_carried_along(desk, tmp_path):
    other = tmp_path / "other"
    subprocess.run(["git", "clone", "-q", str(desk["remote"]), str(other)], check=True)
    (other / "NOTES.md").write_text("desk conventions\n")
    subprocess.run(["git", "-C", str(other), "add", "NOTES.md"], check=True)
    subprocess.run(["git", "-C", str(other), "commit", "-qm", "notes"], check=True)
    subprocess.run(["git", "-C", str(other), "push", "-q"], check=True)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    assert Repository(desk["remote"]).blobs(["main:NOTES.md"]) == [b"desk conventions\n"]


def count_objects(repository: Path) -> dict[str, int]:
    out = Repository(repository).text("count-objects", "-v")
    return {name: int(value) for name, value in (line.split(": ") for line in out.splitlines())}


def test_small_syncs_leave_packs_not_loose_objects_and_history_a_line(desk):
    first, second, _ = article_ids()
    for mine, his in (("met", "ASEAN"), ("Hanoi", "concern"), ("dams", "code")):
        add_highlight(desk["mai"], first, mine)
        add_highlight(desk["bob"], second, his)
        run_sync(desk["mai"], "mai")
        run_sync(desk["bob"], "bob")  # merges mai's highlight with its own
    for repository in (desk["remote"], repository_path(desk["bob"])):
        counted = count_objects(repository)
        assert counted["count"] == 0  # git would keep a push of under 100 objects loose
        assert counted["packs"] <= 5  # rolled up once more than four pile up
    remote = Repository(desk["remote"])
    assert remote.text("rev-list", "--merges", "main") == ""
    assert len(state(desk["bob"])["highlights"]) == 6


def test_a_thousand_annotations_each_side(tmp_path):
    long_texts = [f"Paragraph {i} of the communique. " * 40 for i in range(20)]
    a, b = shared_pair(tmp_path, long_texts)
    ids = article_ids(long_texts)
    for path in (a, b):
        with Store.open(path) as store, store.batch():
            for index in range(1000):
                article_id = ids[index % 20]
                text = store.article_text(article_id)
                start = (index // 20) * 24 + (0 if path == a else 10)
                store.save_highlight(new_highlight(article_id, text, start, start + 9))
    run_sync(a, "mai")
    assert run_sync(b, "bob") == "1,000 new highlights from mai, sent 1,000 highlights"
    assert run_sync(a, "mai") == "1,000 new highlights from bob"
    converged = state(a)
    assert converged == state(b)
    assert len(converged["highlights"]) == 2000


def test_share_init_refuses_a_remote_that_holds_a_library(desk, tmp_path):
    path = make_store(tmp_path / "late.json")
    with Store.open(path) as store, pytest.raises(ShareError, match="share clone"):
        share_init(store, str(desk["remote"]), "late")
    assert not repository_path(path).exists()


def test_sync_of_a_store_not_shared_says_how_to_set_it_up(tmp_path):
    path = make_store(tmp_path / "alone.json")
    with Store.open(path) as store, pytest.raises(ShareError, match="share init"):
        sync(store, "mai")


def test_old_highlights_without_author_load_and_get_one_at_their_first_sync(desk):
    first, _, _ = article_ids()
    highlight_id = add_highlight(desk["mai"], first, "keep talking")
    assert state(desk["mai"])["highlights"][highlight_id]["author"] == ""
    run_sync(desk["mai"], "mai")
    assert state(desk["mai"])["highlights"][highlight_id]["author"] == "mai"
    assert run_sync(desk["mai"], "mai") == "up to date"


def test_the_one_line_result_puts_the_plural_on_the_noun():
    from collections import Counter

    from diplotui.share.sent import SentRecords
    from diplotui.share.sync import SyncResult

    sent = SentRecords(new=Counter({"highlight": 2}), notes=1)
    result = SyncResult(
        new_highlights=Counter({"mai": 2}), new_articles=4, changed_articles=1, sent=sent
    )
    assert result.summary() == (
        "2 new highlights from mai, 4 new articles, 1 article changed, sent 2 highlights, 1 note"
    )
    assert SyncResult(new_articles=1, removed_highlights=3).summary() == (
        "3 highlights removed, 1 new article"
    )
