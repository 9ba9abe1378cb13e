"""Calendar words, the stored date's form and the years an article may be dated in, shared
by the importer, the recogniser, the citation styles and the store's record check."""

from __future__ import annotations

import re
from datetime import date, timedelta

_ISO_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)

EARLIEST_YEAR = 1900
"""No news article a reader saves is older: a date before (a front matter's "0001-01-01", a
byline's "0999") is a misreading, and an article dated in year 1 crashed the timeline, its
"yesterday" counted back past the calendar's first day."""
ARTICLE_YEARS = f"an article is dated from {EARLIEST_YEAR} to a year after today"
"""The window, as a refused date's message says it."""
EARLIEST_SAID_YEAR = 1800
"""The first year a statement may be dated in: a text's date is read from 1800 on ("as
Palmerston said in 1848"), and "last week" in an article of 1900-01-01 is a week of 1899. A
``statements`` or ``W`` filter reaches back to it, where an article's date stops at 1900."""
SAID_YEARS = (
    f"a statement is dated from {EARLIEST_SAID_YEAR}, the first year a text's date is read in"
)
"""The window of a statement's date, as a refused filter's message says it."""
NOT_A_DATE = "not a date"
NO_SUCH_DAY = "no calendar date"
"""A date in its form on a day the calendar has not ("2025-02-30", "2025-13"): told to
use the form it was typed in, a user saw nothing to change."""

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The day, when the calendar has it ("29 February 2025", "31 April" and month 13 it has
    not)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_date_parts(raw: str) -> tuple[int, int | None, int | None] | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a calendar date) as its parts, else None."""
    match = _ISO_DATE_RE.fullmatch(raw.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if calendar_day(year, month or 1, day or 1) is None:
        return None
    return year, month, day


def a_year_after(day: date) -> date:
    """The same day a year later (1 March for 29 February)."""
    try:
        return date(day.year + 1, day.month, day.day)
    except ValueError:
        return date(day.year + 1, 3, 1)


def outside_article_years(first_day: date, today: date | None = None) -> str:
    """Why an article cannot be dated from ``first_day`` ("before 1900", "more than a year
    after today"), or "" when it can: the window every article's date is read in."""
    if first_day.year < EARLIEST_YEAR:
        return f"before {EARLIEST_YEAR}"
    if first_day > a_year_after(today or date.today()):
        return "more than a year after today"
    return ""


def counted_from(day: date, today: date) -> bool:
    """Whether an article dated ``day`` is a day its "yesterday" and "next year" are counted
    from: not after tomorrow (no article is written yet: "yesterday" would be a day to come),
    nor outside the years an article is dated in (one stored before imports refused them:
    "yesterday" in an article of 0001-01-01 fell off the calendar, a crash)."""
    return day <= today + timedelta(days=1) and not outside_article_years(day, today)


def date_doubted(raw: str, is_guess: bool, today: date | None = None) -> bool:
    """Whether an article's date is shown with "?", in every view that shows it (the list,
    the palette, ``W``, the timeline, ``list``, ``statements``): a guess, a date diplotui
    cannot read, or a day it counts nothing from (:func:`counted_from`: a stated 2027-06-10
    read in 2026 is doubted, so its statements take it with a "?" and so does the list);
    never a month or a year the article states ("2025-12": its form says how much it
    tells), nor no date ("")."""
    if not raw:
        return False
    parts = iso_date_parts(raw)
    if is_guess or parts is None:
        return True
    year, month, day = parts
    return day is not None and not counted_from(date(year, month or 1, day), today or date.today())


def date_shown(raw: str, is_guess: bool) -> str:
    """An article's date as every view shows it: as stored, "?" after it when doubted
    (:func:`date_doubted`): "2025-07-18", "2025-07-18?", "2025-12"; "" when undated."""
    return f"{raw}?" if date_doubted(raw, is_guess) else raw


def article_date_refused(raw: str, today: date | None = None) -> str:
    """Why ``raw`` (YYYY, YYYY-MM or YYYY-MM-DD) is no article's date, or "" when it is one:
    ``NOT_A_DATE``, ``NO_SUCH_DAY`` or the window it falls outside (``outside_article_years``)."""
    parts = iso_date_parts(raw)
    if parts is None:
        return NO_SUCH_DAY if _ISO_DATE_RE.fullmatch(raw.strip()) else NOT_A_DATE
    year, month, day = parts
    return outside_article_years(date(year, month or 1, day or 1), today)
