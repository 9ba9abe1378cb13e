"""A highlight's speaker follows the finder's fixes, and a user's correction stays.

Session 48's new user found that a highlight kept the speaker of its day: made while the
finder named the wrong speaker, it cited him in ``annotations``, ``quote``, the exports and
the brief after the finder named the right one. A highlight's speaker now says whose it is
(``speaker_source``): the finder's follows its answer now, the user's stays."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.model import SpeakerSource
from diplotui.store import Store
from diplotui.store.records import HIGHLIGHTS, RECORD_TABLES
from tests.cli.test_cli_statement_highlights import ARTICLE, ARTICLE_ID, HANG_WORDS, TEXT
from tests.cli_runner import run_main

NARRATION = "Answering reporters' question about the ban"
"""Words the finder finds no statement at: the reporter's own."""
STALE = ("Lin Jian", "spokesman")
"""What a finder of an earlier session said of Hang's words: the other spokesperson."""


def _stored(store_path: Path, words: str, speaker: str, role: str, source: str) -> str:
    """A highlight of ``words`` naming ``speaker`` (``source``: whose it is); its id."""
    start = TEXT.index(words)
    highlight = new_highlight(
        ARTICLE_ID,
        TEXT,
        start,
        start + len(words),
        speaker=speaker,
        speaker_role=role,
        speaker_source=source,
    )
    with Store.open(store_path) as store:
        store.save_highlight(highlight)
    return highlight.id


@pytest.fixture
def db(store_path: Path) -> str:
    with Store.open(store_path) as store:
        store.add_article(ARTICLE, TEXT)
    return str(store_path)


def _listed(db: str) -> dict[str, dict]:
    listed = run_main("--db", db, "annotations", "--json")
    assert listed.returncode == 0, listed.stderr
    return {record["id"]: record for record in json.loads(listed.stdout)}


def _quoted(db: str, highlight_id: str) -> tuple[str, str]:
    quoted = run_main("--db", db, "quote", highlight_id, "--style", "plain")
    assert quoted.returncode == 0, quoted.stderr
    return quoted.stdout, quoted.stderr


def _exports(db: str) -> dict[str, str]:
    done = {fmt: run_main("--db", db, "export", "--format", fmt) for fmt in
            ("json", "w3c", "csv", "markdown")}  # fmt: skip
    assert all(result.returncode == 0 for result in done.values()), done
    return {fmt: result.stdout for fmt, result in done.items()}


@pytest.mark.parametrize("source", [SpeakerSource.FOUND.value, ""])
def test_a_finders_stale_speaker_is_cited_as_the_finder_names_it_now(
    db: str, store_path: Path, source: str
) -> None:
    """Hang's words stored as Lin Jian's, as a finder of an earlier session gave them (or a
    store from before sources, ""): every listing, copy and export names Hang, as the
    finder does now; the store keeps what it was given (nothing is written by reading)."""
    stale = _stored(store_path, HANG_WORDS, *STALE, source)
    stored = store_path.read_bytes()
    record = _listed(db)[stale]
    assert (record["speaker"], record["speaker_role"]) == ("Pham Thu Hang", "spokeswoman")
    assert record["speaker_source"] == source and record["speaker_unfound"] is False
    listing = run_main("--db", db, "annotations").stdout
    assert "— Pham Thu Hang (spokeswoman)" in listing and "Lin Jian" not in listing
    copied, _ = _quoted(db, stale)
    assert copied.startswith(f"“{HANG_WORDS}”\n— Pham Thu Hang (spokeswoman), quoted in")
    exported = _exports(db)
    [highlight] = json.loads(exported["json"])["highlights"]
    assert (highlight["speaker"], highlight["speaker_source"]) == ("Pham Thu Hang", source)
    [row] = list(csv.DictReader(io.StringIO(exported["csv"])))
    assert row["speaker"] == "Pham Thu Hang (spokeswoman)"
    brief = exported["markdown"]
    assert "> — Pham Thu Hang (spokeswoman)" in brief and "Lin Jian (spokesman)" not in brief
    [annotation] = json.loads(exported["w3c"])["first"]["items"]
    assert annotation["diplotui:speaker"] == "Pham Thu Hang"
    assert store_path.read_bytes() == stored
    with Store.open(store_path, read_only=True) as store:
        assert store.highlight(stale).speaker == "Lin Jian"


def test_a_users_own_speaker_stays_whatever_the_finder_says(db: str, store_path: Path) -> None:
    """The user gave Hang's words to someone the finder does not name: the user's answer is
    listed, copied and exported, always."""
    mine = _stored(store_path, HANG_WORDS, "Nguyen Minh Vu", "", SpeakerSource.USER.value)
    record = _listed(db)[mine]
    assert (record["speaker"], record["speaker_source"]) == ("Nguyen Minh Vu", "user")
    copied, _ = _quoted(db, mine)
    assert "— Nguyen Minh Vu, quoted in" in copied and "Hang" not in copied.split("—")[1]
    exported = _exports(db)
    assert all("Nguyen Minh Vu" in text for text in exported.values())
    assert "Pham Thu Hang (spokeswoman)" not in exported["markdown"]
    [highlight] = json.loads(exported["json"])["highlights"]
    assert (highlight["speaker"], highlight["speaker_source"]) == ("Nguyen Minh Vu", "user")


def test_a_speaker_the_finder_no_longer_finds_is_kept_and_said(db: str, store_path: Path) -> None:
    """The reporter's words stored as someone's, which the finder finds no statement at
    now: the speaker is kept, never dropped, and the listing and ``quote`` say why."""
    kept = _stored(store_path, NARRATION, "Pham Thu Hang", "", SpeakerSource.FOUND.value)
    record = _listed(db)[kept]
    assert (record["speaker"], record["speaker_unfound"]) == ("Pham Thu Hang", True)
    listing = run_main("--db", db, "annotations").stdout.splitlines()
    [at] = [n for n, line in enumerate(listing) if kept in line]
    assert "Pham Thu Hang" in listing[at]
    assert "finds no statement at these words now" in listing[at + 1]
    copied, said = _quoted(db, kept)
    assert "Pham Thu Hang" in copied and "finds no statement at these words now" in said


def test_a_search_finds_a_finders_highlight_by_the_speaker_it_names_now(
    db: str, store_path: Path
) -> None:
    """``annotations --search`` looked in the stored speaker: the stale one was found by
    the wrong name, and not by the right one."""
    stale = _stored(store_path, HANG_WORDS, *STALE, SpeakerSource.FOUND.value)
    found = run_main("--db", db, "annotations", "--search", "hang", "--json")
    assert [r["id"] for r in json.loads(found.stdout)] == [stale]
    missed = run_main("--db", db, "annotations", "--search", "jian", "--json")
    assert json.loads(missed.stdout) == []


def test_highlight_records_whose_speaker_it_is(db: str) -> None:
    """``highlight`` on a statement stores the finder's speaker as the finder's; after a
    correction of those words (``speaker``), one made there is the user's."""
    made = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", HANG_WORDS)
    assert made.returncode == 0, made.stderr
    first = made.stdout.split()[-1]
    assert _listed(db)[first]["speaker_source"] == "found"
    fixed = run_main("--db", db, "speaker", ARTICLE_ID, "--quote", HANG_WORDS,
                     "--name", "Nguyen Minh Vu")  # fmt: skip
    assert fixed.returncode == 0, fixed.stderr
    record = _listed(db)[first]  # the correction gave the highlight of its words its speaker
    assert (record["speaker"], record["speaker_source"]) == ("Nguyen Minh Vu", "user")
    again = run_main("--db", db, "highlight", ARTICLE_ID, "--quote", HANG_WORDS, "--again")
    assert again.returncode == 0, again.stderr
    second = again.stdout.split()[-1]
    assert (_listed(db)[second]["speaker"], _listed(db)[second]["speaker_source"]) == (
        "Nguyen Minh Vu",
        "user",
    )


def test_a_store_of_the_previous_version_opens_and_keeps_every_highlight(
    db: str, store_path: Path
) -> None:
    """A store written before speakers had sources (no ``speaker_source`` in its records):
    every highlight is listed and exported, a speaker taken for the finder's (README), and
    reading it writes nothing to it (no migration to be cut short by a kill)."""
    ids = [
        _stored(store_path, HANG_WORDS, *STALE, ""),
        _stored(store_path, NARRATION, "", "", ""),
        _stored(store_path, "Viet Nam requests China", "Pham Thu Hang", "", ""),
    ]
    data = json.loads(store_path.read_text(encoding="utf-8"))
    for record in data[HIGHLIGHTS].values():
        del record["speaker_source"]  # as the previous version wrote its records
    store_path.write_text(json.dumps(data), encoding="utf-8")
    before = store_path.read_bytes()
    listed = _listed(db)
    assert sorted(listed) == sorted(ids)
    assert listed[ids[0]]["speaker"] == "Pham Thu Hang"
    assert listed[ids[1]]["speaker"] == "" and listed[ids[2]]["speaker"] == "Pham Thu Hang"
    document = json.loads(_exports(db)["json"])
    assert sorted(h["id"] for h in document["highlights"]) == sorted(ids)
    assert store_path.read_bytes() == before
    checked = run_main("--db", db, "doctor")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_unreadable_store_is_never_overwritten(db: str, store_path: Path) -> None:
    """A store cut short (a kill while another program wrote it) is refused, not rewritten."""
    _stored(store_path, HANG_WORDS, *STALE, SpeakerSource.FOUND.value)
    cut = store_path.read_bytes()[:-40]
    store_path.write_bytes(cut)
    for command in (["annotations"], ["quote", "0"], ["export", "--format", "json"]):
        refused = run_main("--db", db, *command)
        assert refused.returncode != 0
        assert store_path.read_bytes() == cut


def test_a_hand_edited_speaker_source_is_no_valid_record() -> None:
    """A hand edit's "maybe" would be followed or kept by chance: the record's check names
    it (the store sets such a record aside, never drops it)."""
    doc = new_highlight(ARTICLE_ID, TEXT, 0, 8, speaker="X", speaker_source="maybe").to_dict()
    problem = RECORD_TABLES[HIGHLIGHTS].problem(doc)
    assert problem is not None and "speaker_source 'maybe'" in problem
    for fine in ("found", "user", ""):
        assert RECORD_TABLES[HIGHLIGHTS].problem({**doc, "speaker_source": fine}) is None


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_export_round_trip_keeps_whose_each_speaker_is(
    db: str, store_path: Path, tmp_path: Path, fmt: str
) -> None:
    """Exported and imported into another library, the user's speaker stays the user's and
    the finder's the finder's (followed there too)."""
    mine = _stored(store_path, HANG_WORDS, "Nguyen Minh Vu", "", SpeakerSource.USER.value)
    found = _stored(store_path, "Viet Nam requests China", *STALE, SpeakerSource.FOUND.value)
    path = tmp_path / f"export.{fmt}"
    done = run_main("--db", db, "export", "--format", fmt, "-o", str(path))
    assert done.returncode == 0, done.stderr
    other = tmp_path / "other" / "library.json"
    other.parent.mkdir()
    imported = run_main("--db", str(other), "import", str(path))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    with Store.open(other, read_only=True) as store:
        by_id = {h.id: h for h in store.highlights(ARTICLE_ID)}
    assert (by_id[mine].speaker, by_id[mine].speaker_source) == ("Nguyen Minh Vu", "user")
    # exported as the finder names it now, and still the finder's to follow
    assert (by_id[found].speaker, by_id[found].speaker_source) == ("Pham Thu Hang", "found")


HOSTILE_SOURCES = ["user\x1b[31m", "finder", "USER", 42, None, ["user"]]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
@pytest.mark.parametrize("source", HOSTILE_SOURCES)
def test_an_import_refuses_a_malformed_or_hostile_speaker_source(
    db: str, store_path: Path, tmp_path: Path, fmt: str, source: object
) -> None:
    """A file's speaker source that is none of ours is refused with the highlight named, the
    library left as it was: taken for the finder's, a user's answer would be followed away;
    taken for the user's, a wrong speaker would be pinned; an escape would reach the
    terminal."""
    _stored(store_path, HANG_WORDS, *STALE, SpeakerSource.FOUND.value)
    exported = json.loads(_exports(db)[fmt])
    if fmt == "json":
        exported["highlights"][0]["speaker_source"] = source
    else:
        exported["first"]["items"][0]["diplotui:speakerSource"] = source
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    other = tmp_path / "other" / "library.json"
    other.parent.mkdir()
    refused = run_main("--db", str(other), "import", str(path))
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0, said
    assert "highlight 1" in said or "annotation 1" in said, said
    assert "\x1b" not in said
    if other.exists():
        with Store.open(other, read_only=True) as store:
            assert store.highlights() == []


def test_a_highlight_without_a_speaker_carries_no_source() -> None:
    """A source with no speaker means nothing: an import gives it none."""
    from diplotui.exchange import speaker_source

    assert speaker_source("", "user", "highlight 1") == ""
    assert speaker_source("Hang", "user", "highlight 1") == "user"
    assert speaker_source("Hang", "", "highlight 1") == ""  # a file from before sources


def test_a_finder_failing_on_the_article_is_said_never_read_as_no_statement(
    db: str, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The finder raising on the text (a bug) gives no answer: the listing, its JSON and
    ``quote`` said "it finds no statement at these words now", read as "nobody is quoted
    here". They say the finder failed, and stderr names the article and the error; the
    speaker first found is kept and nothing is written."""
    from tests.finder_bug import finder_raises_on

    kept = _stored(store_path, HANG_WORDS, "Pham Thu Hang", "", SpeakerSource.FOUND.value)
    stored = store_path.read_bytes()
    finder_raises_on(monkeypatch)
    listed = run_main("--db", db, "annotations", "--json")
    [record] = json.loads(listed.stdout)
    assert (record["speaker_unfound"], record["speaker_unchecked"]) == (False, True), record
    assert f"finding statements failed on article {ARTICLE_ID} (IndexError" in listed.stderr
    listing = run_main("--db", db, "annotations")
    lines = listing.stdout.splitlines()
    [at] = [n for n, line in enumerate(lines) if kept in line]
    assert "Pham Thu Hang" in lines[at]
    assert "not checked: the finder failed on this article" in lines[at + 1], lines
    assert "finds no statement" not in listing.stdout
    copied, said = _quoted(db, kept)
    assert "Pham Thu Hang" in copied and "finds no statement" not in said
    assert "failed on article" in said and "not checked" in said, said
    assert store_path.read_bytes() == stored
