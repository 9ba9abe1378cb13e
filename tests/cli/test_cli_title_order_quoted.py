"""The title order reads a title from its first letter or digit (newuser64): 200 articles
imported from a folder, sorted "title A–Z", opened on “Grief, terror and righteous anger”,
“We are sure to defeat Daesh”, ‘Very strange, no source mentioned’ and "- Category", their
quotation marks and dash sorting before every letter, so a title quoting someone was not
where its first word puts it. The app's list and its first frame use the same key."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.library.query import title_key
from tests.cli_runner import run_main

TITLES = [
    "“We are sure to defeat Daesh”, says Iraqi foreign minister",
    "Aid agencies call for urgent action",
    "‘Very strange, no source mentioned’: Momen on report",
    "“Grief, terror and righteous anger” has not faded",
    "- Category",
    "09 Oct",
    "Talks resume",
]


def test_list_sorted_by_title_files_a_quoted_title_under_its_first_word(
    store_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for n, title in enumerate(TITLES):
        (folder / f"{n}.txt").write_text(
            f"{title}\n\nThe ministers met on Monday, the {n + 1}th time this year.\n",
            encoding="utf-8",
        )
    db = ("--db", str(store_path))
    assert run_main(*db, "import", str(folder)).returncode == 0
    listed = run_main(*db, "list", "--sort", "title", "--json")
    assert listed.returncode == 0, listed
    titles = [a["title"] for a in json.loads(listed.stdout) if a["title"] in TITLES]
    assert titles == [
        "09 Oct",
        "Aid agencies call for urgent action",
        "- Category",
        "“Grief, terror and righteous anger” has not faded",
        "Talks resume",
        "‘Very strange, no source mentioned’: Momen on report",
        "“We are sure to defeat Daesh”, says Iraqi foreign minister",
    ]


def test_a_title_of_marks_alone_keeps_them_as_its_key() -> None:
    assert title_key("“…”") == title_key("“…”").strip() != ""
    assert title_key("“Grief, terror”").startswith(title_key("Grief"))
