"""``diplotui import`` of files built to betray it (session 30's own attack): what comes in is
all of the file's text, and what is refused says why in one line, exit 1.

An old page's unclosed tags nest its paragraphs hundreds deep: the parser stopped at 256
levels and dropped the rest without a word (400 paragraphs kept 253), and a page whose
article sat 256 deep was "no article text found".
"""

from __future__ import annotations

import json
from pathlib import Path

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
