"""Article text as a weapon (attack56): what an article holds reaches no terminal as an escape
and no copy or stored text loses words to one."""

from __future__ import annotations

from pathlib import Path

from diplotui.store import Store
from tests.cli_runner import run_main

OPEN_LINK = "\x1b]8;;http://evil.example "  # an OSC 8 link never closed: no BEL, no ST


def test_a_page_with_an_escape_left_open_is_stored_whole(tmp_path: Path):
    """The page's text was stored cut at the escape ("The minister said"): its payload was
    read to the end of the page."""
    page = tmp_path / "osc.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body><h1>Talks</h1>"
        f"<p>The minister said {OPEN_LINK}the talks would resume.</p>"
        "<p>The second paragraph holds the rest of the story.</p></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "db.json"
    imported = run_main("--db", str(db), "import", str(page))
    article_id = imported.stdout.split()[1]
    with Store.open(db, read_only=True) as store:
        text = store.article_text(article_id)
    assert "\x1b" not in text
    assert "the talks would resume." in text
    assert "The second paragraph holds the rest of the story." in text


def test_a_copy_of_words_after_an_escape_left_open_keeps_them(tmp_path: Path):
    article = tmp_path / "osc.txt"
    article.write_text(
        f"Talks\n\nThe minister said {OPEN_LINK}the talks would resume, and trade would grow.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "db.json")
    article_id = run_main("--db", db, "import", str(article)).stdout.split()[1]
    with Store.open(Path(db), read_only=True) as store:  # no import stores an escape (attack57)
        assert "\x1b" not in store.article_text(article_id)
    quote = "the talks would resume, and trade"
    made = run_main("--db", db, "highlight", article_id, "--quote", quote)
    assert made.returncode == 0, made.stderr
    copied = run_main("--db", db, "quote", made.stdout.split()[-1], "--style", "plain").stdout
    assert "\x1b" not in copied
    assert "the talks would resume, and trade" in copied
