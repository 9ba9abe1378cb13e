"""A saved page's byline, "By Anna Keller, November 28, 2026", as its citations name it.

The page extractor splits a byline at its commas and keeps the words: the author came in as
"Anna Keller; November", and every citation of the article read "by Anna Keller; November".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_runner import run_main

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>UN envoy urges ceasefire talks | Geneva Dispatch</title>
<meta property="og:site_name" content="Geneva Dispatch"></head>
<body><article><h1>UN envoy urges ceasefire talks in Sudan</h1>
<p class="byline">{byline}</p>
<p>GENEVA - The United Nations envoy on Friday urged the warring parties to return to talks
in Jeddah, saying that every day of fighting cost hundreds of civilian lives.</p>
<p>"There is no military solution to this conflict," the envoy told journalists at the
Palais des Nations after a closed meeting with both delegations.</p>
</article></body></html>
"""


def _imported_author(store_path: Path, tmp_path: Path, byline: str) -> tuple[str, str]:
    """The author ``meta`` shows for a page saved with ``byline``, and a quote's citation."""
    page = tmp_path / "geneva.html"
    page.write_text(PAGE.format(byline=byline), encoding="utf-8")
    db = str(store_path)
    imported = run_main("--db", db, "import", str(page))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.split()[1]
    meta = run_main("--db", db, "meta", article_id).stdout
    [author] = [
        line.split(":", 1)[1].strip() for line in meta.splitlines() if line.startswith("author:")
    ]
    made = run_main("--db", db, "highlight", article_id, "--quote", "There is no military solution")
    assert made.returncode == 0, made.stderr
    quote = run_main("--db", db, "quote", made.stdout.splitlines()[-1])
    return author, quote.stdout


@pytest.mark.parametrize(
    "byline",
    [
        "By Anna Keller, November 28, 2026",
        "By Anna Keller, Nov. 28, 2026",
        "By Anna Keller · Updated Friday, Nov 28",
    ],
)
def test_a_bylines_date_is_not_cited_as_an_author(store_path: Path, tmp_path: Path, byline: str):
    author, quote = _imported_author(store_path, tmp_path, byline)
    assert author == "Anna Keller"
    assert "by Anna Keller, Geneva Dispatch" in quote


def test_two_authors_of_a_dated_byline_are_both_kept(store_path: Path, tmp_path: Path):
    author, _ = _imported_author(store_path, tmp_path, "By Anna Keller and Tom Ng, December 3 2026")
    assert author == "Anna Keller; Tom Ng"


@pytest.mark.parametrize(
    ("byline", "named"),
    [
        ("Press Release: New Zealand Government", "New Zealand Government"),
        ("Media release: Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("Statement: Ministry of Trade and Industry", "Ministry of Trade and Industry"),
        ("By Ministry of Foreign Affairs, 4 March 2026", "Ministry of Foreign Affairs"),
    ],
)
def test_a_bylines_label_is_not_cited_as_part_of_its_author(
    store_path: Path, tmp_path: Path, byline: str, named: str
):
    """newuser52: "Press Release: New Zealand Government" was cited "by Press Release New
    Zealand Government", and "Media release: Ministry of Foreign Affairs" as "Media release
    Ministry": the extractor keeps the label's words and cuts a name at its "of"."""
    author, quote = _imported_author(store_path, tmp_path, byline)
    assert author == named
    assert f"by {named}, Geneva Dispatch" in quote
