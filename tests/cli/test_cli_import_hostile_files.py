"""``diplotui import`` of files built to betray it (session 30's own attack): what comes in is
all of the file's text, and what is refused says why in one line, exit 1.

An old page's unclosed tags nest its paragraphs hundreds deep: the parser stopped at 256
levels and dropped the rest without a word (400 paragraphs kept 253), and a page whose
article sat 256 deep was "no article text found".
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from diplotui.exchange import import_export_file
from diplotui.ingest import FAILED
from diplotui.ingest.page_tree import prepared_tree
from diplotui.store import Store
from tests.cli_runner import run_main

SAID = "said on Tuesday that the talks would resume in Geneva after a pause in the negotiations."


def _imported_text(store_path: Path, path: Path) -> str:
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(path))
    assert result.returncode == 0, result
    article_id = result.stdout.split()[1]
    exported = json.loads(
        run_main(*db, "export", "--format", "json", "--article", article_id).stdout
    )
    (article,) = exported["articles"]
    text: str = article["text"]
    return text


def test_an_old_pages_hundreds_of_unclosed_tags_lose_none_of_its_paragraphs(
    store_path: Path, tmp_path: Path
):
    page = tmp_path / "old.html"
    paragraphs = [f"Paragraph {n}: Minister Number{n} {SAID}" for n in range(400)]
    page.write_text(
        "<!doctype html><html><head><title>Old</title></head><body>"
        + "".join(f"<div><p>{paragraph}</p>" for paragraph in paragraphs)
        + "</body></html>"
    )
    assert _imported_text(store_path, page).splitlines()[-400:] == paragraphs


def test_an_article_nested_300_deep_is_read(store_path: Path, tmp_path: Path):
    page = tmp_path / "deep.html"
    page.write_text(
        "<!doctype html><html><body>"
        + "<div>" * 300
        + f"<p>Foreign Minister Jane Doe {SAID}</p><p>Her deputy {SAID}</p>"
        + "</div>" * 300
        + "</body></html>"
    )
    assert _imported_text(store_path, page).splitlines() == [
        f"Foreign Minister Jane Doe {SAID}",
        f"Her deputy {SAID}",
    ]


def test_a_page_nested_past_what_the_parser_reads_is_refused_in_one_line(
    store_path: Path, tmp_path: Path
):
    page = tmp_path / "abyss.html"
    page.write_text(
        "<!doctype html><html><body>"
        + "<div>" * 20_000
        + f"<p>Jane Doe {SAID}</p>"
        + "</div>" * 20_000
        + "</body></html>"
    )
    result = run_main("--db", str(store_path), "import", str(page))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {page}: elements nested too deep (over 1,500 levels): not an article page\n",
    )


def _export_with_a_twin(store_path: Path, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """An export of one article with a highlight, then a second article of the same id."""
    db = ("--db", str(store_path))
    source = tmp_path / "talks.txt"
    source.write_text(f"Talks\nMinister Alpha {SAID}\n")
    article_id = run_main(*db, "import", str(source)).stdout.split()[1]
    assert run_main(*db, "highlight", article_id, "--quote", "the talks").returncode == 0
    exported = json.loads(run_main(*db, "export", "--format", "json").stdout)
    (original,) = [a for a in exported["articles"] if a["id"] == article_id]
    twin = {**original, "title": "Twin", "text": f"Twin\nMinister Beta {SAID}\n"}
    exported["articles"] = [original, twin]
    path = tmp_path / "merged.json"
    return path, exported


def test_an_export_whose_articles_share_an_id_their_highlights_name_is_refused_whole(
    store_path: Path, tmp_path: Path
):
    """The highlights of the first were all given to the last (its words not there: orphans)."""
    path, exported = _export_with_a_twin(store_path, tmp_path)
    path.write_text(json.dumps(exported))
    other = tmp_path / "other-store.json"
    result = run_main("--db", str(other), "import", str(path))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {path}: highlight 1: refers to article "
        f"{exported['articles'][0]['id']!r}, an id two articles of the file share\n",
    )
    listed = json.loads(run_main("--db", str(other), "list", "--json").stdout)
    assert "Twin" not in [a["title"] for a in listed]


def test_an_export_whose_articles_share_an_id_nothing_names_imports_both(
    store_path: Path, tmp_path: Path
):
    path, exported = _export_with_a_twin(store_path, tmp_path)
    exported["highlights"] = []
    exported["articles"][0]["id"] = exported["articles"][1]["id"] = "000000000001"
    path.write_text(json.dumps(exported))
    other = tmp_path / "other-store.json"
    result = run_main("--db", str(other), "import", str(path))
    assert result.returncode == 0, result
    ids = {line.split()[2]: line.split()[1] for line in result.stdout.splitlines()}
    assert ids["Talks"] == "000000000001" and ids["Twin"] not in ("000000000001", "1")


def test_a_file_renamed_over_by_a_fifo_while_imported_fails_and_never_hangs(
    store_path: Path, tmp_path: Path, monkeypatch
):
    """The importer looked at the file, then opened it: a FIFO renamed over it between the
    two blocked the import for good, waiting for a writer that never came."""
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    regular = tmp_path / "regular.txt"
    regular.write_text(f"Talks\nMinister Alpha {SAID}\n")
    looked = os.stat

    def before_the_rename(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        return looked(regular if os.fspath(path) == str(fifo) else path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", before_the_rename)
    result = run_main("--db", str(store_path), "import", str(fifo))
    assert (result.returncode, result.stdout) == (1, f"failed    {fifo}: not a regular file\n")


def test_an_export_read_again_by_name_is_read_as_an_import_reads_a_file(tmp_path: Path):
    """Its write read the export again by name, without the importer's checks: a FIFO there
    hung the app's writing thread."""
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    with Store.open(tmp_path / "s.json") as store:
        (outcome,) = import_export_file(store, fifo)
    assert (outcome.status, outcome.reason) == (FAILED, "not a regular file")


def test_a_front_matter_number_too_long_to_read_is_said_in_the_users_words(
    store_path: Path, tmp_path: Path
):
    """The line said Python's advice: "use sys.set_int_max_str_digits() to increase it"."""
    path = tmp_path / "long.md"
    path.write_text(f"---\ntitle: {'9' * 5000}\n---\nMinister Alpha {SAID}\n")
    result = run_main("--db", str(store_path), "import", str(path))
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {path}: invalid front matter: a number of over 4,300 digits\n",
    )


def test_a_page_whose_declared_code_page_its_letters_do_not_fit_is_read_in_the_one_they_do(
    store_path: Path, tmp_path: Path
):
    """A Russian page in windows-1251 declaring windows-1252 was stored as "Ìèíèñòð
    èíîñòðàííûõ äåë", the line saying only "read as windows-1252 (declared in the page)"."""
    russian = "Министр иностранных дел заявил, что переговоры продолжатся в Женеве."
    page = tmp_path / "lying.html"
    page.write_bytes(
        "<!doctype html><html><head><meta charset='windows-1252'><title>Talks</title></head>"
        f"<body><article><h1>Talks</h1><p>Minister Alpha {SAID} {russian}</p>"
        f"<p>Minister Beta {SAID}</p></article></body></html>".encode("cp1251")
    )
    db = ("--db", str(store_path))
    result = run_main(*db, "import", str(page))
    assert result.stdout.endswith(
        f"({page}): read as windows-1251 (detected: its letters do not fit the windows-1252 "
        "it declares)\n"
    ), result
    assert russian in _imported_text(store_path, page)


def test_a_front_matter_longer_than_any_articles_is_refused_at_once(
    store_path: Path, tmp_path: Path
):
    """5.5 MB of front matter took 22 s and 380 MB to read; 20 MB, minutes."""
    path = tmp_path / "huge.md"
    keys = "".join(f"key{n}: value number {n}\n" for n in range(200_000))
    path.write_text(f"---\n{keys}title: Huge\n---\nMinister Alpha {SAID}\n")
    started = time.process_time()
    result = run_main("--db", str(store_path), "import", str(path))
    assert time.process_time() - started < 5
    assert (result.returncode, result.stdout) == (
        1,
        f"failed    {path}: front matter of {len(keys) + 12:,} characters (at most 100,000): "
        "not an article's\n",
    )


def test_a_paragraph_of_over_ten_megabytes_is_read_whole():
    """libxml2 stops a text at 10 MB unless told otherwise: a page of one 15 MB paragraph
    was stored as its headline, "Big" (the parse alone is checked: storing 15 MB of text
    takes the store a while, whatever its format)."""
    paragraph = "Minister Alpha said that the talks would resume. " * 220_000
    tree = prepared_tree(f"<!doctype html><html><body><h1>Big</h1><p>{paragraph}</p></body></html>")
    assert tree.find(".//p").text == paragraph
