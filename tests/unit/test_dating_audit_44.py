"""Dates the session 44 audit (bench/dates_audit.py, its second set) found guessed wrong, in
invented sentences: each class fixed in general, leaving a date unresolved rather than
guessing one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplotui.dating import FUTURE, PAST, resolve
from diplotui.entities import recognise
from diplotui.library.timeline import dated_sentences, event_date
from diplotui.store import Store
from tests.cli_runner import run_main

from .test_dating_audit_39 import _timeline

TUESDAY = date(2025, 7, 15)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe's troops violated the 2003 cease-fire accord by shelling posts.",
        "Jane Doe's ministry broke its 2021 pledge on the border.",
        "Jane Doe's camps welcome 2000 refugees per week.",
    ],
)
def test_a_year_a_verb_takes_dates_no_event(store_path: Path, sentence: str) -> None:
    """ "violated the 2003 cease-fire accord" in a 2017 article was an event of 2003 (the
    accord's year, not the violation's day), "welcome 2000 refugees" one of the year 2000
    (a count): a year right after a verb, or after "the", "its" ... after one, is what the
    verb is done to."""
    assert _timeline(store_path, sentence, "2017-12-26") == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In the 2019 elections, Jane Doe won a seat.", "2019"),
        ("The 2019 elections returned Jane Doe to parliament.", "2019"),
        ("In 2019, Jane Doe won a seat.", "2019"),
        ("Jane Doe's party won in 2019 by a landslide.", "2019"),
    ],
)
def test_a_year_after_a_cue_still_dates_the_event(
    store_path: Path, sentence: str, label: str
) -> None:
    assert _timeline(store_path, sentence, "2025-07-16") == [f"event {label}"]


@pytest.mark.parametrize(
    ("mention", "tense", "label"),
    [
        ("Wednesday local time", PAST, "2025-07-16"),  # the dateline's next day, in Asia
        ("Wednesday, local time", PAST, "2025-07-16"),
        ("Wednesday (local time)", PAST, "2025-07-16"),
        ("Monday local time", PAST, "2025-07-14"),  # any other day: the latest, as before
        ("Tuesday local time", PAST, "2025-07-15"),
        ("Wednesday local time", FUTURE, "2025-07-16"),
        ("Wednesday", PAST, "2025-07-09"),  # with no "local time", six days back as before
    ],
)
def test_a_weekday_in_local_time_may_be_the_dateline_s_next_day(
    mention: str, tense: str, label: str | None
) -> None:
    """ "North Korean state media reported early Wednesday local time" in a Tuesday AFP
    article from Washington was dated the Wednesday six days before."""
    period = resolve(mention, TUESDAY, tense)
    assert (period.label() if period else None) == label


def test_the_timeline_and_the_statements_listing_show_the_fixed_dates(tmp_path: Path) -> None:
    """End to end: imported, dated, listed by ``diplotui timeline`` and ``diplotui
    statements``. The landing early Wednesday local time is the dateline's next day (it
    was the Wednesday before); what was told on Wednesday (local time) is left on the
    article's day (nothing is said after its article's day), not a week before; the
    accord's year dates no event."""
    page = tmp_path / "launch.txt"
    page.write_text(
        "Launch reported\n\n"
        "Jane Doe landed in Seoul early Wednesday local time.\n\n"
        "Jane Doe told reporters on Wednesday (local time) that the satellite had reached"
        " orbit.\n\n"
        "Jane Doe's troops violated the 2003 cease-fire accord by shelling posts.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "store.json")
    assert run_main("--db", db, "--create", "import", str(page)).returncode == 0
    with Store.open(Path(db)) as store:
        (article,) = [a for a in store.articles() if a.title == "Launch reported"]
    assert run_main("--db", db, "meta", article.id, "--date", "2025-07-15").returncode == 0
    timeline = run_main("--db", db, "timeline", "Jane Doe").stdout.splitlines()
    assert [line[:25].strip() for line in timeline] == [
        "2025-07-15 (article date)",
        "2025-07-16",
    ]
    assert "Seoul early Wednesday" in timeline[1]
    listed = run_main("--db", db, "statements", "--speaker", "Jane Doe").stdout
    assert "2025-07-15 (article date)" in listed and "2025-07-09" not in listed


def _event_date(sentence: str, day: str) -> str | None:
    """The date the product gives the sentence's event, in an article of ``day``."""
    text = f"Talks\n{sentence}\n"
    (dated,) = dated_sentences(text, recognise(text), "Talks")
    when = event_date(text, dated, date.fromisoformat(day))
    return when.label() if when else None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Some 34 people were injured on Saturday in protests in the capital.", "2025-07-12"),
        ("The announcement was made on Friday by the deputy prime minister.", "2025-07-11"),
        ("India said on Monday it will sign the pipeline deal soon.", "2025-07-14"),
        ("Senior Polish officials Tuesday said they plan to expand the campaign.", "2025-07-15"),
    ],
)
def test_a_weekday_s_own_past_verb_beside_it_dates_the_event(sentence: str, label: str) -> None:
    """ "were injured on Saturday" was left undated (no name right before the verb), and
    "said on Monday it will sign" (a future further on): the verb right beside the date is
    its own, and in the past."""
    assert _event_date(sentence, "2025-07-15") == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The talks will resume on Friday, when the hall was booked.", None),
        ("The minister will say on Friday whether the talks were held.", None),
        ("The talks will be held on Friday in Geneva.", "2025-07-18"),
    ],
)
def test_a_weekday_whose_verb_is_of_the_future_is_not_counted_back(
    sentence: str, label: str | None
) -> None:
    assert _event_date(sentence, "2025-07-15") == label
