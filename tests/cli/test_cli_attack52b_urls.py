"""An article file or export stating a url that is no web address: the article comes in
without it, the import's line says so, and ``meta`` never shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

HOSTILE_URLS = ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>"]
BODY = "Talks resume\n\nThe envoy said on Monday that the talks would resume in Hanoi.\n"


def _stored_url(store_path: Path, line: str) -> str:
    article_id = line.split()[1]
    shown = run_main("--db", str(store_path), "meta", article_id).stdout
    return next(row for row in shown.splitlines() if row.startswith("url:"))


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_front_matter_url_that_is_no_web_address_is_left_out_and_said(
    store_path: Path, tmp_path: Path, url: str
):
    """``meta --url`` and a sidecar refuse such an address, but a Markdown file's front
    matter stored it, and ``meta`` printed it as the article's address."""
    path = tmp_path / "talks.md"
    path.write_text(f'---\ntitle: Talks resume\nurl: "{url}"\n---\n{BODY}', encoding="utf-8")

    said = run_main("--db", str(store_path), "import", str(path))

    assert said.returncode == 0, said
    [line] = said.stdout.splitlines()
    assert line.endswith(f"its url {url!r} is no web address (http:// or https://): left out")
    assert _stored_url(store_path, line) == "url:"


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_an_exports_url_that_is_no_web_address_is_left_out_and_said(
    store_path: Path, tmp_path: Path, url: str
):
    path = tmp_path / "edited.json"
    article = {"id": "0123456789ab", "title": "Talks resume", "url": url, "text": BODY}
    path.write_text(
        json.dumps({"format": "diplotui-export", "version": 1, "articles": [article]}),
        encoding="utf-8",
    )

    said = run_main("--db", str(store_path), "import", str(path))

    assert said.returncode == 0, said
    [line] = [row for row in said.stdout.splitlines() if "Talks resume" in row]
    assert line.endswith(f"its url {url!r} is no web address (http:// or https://): left out")
    assert _stored_url(store_path, line) == "url:"


def test_a_web_address_in_front_matter_is_kept_without_a_word(store_path: Path, tmp_path: Path):
    path = tmp_path / "talks.md"
    url = "https://example.org/talks"
    path.write_text(f"---\ntitle: Talks resume\nurl: {url}\n---\n{BODY}", encoding="utf-8")

    said = run_main("--db", str(store_path), "import", str(path))

    [line] = said.stdout.splitlines()
    assert line.endswith(f"({path})"), line
    assert _stored_url(store_path, line) == f"url:    {url}"
