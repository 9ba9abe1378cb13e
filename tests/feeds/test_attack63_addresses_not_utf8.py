"""An address typed in a terminal set to another encoding than UTF-8 (attack63): its byte
reaches Python as a lone surrogate, and ``feed add`` and ``add`` ended in a traceback from
httpx (UnicodeEncodeError) where one line names the address and the reason."""

from __future__ import annotations

from diplotui.store import Store
from diplotui.text.addresses import is_web_address
from tests.cli_runner import run_main

TYPED = "http://127.0.0.1:9/news/caf\udce9.xml"  # "café" typed in Latin-1: the byte 0xE9


def test_an_address_holding_a_lone_surrogate_is_no_web_address():
    assert not is_web_address(TYPED)
    assert not is_web_address("https://example.org/\ud800")
    assert is_web_address("http://127.0.0.1:9/news/café.xml")


def test_feed_add_of_an_address_not_utf8_is_one_line(tmp_path):
    db = tmp_path / "lib.json"
    added = run_main("--db", str(db), "feed", "add", TYPED)
    assert added.returncode == 1, added.stderr
    assert "Traceback" not in added.stderr
    [line] = [line for line in added.stderr.splitlines() if "news" in line]
    assert line == (
        "diplotui: http://127.0.0.1:9/news/caf\\xe9.xml: holds bytes that are not UTF-8 text"
        " (a terminal set to another encoding?)"
    )
    with Store.open(db, read_only=True) as store:
        assert store.feeds() == []


def test_add_of_an_address_not_utf8_is_one_line(tmp_path):
    db = tmp_path / "lib.json"
    added = run_main("--db", str(db), "add", TYPED, "ftp://example.org/x")
    assert added.returncode == 1, added.stderr
    assert "Traceback" not in added.stderr
    [line] = [line for line in added.stdout.splitlines() if "news" in line]
    assert line.endswith(
        "holds bytes that are not UTF-8 text (a terminal set to another encoding?)"
    )
    assert "ftp://example.org/x: not a web address (http:// or https://)" in added.stdout
    with Store.open(db, read_only=True) as store:
        assert not [article for article in store.articles() if "news" in article.url]
