"""Speaker corrections through a team's library: one analyst's correction (and its removal)
reaches the others' stores with the speaker of their highlights; two corrections of the same
words settle on the later one everywhere; a hostile file is refused untouched. Real git."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.export import EXT
from diplotui.model import SpeakerCorrection
from diplotui.share import files
from diplotui.share.git import Repository
from diplotui.statements.corrections import new_speaker_correction
from diplotui.store import Store
from tests.cli_runner import run_main
from tests.sharing import article_ids, git_identity, shared_copies
from tests.unit.test_share import annotation_file, desk, refused, run_sync
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

WORDS = "the talks were frank"


def correct(path: Path, speaker: str) -> SpeakerCorrection:
    """Give WORDS of the third article to ``speaker`` in the store at ``path``."""
    _, _, third = article_ids()
    with Store.open(path) as store:
        text = store.article_text(third)
        start = text.index(WORDS)
        correction = new_speaker_correction(third, text, start, start + len(WORDS), speaker)
        store.save_speaker_corrections([correction])
    return correction


def corrections(path: Path) -> list[tuple[str, str]]:
    with Store.open(path, read_only=True) as store:
        return [(c.id, c.speaker) for c in store.speaker_corrections()]


def shared_speaker_files(desk: dict[str, Path]) -> list[str]:
    tree = Repository(desk["remote"]).tree_entries("main")
    return sorted(path for path in tree if files.kind_of(path) == files.SPEAKERS_DIR)


def test_a_speaker_correction_reaches_the_team_with_its_highlights_speaker_and_so_does_its_removal(
    desk,
):
    """bob cites "the talks were frank" as the envoy's; mai knows Ada Smith said it. Before,
    her correction stayed in her store and bob's brief named the envoy again."""
    _, _, third = article_ids()
    with Store.open(desk["bob"]) as store:
        text = store.article_text(third)
        start = text.index(WORDS)
        highlight = new_highlight(third, text, start, start + len(WORDS), speaker="The envoy")
        store.save_highlight(highlight)
    run_sync(desk["bob"], "bob")
    correction = correct(desk["mai"], "Ada Smith")
    run_sync(desk["mai"], "mai")
    assert shared_speaker_files(desk) == [files.speaker_path(correction.id)]
    assert run_sync(desk["bob"], "bob") == "1 speaker correction"
    assert corrections(desk["bob"]) == [(correction.id, "Ada Smith")]
    with Store.open(desk["bob"], read_only=True) as store:
        assert store.speaker_corrections()[0] == correction  # as mai made it, not re-stamped
        assert store.highlight(highlight.id).speaker == "Ada Smith"
    assert run_sync(desk["bob"], "bob") == "sent 1 highlight edited"  # his highlight's new speaker
    assert run_sync(desk["mai"], "mai") == "1 highlight changed"
    assert run_sync(desk["bob"], "bob") == "up to date"

    with Store.open(desk["mai"]) as store:
        store.save_speaker_corrections([], [correction.id])
    run_sync(desk["mai"], "mai")
    assert run_sync(desk["bob"], "bob").startswith("1 speaker correction")
    assert corrections(desk["bob"]) == []
    with Store.open(desk["bob"], read_only=True) as store:
        assert store.highlight(highlight.id).speaker != "Ada Smith"
    assert shared_speaker_files(desk) == []


@pytest.mark.parametrize("first", ["mai", "bob"])
def test_two_corrections_of_the_same_words_settle_on_the_later_everywhere(desk, first):
    """mai and bob corrected the same statement before either synced: the words can have one
    speaker, so the correction made last stands in both stores and in the shared library,
    whoever syncs first."""
    earlier = correct(desk["mai"], "Ada Smith")
    time.sleep(0.002)  # stamps are in milliseconds: the second is made a tick later
    later = correct(desk["bob"], "Ben Jones")
    assert earlier.updated_at < later.updated_at
    second = "bob" if first == "mai" else "mai"
    for person in (first, second, first):
        run_sync(desk[person], person)
    for person in ("mai", "bob"):
        assert corrections(desk[person]) == [(later.id, "Ben Jones")]
    assert shared_speaker_files(desk) == [files.speaker_path(later.id)]
    assert run_sync(desk["ana"], "ana") == "1 speaker correction"
    assert corrections(desk["ana"]) == [(later.id, "Ben Jones")]


def _speaker_doc(article_id: str, **changes: object) -> dict[str, object]:
    text = "The envoy said the talks were frank."
    start = text.index(WORDS)
    correction = new_speaker_correction(article_id, text, start, start + len(WORDS), "Ada")
    return {**correction.to_dict(), **changes}


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"quote": "the talks were frank and then some"}, "not as long as its offsets say"),
        ({"start": -3}, "no span of words"),
        ({"speaker": ["Ada"]}, "speaker has the wrong type"),
        ({"status": "\x1b[2Jwiped"}, "its status is not one of"),
        ({"article_id": "../../etc"}, "not lowercase hex"),
        ({"updated_at": "2099-99-99"}, "not an ISO timestamp"),
        ({"id": "0123456789ab"}, "does not match its file name"),
        ({"speaker": "..."}, "its speaker '...' has no letters or digits to name anyone"),
        ({"speaker": "\x1b[0m"}, "its speaker '' has no letters or digits to name anyone"),
        ({"speaker": "X" * 5000}, "its speaker is 5,000 characters long: at most 500"),
        ({"role": "r" * 501}, "its role is 501 characters long: at most 500"),
    ],
)
def test_a_hostile_speaker_file_is_named_and_nothing_changes(desk, tmp_path, changes, said):
    _, _, third = article_ids()
    doc = _speaker_doc(third)
    place = files.speaker_path(str(doc["id"]))
    doc.update(changes)

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_text(json.dumps(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    correct(desk["mai"], "Ada Smith")
    line = refused(desk["mai"], "mai")
    assert place in line and said in line, line


def test_a_teammates_speaker_is_stored_clean_as_speaker_name_stores_it(desk, tmp_path):
    """A peer's file gave the words to "EvilX\x1b[0m Y": the sync stored it raw, citations
    showed "EvilX Y" and ``statements --speaker evilx`` never found it."""
    _, _, third = article_ids()
    doc = _speaker_doc(
        third, speaker="EvilX\x1b[0m Y\u202e", role="Envoy\x07\tof\nRuritania", organisation="\x00"
    )
    place = files.speaker_path(str(doc["id"]))

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_text(json.dumps(doc))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    assert run_sync(desk["mai"], "mai").startswith("1 speaker correction")
    with Store.open(desk["mai"], read_only=True) as store:
        [correction] = store.speaker_corrections()
    assert (correction.speaker, correction.role, correction.organisation) == (
        "EvilX Y",
        "Envoy of Ruritania",
        "",
    )


def _said_by_a_peer(desk: dict[str, Path], tmp_path: Path, speaker: object, role: object) -> str:
    """bob's highlight of WORDS, shared, then its speaker and role rewritten by a peer with
    plain git; the highlight's id."""
    _, _, third = article_ids()
    with Store.open(desk["bob"]) as store:
        text = store.article_text(third)
        start = text.index(WORDS)
        highlight = new_highlight(third, text, start, start + len(WORDS), speaker="The envoy")
        store.save_highlight(highlight)
    run_sync(desk["bob"], "bob")
    place = annotation_file(desk["bob"], highlight.id)

    def rewrite(tree: Path) -> None:
        document = json.loads((tree / place).read_text())
        document.update({EXT + "speaker": speaker, EXT + "speakerRole": role})
        (tree / place).write_text(json.dumps(document))

    push_from_a_clone(desk["remote"], tmp_path / "peer", rewrite)
    return highlight.id


def test_a_teammates_highlight_speaker_is_stored_clean_as_its_correction_is(desk, tmp_path):
    """A peer's highlight said "EvilX\x1b[0m Y": stored raw, though a correction of the same
    words so named was cleaned; its citation showed "EvilX Y", ``quotes --speaker evilx``
    never found it."""
    shared = _said_by_a_peer(desk, tmp_path, "EvilX\x1b[0m Y\u202e", "Envoy\x07\tof\nRuritania")
    assert run_sync(desk["mai"], "mai") == "1 new highlight from bob"
    with Store.open(desk["mai"], read_only=True) as store:
        highlight = store.highlight(shared)
    assert (highlight.speaker, highlight.speaker_role) == ("EvilX Y", "Envoy of Ruritania")


@pytest.mark.parametrize(
    ("speaker", "role", "said"),
    [
        ("X" * 10_000_000, "", "its speaker is 10,000,000 characters long: at most 500"),
        ("...", "", "its speaker '...' has no letters or digits to name anyone"),
        ("Ada", "r" * 501, "its speaker's role is 501 characters long: at most 500"),
        (42, "", "speaker must be a string"),
        ("Ada", None, "speaker_role must be a string"),
    ],
    ids=["10 MB", "dots", "long role", "number", "role null"],
)
def test_a_teammates_highlight_speaker_no_cleaning_makes_valid_is_named(
    desk, tmp_path, speaker, role, said
):
    """Stored raw before (a number dropped: the words lost their speaker unsaid). Refused as a
    speaker file is: one line naming the file and why, the store as it was."""
    shared = _said_by_a_peer(desk, tmp_path, speaker, role)
    place = annotation_file(desk["bob"], shared)
    correct(desk["mai"], "Ada Smith")
    line = refused(desk["mai"], "mai")
    assert f"{place}: its annotation: {said}" in line, line
    with Store.open(desk["mai"], read_only=True) as store:
        assert shared not in {h.id for h in store.highlights()}


def test_a_refused_speaker_file_stops_the_sync_naming_its_commit_and_the_way_out(
    desk, tmp_path, monkeypatch
):
    """One bad correction stops the whole sync, as documented (README, "What sync refuses":
    every file is checked before the store takes any). The line named the file and why, but
    neither who brought it nor what would ever let the sync through."""
    _, _, third = article_ids()
    doc = _speaker_doc(third, speaker="...")
    place = files.speaker_path(str(doc["id"]))

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_text(json.dumps(doc))

    with monkeypatch.context() as peer:
        peer.setenv("GIT_AUTHOR_NAME", "eve")
        push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    shared = correct(desk["mai"], "Ada Smith")
    before = {
        path.name: path.read_bytes()
        for path in desk["mai"].parent.glob("mai.json*")
        if path.is_file()
    }
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 1 and synced.stderr.count("\n") == 1, synced.stderr
    line = synced.stderr
    assert f"{place}: its speaker '...' has no letters or digits to name anyone" in line
    assert " by eve)" in line and "(commit " in line
    assert "the store is unchanged and nothing was sent" in line
    assert "mended or removed in the remote" in line and "`diplotui sync`" in line
    after = {
        path.name: path.read_bytes()
        for path in desk["mai"].parent.glob("mai.json*")
        if path.is_file()
    }
    assert after == before
    assert corrections(desk["mai"]) == [(shared.id, "Ada Smith")]
    push_from_a_clone(desk["remote"], tmp_path / "mend", lambda tree: (tree / place).unlink())
    assert run_main("--db", str(desk["mai"]), "sync", "--author", "mai").returncode == 0
    assert corrections(desk["mai"]) == [(shared.id, "Ada Smith")]
    assert shared_speaker_files(desk) == [files.speaker_path(shared.id)]


@pytest.mark.parametrize(
    ("hers", "his", "said"),
    [
        ("Ada Smith", "Ben Jones", "(Ada Smith) gave way to a later one: Ben Jones"),
        ("", "Ben Jones", "(no statement) gave way to a later one: Ben Jones"),
        ("Ada Smith", "", "(Ada Smith) gave way to a later one: no statement"),
    ],
)
def test_the_sync_line_says_whose_speaker_correction_gave_way_to_a_later_one(desk, hers, his, said):
    """mai gave the envoy's words to Ada Smith (or said they are no statement), bob (later)
    to Ben Jones (or no statement), and bob synced first. mai's sync took his and dropped
    hers, saying only "2 speaker corrections": her work was gone and nothing told her so,
    nor who the words are given to now."""
    correct(desk["mai"], hers)
    time.sleep(0.002)  # stamps are in milliseconds: bob's is the later one
    correct(desk["bob"], his)
    assert "gave way" not in run_sync(desk["bob"], "bob")
    synced = run_main("--db", str(desk["mai"]), "sync", "--author", "mai")
    assert synced.returncode == 0, synced.stderr
    assert f"your speaker correction of “the talks were frank” {said}" in synced.stdout, (
        synced.stdout
    )
    assert "gave way" not in run_sync(desk["bob"], "bob")
    assert "gave way" not in run_sync(desk["mai"], "mai")


def test_a_speaker_correction_already_shared_that_gave_way_says_so_at_its_authors_next_sync(desk):
    """mai gave the envoy's words to Ada Smith and synced; bob, later, gave them to Ben
    Jones and synced, his merge removing hers from the shared library. mai's next sync
    took the removal and said "1 speaker correction": her correction was gone, nothing said
    so, nor who the words are given to now (newuser44b)."""
    correct(desk["mai"], "Ada Smith")
    assert "gave way" not in run_sync(desk["mai"], "mai")
    time.sleep(0.002)  # stamps are in milliseconds: bob's is the later one
    mine = correct(desk["bob"], "Ben Jones")
    assert "gave way" not in run_sync(desk["bob"], "bob")
    line = run_sync(desk["mai"], "mai")
    said = "your speaker correction of “the talks were frank” (Ada Smith) gave way to a later one"
    assert f"{said}: Ben Jones" in line, line
    assert corrections(desk["mai"]) == [(mine.id, "Ben Jones")]
    assert "gave way" not in run_sync(desk["mai"], "mai")
