"""Calendar words and the stored date's form, shared by the importer, the recogniser, the
citation styles and the store's record check."""

from __future__ import annotations

import re
from datetime import date

_ISO_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)

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


def iso_date_parts(raw: str) -> tuple[int, int | None, int | None] | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a calendar date) as its parts, else None."""
    match = _ISO_DATE_RE.fullmatch(raw.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return year, month, day
