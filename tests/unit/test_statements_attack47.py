"""attack47: session 47's bare date between a verb and "that" ("announced March 13 that X"),
tried where the words are not a date or the date is the content."""

from __future__ import annotations

from tests.unit.statements_said import said


def test_a_word_a_month_s_name_begins_is_not_a_date() -> None:
    """ "Dec" and "Mar" took any word they begin: "announced Decree 12 that bans X" lost the
    decree, what was announced, and kept "bans X" as if it were the words."""
    for thing in ("Decree 12", "Decision 5", "Marine 1", "Junta 3"):
        text = f"Order\n\nThe ministry announced {thing} that bans imports of grain.\n"
        expected = [("reported", "ministry", f"{thing} that bans imports of grain")]
        assert said(text) == expected, thing


def test_a_date_written_with_its_year_s_comma_its_weekday_or_an_ordinal_is_when() -> None:
    """AP style sets a year off with commas ("said June 5, 2025, that X"), a weekday may lead
    ("Monday, March 13,"), a day may be an ordinal ("March 13th"): each date was kept as the
    words' start."""
    for when in ("June 5, 2025,", "Monday, March 13,", "March 13th", "1st May"):
        text = f"Talks\n\nThe ministry announced {when} that talks would resume.\n"
        assert said(text) == [("reported", "ministry", "talks would resume")], when


def test_a_date_that_is_the_content_is_kept() -> None:
    """A month or a year the speaker talks about is what was said, not when."""
    for words in (
        "May was the hottest month on record",
        "2025 would be a decisive year for the talks",
        "March 3 was the deadline that both sides had accepted",
    ):
        text = f"Climate\n\nThe ministry said {words}.\n"
        assert said(text) == [("reported", "ministry", words)], words
