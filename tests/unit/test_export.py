"""Exports: golden output of every format on a fixed store, selection, and safe writing."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

import diplotui.store.repository as store_module
from diplotui.anchoring import new_highlight
from diplotui.exchange import import_export_file
from diplotui.export import (
    FORMATS,
    W3C_CONTEXT,
    ExportError,
    ExportExists,
    escape_hidden,
    export,
    write_export,
)
from diplotui.ingest.report import IMPORTED
from diplotui.model import Article, EntityCorrection, Highlight
from diplotui.store import Store, text_hash

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = bool(os.environ.get("DIPLOTUI_UPDATE_GOLDEN"))
STAMP = "2025-07-20T09:00:00.000+00:00"

TEXT_A = (
    "Mekong partners agree to keep talking\n\n"
    "Vientiane — Ministers from five countries met on Monday. "
    "They agreed to “keep talking” about dams and fisheries.\n\n"
    "“We will return in October,” said the host. It’s 40% more water than last year."
)
TEXT_B = "ASEAN statement on the South China Sea\n\nThe ministers = concern, -3 steps."


def fill(store: Store) -> dict[str, str]:
    """The fixed library behind every golden file; returns the ids."""
    first = Article(
        id=text_hash(TEXT_A)[:12],
        title="Mekong partners agree to keep talking",
        text_hash="",
        source="The Diplomat",
        url="https://thediplomat.com/2025/07/mekong/",
        author="Jane Doe",
        date="2025-07-14",
        tags=["mekong", "water"],
        note="Follow the October meeting.",
        imported_at=STAMP,
        updated_at=STAMP,
    )
    second = Article(
        id=text_hash(TEXT_B)[:12],
        title="ASEAN statement on the South China Sea",
        text_hash="",
        source="",
        date="2025",
        date_is_guess=True,
        imported_at=STAMP,
        updated_at=STAMP,
    )
    store.add_article(first, TEXT_A)
    store.add_article(second, TEXT_B)

    def span(text: str, quote: str) -> tuple[int, int]:
        start = text.index(quote)
        return start, start + len(quote)

    quotes = [
        (
            "0000000000a1",
            first.id,
            TEXT_A,
            "They agreed to “keep talking” about dams and fisheries.",
            "key",
            "Important\nsecond line",
            ["dams"],
        ),
        ("0000000000a2", first.id, TEXT_A, "It’s 40% more water than last year.", "figure", "", []),
        (
            "0000000000b1",
            second.id,
            TEXT_B,
            "The ministers = concern, -3 steps.",
            "question",
            '=HYPERLINK("x")',
            ["scs", "dams"],
        ),
    ]
    for hid, article_id, text, quote, color, note, tags in quotes:
        start, end = span(text, quote)
        store.save_highlight(
            Highlight(
                id=hid,
                article_id=article_id,
                start=start,
                end=end,
                quote=quote,
                prefix=text[max(0, start - 8) : start],
                suffix=text[end : end + 8],
                color=color,
                note=note,
                tags=tags,
                created_at=STAMP,
                author="mai" if hid.endswith("1") else "",
            )
        )
    store.save_correction(
        EntityCorrection(id="00000000c0c0", kind="add", text="Mekong", type="LOC", created_at=STAMP)
    )
    return {"first": first.id, "second": second.id}


@pytest.fixture
def fixed_store(store_path: Path, monkeypatch):
    monkeypatch.setattr(store_module, "now_iso", lambda: STAMP)
    with Store.open(store_path) as store:
        fill(store)
        yield store


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_exports(fixed_store: Store, fmt: str):
    extension = {"markdown": "md", "w3c": "w3c.jsonld", "bibtex": "bib"}.get(fmt, fmt)
    text = export(fixed_store, fmt)
    check_golden(f"export.{extension}", text)
    assert export(fixed_store, fmt) == text  # deterministic: no export timestamp


def test_json_is_versioned_and_complete(fixed_store: Store):
    document = json.loads(export(fixed_store, "json"))
    assert (document["format"], document["version"]) == ("diplotui-export", 1)
    assert [a["text"] for a in document["articles"]] == [TEXT_A, TEXT_B]
    assert len(document["highlights"]) == 3 and len(document["corrections"]) == 1


def test_w3c_shape(fixed_store: Store):
    document = json.loads(export(fixed_store, "w3c"))
    assert document["@context"] == W3C_CONTEXT
    assert document["type"] == "AnnotationCollection" and document["total"] == 3
    first = document["first"]["items"][0]
    assert first["type"] == "Annotation"
    selectors = {s["type"]: s for s in first["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"].startswith("They agreed")
    start, end = (
        selectors["TextPositionSelector"]["start"],
        selectors["TextPositionSelector"]["end"],
    )
    assert TEXT_A[start:end] == selectors["TextQuoteSelector"]["exact"]
    purposes = [(b["purpose"], b["value"]) for b in first["body"]]
    assert purposes == [("commenting", "Important\nsecond line"), ("tagging", "dams")]
    assert first["target"]["source"] == "https://thediplomat.com/2025/07/mekong/"


def test_csv_rows_and_formula_defusing(fixed_store: Store):
    rows = list(csv.DictReader(io.StringIO(export(fixed_store, "csv"))))
    assert [(r["status"], r["note"]) for r in rows if not r["highlight_id"]] == [
        ("article note", "Follow the October meeting.")
    ]
    rows = [r for r in rows if r["highlight_id"]]
    assert [r["colour"] for r in rows] == ["key statement", "figure", "question"]
    assert rows[0]["note"] == "Important\nsecond line"
    assert rows[2]["quote"] == "The ministers = concern, -3 steps."
    assert rows[2]["note"] == '\'=HYPERLINK("x")'
    assert rows[2]["tags"] == "scs, dams"


def test_csv_date_is_a_date_and_its_guess_a_column_of_its_own(fixed_store: Store):
    """A sheet sorts and filters ``date`` as a date: a guessed year is "2025" there, not the
    views' "2025?", and ``date_is_guess`` (a column at the end, as new columns go) says it."""
    rows = list(csv.DictReader(io.StringIO(export(fixed_store, "csv"))))
    assert [(r["date"], r["date_is_guess"]) for r in rows if r["highlight_id"]] == [
        ("2025-07-14", "false"),
        ("2025-07-14", "false"),
        ("2025", "true"),
    ]
    assert list(rows[0])[-4:] == ["date_is_guess", "kind", "status", "statement_date"]  # in turn


def test_selection_by_article_and_tag(fixed_store: Store):
    ids = [a.id for a in fixed_store.articles()]
    only_second = json.loads(export(fixed_store, "json", article_ids=[ids[1]]))
    assert [a["id"] for a in only_second["articles"]] == [ids[1]]
    tagged = json.loads(export(fixed_store, "json", tag="dams"))
    assert {h["id"] for h in tagged["highlights"]} == {"0000000000a1", "0000000000b1"}
    article_tag = json.loads(export(fixed_store, "json", tag="water"))
    assert len(article_tag["highlights"]) == 2  # the article's tag brings all its highlights
    assert export(fixed_store, "csv", tag="nothing").count("\n") == 1


def test_json_escapes_invisible_characters(store_path: Path):
    text = "Title\n\nbody \u202eevil\u200b \x1b[31m"
    with Store.open(store_path) as store:
        store.add_article(Article(id=text_hash(text)[:12], title="T", text_hash=""), text)
        dumped = export(store, "json")
    assert "\u202e" not in dumped and "\x1b" not in dumped and "\\u202e" in dumped
    assert json.loads(dumped)["articles"][0]["text"] == text


def test_hidden_characters_beyond_ffff_are_escaped_and_the_others_kept() -> None:
    """Characters beyond U+FFFF are matched as one range and sorted one by one: the hidden
    (tag characters, a musical format mark) become escaped surrogate pairs, the others
    (an emoji, a rare Chinese character) stay as written, beside a lone surrogate escaped."""
    hidden, kept = "\U000e0001\U000e0041\U0001d173", "\U0001f600\U00020000"
    dumped = escape_hidden(json.dumps(f"a{hidden}b{kept}\ud800", ensure_ascii=False))
    assert dumped == '"a\\udb40\\udc01\\udb40\\udc41\\ud834\\udd73b' + kept + '\\ud800"'
    assert json.loads(dumped) == f"a{hidden}b{kept}\ud800"


def test_markdown_is_sanitised(store_path: Path):
    text = "Title\n\nbody"
    with Store.open(store_path) as store:
        hostile = Article(
            id=text_hash(text)[:12], title="T\x1b]52;c;eA==\x07itle\u202e", text_hash=""
        )
        store.add_article(hostile, text)
        brief = export(store, "markdown")
    assert "## Title\n" in brief and "\x1b" not in brief and "\u202e" not in brief


def test_markdown_escapes_strikethrough_in_article_text(store_path: Path):
    """A title, source, tag, note or quote holding tildes ("~5%", a struck headline pasted
    in) was written bare, and GitHub's Markdown drew the words between two as struck out:
    every tilde is escaped, as emphasis and links already are."""
    text = "Talks ~~postponed~~ resumed\n\nTariffs fell ~~10% to ~5%, said ~the minister~."
    quote = text[text.index("Tariffs") :]
    with Store.open(store_path) as store:
        article = Article(
            id=text_hash(text)[:12],
            title="Talks ~~postponed~~ resumed",
            text_hash="",
            source="~~Wire~~",
            note="~~struck~~ note",
            tags=["~~tag~~"],
        )
        store.add_article(article, text)
        start = text.index(quote)
        store.save_highlight(
            new_highlight(
                article.id,
                text,
                start,
                start + len(quote),
                note="a ~~struck~~ note",
                speaker="~~Someone~~",
            )
        )
        brief = export(store, "markdown")
    assert "## Talks \\~\\~postponed\\~\\~ resumed\n" in brief
    # the speaker's statement is reported (no quotation marks): the reporter's words
    said = "\\~\\~Someone\\~\\~ said: Tariffs fell \\~\\~10% to \\~5%, said \\~the minister\\~."
    assert f"\n{said}\n" in brief
    assert brief.count("~") == brief.count("\\~") > 0  # every tilde escaped


def test_unknown_format(fixed_store: Store):
    with pytest.raises(ValueError):
        export(fixed_store, "pdf")


def test_write_export_never_clobbers(tmp_path: Path):
    target = tmp_path / "brief.md"
    write_export("one", target)
    assert target.read_text() == "one"
    with pytest.raises(ExportExists, match=r"already exists$"):  # how to overwrite: the caller
        write_export("two", target)
    assert target.read_text() == "one"
    write_export("three", target, force=True)
    assert target.read_text() == "three"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]  # no temp files left
    with pytest.raises(ExportError, match="no such directory"):
        write_export("x", tmp_path / "missing" / "f.md")


def test_quotes_for_people_leave_out_what_the_reader_hides(store_path: Path):
    """A passage across paragraphs stores the image line between them (anchoring needs the
    exact text); the brief and the spreadsheet show what the reader showed."""
    text = "Talks in Hanoi\n\nThe first point was agreed.\n![]() |\nThe second point was not.\n"
    quote = text[text.index("The first") : text.index("not.") + len("not.")]
    with Store.open(store_path) as store:
        article = Article(id=text_hash(text)[:12], title="Talks in Hanoi", text_hash="")
        store.add_article(article, text)
        start = text.index(quote)
        store.save_highlight(
            Highlight(
                id="0000000000d1",
                article_id=article.id,
                start=start,
                end=start + len(quote),
                quote=quote,
            )
        )
        brief = export(store, "markdown")
        sheet = export(store, "csv")
        exact = json.loads(export(store, "json"))
    assert "> The first point was agreed.\n>\n> The second point was not." in brief
    assert "![]()" not in brief and "![]()" not in sheet
    assert "The first point was agreed.\nThe second point was not." in sheet
    assert "![]() |" in json.dumps(exact)  # the stored exact quote, for re-anchoring


def test_csv_gives_each_row_its_article_url_and_no_cell_a_formula(store_path: Path):
    """The CSV had no URL column, so a quote taken from it could not be cited; and a note
    opening with = + - @ behind spaces, a tab or an invisible character must still not run
    as a spreadsheet formula. A URL that is not http(s) is left out, as in every export."""
    text = "Talks in Hanoi\n\nThe first point was agreed. The second point was not."
    openings = ["+1+cmd", "@SUM(A1)", "-2+3", " \t=1+1", "\u200b=1", "\x1b[0m=2", "\u00a0=3"]
    with Store.open(store_path) as store:
        for index, url in enumerate(["https://example.org/a?b=1", "javascript:alert(1)"]):
            article = Article(id=f"{index:012x}", title="T", text_hash="", url=url)
            store.add_article(article, text)
            for number, note in enumerate(openings):
                start = text.index("The first")
                store.save_highlight(
                    Highlight(
                        id=f"{index}{number:011x}",
                        article_id=article.id,
                        start=start,
                        end=start + 10,
                        quote=text[start : start + 10],
                        note=note,
                    )
                )
        rows = list(csv.DictReader(io.StringIO(export(store, "csv"))))
    assert [r["url"] for r in rows] == ["https://example.org/a?b=1"] * 7 + [""] * 7
    assert all(r["note"].startswith("'") for r in rows), [r["note"] for r in rows]


@pytest.mark.parametrize("fmt", ["json", "w3c"])
def test_exports_leave_out_local_file_paths_but_keep_web_addresses(
    store_path: Path, tmp_path: Path, fmt: str
):
    """An export is sent on to others: the file an article was imported from names the
    exporter's folders; the page a feed article was fetched from is public and kept."""
    with Store.open(store_path) as store:
        for number, origin in enumerate(
            ("/home/analyst/briefs/secret-source.txt", "https://example.org/news/1")
        ):
            text = f"Article {number}\n\nThe ministers met on Monday number {number}."
            store.add_article(
                Article(
                    id=text_hash(text)[:12],
                    title=f"Article {number}",
                    text_hash="",
                    origin_path=origin,
                ),
                text,
            )
        text = export(store, fmt)
    assert "/home/analyst" not in text
    assert "https://example.org/news/1" in text
    path = tmp_path / f"export.{fmt}"
    path.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "fresh" / "library.json") as fresh:
        outcomes = import_export_file(fresh, path)
        assert [o.status for o in outcomes] == [IMPORTED, IMPORTED]
        assert sorted(a.origin_path for a in fresh.articles()) == ["", "https://example.org/news/1"]
