"""A quotation its attribution interrupts ('"The talks," Wang said, "went well."') is one
statement to a reader: ``statements --speaker``, ``timeline`` and their JSON list it once,
reading whole, where they listed its two parts (the finder's two statements, as the guidelines
count them) as two identical rows. A statement cache written before (format 3, whose rows say
nothing of parts) is found again, never read into two rows; the article's own listing keeps
the finder's two statements with their offsets, as the dev set scores them."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.paths import cache_dir
from tests.cli_runner import imported_text, run_main

ARTICLE = (
    "Talks in Hanoi\n\n"
    "HANOI, July 18 - Foreign Minister Wang Yi met his counterpart in Hanoi on Friday.\n\n"
    '"The talks," Wang said, "went well."\n\n'
    "The visit, Wang said, had strengthened trust between the two countries.\n"
)
WHOLE = "Wang Yi (Foreign Minister) said: “The talks … went well.”"


def _imported(store_path: Path, tmp_path: Path) -> tuple[str, str]:
    return imported_text(store_path, tmp_path, "talks.txt", ARTICLE)


def _quoted_rows(listing: str) -> list[str]:
    return [line for line in listing.splitlines() if "talks" in line and "went well" in line]


def test_statements_and_timeline_list_an_interrupted_quotation_once(
    store_path: Path, tmp_path: Path
):
    db, article_id = _imported(store_path, tmp_path)
    for command in (("statements", "--speaker", "wang"), ("timeline", "Wang Yi")):
        listed = run_main("--db", db, *command)
        assert listed.returncode == 0, listed.stderr
        rows = _quoted_rows(listed.stdout)
        assert len(rows) == 1 and WHOLE in rows[0], listed.stdout
    records = json.loads(run_main("--db", db, "statements", "--speaker", "wang", "--json").stdout)
    quoted = [r for r in records if r["kind"] == "direct"]
    assert [(r["start"], r["text"]) for r in quoted] == [(ARTICLE.index("The talks"), "The talks,")]
    own = run_main("--db", db, "statements", article_id, "--jsonl").stdout
    assert [
        found["text"] for found in map(json.loads, own.splitlines()) if found["kind"] == "direct"
    ] == ["The talks,", "went well."]


def test_a_cache_written_before_parts_were_told_is_found_again(store_path: Path, tmp_path: Path):
    db, _ = _imported(store_path, tmp_path)
    assert len(_quoted_rows(run_main("--db", db, "statements", "--speaker", "wang").stdout)) == 1
    cache = cache_dir(store_path) / "statements.json"
    lines = cache.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].replace('"format": 4', '"format": 3')
    assert header != lines[0], lines[0]
    # format 3's rows: each statement's decision without whether it continues a quotation
    old = [header] + [line.replace(", false]", "]").replace(", true]", "]") for line in lines[1:]]
    cache.write_text("".join(old), encoding="utf-8")
    for command in (("statements", "--speaker", "wang"), ("timeline", "Wang Yi")):
        listed = run_main("--db", db, *command)
        assert listed.returncode == 0, listed.stderr
        assert len(_quoted_rows(listed.stdout)) == 1, listed.stdout
    assert '"format": 4' in cache.read_text(encoding="utf-8").splitlines()[0]


def test_a_damaged_row_of_the_new_format_is_found_again(store_path: Path, tmp_path: Path):
    db, _ = _imported(store_path, tmp_path)
    run_main("--db", db, "statements", "--speaker", "wang")
    cache = cache_dir(store_path) / "statements.json"
    text = cache.read_text(encoding="utf-8")
    assert ", true]" in text  # the second part is told apart in the file
    cache.write_text(text.replace(", true]", ', "yes"]'), encoding="utf-8")
    listed = run_main("--db", db, "statements", "--speaker", "wang")
    assert listed.returncode == 0, listed.stderr
    assert len(_quoted_rows(listed.stdout)) == 1, listed.stdout


def test_the_row_the_copy_and_the_exports_read_the_quotation_alike(
    store_path: Path, tmp_path: Path
):
    """``statements.said.shown_whole`` is the one reading of both parts: the listing's row,
    ``quote`` of a highlight of either part, the brief and the CSV give the same words."""
    db, article_id = _imported(store_path, tmp_path)
    row = _quoted_rows(run_main("--db", db, "statements", "--speaker", "wang").stdout)[0]
    assert "“The talks … went well.”" in row
    for part in ("The talks", "went well."):
        made = run_main("--db", db, "highlight", article_id, "--quote", part)
        assert made.returncode == 0, made.stderr
        copied = run_main("--db", db, "quote", made.stdout.splitlines()[-1]).stdout
        assert copied.startswith("“The talks … went well.”\n— Wang Yi (Foreign Minister)"), copied
    brief = run_main("--db", db, "export", "--format", "markdown").stdout
    assert brief.count("The talks … went well.") == 2, brief
    table = run_main("--db", db, "export", "--format", "csv").stdout
    assert table.count("The talks … went well.") == 2, table
