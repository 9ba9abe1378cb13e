"""A feed saved as a file is no article: ``import`` refuses it in one line that says how to
subscribe to it, and ``feed add`` given its path says the same (session 52's new user: a
hand-written RSS file imported became one article of raw XML titled ``<?xml ...?>``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Desk</title>'
    "<item><title>Talks resume</title><link>http://127.0.0.1:8000/talks.html</link>"
    "<description>The ministers met in Geneva.</description></item></channel></rss>\n"
)
ATOM = (
    '<?xml version="1.0"?>\n<?xml-stylesheet href="feed.xsl"?>\n<!-- saved -->\n'
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title></feed>\n'
)
JSON_FEED = '{"version": "https://jsonfeed.org/version/1.1", "title": "Desk", "items": []}'
OPML = '<?xml version="1.0"?>\n<opml version="2.0"><body><outline xmlUrl="http://x/f.xml"/></body></opml>'


def _titles(db: tuple[str, str]) -> list[str]:
    return [article["title"] for article in json.loads(run_main(*db, "list", "--json").stdout)]


@pytest.mark.parametrize(
    ("name", "content", "told"),
    [
        (
            "desk feed.xml",
            RSS,
            "a news feed, not an article: serve its folder (cd '{folder}' && "
            "python3 -m http.server 8000), then subscribe to "
            "http://127.0.0.1:8000/desk%20feed.xml (diplotui feed add URL, A in the app)",
        ),
        ("atom.xml", ATOM, "a news feed, not an article: serve its folder"),
        ("feed.json", JSON_FEED, "a news feed (JSON Feed), not an article: serve its folder"),
        ("subs.opml", OPML, "a list of feeds (OPML), not an article: diplotui feed import"),
    ],
)
def test_a_feed_file_imported_is_refused_saying_how_to_subscribe(
    store_path: Path, tmp_path: Path, name: str, content: str, told: str
):
    folder = tmp_path / "saved pages"
    folder.mkdir()
    feed = folder / name
    feed.write_text(content, encoding="utf-8")
    db = ("--db", str(store_path))
    before = _titles(db)

    result = run_main(*db, "import", str(feed))

    assert result.returncode == 1, result
    line = next(line for line in result.stdout.splitlines() if line.startswith("failed"))
    assert f"{feed}: {told.format(folder=folder)}" in line
    assert _titles(db) == before  # no article of raw XML, titled "<?xml version=...?>"


def test_feed_add_of_a_saved_feed_file_says_to_serve_its_folder(store_path: Path, tmp_path: Path):
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    db = ("--db", str(store_path))

    for named in (str(feed), feed.as_uri()):
        result = run_main(*db, "feed", "add", named)
        assert result.returncode != 0
        assert result.stderr.strip() == (
            f"diplotui: {named}: a file, not a web address: serve its folder "
            f"(cd {tmp_path} && python3 -m http.server 8000), then add "
            "http://127.0.0.1:8000/feed.xml"
        ), result.stderr
    unknown = run_main(*db, "feed", "add", str(tmp_path / "missing.xml"))
    assert unknown.stderr.strip().endswith("not a web address (http:// or https://)")
