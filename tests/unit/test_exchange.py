"""Importing exports: round trips, merging without doubles, W3C from other tools, bad files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from unicodedata import normalize

import pytest

import diplotui.store.repository as store_module
from diplotui.exchange import import_export_file
from diplotui.export import export
from diplotui.ingest.report import DUPLICATE, FAILED, IMPORTED
from diplotui.store import Store
from tests.unit.test_export import STAMP, TEXT_A, fill


def comparable(text: str) -> str:
    """An export without the fields that record when this store last wrote a record."""
    return "\n".join(
        line
        for line in text.splitlines()
        if '"updated_at"' not in line and '"modified"' not in line
    )


@pytest.fixture
def source(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(store_module, "now_iso", lambda: STAMP)
    with Store.open(tmp_path / "source" / "library.json") as store:
        fill(store)
        yield store


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_round_trip_into_an_empty_store(source: Store, tmp_path: Path, fmt: str):
    exported = export(source, fmt)
    path = tmp_path / f"export.{fmt}"
    path.write_text(exported, encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        outcomes = import_export_file(fresh, path)
        assert [o.status for o in outcomes] == [IMPORTED, IMPORTED]
        assert outcomes[0].reason == "2 highlights added"
        again = export(fresh, fmt)
        if fmt == "json":
            assert len(fresh.corrections()) == 1
    assert comparable(again) == comparable(exported)


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_importing_twice_adds_nothing(source: Store, tmp_path: Path, fmt: str):
    path = tmp_path / f"export.{fmt}"
    path.write_text(export(source, fmt), encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        import_export_file(fresh, path)
        before = export(fresh, "json")
        outcomes = import_export_file(fresh, path)
        assert [o.status for o in outcomes] == [DUPLICATE, DUPLICATE]
        assert outcomes[0].reason == "0 highlights added, 2 already present"
        assert export(fresh, "json") == before


def test_merge_into_a_non_empty_store(source: Store, tmp_path: Path):
    document = json.loads(export(source, "json"))
    first = document["articles"][0]
    first.update(id="abcdef000000", author="", url="", tags=["new"])  # same text, other record
    first_highlight = document["highlights"][0]
    first_highlight["id"] = "ffffffffffff"  # same place and quote under a new id: not doubled
    document["highlights"] = [
        {**h, "article_id": "abcdef000000"}
        if h["article_id"] != (document["articles"][1]["id"])
        else h
        for h in document["highlights"]
    ]
    extra = {
        **document["highlights"][1],
        "id": "eeeeeeeeeeee",
        "start": 0,
        "end": 5,
        "quote": "Mekon",
        "prefix": "",
        "suffix": "",
    }
    document["highlights"].append(extra)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert [o.status for o in outcomes] == [DUPLICATE, DUPLICATE]
    assert outcomes[0].reason == (  # not "1 highlights"; the tag it gave said
        "1 highlight added, 2 already present; its tags given from the file"
    )
    merged = source.article(outcomes[0].article_id)
    assert merged.author == "Jane Doe" and merged.tags == ["mekong", "water", "new"]
    assert len(source.highlights()) == 4
    assert len(source.articles()) == 2 and len(source.corrections()) == 1


def test_w3c_from_another_tool_targets_a_stored_article(source: Store, tmp_path: Path):
    quote = "We will return in October,"
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "id": "https://hypothes.is/a/xyz",
        "body": {"type": "TextualBody", "value": "check", "purpose": "tagging"},
        "target": {
            "source": "https://thediplomat.com/2025/07/mekong/",
            "selector": {"type": "TextQuoteSelector", "exact": quote},
        },
    }
    path = tmp_path / "other.jsonld"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert [o.status for o in outcomes] == [DUPLICATE]
    added = [h for h in source.highlights() if h.quote == quote]
    assert len(added) == 1 and added[0].tags == ["check"]
    assert TEXT_A[added[0].start : added[0].end] == quote


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "invalid JSON at line 1"),
        (b'{"title": "\xe9"}', "not UTF-8 at byte 11"),
        (b'{"hello": 1}', "not a diplotui or W3C Web Annotation export"),
        (b'{"format": "diplotui-export", "version": 99}', "newer than this diplotui reads"),
        (
            b'{"format": "diplotui-export", "version": 1, "articles": [], '
            b'"highlights": [{"id": "aa", "article_id": "bb", '
            b'"start": 0, "end": 1, "quote": "x"}]}',
            "not in file",
        ),
        (
            b'{"format": "diplotui-export", "version": 1, "articles": '
            b'[{"id": "aa", "title": "T", "text": "T", "tags": "x"}]}',
            "tags must be a list",
        ),
    ],
)
def test_bad_files_fail_without_writing(source: Store, tmp_path: Path, content, reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = export(source, "json")
    outcomes = import_export_file(source, path)
    assert [o.status for o in outcomes] == [FAILED]
    assert reason in outcomes[0].reason
    assert export(source, "json") == before


@pytest.mark.parametrize("fmt", ["json", "w3c"])
@pytest.mark.parametrize(
    ("created", "said"),
    [
        ("2099-01-01T00:00:00.000+00:00", "its created time 2099-01-01T00:00:00.000+00:00 is in"),
        ("not a date", "its created time is not an ISO timestamp with a time zone"),
        ("2025-07-20T09:00:00", "its created time is not an ISO timestamp with a time zone"),
    ],
)
def test_a_highlight_created_at_no_time_or_in_the_future_fails_the_file(
    source: Store, tmp_path: Path, fmt: str, created: str, said: str
):
    """An export's highlight "created" in 2099 or at "not a date" was stored as it came (a
    sync then filed it under 2099, or the year 0000). The file fails in one line, nothing
    stored changed."""
    key = "created_at" if fmt == "json" else "created"
    document = json.loads(export(source, fmt))
    records = document["highlights"] if fmt == "json" else document["first"]["items"]
    records[1][key] = created
    path = tmp_path / f"export.{fmt}"
    path.write_text(json.dumps(document), encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        outcomes = import_export_file(fresh, path)
        assert [(o.status, o.reason) for o in outcomes] == [(FAILED, outcomes[0].reason)]
        assert said in outcomes[0].reason and outcomes[0].reason.count("\n") == 0
        assert fresh.articles() == [] and fresh.highlights() == []


def test_a_highlight_created_in_another_time_zone_is_stored_in_utc(source: Store, tmp_path):
    """Another tool's "created" with an offset is the same moment, kept as the store keeps
    every time (UTC): a sync sends the highlight as a teammate's diplotui reads it."""
    document = json.loads(export(source, "w3c"))
    document["first"]["items"][0]["created"] = "2025-07-20T17:00:00+07:00"
    path = tmp_path / "export.w3c"
    path.write_text(json.dumps(document), encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        import_export_file(fresh, path)
        made = {h.created_at for h in fresh.highlights()}
    assert made == {"2025-07-20T10:00:00.000+00:00", STAMP}


def test_missing_file(source: Store, tmp_path: Path):
    outcomes = import_export_file(source, tmp_path / "nope.json")
    assert outcomes[0].status == FAILED and outcomes[0].reason


def test_an_imported_highlight_is_never_moved_onto_lookalike_text(source: Store, tmp_path: Path):
    """Its stored context disagrees with the quote's one place in the text: orphan, not moved."""
    data = json.loads(export(source, "json"))
    article = next(a for a in data["articles"] if "keep talking" in a["text"])
    highlight = next(h for h in data["highlights"] if h["article_id"] == article["id"])
    quote = "fisheries"
    assert article["text"].count(quote) == 1
    highlight.update(
        quote=quote,
        prefix="an unrelated passage about ",
        suffix=" quotas in another sea",
        start=0,
        end=len(quote),
    )
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        import_export_file(fresh, path)
        placed = fresh.highlight(highlight["id"])
        assert placed.status == "orphan"
        assert placed.quote == quote


def test_leading_zero_ids_never_replace_stored_records(source: Store, tmp_path: Path):
    """Issue 12.1: ids ``0`` + an existing id are other records, never the existing ones."""
    document = json.loads(export(source, "json"))
    stored_article = source.articles()[0]
    stored_highlight = source.highlights(stored_article.id)[0]
    stored_note, stored_count = stored_highlight.note, len(source.highlights())
    other_text = "A different article. It says the talks resume in May."
    document["articles"] = [
        {"id": "0" + stored_article.id, "title": "Another", "text": other_text, "tags": []}
    ]
    document["highlights"] = [
        {
            "id": "0" + stored_highlight.id,
            "article_id": "0" + stored_article.id,
            "start": 0,
            "end": 11,
            "quote": "A different",
            "note": "not the stored note",
        },
        {  # the stored highlight's exact id at another place: a collision, so a new id
            "id": stored_highlight.id,
            "article_id": "0" + stored_article.id,
            "start": 12,
            "end": 16,
            "quote": "article"[:4],
        },
    ]
    path = tmp_path / "zeros.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert [(o.status, o.reason) for o in outcomes] == [(IMPORTED, "2 highlights added")]
    assert source.article(stored_article.id).title == stored_article.title
    assert source.highlight(stored_highlight.id).note == stored_note
    assert source.highlight(stored_highlight.id).article_id == stored_article.id
    assert len(source.highlights()) == stored_count + 2
    source.close()
    with Store.open(source.path, read_only=True) as reopened:  # and so on disk
        assert reopened.article(stored_article.id).title == stored_article.title
        assert reopened.highlight(stored_highlight.id).note == stored_note
        assert reopened.article("0" + stored_article.id).title == "Another"
        assert len(reopened.highlights()) == stored_count + 2


def test_an_id_taken_by_another_text_is_said_when_the_article_takes_a_new_one(
    source: Store, tmp_path: Path
):
    """A colleague's export of an article edited since (same id, another text) came in as a
    second article under a new id, the line naming only the new id: the list then held the
    title twice and nothing said why."""
    document = json.loads(export(source, "json"))
    stored = source.articles()[0]
    [theirs] = [a for a in document["articles"] if a["id"] == stored.id]
    theirs["text"] = theirs["text"].replace("in October", "in November", 1)
    assert theirs["text"] != source.article_text(stored.id)
    theirs.pop("text_hash", None)
    document["articles"], document["highlights"] = [theirs], []
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    [outcome] = import_export_file(source, path)
    assert outcome.status == IMPORTED and outcome.article_id != stored.id
    assert f"its id {stored.id} is another text's here: stored as {outcome.article_id}" in (
        outcome.reason
    )
    assert source.article(stored.id).title == stored.title


def test_an_imported_id_never_names_a_record_of_the_other_kind(source: Store, tmp_path: Path):
    """An export's highlight carrying a stored article's id (and its article a stored
    highlight's) kept it: ``note ID`` and ``quote ID`` take either kind, so a note set on
    "the highlight" went to the article. Each takes a new id, no id naming two records."""
    document = json.loads(export(source, "json"))
    stored_article = source.articles()[0]
    stored_highlight = source.highlights(stored_article.id)[0]
    document["articles"] = [
        {"id": stored_highlight.id, "title": "Another", "text": "Talks resume in May.", "tags": []}
    ]
    document["highlights"] = [
        {
            "id": stored_article.id,
            "article_id": stored_highlight.id,
            "start": 0,
            "end": 5,
            "quote": "Talks",
            "note": "theirs",
        }
    ]
    path = tmp_path / "crossed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    [outcome] = import_export_file(source, path)
    assert outcome.status == IMPORTED and outcome.article_id != stored_highlight.id
    assert f"its id {stored_highlight.id} is a highlight's here: stored as" in outcome.reason
    [theirs] = source.highlights(outcome.article_id)
    assert theirs.id != stored_article.id and theirs.note == "theirs"
    ids = [a.id for a in source.articles()] + [h.id for h in source.highlights()]
    assert len(ids) == len(set(ids))


def test_w3c_leading_zero_highlight_urn_is_a_new_highlight(source: Store, tmp_path: Path):
    document = json.loads(export(source, "w3c"))
    annotations = document.get("items") or document.get("first", {}).get("items") or document
    annotation = annotations[0] if isinstance(annotations, list) else annotations
    stored = {h.id: h for h in source.highlights()}
    stored_id = annotation["id"].rsplit(":", 1)[1]
    annotation["id"] = annotation["id"].rsplit(":", 1)[0] + ":0" + stored_id
    selector = annotation["target"]["selector"]
    selectors = selector if isinstance(selector, list) else [selector]
    article_text = source.article_text(stored[stored_id].article_id)
    new_quote = article_text[:9]
    for one in selectors:
        if one.get("type") == "TextQuoteSelector":
            one.update(exact=new_quote, prefix="", suffix=article_text[9:20])
        if one.get("type") == "TextPositionSelector":
            one.update(start=0, end=9)
    path = tmp_path / "zeros.jsonld"
    path.write_text(json.dumps(annotation), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert [o.status for o in outcomes] == [DUPLICATE]
    assert source.highlight(stored_id).quote == stored[stored_id].quote
    assert source.highlight("0" + stored_id).quote == new_quote
    assert len(source.highlights()) == len(stored) + 1


def test_a_colleagues_note_on_the_same_passage_is_kept(source: Store, tmp_path: Path):
    """The same passage highlighted elsewhere with its own note and tags: "already present"
    must not throw that note away; it joins the stored highlight's note, its tags join too."""
    document = json.loads(export(source, "json"))
    stored = source.highlight(document["highlights"][0]["id"])
    document["highlights"] = [
        {
            **document["highlights"][0],
            "id": "cccccccccccc",
            "note": "Mai: check against the ministry's readout.",
            "tags": ["verify"],
        }
    ]
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert outcomes[0].reason == "0 highlights added, 1 already present (1 given its note or tags)"
    merged = source.highlight(stored.id)
    colleague = "Mai: check against the ministry's readout."
    assert merged.note == (f"{stored.note}\n\n{colleague}" if stored.note else colleague)
    assert "verify" in merged.tags and all(t in merged.tags for t in stored.tags)
    assert len(source.highlights()) == len(json.loads(export(source, "json"))["highlights"])
    again = import_export_file(source, path)
    assert again[0].reason == "0 highlights added, 1 already present"
    assert source.highlight(stored.id).note == merged.note


def test_a_colleagues_note_on_the_same_article_is_kept(source: Store, tmp_path: Path):
    """A colleague's copy of an article this library holds with a note of its own: its note
    joins ours, as a highlight's does; filled in only where ours was empty, it was thrown
    away in silence."""
    document = json.loads(export(source, "json"))
    ours = source.article(document["articles"][0]["id"])
    colleague = "Mai: the readout leaves out the dams.\n\nAsk the embassy."
    document["articles"][0]["note"] = colleague
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert outcomes[0].status == DUPLICATE
    assert outcomes[0].reason.endswith("; its note joined the note here")
    assert source.article(ours.id).note == f"{ours.note}\n\n{colleague}"
    again = import_export_file(source, path)
    assert "note" not in again[0].reason
    assert source.article(ours.id).note == f"{ours.note}\n\n{colleague}"


def test_a_status_no_anchoring_gives_is_placed_anew(source: Store, tmp_path: Path):
    """A file's highlight whose status is none of the anchoring's ("weird") was stored so,
    then listed and exported with it; it is placed in the text as any other is."""
    document = json.loads(export(source, "json"))
    document["highlights"][0].update(status="weird", prefix="", suffix="")
    path = tmp_path / "weird.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        import_export_file(fresh, path)
        assert fresh.highlight(document["highlights"][0]["id"]).status == "anchored"


def test_a_note_spelt_decomposed_is_the_note_already_here(source: Store, tmp_path: Path):
    """A colleague's copy of a note in the other Unicode form (a Vietnamese input method's
    decomposed "ể") says nothing new: it was joined on, the same words twice, to the
    highlight's note and to the article's."""
    document = json.loads(export(source, "json"))
    highlight = document["highlights"][0]
    noted = replace(source.highlight(highlight["id"]), note="Biển Đông: ask the ministry")
    source.save_highlight(noted)
    article = source.article(document["articles"][0]["id"])
    source.with_updates(article, note="Hỏi Bộ Ngoại giao")
    decomposed = {**highlight, "id": "dddddddddddd", "note": normalize("NFD", noted.note)}
    document["highlights"] = [decomposed]
    document["articles"][0]["note"] = normalize("NFD", "Hỏi Bộ Ngoại giao")
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    outcomes = import_export_file(source, path)
    assert outcomes[0].reason == "0 highlights added, 1 already present"
    assert source.highlight(noted.id).note == "Biển Đông: ask the ministry"
    assert source.article(article.id).note == "Hỏi Bộ Ngoại giao"


def test_an_older_export_of_the_same_highlight_leaves_its_edited_note(
    source: Store, tmp_path: Path
):
    path = tmp_path / "old.json"
    path.write_text(export(source, "json"), encoding="utf-8")
    first = json.loads(path.read_text(encoding="utf-8"))["highlights"][0]["id"]
    edited = replace(source.highlight(first), note="rewritten since the export")
    source.save_highlight(edited)
    outcomes = import_export_file(source, path)
    assert outcomes[0].reason.endswith("already present")
    assert source.highlight(first).note == "rewritten since the export"


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"kind": "rename"}, "correction 1: its kind 'rename' is not one of add, remove, alias"),
        ({"type": "\x1b[2J"}, "correction 1: its type '\\x1b[2J' is not one of"),
        ({"text": "Mekong\x1b[0m"}, "correction 1: its text is no words of one line"),
        ({"text": "M" * 600}, "correction 1: its text is 600 characters long"),
        ({"kind": "alias", "canonical": "..."}, "correction 1: its canonical name '...' has no"),
    ],
)
def test_an_entity_correction_no_cleaning_makes_valid_fails_the_file(
    source: Store, tmp_path: Path, changes, said
):
    for fmt, key in (("json", "corrections"), ("w3c", "diplotui:corrections")):
        document = json.loads(export(source, fmt))
        document[key][0].update(changes)
        with Store.open(tmp_path / fmt / "library.json") as ours:
            before = export(ours, "json")
            path = tmp_path / "bad.json"
            path.write_text(json.dumps(document))
            outcomes = import_export_file(ours, path)
            assert [o.status for o in outcomes] == [FAILED], (fmt, outcomes)
            assert outcomes[0].reason.startswith(said), (fmt, outcomes[0].reason)
            assert export(ours, "json") == before


def test_an_imported_alias_is_stored_clean_as_the_app_stores_one(source: Store, tmp_path: Path):
    """A file's alias to "EvilX\\x1b[0m Y" was stored raw: statements grouped under a name
    citations showed as "EvilX Y" and no search found."""
    document = json.loads(export(source, "json"))
    document["corrections"][0].update(kind="alias", canonical="EvilX\x1b[0m\t\u202eY", type="")
    with Store.open(tmp_path / "ours" / "library.json") as ours:
        path = tmp_path / "alias.json"
        path.write_text(json.dumps(document))
        import_export_file(ours, path)
        [alias] = ours.corrections()
        assert (alias.kind, alias.text, alias.canonical) == ("alias", "Mekong", "EvilX Y")
