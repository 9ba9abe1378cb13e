"""A fetched page's title, author, site and text are stored without terminal escape
sequences, payload and all (the parser dropped the ESC alone: "Talks [31mresume"); the
text keeps its paragraphs, and a C1 character of twice-encoded UTF-8 opens no string."""

from __future__ import annotations

from pathlib import Path

from diplotui.feeds import fetch_pages, store_pages
from diplotui.ingest.formats import parse_html_page
from diplotui.store import Store
from tests.feeds.conftest import FAST
from tests.feeds.server import FeedServer

ESC = "\x1b"
LINK = f"{ESC}]8;;https://evil.test/x{ESC}\\"
LINK_END = f"{ESC}]8;;{ESC}\\"
FILLER = "The delegations agreed to meet again next month to review the schedule in detail. " * 3
HOSTILE_PAGE = f"""<!doctype html><html><head>
<title>Talks {ESC}[31mresume\x9b2J</title>
<meta name="author" content="Lan {LINK}Anh">
<meta property="og:site_name" content="Wire {ESC}[1mdesk">
</head><body><article><h1>Talks {ESC}[31mresume\x9b2J</h1>
<p>Ministers said talks {ESC}[31mwould resume{ESC}[0m soon, see {LINK}the notes{LINK_END}.</p>
<p>A second paragraph\x9b1m stays apart. {FILLER}</p>
</article></body></html>"""
CLEAN_TEXT = (
    "Ministers said talks would resume soon, see the notes.\n"
    f"A second paragraph stays apart. {FILLER.strip()}"
)


def test_a_stored_page_carries_no_escape_sequence_or_payload(
    store_path: Path, server: FeedServer
) -> None:
    server.serve_bytes("/hostile.html", HOSTILE_PAGE.encode(), "text/html; charset=utf-8")
    urls = [server.url("/hostile.html")]
    with Store.open(store_path) as store:
        report = store_pages(store, urls, fetch_pages(urls, FAST))
        assert [outcome.status for outcome in report.outcomes] == ["imported"]
        (article,) = store.articles()
        assert (article.title, article.author, article.source) == (
            "Talks resume",
            "Lan Anh",
            "Wire desk",
        )
        assert store.article_text(article.id).endswith(CLEAN_TEXT)


def test_a_c1_character_of_twice_encoded_utf8_keeps_the_text_after_it() -> None:
    twice = "Straße".encode().decode("latin-1")  # "StraÃ\x9fe": U+009F opens an APC in a field
    html = f"<html><head><title>Report</title></head><body><article><p>{twice} closed. {FILLER}</p>"
    doc = parse_html_page(f"{html}</article></body></html>".encode())
    assert doc.text.startswith("StraÃ")  # the extractor drops the C1 character itself
    assert "e closed. The delegations agreed" in doc.text
