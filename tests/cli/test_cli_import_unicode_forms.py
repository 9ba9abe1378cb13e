"""One text in both Unicode forms ("ể" composed, and "e" with two combining marks, as some
Mac tools save it) is one article, whichever file format or door brings the second copy:
the import's line calls it a duplicate, where it came in as a second article, and every
statement of it was listed twice."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from diplotui.store import Store
from tests.cli_runner import run_main
from tests.feeds.server import running_server

TEXT = (
    "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản\n\n"
    "Thủ tướng Phạm Minh Chính cho biết Việt Nam sẵn sàng mở rộng hợp tác về hạ tầng, "
    "chuyển đổi số và năng lượng sạch với các đối tác Nhật Bản trong thời gian tới.\n\n"
    "Đại sứ khẳng định các doanh nghiệp Nhật Bản tiếp tục coi Việt Nam là điểm đến hàng đầu.\n"
)
QUOTE = "chuyển đổi số"


def _forms(text: str) -> tuple[str, str]:
    return unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)


def _file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    if name.endswith(".html"):
        head, _, body = text.partition("\n\n")
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        text = (
            f"<html><head><meta charset='utf-8'><title>{head}</title></head>"
            f"<body><article><h1>{head}</h1>{paragraphs}</article></body></html>"
        )
    elif name.endswith(".md"):
        text = "# " + text
    path.write_text(text, encoding="utf-8")
    return str(path)


def _count(db: str) -> int:
    with Store.open(db, read_only=True) as store:
        return len(
            [a for a in store.articles() if "Nhật Bản" in unicodedata.normalize("NFC", a.title)]
        )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("first", ["NFC", "NFD"])
def test_a_file_in_the_other_unicode_form_is_a_duplicate(tmp_path: Path, suffix: str, first: str):
    db = str(tmp_path / "lib.json")
    composed, decomposed = _forms(TEXT)
    texts = [composed, decomposed] if first == "NFC" else [decomposed, composed]
    one, two = (_file(tmp_path, f"{n}{suffix}", t) for n, t in zip("ab", texts, strict=True))
    imported = run_main("--db", db, "--create", "import", one)
    assert imported.returncode == 0 and imported.stdout.startswith("imported"), imported.stdout
    article_id = imported.stdout.split()[1]
    again = run_main("--db", db, "import", two)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"duplicate {article_id}"), again.stdout
    assert f"the same words, already in the library as {article_id}" in again.stdout
    assert _count(db) == 1


def test_an_export_in_the_other_form_is_that_article_its_highlights_on_the_stored_text(
    tmp_path: Path,
):
    composed, decomposed = _forms(TEXT)
    theirs, ours = str(tmp_path / "theirs.json"), str(tmp_path / "ours.json")
    made = run_main("--db", theirs, "--create", "import", _file(tmp_path, "d.txt", decomposed))
    their_id = made.stdout.split()[1]
    quote = unicodedata.normalize("NFD", QUOTE)
    marked = run_main("--db", theirs, "highlight", their_id, "--quote", quote, "--note", "hạ tầng")
    assert marked.returncode == 0, marked.stderr
    export = tmp_path / "export.json"
    exported = run_main("--db", theirs, "export", "--format", "json", "-o", str(export))
    assert exported.returncode == 0, exported.stderr
    mine = run_main("--db", ours, "--create", "import", _file(tmp_path, "c.txt", composed))
    our_id = mine.stdout.split()[1]
    came = run_main("--db", ours, "import", str(export))
    assert came.returncode == 0, came.stderr
    assert f"duplicate {our_id}" in came.stdout and "1 highlight added" in came.stdout
    assert _count(ours) == 1
    with Store.open(ours, read_only=True) as store:
        text = store.article_text(our_id)
        (highlight,) = store.highlights(our_id)
    assert text[highlight.start : highlight.end] == QUOTE  # on our text, composed


def test_a_feed_item_in_the_other_form_is_the_article_imported(tmp_path: Path):
    """A feed's item (served from a local server) whose text is the file's, decomposed."""
    db = str(tmp_path / "lib.json")
    composed, decomposed = _forms(TEXT)
    assert (
        run_main("--db", db, "--create", "import", _file(tmp_path, "c.txt", composed)).returncode
        == 0
    )
    head, _, body = decomposed.partition("\n\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    with running_server() as server:
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Tin</title>'
            f"<item><title>{head}</title><link>{server.url('/tin/1')}</link><guid>tin-1</guid>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item></channel></rss>"
        )
        server.serve_bytes("/feed.xml", xml.encode(), "application/rss+xml")
        assert run_main("--db", db, "feed", "add", server.url("/feed.xml")).returncode == 0
        refreshed = run_main("--db", db, "refresh", "--force")
    assert refreshed.returncode == 0, refreshed.stderr
    assert "Tin: 0 new" in refreshed.stdout, refreshed.stdout
    assert _count(db) == 1
    with Store.open(db, read_only=True) as store:
        assert all(not article.feed_id for article in store.articles())  # the file's kept


def test_a_page_added_in_the_other_form_is_the_article_imported(tmp_path: Path):
    """``diplotui add URL`` of a page whose words are an imported file's, decomposed."""
    db = str(tmp_path / "lib.json")
    composed, decomposed = _forms(TEXT)
    imported = run_main("--db", db, "--create", "import", _file(tmp_path, "c.txt", composed))
    article_id = imported.stdout.split()[1]
    page = Path(_file(tmp_path, "d.html", decomposed)).read_bytes()
    with running_server() as server:
        server.serve_bytes("/tin/2", page, "text/html; charset=utf-8")
        added = run_main("--db", db, "add", server.url("/tin/2"))
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith(f"duplicate {article_id}"), added.stdout
    assert f"already in the library as {article_id}" in added.stdout
    assert _count(db) == 1
