"""DATE mentions resolved against the dateline; what cannot be pinned down stays unresolved."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from diplotui.dates import EARLIEST_SAID_YEAR, EARLIEST_YEAR
from diplotui.dating import FUTURE, PAST, Period, dateline, deictic_mentions, resolve, said_when

ANCHOR = date(2025, 7, 19)  # a Saturday


@pytest.mark.parametrize(
    ("mention", "label"),
    [
        ("July 18", "2025-07-18"),
        ("18 July", "2025-07-18"),
        ("July 18, 2024", "2024-07-18"),
        ("2025-07-01", "2025-07-01"),
        ("August 2", "2025-08-02"),
        ("July 2025", "2025-07"),
        ("2026", "2026"),
        ("first half of 2025", "2025-01-01..2025-06-30"),
        ("yesterday", "2025-07-18"),
        ("today", "2025-07-19"),
        ("last week", "2025-07-07..2025-07-13"),
        ("next year", "2026"),
        ("last month", "2025-06"),
        ("June", "2025-06"),
    ],
)
def test_resolved_against_the_dateline(mention: str, label: str) -> None:
    period = resolve(mention, ANCHOR)
    assert period is not None and period.label() == label


@pytest.mark.parametrize("mention", ["Monday", "the past week", "recently", "February 30"])
def test_what_cannot_be_pinned_down_is_left_unresolved(mention: str) -> None:
    assert resolve(mention, ANCHOR) is None


def test_a_day_without_a_year_takes_the_nearest_year_or_none() -> None:
    period = resolve("December 30", date(2026, 1, 2))
    assert period is not None and period.label() == "2025-12-30"
    assert resolve("December 30", ANCHOR) is None  # five months either way: not guessed


@pytest.mark.parametrize("mention", ["February", "in March", "December"])
def test_a_month_without_a_year_far_from_the_dateline_is_not_guessed(mention: str) -> None:
    """In July, "the summit will take place in February": this February or the next? Counted
    like a day without a year; it was this year's, wrong for every future plan."""
    assert resolve(mention, ANCHOR) is None
    assert resolve("in February", date(2025, 12, 20)) == resolve("February 2026", None)


def test_relative_dates_need_a_sure_dateline() -> None:
    assert resolve("July 18", None) is None
    assert resolve("yesterday", None) is None
    assert resolve("July 18, 2025", None) is not None  # absolute dates need none
    assert dateline("2025-07-19", is_guess=True) is None
    assert dateline("2025-07", is_guess=False) is None
    assert dateline("2025-07-19", is_guess=False) == ANCHOR


def test_deictic_mentions_are_found() -> None:
    text = "Talks held last week will resume next year, officials said yesterday."
    assert [text[s:e] for s, e in deictic_mentions(text)] == ["last week", "next year", "yesterday"]


@pytest.mark.parametrize(
    "text",
    [
        "In the last week of June, the minister visited Hanoi.",
        "Over the last year, the minister visited Hanoi twice.",
        "The next year, the minister returned to Hanoi.",
        "The next month, the minister returned to Hanoi.",
    ],
)
def test_a_period_counted_from_another_day_is_no_deictic_date(text: str) -> None:
    """Read as counted from the dateline, "the last week of June" was last week, "over the
    last year" last year and "the next year" (of a story told) the year after the dateline:
    wrong dates on the timeline."""
    assert [text[s:e] for s, e in deictic_mentions(text)] == []
    assert resolve("the last week of June", ANCHOR) is None
    assert resolve("the next year", ANCHOR) is None


@pytest.mark.parametrize(
    ("mention", "label"),
    [
        ("18 to 20 July", "2025-07-18..2025-07-20"),
        ("18-20 July", "2025-07-18..2025-07-20"),
        ("1 and 2 July", "2025-07-01..2025-07-02"),
        ("July 18-19", "2025-07-18..2025-07-19"),
        ("July 18 to 20, 2024", "2024-07-18..2024-07-20"),
        ("Dec. 30-31", "2024-12-30..2024-12-31"),
    ],
)
def test_a_range_of_days_is_all_its_days(mention: str, label: str) -> None:
    """A range was one of its days, the first or the last as it came ("18 to 20 July" was 20
    July, "July 18-19" July 18): shown as if the talks had lasted a day."""
    period = resolve(mention, date(2025, 3, 1) if "Dec" in mention else ANCHOR)
    assert period is not None and period.label() == label


@pytest.mark.parametrize("mention", ["July 20-18", "June 30-31", "Feb 28-30, 2025"])
def test_a_range_no_calendar_has_is_left_unresolved(mention: str) -> None:
    assert resolve(mention, ANCHOR) is None


@pytest.mark.parametrize("mention", ["this week", "last week", "next week"])
def test_a_week_counted_from_a_sunday_is_not_guessed(mention: str) -> None:
    """A Sunday ends a week counted from Monday and starts one counted from Sunday, as US
    papers count: "talks will be held this week" in a Sunday article was dated the week
    ending that day, the week before the talks."""
    sunday = date(2025, 7, 20)
    assert resolve(mention, sunday) is None
    assert [resolve(mention, sunday - timedelta(days=n)) is not None for n in (1, 6)] == [True] * 2


def test_an_article_dated_after_tomorrow_dates_nothing_by_itself() -> None:
    """An article dated 2027-05-01 read in 2026 (a typo, an embargo's date) put what was
    said "yesterday" on a day still to come; tomorrow is allowed (an article from Asia
    is dated a day ahead of the Americas)."""
    today = date.today()
    assert dateline((today + timedelta(days=200)).isoformat(), is_guess=False) is None
    assert dateline((today + timedelta(days=2)).isoformat(), is_guess=False) is None
    tomorrow = today + timedelta(days=1)
    assert dateline(tomorrow.isoformat(), is_guess=False) == tomorrow


def test_a_day_named_with_a_weekday_it_is_not_is_not_guessed() -> None:
    assert resolve("Monday, July 14", ANCHOR) == resolve("2025-07-14", None)
    assert resolve("Monday, July 15", ANCHOR) is None  # a Tuesday in 2025
    assert resolve("Tuesday, July 15, 2025", None) == resolve("2025-07-15", None)


@pytest.mark.parametrize(
    ("mention", "anchor", "label"),
    [
        ("November 22,2022", date(2025, 11, 25), "2022-11-22"),
        ("July 18 of 2019", ANCHOR, None),
        ("October 30 to November 1, 2022", date(2025, 11, 2), "2022-10-30..2022-11-01"),
        ("December 30 to January 2, 2025", ANCHOR, "2024-12-30..2025-01-02"),
        ("May 1 to August 16", ANCHOR, "2025-05-01..2025-08-16"),
        ("30 June to 2 July", ANCHOR, "2025-06-30..2025-07-02"),
        ("January 13 to January 18", date(2025, 1, 20), "2025-01-13..2025-01-18"),
        ("Myanmar 2025", ANCHOR, None),
        ("2025 May", ANCHOR, None),
        ("since 2023 June", ANCHOR, None),
    ],
)
def test_a_year_the_mention_gives_is_never_replaced_by_a_guess(
    mention: str, anchor: date, label: str | None
) -> None:
    """A year written apart from its day was passed over and the nearest year taken:
    "October 30 to November 1, 2022" in a 2025 article was 2025-10-30, "November 22,2022"
    2025-11-22; and a month's letters ending a word ("Myanmar 2025") or a day's digits
    ending a year ("2025 May") were read as a date."""
    period = resolve(mention, anchor)
    assert (period.label() if period else None) == label


@pytest.mark.parametrize(
    ("mention", "label"),
    [
        ("2019 to 2025", "2019-01-01..2025-12-31"),
        ("July 2024 to June 2025", "2024-07-01..2025-06-30"),
        ("Today and tomorrow", "2025-07-19..2025-07-20"),
        ("2025 to 2019", None),
        ("mid-July to August", None),
    ],
)
def test_two_dates_joined_are_one_range(mention: str, label: str | None) -> None:
    period = resolve(mention, ANCHOR)
    assert (period.label() if period else None) == label


SEPTEMBER_30 = date(2025, 9, 30)


@pytest.mark.parametrize(
    ("mention", "anchor", "label"),
    [
        ("May 8", SEPTEMBER_30, "2025-05-08"),  # "On May 8, the spokesperson said"
        ("8 May", SEPTEMBER_30, "2025-05-08"),
        ("June", date(2025, 10, 15), "2025-06"),  # "In June, ... announced"
        ("in February", ANCHOR, "2025-02"),
        ("September 30", SEPTEMBER_30, "2025-09-30"),  # the dateline's own day
        ("September", SEPTEMBER_30, "2025-09"),  # its own month
        ("April 2", SEPTEMBER_30, "2025-04-02"),
        ("December", ANCHOR, "2024-12"),  # seven months back, five ahead: said, so back
        ("December 30", date(2026, 1, 2), "2025-12-30"),  # across the year
        ("December", date(2026, 1, 10), "2025-12"),
        ("February 29", date(2025, 1, 15), "2024-02-29"),
        ("February 29", date(2024, 9, 30), "2024-02-29"),
        ("May 8-9", SEPTEMBER_30, "2025-05-08..2025-05-09"),
        ("May and June", SEPTEMBER_30, "2025-05-01..2025-06-30"),
        ("May 1 to August 16", SEPTEMBER_30, "2025-05-01..2025-08-16"),
        ("last May", date(2025, 5, 20), "2024-05"),  # "last" says which: not this one
        ("May 8, 2023", SEPTEMBER_30, "2023-05-08"),  # a year given is kept
    ],
)
def test_a_day_or_month_said_in_the_past_is_the_latest_by_the_dateline(
    mention: str, anchor: date, label: str
) -> None:
    """ "On May 8, the spokesperson said" in an article of September 30: over four months
    off, May 8 was left unresolved and the statement listed as September news. Said in the
    past, it happened by the dateline: the latest May 8 by then, within a year."""
    period = resolve(mention, anchor, PAST)
    assert period is not None and period.label() == label
    assert said_when(mention, anchor, PAST) == period


@pytest.mark.parametrize(
    ("mention", "anchor"),
    [
        ("February 29", date(2025, 3, 1)),  # a year and a day back: no Feb 29 within a year
        ("February 29", date(2025, 12, 31)),
        ("July 18", date(2025, 7, 10)),  # just ahead: the dateline or the text is off
        ("October 2", SEPTEMBER_30),
        ("November", date(2025, 10, 15)),
        ("January 3", date(2025, 12, 30)),  # four days ahead, across the year
        ("January", date(2025, 12, 20)),
        ("December 30 to January 2", date(2025, 12, 20)),
    ],
)
def test_a_day_said_in_the_past_is_not_put_a_year_back_from_just_ahead(
    mention: str, anchor: date
) -> None:
    """Said of the past, a day or month just after the dateline is a contradiction (an
    article dated a few days early, a slip), no sign it was a year ago: left unresolved."""
    assert resolve(mention, anchor, PAST) is None


@pytest.mark.parametrize("tense", ["", FUTURE])
@pytest.mark.parametrize(
    ("mention", "anchor"),
    [
        ("May 8", SEPTEMBER_30),  # "will meet on May 8", "says ... on May 8"
        ("June", date(2025, 10, 15)),
        ("December", ANCHOR),
        ("April 2", SEPTEMBER_30),
    ],
)
def test_a_day_or_month_far_off_without_a_past_tense_is_not_guessed(
    mention: str, anchor: date, tense: str
) -> None:
    """ "The leaders will meet on May 8" in September is next May; a bare mention or a
    statement in the present ("says") gives no tense: months off, either year is a guess."""
    assert resolve(mention, anchor, tense) is None


@pytest.mark.parametrize(
    "anchor", [date(1, 1, 1), date(1, 1, 5), date(1900, 1, 1), date(9999, 12, 30), date.max]
)
@pytest.mark.parametrize(
    "mention",
    ["yesterday", "tomorrow", "last week", "next week", "last month", "next month",
     "last year", "next year", "Monday last week", "September last year", "May 8 of next year",
     "last October", "next January", "in February", "December 31", "January 1",
     "December 30 to January 2", "on Tuesday"],
)  # fmt: skip
def test_a_period_counted_past_the_calendars_ends_is_unresolved_not_a_crash(anchor, mention):
    """ "last month" of 0001-01-05 and "next year" of 9999-12-30 raised OverflowError or
    ValueError ("year 0 is out of range"); from 1900-01-01, "last week" is 1899's."""
    for tense in ("", PAST, FUTURE):
        period = resolve(mention, anchor, tense)
        assert period is None or date.min <= period.first <= period.last <= date.max
    if anchor == date(1900, 1, 1) and mention == "last week":
        assert resolve(mention, anchor) == Period(date(1899, 12, 25), date(1899, 12, 31))


def test_the_first_year_a_text_dates_is_the_first_a_statement_filter_takes() -> None:
    """``statements --since``/``--until`` refuse a year before ``EARLIEST_SAID_YEAR``: no
    date a text states, nor one counted from an article's (from 1900), is earlier."""
    first = EARLIEST_SAID_YEAR
    assert resolve(str(first), None) == Period(date(first, 1, 1), date(first, 12, 31))
    assert resolve(f"July 18, {first - 1}", None) is None and resolve(str(first - 1), None) is None
    assert resolve("last year", date(EARLIEST_YEAR, 1, 1)) is not None
