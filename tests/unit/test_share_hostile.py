"""A hostile or broken peer's commits: what a sync pulls in is checked before the store is
written, and a file it cannot use is named in one line with the store left as it was."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import replace
from pathlib import Path
from unittest import mock

import pytest

from diplotui.export import EXT
from diplotui.inert import inert
from diplotui.model import now_iso
from diplotui.share import files, git, sync
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import (
    add_highlight,
    annotation_file,
    article_ids,
    desk,
    edit,
    refused,
    run_sync,
    state,
)

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures


def push_from_a_clone(remote: Path, folder: Path, change) -> None:
    """A peer's commit made with plain git: ``change(work tree)``, committed and pushed."""
    subprocess.run(["git", "clone", "-q", str(remote), str(folder)], check=True)
    change(folder)
    subprocess.run(["git", "-C", str(folder), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(folder), "commit", "-qm", "peer"], check=True)
    subprocess.run(["git", "-C", str(folder), "push", "-q"], check=True)


def test_a_file_too_large_to_be_a_record_is_named_before_it_is_read(desk, tmp_path, monkeypatch):
    """Every file a sync read came whole into memory through one ``git cat-file``: a peer's
    gigabyte in one annotation's place was read, then parsed. Sizes are checked first."""
    monkeypatch.setattr(git, "MAX_BLOB_BYTES", 1 << 20)  # 20 MiB, as an import's file
    place = "annotations/2026-01/01/0000000000aa.json"

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True)
        (tree / place).write_bytes(b"{" + b" " * (2 << 20) + b"}")

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    said = refused(desk["mai"], "mai")
    assert place in said and "too large" in said and "2.0 MB" in said
    # as any file a sync cannot read (attack62): it said neither whose commit it was nor how
    # a sync would get past it, a line short of the others
    assert said.startswith("the remote holds a file diplotui cannot read: ")
    assert "(commit " in said and "every sync stops at it until it is mended or removed" in said


def test_an_author_name_holding_angle_brackets_or_a_line_break_still_syncs(desk):
    """``--author "Mai Tran <mai@example.org>"`` (or a name with a line break) went into the
    commit's identity line as given: git fast-import refused it ("Missing < in ident
    string") and no sync could run under that name."""
    first, _, _ = article_ids()
    for n, author in enumerate(["Mai Tran <mai@example.org>", "Mai\nTran"]):
        add_highlight(desk["mai"], first, ["keep talking", "meet again"][n])
        synced = run_main("--db", str(desk["mai"]), "sync", "--author", author)
        assert synced.returncode == 0, synced.stderr


def test_names_written_into_git_show_escapes_as_stand_ins(desk, tmp_path):
    """``--author`` and a peer's commit name went into commits' identity and messages raw:
    ``git log`` on any teammate's terminal printed (and obeyed) their escape codes. Every
    name a sync writes into git is one line with visible stand-ins, as the app's listings."""
    peer_name = "Bob\x1b[2J\x1b]0;owned\x07"
    peer = {"GIT_AUTHOR_NAME": peer_name, "GIT_COMMITTER_NAME": peer_name}

    def change(tree: Path) -> None:
        (tree / "peer.txt").write_text("a peer's file\n")

    with mock.patch.dict(os.environ, peer):
        push_from_a_clone(desk["remote"], tmp_path / "peer", change)
    first, _, _ = article_ids()
    add_highlight(desk["mai"], first, "keep talking")
    author = "Mai \x1b[31mTran\x9b0m\u202e"
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", author)
    assert synced.returncode == 0, synced.stderr
    shown = subprocess.run(
        ["git", "--git-dir", str(desk["remote"]), "log", "-1", "--format=%an|%cn|%B"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert all(inert(line) == line for line in shown.splitlines())
    # --author's escapes dropped, as meta --author drops them (attack64)
    assert shown.startswith("Mai Tran|Mai Tran|Mai Tran: ")  # mai's merge
    assert "merged with Bob\u241b[2J\u241b]0;owned's" in shown  # the peer, as git kept it


def _rewrite_json(tree: Path, place: str, **fields: object) -> None:
    """A peer's hand edit of one record's file in the work tree."""
    document = json.loads((tree / place).read_text())
    (tree / place).write_text(json.dumps({**document, **fields}))


@pytest.mark.parametrize(
    "stamp", ["not a date", "2026-13-45T10:00:00.000+00:00", "2026-12-02 10:00", ""]
)
def test_a_record_stamped_with_no_time_is_refused_by_name(desk, tmp_path, stamp):
    """A peer's ``updated_at: "not a date"`` was taken in, and as text it sorts after every
    real stamp: the record won each later merge against anyone's edit."""
    first, _, _ = article_ids()
    place = files.article_path(first)
    push_from_a_clone(
        desk["remote"], tmp_path / "peer", lambda tree: _rewrite_json(tree, place, updated_at=stamp)
    )
    add_highlight(desk["mai"], first, "keep talking")
    said = refused(desk["mai"], "mai")
    assert place in said and "updated_at is not an ISO timestamp" in said
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 1 and synced.stderr.count("\n") == 1
    assert f"{place}: its updated_at is not an ISO timestamp in UTC" in synced.stderr


def test_a_highlight_modified_at_no_time_is_refused_by_name(desk, tmp_path):
    first, _, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking")
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["bob"], shared)
    push_from_a_clone(
        desk["remote"], tmp_path / "peer", lambda tree: _rewrite_json(tree, place, modified="soon")
    )
    add_highlight(desk["mai"], first, "meet again")
    said = refused(desk["mai"], "mai")
    assert place in said and "modified time is not an ISO timestamp" in said


def refiled_by_a_peer(desk, tmp_path, created: str, folder: str) -> tuple[str, str]:
    """bob's highlight, its file moved by a peer's plain git commit to ``folder`` with the
    creation time ``created``; its id and new place."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking")
    run_sync(desk["bob"], "bob")
    was = annotation_file(desk["bob"], shared)
    place = f"annotations/{folder}/{shared}.json"

    def refile(tree: Path) -> None:
        _rewrite_json(tree, was, created=created)
        (tree / place).parent.mkdir(parents=True)
        (tree / was).rename(tree / place)

    push_from_a_clone(desk["remote"], tmp_path / "peer", refile)
    add_highlight(desk["mai"], first, "meet again")
    return shared, place


def test_a_highlight_created_at_no_time_is_refused_by_name(desk, tmp_path):
    """A peer's highlight "created" at "not a date" (under 0000-00) was stored as it came."""
    shared, place = refiled_by_a_peer(desk, tmp_path, "not a date", "0000-00/00")
    line = refused(desk["mai"], "mai")
    assert place in line and "its created time" in line and "is not an ISO timestamp" in line
    assert shared not in state(desk["mai"])["highlights"]


def test_a_highlight_created_in_the_future_is_held_not_stored(desk, tmp_path):
    """A peer's highlight "created" in 2099 (filed under annotations/2099-01) was stored as
    it came, then refused, stopping every sync (attack55): held now, until that time."""
    shared, place = refiled_by_a_peer(desk, tmp_path, "2099-01-01T00:00:00.000+00:00", "2099-01/01")
    with Store.open(desk["mai"]) as store:
        result = sync(store, "mai")
    assert result.summary() == "1 highlight held until its creation time comes, sent 1 highlight"
    assert result.made_ahead[0].startswith(f"{place}: highlight {shared} by bob was made 2099-")
    assert shared not in state(desk["mai"])["highlights"]


def test_a_stored_highlight_refiled_in_the_future_is_refused_by_name(desk, tmp_path):
    """One this copy holds, moved by a peer to 2099: no diplotui edit changes when a
    highlight was made, so it is refused (as filed twice), not held."""
    shared, place = refiled_by_a_peer(desk, tmp_path, "2099-01-01T00:00:00.000+00:00", "2099-01/01")
    line = refused(desk["bob"], "bob")
    assert place in line and f"highlight {shared} is filed as annotations/20" in line


def test_a_stamp_from_the_future_does_not_win_later_merges(desk, tmp_path):
    """A peer's edit stamped in 2099 was taken (it is an edit), then beat every edit anyone
    made to that record: until 2099, the later change of a field no longer won."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["mai"], first, "keep talking")
    run_sync(desk["mai"], "mai")
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["mai"], shared)
    future = "2099-01-01T00:00:00.000+00:00"
    push_from_a_clone(
        desk["remote"],
        tmp_path / "peer",
        lambda tree: _rewrite_json(tree, place, modified=future, **{EXT + "color": "figure"}),
    )
    run_sync(desk["mai"], "mai")  # the peer's edit arrives: only one side changed the record
    assert state(desk["mai"])["highlights"][shared]["color"] == "figure"
    edit(desk["bob"], shared, color="question", updated_at=now_iso())  # later, other side
    run_sync(desk["bob"], "bob")
    run_sync(desk["mai"], "mai")
    for name in ("mai", "bob"):
        highlight = state(desk[name])["highlights"][shared]
        assert (highlight["color"], highlight["updated_at"] < future) == ("question", True)


FUTURE = "2099-01-01T00:00:00.000+00:00"


def test_a_new_highlight_stamped_in_the_future_is_stored_as_changed_when_it_arrived(desk):
    """A teammate's new highlight stamped in 2099 (only one side had it, so no merge looked
    at its stamp) was stored as it came: its article sorted first as recently annotated
    until 2099, and every later import of the highlight was older than it. It is stored
    as changed when it arrived, and the sync names its file and the record."""
    first, _, _ = article_ids()
    shared = add_highlight(desk["bob"], first, "keep talking")
    with Store.open(desk["bob"]) as store:
        store.save_as_given(highlights=[replace(store.highlight(shared), updated_at=FUTURE)])
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["bob"], shared)
    before = now_iso()
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 0, synced.stderr
    said = synced.stdout.splitlines()
    assert said[0] == "1 new highlight from bob, 1 record stamped in the future"
    assert said[1].startswith(f"{place}: highlight {shared} was stamped {FUTURE}, ahead of")
    with Store.open(desk["mai"], read_only=True) as store:
        highlight, article = store.highlight(shared), store.article(first)
    assert before <= highlight.updated_at <= now_iso()
    assert before <= article.last_annotated_at <= now_iso()
    assert highlight.quote == "keep talking" and highlight.author == "bob"


def test_an_edit_stamped_in_the_future_is_taken_as_made_when_it_arrived(desk, tmp_path):
    """A peer's edit of an article's note stamped in 2099: the note is taken, and the
    article stamped when the edit arrived (it kept the stamp of our last edit before,
    older than the change it took), with a line naming the file and the article."""
    first, _, _ = article_ids()
    place = files.article_path(first)
    push_from_a_clone(
        desk["remote"],
        tmp_path / "peer",
        lambda tree: _rewrite_json(tree, place, note="the peer's", updated_at=FUTURE),
    )
    before = now_iso()
    with Store.open(desk["mai"]) as store:
        result = sync(store, "mai")
        article = store.article(first)
    assert article.note == "the peer's" and before <= article.updated_at <= now_iso()
    assert result.stamped_ahead == [
        f"{place}: article {first} was stamped {FUTURE}, ahead of this computer's clock; "
        f"stored as changed now ({article.updated_at})"
    ]


def test_a_record_of_our_own_stamped_with_no_time_is_not_sent(desk):
    """A hand-edited store's record stamped "not a date" was committed and pushed: every
    teammate's sync then refused the remote's file, and so did ours at its next merge."""
    first, _, _ = article_ids()
    with Store.open(desk["mai"]) as store:
        article = replace(store.article(first), note="mine", updated_at="not a date")
        store.save_as_given(articles=[(article, None)])
    remote_before = subprocess.run(
        ["git", "--git-dir", str(desk["remote"]), "rev-parse", "main"],
        capture_output=True,
        check=True,
    ).stdout
    said = refused(desk["mai"], "mai")
    assert said.startswith(f"article {first} in this store: its updated_at is not an ISO")
    assert (
        subprocess.run(
            ["git", "--git-dir", str(desk["remote"]), "rev-parse", "main"],
            capture_output=True,
            check=True,
        ).stdout
        == remote_before
    )
    with Store.open(desk["mai"]) as store:
        store.save_article(store.article(first))  # an edit stamps it anew
    assert run_sync(desk["mai"], "mai") == "sent 1 note"  # "mine", which waited
    assert run_sync(desk["bob"], "bob") == "1 article changed"


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "2025-99-99"])
def test_a_teammates_article_dated_outside_the_article_years_comes_in_undated(date: str):
    """A shared article file dated 0001-01-01 or 9999-12-31 was taken as it came, where an
    import or ``meta --date`` refuses both: listed first or last, its statements dated so."""
    from diplotui.model import Article
    from diplotui.share.files import article_file, article_path, read_article, shared_article

    article = Article(id="0123456789ab", title="T", text_hash="a" * 64, date=date)
    read = read_article(article_path(article.id), article_file(shared_article(article)))
    assert read["date"] == ""
    kept = Article(id="0123456789ab", title="T", text_hash="a" * 64, date="2025-07-18")
    assert read_article(article_path(kept.id), article_file(shared_article(kept)))["date"] == (
        "2025-07-18"
    )


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"kind": "rename"}, "its kind 'rename' is not one of add, remove, alias"),
        ({"text": "Hanoi\x1b[0m"}, "its text is no words of one line"),
        ({"kind": "alias", "canonical": "X" * 600}, "its canonical name is 600 characters"),
        (
            {"kind": "alias", "canonical": "EvilX\x1b[0m\t\u202eY"},
            None,  # cleaned, not refused
        ),
    ],
)
def test_a_teammates_entity_correction_is_cleaned_or_refused_by_name(desk, tmp_path, changes, said):
    """A peer's alias to "EvilX\\x1b[0m Y" (or a kind no recogniser knows) was stored raw; it
    is cleaned as the app's ``E`` stores one, or the sync refused naming the file."""
    from diplotui.model import EntityCorrection

    doc = EntityCorrection(id="00000000e0e0", kind="add", text="Hanoi", type="GPE").to_dict()
    doc.update(changes)
    place = files.correction_path(str(doc["id"]))

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_text(json.dumps(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    if said is not None:
        first, _, _ = article_ids()
        add_highlight(desk["mai"], first, "keep talking")
        line = refused(desk["mai"], "mai")
        assert place in line and said in line, line
        return
    run_sync(desk["mai"], "mai")
    with Store.open(desk["mai"], read_only=True) as store:
        [alias] = store.corrections()
    assert (alias.text, alias.canonical) == ("Hanoi", "EvilX Y")


@pytest.mark.parametrize(
    ("tags", "said"),
    [
        (["asean\x07", "#Laos\t\u202e", " asean"], None),  # cleaned as `tag` adds them
        (["x" * 65], "tag too long (65 characters, at most 64)"),
    ],
)
def test_a_teammates_tags_are_cleaned_as_tag_cleans_them_or_refused_by_name(
    desk, tmp_path, tags, said
):
    """A peer's tags were stored as the file gave them: "asean\\x07" was listed as "asean"
    and ``list --tag asean`` never found the article."""
    first, _, _ = article_ids()
    place = files.article_path(first)

    def plant(tree: Path) -> None:
        doc = json.loads((tree / place).read_text())
        (tree / place).write_text(json.dumps({**doc, "tags": tags, "updated_at": now_iso()}))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    if said is not None:
        add_highlight(desk["mai"], first, "keep talking")
        line = refused(desk["mai"], "mai")
        assert place in line and said in line, line
        return
    run_sync(desk["mai"], "mai")
    assert state(desk["mai"])["articles"][first][1] == ["asean", "Laos"]


def test_a_name_longer_than_a_line_syncs_as_its_first_line_s_worth_both_ways(desk):
    """``--author`` of 2,000 letters was written whole into every highlight file and commit,
    while a teammate's sync reads a highlight's author cut to a line's length (as an import
    does): each highlight then differed from its own file. The name is cut where it is set."""
    from diplotui.model import ONE_LINE_CHARS

    first, _, _ = article_ids()
    highlight_id = add_highlight(desk["mai"], first, "keep talking")
    assert run_sync(desk["mai"], "M" * 2_000) == "sent 1 highlight"
    assert run_sync(desk["bob"], "bob") == "1 new highlight from " + "M" * ONE_LINE_CHARS
    for reader in ("mai", "bob"):
        assert state(desk[reader])["highlights"][highlight_id]["author"] == "M" * ONE_LINE_CHARS
    assert run_sync(desk["mai"], "M" * 2_000) == "up to date"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"])
def test_a_teammates_article_url_that_is_no_web_address_is_left_out(url: str):
    """A shared article file's "javascript:alert(1)" was stored as it came, shown by ``meta``
    and written into every JSON export, where an import of the same record leaves it out."""
    from diplotui.model import Article
    from diplotui.share.files import article_file, article_path, read_article, shared_article

    article = Article(id="0123456789ab", title="T", text_hash="a" * 64, url=url)
    read = read_article(article_path(article.id), article_file(shared_article(article)))
    assert read["url"] == ""
    kept = Article(id="0123456789ab", title="T", text_hash="a" * 64, url="https://x.org/a")
    read = read_article(article_path(kept.id), article_file(shared_article(kept)))
    assert read["url"] == "https://x.org/a"


def test_a_second_file_of_a_highlight_filed_under_another_day_is_named_and_refused(desk, tmp_path):
    """A peer's copy of a highlight's file under another day (its ``created`` changed by
    hand, another note in it) was passed over unsaid ("up to date"); the next sync removed it
    from the remote as "1 highlight removed", its note gone from the team. It is named."""
    first, _, _ = article_ids()
    highlight_id = add_highlight(desk["mai"], first, "keep talking", note="mai's note")
    assert run_sync(desk["mai"], "mai") == "sent 1 highlight, 1 note"
    assert run_sync(desk["bob"], "bob") == "1 new highlight from mai"
    place = annotation_file(desk["mai"], highlight_id)
    twin_place = "annotations/2020-01/01/" + place.rsplit("/", 1)[1]

    def plant(tree: Path) -> None:
        doc = json.loads((tree / place).read_text())
        doc["created"] = "2020-01-01T00:00:00.000+00:00"
        doc["body"][0]["value"] = "the twin's note"
        (tree / twin_place).parent.mkdir(parents=True)
        (tree / twin_place).write_text(json.dumps(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    said = refused(desk["bob"], "bob")
    assert said.startswith(f"the remote holds a file diplotui cannot read: {twin_place}: ")
    assert f"a second file of highlight {highlight_id}, which is filed as {place}" in said
    assert state(desk["bob"])["highlights"][highlight_id]["note"] == "mai's note"
