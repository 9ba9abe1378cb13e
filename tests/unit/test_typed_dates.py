"""Dates an analyst types for a filter ("since July", "since last week"), read counted from
today: one reader for ``statements``, ``list``, ``annotations``, ``W`` and the filter dialog."""

from __future__ import annotations

from datetime import date

import pytest

from diplotui.dating import UnreadDate, typed_period
from diplotui.library.query import LibraryQuery, QueryError, read_dates
from diplotui.library.statements import StatementQuery

MONDAY = date(2026, 12, 7)
MARCH = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("typed", "today", "read"),
    [
        ("July", MONDAY, "2026-07"),  # this year's July: begun by December
        ("July", MARCH, "2025-07"),  # in March, last year's: never a July to come
        ("Jul", MONDAY, "2026-07"),
        ("december", MONDAY, "2026-12"),  # the month under way is no month to come
        ("July 2025", MONDAY, "2025-07"),
        ("1 July", MONDAY, "2026-07-01"),
        ("July 1", MARCH, "2025-07-01"),
        ("1 July 2025", MONDAY, "2025-07-01"),
        ("July 1, 2025", MONDAY, "2025-07-01"),
        ("1st of July", MONDAY, "2026-07-01"),
        ("29 February", MONDAY, "2024-02-29"),
        ("2025-07", MONDAY, "2025-07"),
        ("2025-07-18", MONDAY, "2025-07-18"),
        ("yesterday", MONDAY, "2026-12-06"),
        ("today", MONDAY, "2026-12-07"),
        ("3 days ago", MONDAY, "2026-12-04"),
        ("3 weeks ago", MONDAY, "2026-11-16"),
        ("a month ago", date(2026, 3, 31), "2026-02-28"),
        ("last week", MONDAY, "2026-11-30..2026-12-06"),
        ("last week", date(2026, 12, 6), "2026-11-23..2026-11-29"),  # a Sunday: its week's
        ("last month", MONDAY, "2026-11"),
        ("last year", MONDAY, "2025"),
        ("14/07/2025", MONDAY, "2025-07-14"),  # only one of its numbers can be the month
        ("July 1700", MONDAY, "1700-07"),  # read, then refused as before the years dated
        ("1 July 1799", MONDAY, "1799-07-01"),
        # a year first with slashes, dots or one digit, as import reads them: were refused
        ("2025/07/04", MONDAY, "2025-07-04"),
        ("2025.07.04", MONDAY, "2025-07-04"),
        ("2025-7-4", MONDAY, "2025-07-04"),
        ("2025/07", MONDAY, "2025-07"),
        ("the 1st of July", MONDAY, "2026-07-01"),
        ("the 1st of July 2025", MONDAY, "2025-07-01"),
        ("July the 1st", MARCH, "2025-07-01"),
        # as a Vietnamese outlet writes it, with its marks or without them
        ("tháng 7", MONDAY, "2026-07"),
        ("tháng 7", MARCH, "2025-07"),
        ("Tháng 7 năm 2025", MONDAY, "2025-07"),
        ("tháng 7/2025", MONDAY, "2025-07"),
        ("thang 7 nam 2025", MONDAY, "2025-07"),
        ("tha\u0301ng 7", MONDAY, "2026-07"),  # its mark typed after the letter
        ("ngày 4 tháng 7 năm 2025", MONDAY, "2025-07-04"),
        ("4 tháng 7", MONDAY, "2026-07-04"),
        ("ngay 4 thang 7", MONDAY, "2026-07-04"),
        ("tháng Bảy", MONDAY, "2026-07"),
        ("tháng mười một năm 2025", MONDAY, "2025-11"),
        ("tháng giêng", MONDAY, "2026-01"),
    ],
)
def test_a_date_typed_as_an_analyst_types_it(typed: str, today: date, read: str) -> None:
    assert typed_period(typed, today).label() == read


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("05/07/2025", "may be read day or month first"),  # May or July: never guessed
        ("29/02/2025", "no such day"),  # neither way a day: was "may be read day or month"
        ("13/13/2025", "no such day"),
        ("31.04.2025", "no such day"),
        ("July 0000", "no such day"),
        ("1 July 0000", "no such day"),
        ("31 June", "no such day"),
        ("2025-02-30", "no such day"),
        ("Julyy", ""),
        ("next week", ""),  # a filter typed today asks about days gone by
        ("Monday", ""),
        ("tháng 13", "no such day"),
        ("ngày 31 tháng 6", "no such day"),
        ("2025/02/30", "no such day"),
        ("2025/07-04", ""),  # two separators: no form of a date
        ("9999 years ago", "before the year 1, the calendar's first"),  # was a ValueError
        (f"{MONDAY.year} years ago", "before the year 1, the calendar's first"),
    ],
)
def test_a_date_not_sure_is_refused_never_guessed(typed: str, why: str) -> None:
    with pytest.raises(UnreadDate) as refused:
        typed_period(typed, MONDAY)
    assert str(refused.value) == why


def test_the_bounds_are_a_periods_first_and_last_days_and_say_how_they_were_read() -> None:
    dates = read_dates("July", "last week", MONDAY)
    assert (dates.since, dates.until) == ("2026-07-01", "2026-12-06")
    assert dates.said() == "since 2026-07-01, until 2026-12-06"
    iso = read_dates("2025-07", "", MONDAY)  # an ISO date says itself
    assert (iso.since, iso.said()) == ("2025-07", "")


def test_a_refusal_names_what_was_typed_and_the_forms_read() -> None:
    with pytest.raises(QueryError) as refused:
        read_dates("", "in a while", MONDAY)
    assert str(refused.value) == (
        "until 'in a while': no date read there; type 2025-07-18, 2025-07, July, July 2025,"
        " 1 July, last week, last month, yesterday, 3 days ago"
    )


@pytest.mark.parametrize(
    ("since", "until", "said"),
    [
        # the words typed, then the day read: '1835-04-20' was never typed
        ("9999 weeks ago", "", "since '9999 weeks ago' (1835-04-20) is before 1900"),
        ("", "tháng 7 năm 1899", "until 'tháng 7 năm 1899' (1899-07-31) is before 1900"),
        ("last week", "July 2025", "since 'last week' (2026-11-30) is after until 'July 2025'"),
        ("2025-08", "2025-07", "since '2025-08' is after until '2025-07'"),  # ISO says itself
    ],
)
def test_a_day_refused_is_named_by_the_words_typed(since: str, until: str, said: str) -> None:
    read = read_dates(since, until, MONDAY)
    query = LibraryQuery(
        since=read.since,
        until=read.until,
        since_typed=read.since_typed,
        until_typed=read.until_typed,
    )
    with pytest.raises(QueryError) as refused:
        query.validate()
    assert str(refused.value).startswith(said)


def test_the_statements_view_takes_a_vietnamese_date_whole() -> None:
    query = StatementQuery.parse("since:ngày 4 tháng 7 năm 2025 le hoai trung")
    assert (query.since, query.speaker) == ("ngày 4 tháng 7 năm 2025", "le hoai trung")
    assert StatementQuery.parse("since:the 1st of July trung").since == "the 1st of July"
