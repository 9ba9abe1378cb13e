"""``statements --since`` and ``timeline`` on the dates an analyst asking "what have they said
since July?" met in real articles: a day or month without a year months before the dateline
("On May 8, the spokesperson said" in a September article), a year ("his state visit to
China in 2023 where he reaffirmed"), and a date far into a sentence's opening phrase ("In a
speech at the Diplomatic Academy of Vietnam on August 1, ... Manalo said"). Each was listed
on its article's day, so ``--since`` counted it as news of that day."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library


def _article(title: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Test Wire\ndate: {date}\n---\n{title}\n{body}\n"


HANG = _article(
    "Hoang Sa, Truong Sa inseparable parts of Vietnam",
    "2025-09-30",
    "Vietnam has affirmed many times that the Hoang Sa (Paracel) and Truong Sa (Spratly) "
    "archipelagos are inseparable parts of its territory, Foreign Ministry spokesperson Le Thi "
    "Thu Hang has said.\n"
    "On May 8, the spokesperson said that as a coastal country in the East Sea, Vietnam has "
    "sovereignty, sovereign rights, and jurisdiction in waters as defined in the convention.",
)
INDIA = _article(
    "Our interests are aligned",
    "2025-10-15",
    "The two nations have also held joint military exercises in the past. In June, India's "
    "defence ministry announced a transfer of a small warship to the Vietnamese navy.",
)
MARCOS = _article(
    "PH, Viet Nam ink understanding on the South China Sea",
    "2025-01-10",
    "President Ferdinand R. Marcos Jr. said the Philippines' position on the South China Sea "
    "remains consistent.\n"
    "The chief executive recalled his state visit to China in 2023 where he reaffirmed with "
    "Chinese President Xi Jinping that maritime issues should not define the relations.",
)
MANALO = _article(
    "Vietnam, Philippines advance maritime cooperation",
    "2025-08-03",
    "In a speech at the Diplomatic Academy of Vietnam on August 1, Foreign Affairs Secretary "
    "Enrique Manalo said the two countries' geography makes maritime cooperation a vital point "
    "of interaction.\n"
    "In a speech to the students of an academy that opened on July 28, Manalo said the seas "
    "must stay open.",
)


def _records(db: str, *args: str) -> dict[str, dict[str, str]]:
    """``statements ARGS --json``, each record under its first four words."""
    listed = cli("--db", db, "statements", *args, "--json")
    assert listed.returncode == 0, listed.stderr
    return {" ".join(r["text"].split()[:4]): r for r in json.loads(listed.stdout or "[]")}


def _dated(record: dict[str, str]) -> tuple[str, str, str]:
    return (record["said_on"], record["said_date"], record["date_from"])


def test_a_day_said_in_the_past_is_the_latest_by_the_dateline(tmp_path: Path) -> None:
    """ "On May 8, the spokesperson said" in an article of 2025-09-30 was listed on
    2025-09-30 (May 8 is over four months off: the day was left unresolved), and answered
    ``--since 2025-07``. Said in the past, it is the last May 8 by the dateline."""
    db = _library(tmp_path, ("hang.md", HANG))
    every = _records(db, "--speaker", "hang")
    assert _dated(every["as a coastal country"]) == ("May 8", "2025-05-08", "sentence")
    since = _records(db, "--speaker", "hang", "--since", "2025-07")
    assert list(since) == ["Vietnam has affirmed many"]
    assert since["Vietnam has affirmed many"]["date_from"] == "article"


def test_a_month_said_in_the_past_is_the_latest_by_the_dateline(tmp_path: Path) -> None:
    db = _library(tmp_path, ("india.md", INDIA))
    (record,) = _records(db, "--speaker", "defence").values()
    assert _dated(record) == ("June", "2025-06", "sentence")
    assert _records(db, "--speaker", "defence", "--since", "2025-07") == {}


def test_a_year_dates_a_statement_in_a_clause_it_governs(tmp_path: Path) -> None:
    """ "his state visit to China in 2023 where he reaffirmed ...": the reaffirming was in
    2023, not on the article's day (2025-01-10), and is no answer to ``--since 2024``."""
    db = _library(tmp_path, ("marcos.md", MARCOS))
    every = _records(db, "--speaker", "marcos")
    assert _dated(every["maritime issues should not"]) == ("2023", "2023", "sentence")
    since = _records(db, "--speaker", "marcos", "--since", "2024")
    assert "maritime issues should not" not in since
    timeline = cli("--db", db, "timeline", "Marcos")
    assert timeline.returncode == 0, timeline.stderr
    dates = [line.split()[0] for line in timeline.stdout.splitlines()]
    assert dates == ["2023", "2025-01-10"]  # a year's statement first, by its first day


def test_a_date_ending_a_long_opening_phrase_dates_the_statement(tmp_path: Path) -> None:
    """ "In a speech at the Diplomatic Academy of Vietnam on August 1, ... Manalo said": the
    date stands ten words in, past the six an opening date was looked for in. A date in a
    clause of the phrase about something else ("an academy that opened on July 28") still
    dates nothing."""
    db = _library(tmp_path, ("manalo.md", MANALO))
    every = _records(db, "--speaker", "manalo")
    assert _dated(every["the two countries' geography"]) == ("August 1", "2025-08-01", "sentence")
    assert _dated(every["the seas must stay"]) == ("", "2025-08-03", "article")
    since = _records(db, "--speaker", "manalo", "--since", "2025-08-02")
    assert list(since) == ["the seas must stay"]


MADE = _article(
    "Hoang Sa inseparable parts of Vietnam",
    "2025-09-30",
    "Vietnam has affirmed many times that the Hoang Sa (Paracel) archipelago is an inseparable "
    "part of its territory, Foreign Ministry spokesperson Le Thi Thu Hang has said.\n"
    "She made the statement at a regular press conference of the Foreign Ministry on August "
    "20, in response to media questions on Vietnam’s stance.",
)


def test_the_next_sentence_saying_when_the_statement_was_made_dates_it(tmp_path: Path) -> None:
    """ "X has said. / She made the statement at a regular press conference ... on August 20":
    the day is given for the statement just before, by its speaker, in the next sentence."""
    db = _library(tmp_path, ("made.md", MADE))
    (record,) = _records(db, "--speaker", "hang").values()
    assert _dated(record) == ("August 20", "2025-08-20", "sentence")
    assert _records(db, "--speaker", "hang", "--since", "2025-09") == {}
