"""DATE mentions resolved to calendar dates, relative to the article's dateline.

"On July 18" in an article dated 2025-07-19 is 2025-07-18; "yesterday", "last week" and
"next year" are periods counted from the dateline; a weekday is a day of the dateline's week, as
wire copy names one ("said on Tuesday": the latest Tuesday by then). A day or month without a
year is the one nearest the dateline, within four months of it; said in the past ("On May 8, the
spokesperson said" in a September article), the latest by the dateline, within a year; with
its year or week after it ("September last year", "Monday last week"), of that one; with
"local time" after it, a weekday said of the past may be the dateline's next day, where it
happened ("early Wednesday local time" in a Tuesday article from Washington). A date of
numbers is read only where one number alone can be the month ("14.12.2023", not "11.01.2014").
What cannot be pinned down (a weekday with no sure tense, a relative date in an article whose
date is only a guess, a day or month months away with no tense) is left unresolved rather than
guessed: a timeline with a wrong date is worse than one with a gap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from diplotui.dates import MONTH_NAMES, calendar_day, counted_from, iso_date_parts
from diplotui.entities.folding import fold
from diplotui.lazy_patterns import lazy_compile

_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTHS.update({name[:3].lower(): number for name, number in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = rf"\b(?P<month>{_MONTH_NAMES})\.?"  # not "mar" ending "Myanmar"
_DAY = r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"  # not "25" ending "2025"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_AND_YEAR = rf"(?:(?:,\s*|\s+){_YEAR})?\b"  # "July 18, 2025", "November 22,2022"
_ANY_YEAR = lazy_compile(rf"\b{_YEAR}\b")
# "July 18-19", "18 to 20 July", "1 and 2 July": the range's last day of the same month
_TO = r"\s*(?:-|–|—|to)\s*"
_TO_DAY = rf"(?:(?:{_TO}|\s*and\s*)(?P<last>[0-3]?\d)(?:st|nd|rd|th)?)?"
_PATTERNS = [
    lazy_compile(rf"{_MONTH}\s+{_DAY}{_TO_DAY}{_AND_YEAR}", re.IGNORECASE),
    lazy_compile(rf"{_DAY}{_TO_DAY}\s+{_MONTH}{_AND_YEAR}", re.IGNORECASE),
    lazy_compile(r"(?P<year>(?:1[89]|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
    lazy_compile(rf"{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
]
# "October 30 to November 1, 2022", "30 June to 2 July": a range across months
_TO_MONTH = rf"\b(?P<to_month>{_MONTH_NAMES})\.?"
_TO_MONTH_DAY = r"\b(?P<to_day>[0-3]?\d)(?:st|nd|rd|th)?"
_ACROSS_MONTHS = [
    lazy_compile(rf"{_MONTH}\s+{_DAY}{_TO}{_TO_MONTH}\s+{_TO_MONTH_DAY}{_AND_YEAR}", re.I),
    lazy_compile(rf"{_DAY}\s+{_MONTH}{_TO}{_TO_MONTH_DAY}\s+{_TO_MONTH}{_AND_YEAR}", re.I),
]
_NEAR_DAYS = 120  # a day or month without a year is within four months of the dateline, or unsure
_RELATIVE_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1}
# "the last week of June", "over the last year", "the next year" (of a story told) count from
# another day than the dateline: no deictic date
_NOT_THE, _NOT_OF = r"(?<!\bthe\s)", r"(?!\s+of\b)"
_RELATIVE_PERIOD = lazy_compile(
    rf"\b{_NOT_THE}(last|this|next|past|coming)\s+(week|month|year)\b{_NOT_OF}", re.I
)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_WEEKDAY = lazy_compile(rf"\b({'|'.join(_WEEKDAYS)})day\b")
_HALF = lazy_compile(rf"\b(first|second)\s+half\s+of\s+{_YEAR}\b", re.IGNORECASE)
_BARE_YEAR = lazy_compile(rf"^(?:(?:in|early|mid|late|the\s+year)\s+)?{_YEAR}$", re.IGNORECASE)
_BARE_MONTH = lazy_compile(rf"^(?:in\s+|early\s+|late\s+|mid-?)?{_MONTH}$", re.IGNORECASE)
_JOINT = lazy_compile(r"\s*\b(?:to|and|until|till|through)\b\s*|\s*[–—]\s*|\s+-\s+", re.I)
# a half that is a date by itself: a month, a year or both ("July 2024"), "today" ..., not a
# day's number
_ALONE = lazy_compile(
    rf"{_MONTH}(?:\s+{_YEAR})?|(?:1[89]|20)\d\d|{'|'.join(_RELATIVE_DAY)}", re.IGNORECASE
)
# "early Wednesday local time": the day where it happened, which may be the dateline's next
# day (a Tuesday Washington dateline, a launch early Wednesday in Pyongyang)
_LOCAL_TIME = r"(?P<local>,?\s+local\s+time\b|\s*\(local\s+time\))"
_LOCAL_TIME_AFTER = lazy_compile(_LOCAL_TIME, re.IGNORECASE)
_BARE_WEEKDAY = lazy_compile(rf"(?:on\s+)?({'|'.join(_WEEKDAYS)})day{_LOCAL_TIME}?", re.IGNORECASE)
PAST, FUTURE = "past", "future"  # the tense a weekday is counted in: back or ahead
_QUALIFIED_MONTH = lazy_compile(rf"^(?P<which>last|next|this)\s+{_MONTH}$", re.IGNORECASE)
# a day, month or weekday with its week or year after it ("September last year", "May 8 of
# next year", "Monday last week"): of that year or week, not the one nearest the dateline
_WHICH_STEP = {"last": -1, "this": 0, "next": 1}
_QUALIFIER = r"\s+(?:of\s+)?(?P<which>last|next|this)\s+(?P<unit>week|year)"
_QUALIFIED_AFTER = lazy_compile(rf"^(?P<date>.+?){_QUALIFIER}$", re.IGNORECASE)
_QUALIFIER_AFTER = lazy_compile(rf"{_QUALIFIER}\b(?!['’´]s\b)", re.IGNORECASE)
# "14.12.2023", "21/02/2020": a day's number and a month's, either first
_NUMERIC = lazy_compile(
    r"(?<![\d./])(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[0-3]?\d)(?P=sep)"
    rf"{_YEAR}(?![\d./]*\d)"
)


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved date: one day (``first == last``) or a span such as a week or a year."""

    first: date
    last: date

    def label(self) -> str:
        """ISO day, month ("2025-07") or year ("2026") when the period is exactly that."""
        if self.first == self.last:
            return self.first.isoformat()
        if self.first.day == 1 and self.last == _month_end(self.first.year, self.first.month):
            return self.first.isoformat()[:7]
        whole_year = (self.first.month, self.first.day, self.last.month, self.last.day)
        if whole_year == (1, 1, 12, 31) and self.first.year == self.last.year:
            return str(self.first.year)
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _month_end(year: int, month: int) -> date:
    from calendar import monthrange  # few dates need it: not for every process

    return date(year, month, monthrange(year, month)[1])


def dateline(article_date: str, is_guess: bool) -> date | None:
    """The article's date as a day to count from, or None when there is no sure day: a
    guess, a day after tomorrow (no article is written yet: "yesterday" would be a day to
    come), or a day outside the years an article is dated in (one stored before imports
    refused them: "yesterday" in an article of 0001-01-01 fell off the calendar, a crash)."""
    return _dateline(article_date, is_guess, date.today())


@lru_cache(maxsize=65_536)
def _dateline(article_date: str, is_guess: bool, today: date) -> date | None:
    """``dateline`` on ``today``, kept per date: every statement of a listing asks, and a
    library has a few thousand."""
    if is_guess or not re.fullmatch(r"\d{4}-\d\d-\d\d", article_date or "", re.ASCII):
        return None
    try:
        day = date.fromisoformat(article_date)
    except ValueError:
        return None
    return day if counted_from(day, today) else None


def resolve(mention: str, anchor: date | None, tense: str = "") -> Period | None:
    """The period a DATE mention names, or None when it cannot be pinned down. ``tense``
    (PAST, FUTURE, or "" when unsure) counts a bare weekday back or ahead; PAST puts a day
    or month without a year at the latest on or before the dateline, within a year
    (:func:`_placed`). A period counted past the calendar's first or last day ("yesterday"
    of 0001-01-01, "next year" of 9999-12-30) is None: unresolved, never a crash."""
    try:
        return _resolved(mention, anchor, tense)
    except (OverflowError, ValueError):  # datetime's two words for "off the calendar"
        return None


def _resolved(mention: str, anchor: date | None, tense: str) -> Period | None:
    text = " ".join(mention.strip().split())
    low = text.lower()
    if low in _RELATIVE_DAY:
        if anchor is None:
            return None
        day = anchor + timedelta(days=_RELATIVE_DAY[low])
        return Period(day, day)
    if (qualified_after := _QUALIFIED_AFTER.match(text)) is not None:
        return _qualified_after(qualified_after, anchor)
    if (joined := _joined(text, anchor, tense)) is not None:
        return joined
    if (numeric := _NUMERIC.search(text)) is not None:
        return _numeric(numeric)
    for pattern in _ACROSS_MONTHS:
        if (across := pattern.search(text)) is not None:
            return _across_months(across, anchor, tense)
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is not None:
            return _on_weekday(_calendar(match, anchor, tense), low)
    if (half := _HALF.search(text)) is not None:
        year = int(half.group("year"))
        if half.group(1).lower() == "first":
            return Period(date(year, 1, 1), date(year, 6, 30))
        return Period(date(year, 7, 1), date(year, 12, 31))
    if (bare := _BARE_YEAR.match(text)) is not None:
        year = int(bare.group("year"))
        return Period(date(year, 1, 1), date(year, 12, 31))
    if (relative := _RELATIVE_PERIOD.search(text)) is not None:
        return _relative_period(relative.group(1).lower(), relative.group(2).lower(), anchor)
    if (qualified := _QUALIFIED_MONTH.match(text)) is not None:
        return _qualified_month(qualified, anchor)
    if (month_only := _BARE_MONTH.match(text)) is not None and anchor is not None:
        month = _MONTHS[month_only.group("month").lower()]
        # "in February" in July: this February or the next? not guessed, unless said of
        # the past; a month's distance is its middle's
        years = [date(year, month, 15) for year in range(anchor.year - 1, anchor.year + 2)]
        middle = _placed(years, anchor, tense, lambda middle: middle.replace(day=1))
        if middle is None:
            return None
        return Period(middle.replace(day=1), _month_end(middle.year, middle.month))
    if (weekday := _BARE_WEEKDAY.fullmatch(text)) is not None:
        named = _WEEKDAYS.index(weekday.group(1).lower())
        return _weekday(named, anchor, tense, local=weekday.group("local") is not None)
    return None


def _weekday(weekday: int, anchor: date | None, tense: str, local: bool = False) -> Period | None:
    """A weekday of the dateline's week: said of the past, the latest on or before the
    dateline (its own day when it falls on it); of the future, the first after it. The
    dateline's own weekday in the future (today or a week on?) and any without a sure
    tense are not guessed. ``local`` ("Wednesday local time"): the day where it happened,
    so the dateline's next day, in a zone ahead of the writer's, is that day, not six days
    back ("reported early Wednesday local time" in a Tuesday article from Washington)."""
    if anchor is None:
        return None
    if tense == PAST and local and (weekday - anchor.weekday()) % 7 == 1:
        day = anchor + timedelta(days=1)
    elif tense == PAST:
        day = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    elif tense == FUTURE and (ahead := (weekday - anchor.weekday()) % 7):
        day = anchor + timedelta(days=ahead)
    else:
        return None
    return Period(day, day)


def said_when(said_on: str, anchor: date | None, tense: str = "") -> Period | None:
    """When a statement was made: the date its attribution gives (``Statement.said_on``)
    resolved against the dateline, or None. Never after the article reporting it: "in
    February, she said" in a January article is last February's or a guess. Nor, with no
    sure dateline (a guess, an article dated after tomorrow), after tomorrow: "said on
    February 27, 2027" written out whole in an article dated 2027-03-01 was dated a day still
    to come, though nothing is said before its day. ``tense``: the reporting verb's, which
    counts a weekday ("said on Tuesday")."""
    return _said_when(said_on, anchor, date.today(), tense)


@lru_cache(maxsize=8192)
def _said_when(said_on: str, anchor: date | None, today: date, tense: str) -> Period | None:
    """``said_when`` on ``today``, kept per mention, dateline and tense: a timeline of
    thousands of statements asks about a few dates."""
    when = resolve(said_on, anchor, tense) if said_on else None
    latest = anchor if anchor is not None else today + timedelta(days=1)
    if when is not None and when.first > latest:
        return None
    return when


def _joined(text: str, anchor: date | None, tense: str) -> Period | None:
    """Two dates joined ("2019 to 2025", "May and June", "July 2024 to June 2025"): from the
    first's first day to the second's last, when each resolves on its own."""
    for joint in _JOINT.finditer(text):
        head, tail = text[: joint.start()], text[joint.end() :]
        if not head or not tail or not _ALONE.fullmatch(head) or not _ALONE.fullmatch(tail):
            continue
        first, last = resolve(head, anchor, tense), resolve(tail, anchor, tense)
        if first is not None and last is not None and first.last < last.first:
            return Period(first.first, last.last)
    return None


def month_qualified(mention: str) -> bool:
    """Whether the mention is a month after "last", "next" or "this" ("Last October")."""
    return _QUALIFIED_MONTH.match(" ".join(mention.split())) is not None


def _qualified_month(match: re.Match[str], anchor: date | None) -> Period | None:
    """A month after "last": the latest before the dateline's month ("Last October" in an
    October article is a year ago); after "next" the first after it; after "this" the
    dateline's year's."""
    if anchor is None:
        return None
    month = _MONTHS[match.group("month").lower()]
    which = match.group("which").lower()
    year = anchor.year
    if which == "last" and month >= anchor.month:
        year -= 1
    elif which == "next" and month <= anchor.month:
        year += 1
    return Period(date(year, month, 1), _month_end(year, month))


def qualifier_end(text: str, end: int) -> int:
    """Where a date ending at ``end`` ends with its week or year after it ("September last
    year", "Monday of next week"): ``end`` when none follows. "Monday last week's talks" is
    not one: the week is the talks'."""
    after = _QUALIFIER_AFTER.match(text, end)
    return end if after is None else after.end()


def _qualified_after(match: re.Match[str], anchor: date | None) -> Period | None:
    """A day, month or weekday of the year or week after it ("September last year" in
    2025 is September 2024, "Monday last week" the Monday of the week before the
    dateline's, counted from Monday: not on a Sunday, which ends one such week and starts
    another); None for any other date, or one with a year of its own."""
    if anchor is None:
        return None
    head, step = match.group("date"), _WHICH_STEP[match.group("which").lower()]
    if match.group("unit").lower() == "week":
        weekday = _BARE_WEEKDAY.fullmatch(head)
        if weekday is None or anchor.weekday() == 6:
            return None
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
        day = monday + timedelta(days=_WEEKDAYS.index(weekday.group(1).lower()))
        return Period(day, day)
    if _ANY_YEAR.search(head):
        return None
    year = anchor.year + step
    if (month_only := _BARE_MONTH.match(head)) is not None:
        month = _MONTHS[month_only.group("month").lower()]
        return Period(date(year, month, 1), _month_end(year, month))
    for pattern in _PATTERNS[:2]:
        if (day_of := pattern.fullmatch(head)) is not None and day_of.group("last") is None:
            month = _MONTHS[day_of.group("month").lower().rstrip(".")]
            found = calendar_day(year, month, int(day_of.group("day")))
            return Period(found, found) if found else None
    return None


def _numeric(match: re.Match[str]) -> Period | None:
    """A date of numbers ("14.12.2023", "02/21/2020") where only one of them can be the
    month (or both are the same): 11.01.2014 is January 11 read day first, November 1 read
    month first, and pages write both ways."""
    first, second = int(match.group("first")), int(match.group("second"))
    if first > 12 >= second or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    found = calendar_day(int(match.group("year")), month, day) if 1 <= month <= 12 else None
    return Period(found, found) if found else None


def _on_weekday(period: Period | None, mention: str) -> Period | None:
    """``period``, unless the mention names a weekday its day is not ("Monday, July 15" in
    2025, a Tuesday: a wrong year or a slip, not guessed)."""
    named = _WEEKDAY.search(mention)
    if period is None or named is None or period.first != period.last:
        return period
    return period if period.first.weekday() == _WEEKDAYS.index(named.group(1)) else None


def _calendar(match: re.Match[str], anchor: date | None, tense: str) -> Period | None:
    first = _calendar_day(match, anchor, tense)
    last_day = match.groupdict().get("last")
    if first is None or last_day is None:
        return first
    try:  # "July 20-18", "June 30-31": no range the calendar has
        last = first.first.replace(day=int(last_day))
    except ValueError:
        return None
    return Period(first.first, last) if last > first.first else None


def _calendar_day(match: re.Match[str], anchor: date | None, tense: str) -> Period | None:
    groups = match.groupdict()
    month_text = groups.get("month") or ""
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower(), 0)
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    if not 1 <= month <= 12:
        return None
    if day is None:
        if year is None:
            return None
        return Period(date(year, month, 1), _month_end(year, month))
    if year is None:
        if _ANY_YEAR.search(match.string):
            return None  # "July 18 of 2019": the year written apart is not replaced by a guess
        nearest = _nearest(month, day, anchor, tense)
        return Period(nearest, nearest) if nearest else None
    exact = calendar_day(year, month, day)
    return Period(exact, exact) if exact else None


def _nearest(month: int, day: int, anchor: date | None, tense: str = "") -> date | None:
    """The day of the year nearest the dateline, if within four months of it; said of the
    past, the latest by the dateline (:func:`_placed`)."""
    if anchor is None:
        return None
    candidates = [
        found
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (found := calendar_day(year, month, day)) is not None
    ]
    return _placed(candidates, anchor, tense, lambda found: found)


def _placed(
    candidates: Sequence[date], anchor: date, tense: str, first_day: Callable[[date], date]
) -> date | None:
    """Of a day's or month's ``candidates`` (one a year, each by the day its distance to the
    dateline is measured from), the one nearest the dateline if within four months of it
    ("December 30" in July: last year's or this year's? not guessed). Said of the past
    (``tense`` PAST), the latest whose ``first_day`` is on or before the dateline, within a
    year ("On May 8, the spokesperson said" in a September article): unless the nearest is
    one just ahead ("said on July 18" in an article of July 10): the article's date or the
    text is off then, and a year back is no surer than ahead."""
    if not candidates:
        return None
    nearest = min(candidates, key=lambda found: abs((found - anchor).days))
    near = abs((nearest - anchor).days) <= _NEAR_DAYS
    if tense != PAST:
        return nearest if near else None
    if near and first_day(nearest) > anchor:
        return None
    year_ago = anchor - timedelta(days=365)
    past = [found for found in candidates if year_ago <= first_day(found) <= anchor]
    return max(past, default=None)


def _across_months(match: re.Match[str], anchor: date | None, tense: str) -> Period | None:
    """A range across months: in "October 30 to November 1, 2022" the year, written once, is
    the last day's; without one the first day is the one nearest the dateline."""
    groups = match.groupdict()
    first_month, last_month = _MONTHS[groups["month"].lower()], _MONTHS[groups["to_month"].lower()]
    first_day, last_day = int(groups["day"]), int(groups["to_day"])
    wraps = (last_month, last_day) <= (first_month, first_day)  # December 30 to January 2
    if groups["year"]:
        last = calendar_day(int(groups["year"]), last_month, last_day)
        first = calendar_day(int(groups["year"]) - wraps, first_month, first_day)
    else:
        first = _nearest(first_month, first_day, anchor, tense)
        last = calendar_day(first.year + wraps, last_month, last_day) if first else None
    return Period(first, last) if first and last and first < last else None


def _relative_period(which: str, unit: str, anchor: date | None) -> Period | None:
    if anchor is None or which in ("past", "coming"):
        return None  # "the past week" ends today but starts who knows when: not guessed
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        year = anchor.year + step
        return Period(date(year, 1, 1), date(year, 12, 31))
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + step
        year, month = divmod(month_index, 12)
        return Period(date(year, month + 1, 1), _month_end(year, month + 1))
    if anchor.weekday() == 6:
        return None  # a Sunday ends a week counted from Monday, starts one counted from Sunday
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    return Period(monday, monday + timedelta(days=6))


_DEICTIC = lazy_compile(  # the look-ahead turns most places down at once: a third faster
    rf"\b(?=[tylnTYLN])(?:today|yesterday|tomorrow|"
    rf"{_NOT_THE}(?:last|this|next)\s+(?:week|month|year)\b{_NOT_OF})\b",
    re.I,
)


# a weekday naming one day: not "Tuesdays", "Tuesday's", "Tuesday-Thursday", nor one with a
# date beside it ("Tuesday, July 15": the date dates it) or joined to another ("Monday and
# Tuesday": which one?)
_WEEKDAY_MENTION = lazy_compile(
    rf"(?<![\w'’-])(?:{'|'.join(w.capitalize() for w in _WEEKDAYS)})day\b(?!['’]s\b|-)"
    rf"(?!,?\s*(?i:{_MONTH_NAMES})\b|,?\s*[0-3]?\d\b)"
    r"(?!\s+(?:and|or|to|through|until|till)\s+\w+day\b)"
)
# the word before a weekday that makes it no day of the dateline's week: a determiner or a
# count ("the Tuesday meeting", "every Tuesday", "last Tuesday", "by Tuesday", "Monday and
# Tuesday"); a capitalised one other than "On" makes a name ("Black Friday", "Super Tuesday")
_NOT_A_DAY_AFTER = frozenset(
    re.findall(
        r"\w+",
        "the a an every each last next this that these those of coming past following previous "
        "by until till since before after from through to and or between",
    )
)
_WORD_BEFORE = lazy_compile(r"([\w'’]+)\s+$")


def deictic_mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of "yesterday", "last week", "next year", "Tuesday" ...: dates the recogniser
    leaves out (they are not names) but a timeline counts from the dateline."""
    stop = len(text) if end is None else end
    weekdays = [
        (match.start(), _local_time_end(text, qualifier_end(text, match.end())))
        for match in _WEEKDAY_MENTION.finditer(text, start, stop)
        if _names_a_day(text, match.start(), match.end())
    ]
    found = [
        match.span()
        for match in _DEICTIC.finditer(text, start, stop)
        if not any(first < match.start() < last for first, last in weekdays)
    ]
    return sorted(found + weekdays)


def _local_time_end(text: str, end: int) -> int:
    """Where a weekday ending at ``end`` ends with "local time" after it ("Monday (local
    time)"), which may make it the dateline's next day (:func:`_weekday`); ``end`` when none
    follows. "Monday last week" has its week (:func:`qualifier_end`) before."""
    after = _LOCAL_TIME_AFTER.match(text, end)
    return end if after is None else after.end()


def _names_a_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start`` is a day of its own: after "on" or a word in lower
    case that counts nothing ("said Tuesday"), or opening a sentence before a comma."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:  # a sentence's first word: "Tuesday, the ministers met"
        opening = not text[max(0, start - 3) : start].strip(" \t\n\"“'‘(").rstrip(".!?")
        return opening and text.startswith(",", end)
    word = before.group(1)
    if word[0].isupper():
        return word == "On"
    return word.lower() not in _NOT_A_DAY_AFTER


# what makes a sentence's verb past or future: "On Tuesday, X met ...", "X will meet on Friday";
# "would" says neither ("said the talks would resume" is past by "said")
_FUTURE = lazy_compile(
    r"\b(?:will|shall|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to|(?:is|are)\s+set\s+to|"
    r"(?:is|are)\s+scheduled|(?:is|are)\s+expected|plans?\s+to|going\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)
_PAST_WORDS = (
    "was were had did met held said told signed went came made took gave began spoke left sent "
    "saw won lost wrote chose brought sought met flew led found felt kept heard paid struck "
    "thought fell rose ran stood agreed"
)
_PAST = lazy_compile(
    rf"\b(?:{'|'.join(_PAST_WORDS.split())})\b|(?-i:\b[a-z]{{2,}}(?<!e)ed\b)", re.IGNORECASE
)
_NOT_PAST = frozenset({"hundred", "indeed", "sacred", "naked", "wicked", "kindred", "aged"})


_NOT_A_SUBJECT = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
# the words of a clause before its date that are no clause of their own: a relative clause
# ("The minister, who was elected in May, arrives on Friday") tells of another day
_RELATIVE = lazy_compile(r"\b(?:who|whom|whose|which|that|when|where)\b|[\"“”]", re.IGNORECASE)
_NAME_BEFORE = lazy_compile(r"(?<![.!?]\s)\b([A-Z][\w'’.-]*)\s+$")


def clause_tense(text: str, before: str = "") -> str:
    """PAST or FUTURE when ``text`` (a sentence after its date) and ``before`` (the words
    before the date) show one tense and not the other, else "": a weekday is counted back or
    ahead only on a sure tense. Before the date only the clause holding it counts (after its
    last comma, with no relative clause), and a verb of the past only right after a name
    ("Gyawali arrived in New Delhi on Thursday"): "the delayed talks" and "Doe's delayed
    talks" are no past."""
    clause = before.rsplit(",", 1)[-1]
    if _RELATIVE.search(clause):
        clause = ""
    if _date_s_verb_past(text, clause):
        return PAST
    future = _FUTURE.search(text) is not None or _FUTURE.search(clause) is not None
    past = any(m.group(0).lower() not in _NOT_PAST for m in _PAST.finditer(text)) or any(
        _after_a_name(clause, m) for m in _PAST.finditer(clause)
    )
    if past == future:
        return ""
    return PAST if past else FUTURE


def _date_s_verb_past(text: str, clause: str) -> bool:
    """Whether the verb the date is of, right beside it, is in the past: a passive ("34
    people were injured on Saturday", "The announcement was made on Friday") or a verb of
    saying right after a name ("India said on Monday it will sign") or right after the
    date ("Polish officials Tuesday said they plan to"). A future further on is the
    reported clause's, not the date's."""
    near = max(0, len(clause) - _BESIDE)  # only the words right before the date
    if _PASSIVE_BEFORE.search(clause, near):
        return True
    if (after := _SAYING_AFTER.match(text)) is not None:
        return after.group(1).lower() not in _NOT_PAST
    saying = _SAYING_BEFORE.search(clause, near)
    return saying is not None and _after_a_name(clause, saying)


# verbs of saying and meaning take a clause of their own, whose verb the date may be of ("Lavrov
# said talks resume on Friday"); one right before the date is its ("Manalo said Saturday")
_CLAUSE_TAKING = frozenset(
    re.findall(
        r"\w+",
        "said told announced stated added noted warned agreed thought felt hoped expected "
        "believed confirmed reported claimed insisted stressed emphasised emphasized pledged "
        "promised vowed urged revealed explained indicated suggested argued predicted decided "
        "planned proposed threatened demanded asked requested wanted wrote",
    )
)
_RIGHT_BEFORE_THE_DATE = lazy_compile(r"\s*(?:on\s*)?", re.IGNORECASE)
_BESIDE = 40  # "were transferred on ", "emphasised on ": a verb right before a date
_SAYING = "|".join(sorted(_CLAUSE_TAKING))
_SAYING_AFTER = lazy_compile(rf"\s+(?:also\s+)?({_SAYING})\b", re.IGNORECASE)
_SAYING_BEFORE = lazy_compile(rf"\b(?:{_SAYING})\s+(?:on\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = lazy_compile(
    rf"\b(?:was|were)\s+(?:{'|'.join(_PAST_WORDS.split())}|[a-z]{{2,}}(?:ed|en))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_INFINITIVE = lazy_compile(r"\bto\s+[a-z]")  # "arranged to meet on Friday": ahead


def _after_a_name(clause: str, verb: re.Match[str]) -> bool:
    """Whether the verb of the past stands right after a name ("Cho arrived", "Minister
    Mkaka was"), not after "The" opening the clause ("The delayed talks"), and is the verb
    the date is of: not one taking a clause or an infinitive between it and the date."""
    word = verb.group(0).lower()
    if word in _NOT_PAST:
        return False
    rest = clause[verb.end() :]
    if word in _CLAUSE_TAKING and not _RIGHT_BEFORE_THE_DATE.fullmatch(rest):
        return False
    if _INFINITIVE.search(rest):
        return False
    name = _NAME_BEFORE.search(clause, 0, verb.start())
    return (
        name is not None
        and name.group(1).lower() not in _NOT_A_SUBJECT
        and not name.group(1).endswith(("'s", "’s"))  # "Doe's delayed talks"
    )


class UnreadDate(ValueError):
    """A date typed that names no sure day: the reason, said after what was typed (empty when
    diplotui reads no date there at all)."""


# what an analyst types for a filter's date ("since July", "since 1 July 2025"), whole
# any year of four digits: "July 1700" is a date, refused as before the years dated (it was
# "no date read there", where "1700-07" was "before 1800")
_TYPED_YEAR = r"(?P<year>\d{4})"
_TYPED_MONTH = lazy_compile(rf"^{_MONTH}(?:,?\s+{_TYPED_YEAR})?$", re.IGNORECASE)
_TYPED_DAYS = [  # "July 1", "July the 1st", "1 July", "the 1st of July"
    lazy_compile(rf"^{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_TYPED_YEAR})?$", re.IGNORECASE),
    lazy_compile(
        rf"^(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_TYPED_YEAR})?$", re.IGNORECASE
    ),
]
# a date typed as a Vietnamese outlet writes it, with or without its marks: "tháng 7" (July),
# "tháng 7 năm 2025", "tháng 7/2025", "ngày 4 tháng 7 năm 2025", "4 tháng 7", "tháng Bảy";
# read as the English words it says ("July 2025", "4 July 2025")
_VI_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_VI_MONTH_WORDS.update({fold(word): number for word, number in _VI_MONTH_WORDS.items()})
_VI_MONTH_WORD = "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True))
_VI_TYPED = lazy_compile(
    r"^(?:(?:ngày|ngay)\s+(?=\d))?(?:(?P<day>\d{1,2})\s+)?(?:tháng|thang)\s+"
    rf"(?P<month>\d{{1,2}}|{_VI_MONTH_WORD})"
    r"(?:(?:\s*[,/]\s*|\s+)(?:(?:năm|nam)\s+)?(?P<year>\d{4}))?$",
    re.IGNORECASE,
)
# "2025/07/04", "2025.07.04", "2025-7-4", "2025/07": a year first, its month and day after
_TYPED_YEAR_FIRST = lazy_compile(
    r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?:(?P=sep)(?P<day>\d{1,2}))?", re.ASCII
)
_TYPED_AGO = lazy_compile(
    r"^(?P<count>\d{1,4}|an?|one)\s+(?P<unit>day|week|month|year)s?\s+ago$", re.I
)
_TYPED_RELATIVE = lazy_compile(r"^(?P<which>last|this)\s+(?P<unit>week|month|year)$", re.IGNORECASE)
_TYPED_NUMERIC = lazy_compile(r"^[0-3]?\d[./][0-3]?\d[./](?:1[89]|20)\d\d$")
_LEAP_YEARS_APART = 8  # the latest 29 February is at most eight years back (2096 to 2104)


def typed_period(typed: str, today: date | None = None) -> Period:
    """The days a date typed for a filter names, counted from ``today``: "July" (the latest
    July begun by today: "since July" asks about this year's in December, last year's in
    March), "Jul 2025", "1 July", "July 1, 2025", "yesterday", "last week" (Monday to
    Sunday, on a Sunday too: a user's week is the calendar's), "last month", "3 days ago".
    A statement's date in a text is placed otherwise (:func:`resolve`: near its dateline, a
    month ahead refused as doubtful), but a filter typed today never asks about a month to
    come. Raises :class:`UnreadDate` rather than guess: "05/07/2025" is May or July."""
    today = today or date.today()
    text = " ".join(typed.replace(",", ", ").split()).rstrip(".")
    text = _in_english(_year_first_as_iso(text))
    if (parts := _iso_period(text)) is not None:
        return parts
    low = text.lower()
    if low in ("today", "yesterday"):
        day = today + timedelta(days=_RELATIVE_DAY[low])
        return Period(day, day)
    if (ago := _TYPED_AGO.match(text)) is not None:
        day = _ago(today, ago.group("count"), ago.group("unit").lower())
        return Period(day, day)
    if (relative := _TYPED_RELATIVE.match(text)) is not None:
        which, unit = relative.group("which").lower(), relative.group("unit").lower()
        if unit != "week":
            period = _relative_period(which, unit, today)
            assert period is not None  # a month or a year has no Sunday to doubt
            return period
        monday = today - timedelta(days=today.weekday(), weeks=which == "last")
        return Period(monday, monday + timedelta(days=6))
    if (month_only := _TYPED_MONTH.match(text)) is not None:
        month = _MONTHS[month_only.group("month").lower()]
        year_typed = month_only.group("year")
        year = int(year_typed) if year_typed else today.year - (month > today.month)
        if year < date.min.year:  # "July 0000"
            raise UnreadDate("no such day")
        return Period(date(year, month, 1), _month_end(year, month))
    for pattern in _TYPED_DAYS:
        if (day_of := pattern.match(text)) is not None:
            return _typed_day(day_of, today)
    if _TYPED_NUMERIC.match(text):
        numeric = _NUMERIC.search(text)
        found = _numeric(numeric) if numeric else None
        if found is None:  # "05/07/2025" May or July; "29/02/2025" neither way a day
            raise UnreadDate(
                "may be read day or month first" if _both_ways(numeric) else "no such day"
            )
        return found
    raise UnreadDate("")


def _year_first_as_iso(text: str) -> str:
    """A date typed year first with another separator or one digit ("2025/07/04",
    "2025.7.4") in the ISO form it means ("2025-07-04"); any other text as it is."""
    match = _TYPED_YEAR_FIRST.fullmatch(text)
    if match is None:
        return text
    day = match.group("day")
    iso = f"{match.group('year')}-{int(match.group('month')):02d}"
    return f"{iso}-{int(day):02d}" if day is not None else iso


def _in_english(text: str) -> str:
    """A Vietnamese date typed ("tháng 7 năm 2025", "ngày 4 tháng 7") in the English words
    it says ("July 2025", "4 July"); any other text as it is. A month no calendar has
    ("tháng 13") is refused as no such day."""
    match = _VI_TYPED.fullmatch(unicodedata.normalize("NFC", text))
    if match is None:
        return text
    month_typed = match.group("month").lower()
    month = int(month_typed) if month_typed.isdigit() else _VI_MONTH_WORDS[month_typed]
    if not 1 <= month <= len(MONTH_NAMES):
        raise UnreadDate("no such day")
    words = [match.group("day") or "", MONTH_NAMES[month - 1], match.group("year") or ""]
    return " ".join(word for word in words if word)


def _both_ways(numeric: re.Match[str] | None) -> bool:
    """Whether a date of numbers names a day read day first and another read month first
    ("05/07/2025"): "29/02/2025", "13/13/2025" and "31/04/2025" name none either way, and
    were refused as read either way."""
    if numeric is None:
        return False
    first, second = int(numeric.group("first")), int(numeric.group("second"))
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def _iso_period(text: str) -> Period | None:
    """An ISO date typed ("2025", "2025-07", "2025-07-18") as its days, None for another
    form; one the calendar has not ("2025-02-30") is refused."""
    if not re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", text, re.ASCII):
        return None
    parts = iso_date_parts(text)
    if parts is None:
        raise UnreadDate("no such day")
    year, month, day = parts
    first = date(year, month or 1, day or 1)
    if day is not None:
        return Period(first, first)
    return Period(first, _month_end(year, month or 12))


def _ago(today: date, count: str, unit: str) -> date:
    """The day ``count`` days, weeks, months or years before ``today`` (a month back from
    31 March is the last of February); UnreadDate before the year 1 ("2026 years ago" in
    2026), which no date holds: it ended ``statements``, ``list`` and the app in a
    traceback."""
    number = 1 if count.lower() in ("a", "an", "one") else int(count)
    if unit in ("day", "week"):
        return today - timedelta(days=number * (7 if unit == "week" else 1))
    months = today.year * 12 + today.month - 1 - number * (12 if unit == "year" else 1)
    year, month = divmod(months, 12)
    if year < date.min.year:  # "9999 years ago": no calendar's day, refused as one
        raise UnreadDate(f"before the year {date.min.year}, the calendar's first")
    from calendar import monthrange

    return date(year, month + 1, min(today.day, monthrange(year, month + 1)[1]))


def _typed_day(match: re.Match[str], today: date) -> Period:
    """A day typed with its month ("1 July", "July 1, 2025"): of the year typed, else the
    latest such day by ``today`` (a 29 February, of the last leap year)."""
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    day = int(match.group("day"))
    if match.group("year"):
        found = calendar_day(int(match.group("year")), month, day)
    else:
        latest = (
            calendar_day(today.year - back, month, day) for back in range(_LEAP_YEARS_APART + 1)
        )
        found = next((day_of for day_of in latest if day_of and day_of <= today), None)
    if found is None:
        raise UnreadDate("no such day")
    return Period(found, found)
