"""Speaker corrections in a library's JSON export and its import: a round trip into a fresh
store keeps them (and the speakers of their highlights); the same words corrected in both
libraries settle on the later correction; one naming an article the library lacks is
reported; a malformed or hostile one fails the file with nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import diplotui.store.repository as store_module
from diplotui.anchoring import new_highlight
from diplotui.exchange import import_export_file
from diplotui.export import EXT, export
from diplotui.ingest.report import DUPLICATE, FAILED, IMPORTED
from diplotui.model import SpeakerCorrection
from diplotui.statements.corrections import new_speaker_correction
from diplotui.store import Store
from tests.unit.test_exchange import comparable
from tests.unit.test_export import STAMP, TEXT_A, fill

WORDS = "We will return in October,"
LATER = "2025-07-21T09:00:00.000+00:00"


def correct(store: Store, article_id: str, speaker: str, stamp: str = STAMP) -> SpeakerCorrection:
    start = TEXT_A.index(WORDS)
    made = new_speaker_correction(article_id, TEXT_A, start, start + len(WORDS), speaker)
    correction = replace(made, created_at=stamp, updated_at=stamp)
    store.save_speaker_corrections([correction])
    return correction


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, str]]:
    """The golden library, its first article's host's words given to Saleumxay Kommasith,
    and a highlight of them that says so."""
    monkeypatch.setattr(store_module, "now_iso", lambda: STAMP)
    with Store.open(tmp_path / "source" / "library.json") as store:
        first = fill(store)["first"]
        correct(store, first, "Saleumxay Kommasith")
        start = TEXT_A.index(WORDS)
        store.save_highlight(
            new_highlight(first, TEXT_A, start, start + len(WORDS), speaker="Saleumxay Kommasith")
        )
        yield store, first


def written(store: Store, document: object, path: Path) -> list[tuple[str, str]]:
    """Import ``document`` into ``store``: each outcome's status and reason."""
    path.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return [(o.status, o.reason) for o in import_export_file(store, path)]


def test_a_round_trip_into_a_fresh_store_keeps_the_speaker_corrections(source, tmp_path):
    store, _ = source
    exported = export(store, "json")
    assert [c["speaker"] for c in json.loads(exported)["speaker_corrections"]] == [
        "Saleumxay Kommasith"
    ]
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        said = written(fresh, exported, tmp_path / "export.json")
        assert said[0] == (IMPORTED, "3 highlights added; 1 speaker correction added")
        assert fresh.speaker_corrections() == store.speaker_corrections()
        assert comparable(export(fresh, "json")) == comparable(exported)
        before = export(fresh, "json")
        again = written(fresh, exported, tmp_path / "export.json")
        assert again[0] == (
            DUPLICATE,
            "0 highlights added, 3 already present; 0 speaker corrections added, 1 already present",
        )
        assert export(fresh, "json") == before


def test_our_later_correction_of_the_same_words_stands(source, tmp_path):
    """A colleague's export says the host's words are Kommasith's; this library gave them to
    the host's deputy since. Ours stands, as a sync settles two corrections of one statement,
    and the highlight of those words keeps naming the deputy."""
    store, first = source
    exported = export(store, "json")
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        fill(ours)
        mine = correct(ours, first, "The deputy", LATER)
        start = TEXT_A.index(WORDS)
        highlight = new_highlight(first, TEXT_A, start, start + len(WORDS), speaker="The deputy")
        ours.save_highlight(highlight)
        said = written(ours, exported, tmp_path / "export.json")
        assert said[0][1].endswith("; 0 speaker corrections added, 1 already present")
        assert ours.speaker_corrections() == [mine]
        assert ours.highlight(highlight.id).speaker == "The deputy"


def test_a_later_correction_in_the_file_replaces_ours_and_the_highlight_follows(source, tmp_path):
    store, first = source
    (theirs,) = store.speaker_corrections(first)
    store.save_speaker_corrections([replace(theirs, updated_at=LATER)])
    exported = export(store, "json")
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        fill(ours)
        mine = correct(ours, first, "The deputy")
        start = TEXT_A.index(WORDS)
        highlight = new_highlight(first, TEXT_A, start, start + len(WORDS), speaker="The deputy")
        ours.save_highlight(highlight)
        said = written(ours, exported, tmp_path / "export.json")
        assert said[0][1].endswith("; 1 speaker correction added")
        assert [c.id for c in ours.speaker_corrections()] == [theirs.id] != [mine.id]
        assert ours.highlight(highlight.id).speaker == "Saleumxay Kommasith"


def test_a_correction_of_an_article_not_in_the_file_goes_to_the_library_s_or_is_reported(
    source, tmp_path
):
    """An export of one article (or a hand-made file) may name another: stored when the
    library has that article, else said in a line of its own; the rest is imported."""
    store, first = source
    document = json.loads(export(store, "json"))
    document["articles"] = [a for a in document["articles"] if a["id"] != first]
    document["highlights"] = [h for h in document["highlights"] if h["article_id"] != first]
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        fill(ours)
        said = written(ours, document, tmp_path / "one.json")
        assert (DUPLICATE, "1 speaker correction added") in said
        assert [c.speaker for c in ours.speaker_corrections(first)] == ["Saleumxay Kommasith"]
    with Store.open(tmp_path / "empty" / "library.json") as empty:
        said = written(empty, document, tmp_path / "one.json")
        assert said[0][0] == IMPORTED  # the other article
        assert said[1] == (
            FAILED,
            f"1 speaker correction of article {first!r}, neither in the file nor in the "
            "library: not imported",
        )
        assert empty.speaker_corrections() == [] and len(empty.articles()) == 1


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"quote": "We will"}, "speaker correction 1: its quote is not as long as"),
        ({"start": -4}, "speaker correction 1: its offsets (-4,"),
        ({"end": "12"}, "speaker correction 1: end has the wrong type"),
        ({"speaker": {"name": "x"}}, "speaker correction 1: speaker has the wrong type"),
        ({"status": "gone"}, "speaker correction 1: its status is not one of"),
        ({"updated_at": "2099-01-01T00:00:00+00:00"}, "its change time 2099-01-01"),
        ({"article_id": None}, "speaker correction 1: missing article_id"),
        ({"start": None}, "speaker correction 1: start has the wrong type"),
    ],
)
def test_a_malformed_speaker_correction_fails_the_file_with_nothing_written(
    source, tmp_path, changes, reason
):
    store, _ = source
    document = json.loads(export(store, "json"))
    document["speaker_corrections"][0].update(changes)
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        before = export(ours, "json")
        said = written(ours, document, tmp_path / "bad.json")
        assert [s for s, _ in said] == [FAILED]
        assert reason in said[0][1], said
        assert export(ours, "json") == before


def test_speaker_corrections_that_are_no_list_fail_the_file(source, tmp_path):
    store, _ = source
    document = {**json.loads(export(store, "json")), "speaker_corrections": {"id": "x"}}
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        said = written(ours, document, tmp_path / "bad.json")
        assert said == [
            (FAILED, "articles, highlights, corrections and speaker_corrections must be lists")
        ]
        assert ours.articles() == []


def test_a_correction_placed_anew_in_our_changed_text_keeps_the_time_it_was_made(source, tmp_path):
    """The file's correction is older than ours of the same words; our text changed since the
    export, so the import moves it to where the words are now. Moving it stamped it "now", and
    the colleague's old correction replaced our newer one."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update

    store, first = source
    document = json.loads(export(store, "json"))
    document["articles"] = [a for a in document["articles"] if a["id"] != first]
    document["highlights"] = [h for h in document["highlights"] if h["article_id"] != first]
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        fill(ours)
        apply_update(ours, ours.article(first), ParsedDocument("UPDATED. " + TEXT_A, "Mekong"))
        text = ours.article_text(first)
        start = text.index(WORDS)
        mine = replace(
            new_speaker_correction(first, text, start, start + len(WORDS), "The deputy"),
            created_at=LATER,
            updated_at=LATER,
        )
        ours.save_speaker_corrections([mine])
        said = written(ours, document, tmp_path / "one.json")
        assert (DUPLICATE, "0 speaker corrections added, 1 already present") in said
        assert ours.speaker_corrections() == [mine]


@pytest.mark.parametrize(
    ("speaker", "role", "stored"),
    [
        ("EvilX\x1b[0m Y", "Envoy\x07 of\nthe\u200b Crown", ("EvilX Y", "Envoy of the Crown")),
        ("Ada\tLove\u202elace\x00", "", ("Ada Lovelace", "")),
        ("", "Envoy", ("", "")),  # no statement has no role
    ],
)
def test_an_imported_speaker_correction_is_cleaned_as_speaker_name_cleans_it(
    source, tmp_path, speaker, role, stored
):
    """A file's speaker, role and organisation were stored raw: citations showed "EvilX Y"
    (the escape dropped) while the store held what ``diplotui speaker --name`` refuses."""
    store, _ = source
    document = json.loads(export(store, "json"))
    document["speaker_corrections"][0].update(
        speaker=speaker, role=role, organisation="\x1b]52;c;aGk=\x07Foreign\u202dOffice"
    )
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        said = written(ours, document, tmp_path / "dirty.json")
        assert {s for s, _ in said} == {IMPORTED}, said
        [correction] = ours.speaker_corrections()
        organisation = "ForeignOffice" if speaker else ""
        assert (correction.speaker, correction.role, correction.organisation) == (
            *stored,
            organisation,
        )


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"speaker": "..."}, "speaker correction 1: its speaker '...' has no letters or digits"),
        ({"speaker": "\x1b[31m\u202e"}, "speaker correction 1: its speaker '' has no letters"),
        ({"speaker": "X" * 5000}, "speaker correction 1: its speaker is 5,000 characters long"),
        ({"role": "r" * 600}, "speaker correction 1: its role is 600 characters long"),
        ({"organisation": "o" * 501}, "speaker correction 1: its organisation is 501 characters"),
    ],
)
def test_a_speaker_correction_no_cleaning_makes_valid_fails_the_file(
    source, tmp_path, changes, reason
):
    store, _ = source
    for fmt in ("json", "w3c"):
        document = json.loads(export(store, fmt))
        key = "speaker_corrections" if fmt == "json" else "diplotui:speakerCorrections"
        document[key][0].update(changes)
        with Store.open(tmp_path / fmt / "library.json") as ours:
            before = export(ours, "json")
            said = written(ours, document, tmp_path / "bad.json")
            assert [s for s, _ in said] == [FAILED], (fmt, said)
            assert said[0][1].startswith(reason), (fmt, said)
            assert export(ours, "json") == before


def _said_highlight(document: dict[str, Any], fmt: str) -> tuple[dict[str, Any], str, str, str]:
    """The file's highlight that has a speaker, how an import names it, and the keys of its
    speaker and role; the file's speaker corrections left out, which would give the highlight
    theirs."""
    document["speaker_corrections" if fmt == "json" else EXT + "speakerCorrections"] = []
    if fmt == "json":
        found = document["highlights"]
        keys = ("speaker", "speaker_role")
        noun = "highlight"
    else:
        found = document["first"]["items"]
        keys = (EXT + "speaker", EXT + "speakerRole")
        noun = "annotation"
    index = next(i for i, h in enumerate(found) if h.get(keys[0]))
    return found[index], f"{noun} {index + 1}", *keys


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_an_imported_highlights_speaker_is_cleaned_as_its_correction_is(source, tmp_path, fmt):
    """A highlight's own speaker and role were stored raw though the correction beside it in
    the same file was cleaned: citations showed "EvilX Y" (the escape dropped) and
    ``quotes --speaker evilx`` never found it. Markup is a name's text, shown inert."""
    store, _ = source
    document = json.loads(export(store, fmt))
    highlight, _, speaker, role = _said_highlight(document, fmt)
    highlight.update({speaker: "EvilX\x1b[0m Y\u202e", role: "Envoy\x07 of\n[b]the[/b] Crown"})
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        said = written(ours, document, tmp_path / "dirty.json")
        assert {s for s, _ in said} == {IMPORTED}, said
        assert {(h.speaker, h.speaker_role) for h in ours.highlights() if h.speaker} == {
            ("EvilX Y", "Envoy of [b]the[/b] Crown")
        }


@pytest.mark.parametrize("fmt", ["json", "w3c"])
@pytest.mark.parametrize(
    ("speaker", "role", "reason"),
    [
        ("X" * 10_000_000, "", "its speaker is 10,000,000 characters long: at most 500"),
        ("Ada", "r" * 501, "its speaker's role is 501 characters long: at most 500"),
        ("...", "", "its speaker '...' has no letters or digits to name anyone"),
        ("\x1b[31m\u202e", "", "its speaker '' has no letters or digits to name anyone"),
        (42, "", "speaker must be a string"),
        ("Ada", ["Envoy"], "speaker_role must be a string"),
    ],
    ids=["10 MB", "long role", "dots", "escape alone", "number", "role a list"],
)
def test_an_imported_highlights_speaker_no_cleaning_makes_valid_fails_the_file(
    source, tmp_path, fmt, speaker, role, reason
):
    """Stored raw before: a speaker of 10 MB was listed whole; one of "..." named no one a
    filter could ask for. The file is refused in one line naming the record, nothing stored;
    in a W3C file a speaker that was no string was dropped, its words' speaker lost unsaid."""
    store, _ = source
    document = json.loads(export(store, fmt))
    highlight, what, speaker_key, role_key = _said_highlight(document, fmt)
    highlight.update({speaker_key: speaker, role_key: role})
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        before = export(ours, "json")
        said = written(ours, document, tmp_path / "bad.json")
        assert said == [(FAILED, f"{what}: {reason}")]
        assert export(ours, "json") == before


@pytest.mark.parametrize("role", ["", "Foreign Minister"])
def test_a_w3c_export_leaves_out_a_speaker_s_missing_role_and_its_import_reads_it_as_none(
    source, tmp_path, role
):
    """The W3C export wrote ``speakerRole: ""`` for a speaker with no role, a field saying
    nothing; left out, the import still reads the speaker with no role, and a role given is
    kept."""
    store, _ = source
    document = json.loads(export(store, "w3c"))
    highlight, _, speaker, role_key = _said_highlight(document, "w3c")
    assert highlight[speaker] == "Saleumxay Kommasith"
    assert role_key not in highlight, highlight
    if role:
        highlight[role_key] = role
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        said = written(fresh, document, tmp_path / "export.jsonld")
        assert {s for s, _ in said} == {IMPORTED}, said
        assert [(h.speaker, h.speaker_role) for h in fresh.highlights() if h.speaker] == [
            ("Saleumxay Kommasith", role)
        ]
