"""``timeline`` and ``statements --speaker`` as a new user read them: "said on Tuesday" in an
article of Thursday 2026-11-26 was shown "(article date)", and ``--since`` counted it on the
Thursday; a quotation running into a sentence that opens with a date was listed twice."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library

BERG = (
    "---\ntitle: Berg on the talks\nsource: Test Wire\ndate: 2026-11-26\n---\n"
    "Foreign Minister Anna Berg said on Tuesday that the talks would resume. Berg told "
    'reporters on Monday that "nothing is agreed". On November 20, Berg said the date was set.\n'
)
QUOTED = (
    "---\ntitle: Berg in Oslo\nsource: Test Wire\ndate: 2026-11-27\n---\n"
    '"We are ready. On November 25 the venue was chosen," Foreign Minister Anna Berg said.\n'
)


def _row(line: str) -> str:
    """A listing's line without its citation, the date's padding one space."""
    return " ".join(line.split(" — ")[0].split())


def test_a_weekday_of_the_attribution_dates_the_statement(tmp_path: Path) -> None:
    db = _library(tmp_path, ("berg.md", BERG), ("oslo.md", QUOTED))
    listed = cli("--db", db, "timeline", "Anna Berg")
    assert listed.returncode == 0, listed.stderr
    rows = [_row(line) for line in listed.stdout.splitlines()]
    assert rows == [
        "2026-11-20 Anna Berg (Foreign Minister) said the date was set",
        "2026-11-23 Anna Berg (Foreign Minister) said: “nothing is agreed”",
        "2026-11-24 Anna Berg (Foreign Minister) said: the talks would resume",
        "2026-11-27 (article date) Anna Berg (Foreign Minister) said: “We are ready. On November"
        " 25 the venue was chosen”",
    ]
    said = cli("--db", db, "statements", "--speaker", "berg", "--jsonl").stdout.splitlines()
    dated = {json.loads(line)["text"]: json.loads(line) for line in said}
    resumed = dated["the talks would resume"]
    assert (resumed["said_on"], resumed["said_date"], resumed["date_from"]) == (
        "Tuesday",
        "2026-11-24",
        "sentence",
    )


def test_since_counts_a_weekday_statement_on_its_day(tmp_path: Path) -> None:
    db = _library(tmp_path, ("berg.md", BERG))
    since = cli("--db", db, "statements", "--speaker", "berg", "--since", "2026-11-24")
    assert since.returncode == 0, since.stderr
    assert [_row(line) for line in since.stdout.splitlines()] == [
        "2026-11-24 Anna Berg (Foreign Minister) said: the talks would resume"
    ]


ADDING = (
    "---\ntitle: Berg adds\nsource: Test Wire\ndate: 2026-11-26\n---\n"
    "Foreign Minister Anna Berg said on Tuesday that the talks would resume, adding that a "
    "venue would be chosen soon.\n"
    "Berg told reporters on November 20 that the date was set, adding that both sides "
    "agreed.\n"
)


def test_a_statement_added_to_a_dated_one_in_its_sentence_is_of_that_date(
    tmp_path: Path,
) -> None:
    """ "X said on Tuesday that ..., adding that ...": the second statement has no date of
    its own and was listed "(article date)" beside its dated sibling, two days apart in a
    timeline for one sentence. A participle continues its sentence's reporting clause: it
    is dated as that clause is."""
    db = _library(tmp_path, ("adds.md", ADDING))
    said = cli("--db", db, "statements", "--speaker", "berg", "--jsonl").stdout.splitlines()
    dated = {json.loads(line)["text"]: json.loads(line) for line in said}
    assert [
        (dated[words]["said_date"], dated[words]["date_from"])
        for words in (
            "the talks would resume",
            "a venue would be chosen soon",
            "the date was set",
            "both sides agreed",
        )
    ] == [
        ("2026-11-24", "sentence"),
        ("2026-11-24", "sentence"),
        ("2026-11-20", "sentence"),
        ("2026-11-20", "sentence"),
    ]
