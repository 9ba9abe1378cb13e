"""BibTeX and RIS exports (newuser65): an analyst coming from Zotero could take no citation
back there. Each article one reference, its source, date and address carried, its tags as
keywords, its note and highlights as notes; checked here by hand against the formats' rules
(a BibTeX value's braces balanced, every special character escaped; RIS's ``TY`` to ``ER``
records of ``XX  - value`` lines). bibtexparser 2.1 and rispy 0.10 read the golden files
(tests/golden/export.bib, export.ris) whole, as checked when they were written."""

from __future__ import annotations

import re
from pathlib import Path

from diplotui.export import export
from diplotui.model import Article
from diplotui.store import Store, text_hash
from tests.cli_runner import run_main

TEXT = "Talks & trade\n\nThe minister said 50% of tariffs_go {soon} #1 ~ ^ \\ end.\n"
RIS_LINE = re.compile(r"^[A-Z][A-Z0-9]  - .*$")


def _article(store: Store, **fields: object) -> Article:
    text = TEXT + str(fields.get("title", ""))
    article = Article(id=store.new_article_id(text_hash(text)), text_hash="", **fields)  # type: ignore[arg-type]
    return store.add_article(article, text)


def _entries(bib: str) -> list[str]:
    """Each entry's text, from its ``@`` to its closing brace, braces counted (a ``\\{``
    escaped is no brace)."""
    entries, depth, start = [], 0, None
    for at, char in enumerate(bib):
        if char == "@" and depth == 0:
            start = at
        elif char in "{}" and (at == 0 or bib[at - 1] != "\\"):
            depth += 1 if char == "{" else -1
            assert depth >= 0, bib[: at + 1]
            if depth == 0 and start is not None:
                entries.append(bib[start : at + 1])
                start = None
    assert depth == 0, bib
    return entries


def test_bibtex_escapes_and_carries_the_citation(store_path: Path) -> None:
    with Store.open(store_path) as store:
        _article(store, title="Tariffs & trade: 50% #1", source="World & Vietnam Report",
                 author="Lê Hoài Trung", date="2025-07-18", tags=["trade_policy", "asean"],
                 url="https://en.baoquocte.vn/a_b-1.html",
                 note="Ask {him} about ~ and ^")  # fmt: skip
        _article(store, title="Tariffs & trade: 50% #1", source="World & Vietnam Report",
                 author="Lê Hoài Trung", date="2025-07-18", date_is_guess=True)  # fmt: skip
        _article(store, title="Untitled wire", date="2025-07")
        bib = export(store, "bibtex")
    entries = _entries(bib)
    assert len(entries) == 3, bib
    first = entries[0]
    assert first.startswith("@article{lehoaitrung2025tariffs,\n"), first
    assert "  title = {{Tariffs \\& trade: 50\\% \\#1}},\n" in first
    assert "  author = {{Lê Hoài Trung}},\n" in first  # a name as written, never reordered
    assert "  journal = {World \\& Vietnam Report},\n" in first
    assert "  year = {2025},\n  month = jul,\n  date = {2025-07-18},\n" in first
    assert "  url = {https://en.baoquocte.vn/a_b-1.html},\n" in first  # verbatim
    assert "  keywords = {trade\\_policy, asean},\n" in first
    assert (
        "  note = {Ask \\textbraceleft{}him\\textbraceright{} about \\textasciitilde{} and "
        "\\textasciicircum{}},\n"
    ) in first
    # two articles alike: two keys, the second lettered
    assert entries[1].startswith("@article{lehoaitrung2025tariffsa,\n"), entries[1]
    assert "Date guessed from the text" in entries[1]
    assert entries[2].startswith("@misc{untitled2025,\n"), entries[2]  # no source: no journal
    assert "  month = jul,\n  date = {2025-07},\n" in entries[2]
    for entry in entries:  # a special character unescaped outside the url breaks LaTeX
        body = "\n".join(line for line in entry.splitlines() if not line.startswith("  url"))
        assert not re.search(r"(?<!\\)[&%#_$]", body), entry


def test_ris_records_as_the_specification_writes_them(store_path: Path) -> None:
    with Store.open(store_path) as store:
        _article(store, title="Talks\nin Hanoi", source="VnExpress International",
                 author="Nguyen Hong", date="2025-12-30", tags=["asean", "Mekong"],
                 url="https://e.vnexpress.net/a", note="first line\nsecond line")  # fmt: skip
        _article(store, title="Undated", date="")
        ris = export(store, "ris")
    assert "\n" not in ris.replace("\r\n", "")  # every line ends CRLF
    records = [r for r in ris.split("\r\n\r\n") if r]
    assert len(records) == 2
    first = records[0].split("\r\n")
    assert all(RIS_LINE.match(line) for line in first), first
    assert first[0] == "TY  - NEWS" and first[-1] == "ER  - "
    assert "TI  - Talks in Hanoi" in first
    assert "T2  - VnExpress International" in first and "AU  - Nguyen Hong" in first
    assert "PY  - 2025" in first and "DA  - 2025/12/30/" in first
    assert "UR  - https://e.vnexpress.net/a" in first
    assert [line for line in first if line.startswith("KW")] == ["KW  - asean", "KW  - Mekong"]
    assert "N1  - first line second line" in first
    second = records[1].split("\r\n")
    assert not any(line.startswith(("PY", "DA")) for line in second), second


def test_the_cli_and_the_seeds(store_path: Path) -> None:
    db = ("--db", str(store_path))
    assert run_main(*db, "list").returncode == 0  # the seeds, with their addresses and dates
    bib = run_main(*db, "export", "--format", "bibtex")
    assert bib.returncode == 0, bib.stderr
    assert bib.stdout.count("@article{worldvietnamreport2025") == 2, bib.stdout
    assert "  url = {https://en.baoquocte.vn/" in bib.stdout
    ris = run_main(*db, "export", "--format", "ris")
    assert ris.stdout.count("TY  - NEWS\r\n") == 2
    assert ris.stdout.count("T2  - World & Vietnam Report\r\n") == 2
    assert "DA  - 2025/07/18/\r\n" in ris.stdout


def _bib_fields(bib: str, escapes: bool) -> list[dict[str, str]]:
    """Each entry's fields as BibTeX reads them (bibtex.web's scan_balanced_braces counts
    every brace; ``escapes``: as biber and bibtexparser read them, ``\\{`` no brace)."""
    entries: list[dict[str, str]] = []
    at = 0
    while (at := bib.find("@", at)) != -1:
        head = re.compile(r"@(\w+)\{([^,\s]+),\n").match(bib, at)
        assert head, bib[at : at + 80]
        fields, at = {}, head.end()
        while True:
            field = re.compile(r"  (\w+) = ").match(bib, at)
            if field is None:
                assert bib[at : at + 2] == "}\n", bib[at : at + 80]
                at += 2
                break
            at = field.end()
            if bib[at] != "{":  # a month's macro
                end = bib.index(",\n", at)
                fields[field.group(1)], at = bib[at:end], end + 2
                continue
            depth, start = 0, at
            while True:
                char = bib[at]
                if escapes and char == "\\":
                    at += 2
                    continue
                depth += {"{": 1, "}": -1}.get(char, 0)
                at += 1
                if depth == 0:
                    break
            fields[field.group(1)] = bib[start + 1 : at - 1]
            assert bib[at : at + 2] in (",\n", "\n}"), (field.group(1), bib[start : at + 40])
            at += 1 if bib[at] == "," else 0
            at += 1
        entries.append(fields)
    return entries


def test_bibtex_hostile_values_stay_one_entry_each(store_path: Path) -> None:
    """A lone brace, a backslash ending a URL, '@' and '%' in a note: each article one entry
    of the fields written, under BibTeX's reading of braces and under biber's (a lone "{"
    written "\\{" ran the field on through every later entry for BibTeX; a URL ending
    in a backslash escaped its closing brace for biber)."""
    hostile = [
        {"title": "a{b", "note": "x"},
        {"title": "end\\", "note": "close}"},
        {"title": "t", "url": "https://x.com/a\\", "note": "n"},
        {"title": "t2", "url": "https://x.com/a\\}{", "author": "A } , title = {evil"},
        {"title": "t3", "note": "l1\r\nER  - \n@article{evil, title={x}}\n% c @comment{"},
        {"title": "t4", "tags": ["}", "{", "\\"], "note": "\x00\x1b[31mred\x1b]8;;http://e\x07"},
    ]
    with Store.open(store_path) as store:
        for fields in hostile:
            _article(store, source="Src", date="2025-01-02", **fields)
        bib = export(store, "bibtex")
    for escapes in (False, True):
        entries = _bib_fields(bib, escapes)
        assert len(entries) == len(hostile), bib
        for entry in entries:
            assert set(entry) <= {"title", "author", "journal", "year", "month", "date", "url",
                                  "keywords", "note", "diplotuiid"}, entry  # fmt: skip
    assert "url = {https://x.com/a%5C}," in bib
    assert "\x1b" not in bib and "\x00" not in bib
