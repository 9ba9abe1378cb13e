"""Citation metadata guessed from an article's own text: title, source credit and date.

News agency copy rarely carries a full date: World & Vietnam Report articles open with a
dateline such as "On July 18" and mention years elsewhere, so the date is a best guess and
is marked ``date_is_guess`` for the citation to say so.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from diplotui.dates import MONTH_NAMES

WVR_SOURCE = "World & Vietnam Report"

# "WVR -", "WVR/VNA -", "WVR/ Reuters –" at the start of a line credit World & Vietnam Report.
_CREDIT_RE = re.compile(r"^\s*WVR(?:\s*/\s*[A-Za-z][\w .&]{0,30}?)?\s*[-–—:]", re.MULTILINE)
_MONTHS = [name.lower() for name in MONTH_NAMES]
_MONTH_RE = "|".join(MONTH_NAMES)
_DATELINE_RE = re.compile(
    rf"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d)\b)?"
)
_YEAR_RE = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d])")
_DEBRIS_RE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*\|?|\|.*\|)\s*$")


def title_from_text(text: str) -> str:
    """The first line with words in it, skipping a BOM and image/caption debris."""
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip().lstrip("#").strip()
        if line and not _DEBRIS_RE.match(line):
            return line[:500]
    return ""


def source_from_text(text: str) -> str:
    """``WVR_SOURCE`` when the article carries a WVR credit line, else ""."""
    head = text[:4000]
    return WVR_SOURCE if _CREDIT_RE.search(head) else ""


def guess_date(text: str, today: date | None = None) -> str:
    """A best-guess ISO date from the first dateline and the years the text mentions.

    The dateline gives month and day; the year is the one it states, else the year the text
    mentions most often (latest on a tie), ignoring years after ``today`` and stepping
    back a year when that would put the dateline in the future. Returns "" when
    there is no dateline and no year, or the year alone when there is no dateline.
    """
    today = today or date.today()
    years = Counter(int(y) for y in _YEAR_RE.findall(text) if 1990 <= int(y) <= today.year)
    match = _DATELINE_RE.search(text[:6000])
    year = max(years, key=lambda y: (years[y], y)) if years else None
    if match is None:
        return str(year) if year else ""
    month = _MONTHS.index(match.group(1).lower()) + 1
    day = int(match.group(2))
    if match.group(3):
        year = int(match.group(3))
    if year is None:
        return ""
    try:
        guessed = date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    if guessed > today and not match.group(3):
        guessed = guessed.replace(year=year - 1) if (month, day) != (2, 29) else guessed
    return guessed.isoformat()
