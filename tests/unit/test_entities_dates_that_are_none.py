"""What looks like a date and is none.

A day its month does not have in its year ("29 February 2025", "31 April") is no date, as a
day no month has ("32 March") is none: the month alone would date a statement to a month the
writer did not mean. A real day, 29 February of a leap year among them, stays a date. A month
after a count in thousands names the people counted ("1,000 March marchers"): no date either;
a day before the month ("1 March") or a year after it keeps the date."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements


def _dates(text: str) -> list[str]:
    return [span.text for span in recognise(text) if span.type == "DATE"]


@pytest.mark.parametrize(
    "written",
    [
        "on 29 February 2025",
        "on February 29, 2023",
        "on February 30",
        "on 30th February",
        "on 31 April 2025",
        "on June 31",
        "on 31 September",
        "on 30-31 November",
        "on 31-Apr-2025",
        "on 31/02/2025",
        "on 02/30/2025",
        "on 2025-02-29",
        "on 2025/06/31",
    ],
)
def test_a_day_its_month_does_not_have_gives_no_date(written: str) -> None:
    text = f"Anna Berg said {written} that the deal was off."
    assert _dates(text) == []
    assert [statement.said_on for statement in find_statements(text, title="Talks")] == [""]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The envoy said on 29 February 2024 that the deal was off.", "29 February 2024"),
        ("The envoy said on February 29 that the deal was off.", "February 29"),
        ("The envoy said on 2024-02-29 that the deal was off.", "2024-02-29"),
        ("The envoy said on 30 April 2025 that the deal was off.", "30 April 2025"),
        ("The envoy said on 31 December 2025 that the deal was off.", "31 December 2025"),
        ("The filing of 12/31/2025 was late.", "12/31/2025"),
        ("The filing of 31/12/2025 was late.", "31/12/2025"),
        ("The talks ran from March 30 to April 2.", "March 30 to April 2"),
        ("In February 30 people were hurt.", "February"),
        ("The envoy arrived on 1 March.", "1 March"),
        ("The envoy arrived on 1 March 2025.", "1 March 2025"),
        ("The envoy arrived 1 March.", "1 March"),
        ("The 2019 March vote was close.", "March"),
        ("By 1,000, March was over.", "March"),
        ("Some 1,000 March 2025 ballots were lost.", "March 2025"),
    ],
)
def test_a_real_day_a_year_or_a_comma_keeps_the_date(text: str, date: str) -> None:
    assert date in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,000 March marchers reached the square.",
        "Police counted 12,500 March protesters in the square.",
        "Police counted 2.500 March protesters in the square.",
        "Police counted 1,005 March protesters in the square.",
        "Police counted some 300 May Day protesters in the square.",
    ],
)
def test_a_month_after_a_count_in_thousands_is_no_date(text: str) -> None:
    assert _dates(text) == []
