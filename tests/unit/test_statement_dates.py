"""A statement is dated by its attribution ("told reporters on November 12 that ..."), never
by a date inside its words; where nothing dates it, the article's date stands in and says so."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from diplotui.dating import Period
from diplotui.library.statement_cache import article_statements
from diplotui.library.timeline import entity_timeline
from diplotui.model import Article
from diplotui.statements.when import said_date
from diplotui.store import Store, text_hash

CASES = [
    pytest.param(
        "2025-11-14",
        "Deputy Foreign Minister Jane Doe told reporters on November 12 that ASEAN and China "
        "should conclude a code of conduct.",
        "2025-11-12",
        id="between the speaker and the statement",
    ),
    pytest.param(
        "2025-07-19",
        "“We are ready to resume the talks,” Foreign Minister Jane Doe said on July 18.",
        "2025-07-18",
        id="in the attribution after the quotation",
    ),
    pytest.param(
        "2025-07-19",
        "Foreign Minister Jane Doe on July 17 said the border would reopen.",
        "2025-07-17",
        id="just before the verb",
    ),
    pytest.param(
        "2025-07-26",
        "Foreign Minister Jane Doe, on Friday (July 25), stated that the truce would hold.",
        "2025-07-25",
        id="set off by commas before the verb (newuser43)",
    ),
    pytest.param(
        "2025-07-26",
        "Foreign Minister Jane Doe, on July 24, said the border would reopen.",
        "2025-07-24",
        id="a day alone set off by commas",
    ),
    pytest.param(
        "2026-01-02",
        "Foreign Minister Jane Doe told reporters on December 30 that the border would reopen.",
        "2025-12-30",
        id="the year before the dateline",
    ),
    pytest.param(
        "2025-11-14",
        "Foreign Minister Jane Doe said the summit on November 20 will adopt a declaration.",
        "2025-11-14 (article date)",
        id="a date inside what was said",
    ),
    pytest.param(
        "2025-07-19",
        "“On July 16 we will sign the accord,” Foreign Minister Jane Doe said.",
        "2025-07-19 (article date)",
        id="a quotation opening with a date",
    ),
    pytest.param(
        "2025-07-19",
        "Foreign Minister Jane Doe said after the talks on July 3 that the border would reopen.",
        "2025-07-19 (article date)",
        id="the date of another clause",
    ),
    pytest.param(
        "2025-07-19",
        "Foreign Minister Jane Doe, who took office on July 1, said the border would reopen.",
        "2025-07-19 (article date)",
        id="the date of a relative clause",
    ),
]


def _shown(dated: tuple[Period | None, str]) -> tuple[str | None, str]:
    when, date_from = dated
    return (when.label() if when else None, date_from)


def _add(store: Store, text: str, title: str, date: str, guess: bool = False) -> Article:
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest,
                      source="Test Wire", date=date, date_is_guess=guess)  # fmt: skip
    store.add_article(article, text)
    return article


@pytest.mark.parametrize(("dateline", "sentence", "shown"), CASES)
def test_the_timeline_dates_a_statement_by_its_attribution(
    store_path: Path, dateline: str, sentence: str, shown: str
) -> None:
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", dateline)
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [("statement", shown)]
    assert entries[0].date_source() == ("article" if "article" in shown else "sentence")


def test_the_date_is_found_with_the_statements_and_read_against_todays_dateline() -> None:
    """The finder's statements carry the date as written; an article date corrected later
    dates it again, and a date after the article reporting it is never taken."""
    text = "Talks\nForeign Minister Jane Doe said on July 18 that the border would reopen.\n"
    (statement,) = article_statements(text, [], "Talks")
    assert statement.said_on == "July 18"
    dated = Article(id="a", title="Talks", text_hash="h", date="2025-07-19")
    assert _shown(said_date(statement, dated)) == ("2025-07-18", "sentence")
    earlier = Article(id="a", title="Talks", text_hash="h", date="2025-07-10")
    assert _shown(said_date(statement, earlier)) == ("2025-07-10", "article")  # not ahead
    guessed = Article(id="a", title="Talks", text_hash="h", date="2025-07-19", date_is_guess=True)
    assert said_date(statement, guessed) == (None, "unplaced")  # not the guessed day either


def test_a_place_has_the_statements_that_name_it(store_path: Path) -> None:
    """``timeline "East Sea"`` found nothing: a place is named in statements, not making
    them; its timeline holds the statements whose words name it, dated as any other."""
    text = (
        "Sea talks\n"
        "Deputy Foreign Minister Jane Doe told reporters on November 12 that ASEAN and China "
        "should conclude a code of conduct in the East Sea.\n"
        "Foreign Minister John Roe said the seas around the islands were calm.\n"
    )
    with Store.open(store_path) as store:
        _add(store, text, "Sea talks", "2025-11-14")
        entries = entity_timeline(store, "East Sea")
    assert [(e.date_label(), e.statement.speaker if e.statement else "") for e in entries] == [
        ("2025-11-12", "Jane Doe")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Before July 1, Foreign Minister Jane Doe held talks in Hanoi.",
        "After 2019, Foreign Minister Jane Doe held talks in Hanoi.",
        "Until July 31, Foreign Minister Jane Doe will hold talks in Hanoi.",
        "Since July 1, Foreign Minister Jane Doe has held talks in Hanoi.",
        "By 2030, Foreign Minister Jane Doe wants talks in Hanoi.",
        "A year ago today, Foreign Minister Jane Doe held talks in Hanoi.",
        "Since the last talks in 2019, Foreign Minister Jane Doe has visited Hanoi.",
        "Following tensions in January, Foreign Minister Jane Doe plans to visit Hanoi.",
        "After joining the ministry in 1999, Jane Doe was posted to Rome.",
    ],
)
def test_a_date_a_sentence_counts_from_dates_no_event(store_path: Path, sentence: str) -> None:
    """An opening date after "before", "since", "by" or "ago" is not the day of what the
    sentence tells: "Before July 1, ..." was dated July 1, "A year ago today" today."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", "2025-07-21")
        assert entity_timeline(store, "Jane Doe") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Since last week, Foreign Minister Jane Doe said, talks have stalled.",
        "Last week's summit, Foreign Minister Jane Doe said, was a success.",
        "He did not elaborate on last week´s visit, and Foreign Minister Jane Doe said it was.",
        "Referring to the May 21 elections, Foreign Minister Jane Doe said the border was open.",
        "Before her inauguration on July 1, Foreign Minister Jane Doe said the border was open.",
    ],
)
def test_an_opening_date_of_something_else_dates_no_statement(
    store_path: Path, sentence: str
) -> None:
    """Dated last week, a statement said on neither: "Since last week" is when talks
    stalled and "Last week's summit" (or "last week´s visit", as a page types it) the
    summit's day; "Referring to the May 21 elections" is what was spoken of."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", "2025-07-21")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [
        ("statement", "2025-07-21 (article date)")
    ]


def test_a_sentence_opening_with_a_weekday_and_its_date_is_dated(store_path: Path) -> None:
    """The wire's "On Monday, July 14, X visited Hanoi" was no event (the date stood past
    the lead's first comma) and its statements took the article's date; a weekday the date
    does not fall on (July 15, 2025 was a Tuesday) dates nothing. A weekday alone, "On Friday,"
    told in the past, is the Friday before the dateline, not July 4 further in."""
    text = (
        "Talks\n"
        "On Monday, July 14, Foreign Minister Jane Doe visited Hanoi.\n"
        "On Thursday, July 17, Foreign Minister Jane Doe said the border would reopen.\n"
        "On Monday, July 15, Foreign Minister Jane Doe said the talks were over.\n"
        "On Friday, Jane Doe marked July 4 in Hanoi.\n"
    )
    with Store.open(store_path) as store:
        _add(store, text, "Talks", "2025-07-21")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [
        ("event", "2025-07-14"),
        ("statement", "2025-07-17"),
        ("event", "2025-07-18"),
        ("statement", "2025-07-21 (article date)"),
    ]


@pytest.mark.parametrize(
    ("dateline", "sentence", "shown"),
    [
        (
            "2025-10-05",
            "Last October, Foreign Minister Jane Doe said the border was open.",
            "2024-10",
        ),
        ("2025-09-10", "Last December, Foreign Minister Jane Doe visited Hanoi.", "2024-12"),
        ("2025-01-10", "Next January, Foreign Minister Jane Doe will visit Hanoi.", "2026-01"),
        ("2025-07-21", "This March, Foreign Minister Jane Doe visited Hanoi.", "2025-03"),
    ],
)
def test_last_or_next_before_a_month_counts(
    store_path: Path, dateline: str, sentence: str, shown: str
) -> None:
    """The word before the month was not read: "Last December" in a September article was
    the coming December (the nearest one), "Last October" in an October article this month
    and "Next January" in January this month."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", dateline)
        entries = entity_timeline(store, "Jane Doe")
    assert [e.date_label() for e in entries] == [shown]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "From 2019 to 2025, Foreign Minister Jane Doe held talks in Hanoi.",
            "2019-01-01..2025-12-31",
        ),
        (
            "In May and June, Foreign Minister Jane Doe held talks in Hanoi.",
            "2025-05-01..2025-06-30",
        ),
        ("Between May and June, Foreign Minister Jane Doe held talks in Hanoi.", None),
    ],
)
def test_an_opening_range_of_two_dates_is_the_whole_range(
    store_path: Path, sentence: str, shown: str | None
) -> None:
    """ "From 2019 to 2025, X held talks" was an event of 2019, "Between May and June" (the
    recogniser marks no "May" there) one of June: a part of the range, as if all of it."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", "2025-07-21")
        entries = entity_timeline(store, "Jane Doe")
    assert [e.date_label() for e in entries] == ([shown] if shown else [])


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (
            "Describing 2023 as a year of trials, Foreign Minister Jane Doe said the border "
            "was open.",
            "2024-01-05 (article date)",
        ),
        (
            "Looking back on 2023, Foreign Minister Jane Doe said the border was open.",
            "2024-01-05 (article date)",
        ),
        (
            "Foreign Minister Jane Doe said on Thursday, addressing 2023 as a hard year, that "
            "the border was open.",
            "2024-01-04",  # said on the Thursday before the dateline, not in 2023
        ),
        ("In 2023, Foreign Minister Jane Doe said, the border was open.", "2023"),
        ("During 2023, Foreign Minister Jane Doe said, the border was open.", "2023"),
    ],
    ids=["describing as", "looking back on", "after the verb", "in 2023", "during 2023"],
)
def test_a_year_spoken_of_dates_no_statement(store_path: Path, sentence: str, shown: str) -> None:
    """A statement "Describing 2023 as a year of trials, X said" in January 2024 was dated 2023:
    the year a participle takes as its object is what was spoken of (as after "Addressing" or
    "Referring to"), not when; "In 2023" and "During 2023" still date the sentence."""
    with Store.open(store_path) as store:
        _add(store, f"Review\n{sentence}\n", "Review", "2024-01-05")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [("statement", shown)]


def test_a_year_spoken_of_dates_no_event(store_path: Path) -> None:
    with Store.open(store_path) as store:
        _add(store, "Review\nDescribing 2023 as a year of trials, Jane Doe thanked the staff.\n"
             "In 2023, Jane Doe visited Laos.\n", "Review", "2024-01-05")  # fmt: skip
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.date_label(), e.text) for e in entries] == [
        ("2023", "In 2023, Jane Doe visited Laos.")
    ]


def _written(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def test_a_full_written_date_still_to_come_dates_no_statement(store_path: Path) -> None:
    """An article dated after tomorrow (a wrong or embargoed dateline) dates nothing by itself,
    but "said on February 27, 2027", written out whole, was taken as written: a statement
    made on a day still to come. One written out before today is taken as written."""
    today = date.today()
    dateline = today + timedelta(days=90)
    text = (
        "Talks\n"
        f"Foreign Minister Jane Doe said on {_written(dateline - timedelta(days=2))} that the "
        "border would reopen.\n"
        f"Foreign Minister Jane Doe said on {_written(today - timedelta(days=3))} that trade "
        "would grow.\n"
    )
    with Store.open(store_path) as store:
        _add(store, text, "Talks", dateline.isoformat())
        entries = entity_timeline(store, "Jane Doe")
    assert sorted(e.date_label() for e in entries) == [
        (today - timedelta(days=3)).isoformat(),
        f"{dateline.isoformat()}? (article date)",
    ]


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        pytest.param(
            "In a speech at the Diplomatic Academy of Vietnam on August 1, Foreign Minister "
            "Jane Doe said the border would reopen.",
            "2025-08-01",
            id="a phrase of places ending with the date",
        ),
        pytest.param(
            "Speaking at a regular press conference of the ministry in Hanoi on August 1, "
            "Foreign Minister Jane Doe said the border would reopen.",
            "2025-08-01",
            id="a participle's phrase",
        ),
        pytest.param(
            "In a speech at an academy that opened on August 1, Foreign Minister Jane Doe "
            "said the border would reopen.",
            "2025-08-03 (article date)",
            id="a relative clause of the phrase",
        ),
        pytest.param(
            "In a speech to the members of a new body created on August 1, Foreign Minister "
            "Jane Doe said the border would reopen.",
            "2025-08-03 (article date)",
            id="a participle of the phrase",
        ),
        pytest.param(
            "In a speech marking the anniversary of the ties on July 12, Foreign Minister "
            "Jane Doe said the border would reopen.",
            "2025-08-03 (article date)",
            id="a day remembered",
        ),
        pytest.param(
            "In a speech at the Diplomatic Academy on August 1 to students of the region, "
            "Foreign Minister Jane Doe said the border would reopen.",
            "2025-08-03 (article date)",
            id="the phrase going on after the date",
        ),
        pytest.param(
            "Foreign Minister Jane Doe paid a state visit to China in 2023 where she "
            "reaffirmed with President Xi that the border would reopen.",
            "2023",
            id="a clause of where after the year",
        ),
        pytest.param(
            "The talks were held in May, when Foreign Minister Jane Doe said the border would "
            "reopen.",
            "2025-05",
            id="a clause of when after a month said in the past",
        ),
        pytest.param(
            "Foreign Minister Jane Doe has led the talks since 2019, when she said the border "
            "would reopen.",
            "2025-08-03 (article date)",
            id="a clause of when after a year counted from",
        ),
        pytest.param(
            "Foreign Minister Jane Doe, whose term began in 2023 when her party won, said the "
            "border would reopen.",
            "2025-08-03 (article date)",
            id="a relative clause before the verb",
        ),
    ],
)
def test_a_date_governing_the_statement_s_clause_dates_it(
    store_path: Path, sentence: str, shown: str
) -> None:
    """ "In a speech at the Diplomatic Academy of Vietnam on August 1, X said" was undated (the
    date stood past the first six words) and so was "his state visit to China in 2023 where
    he reaffirmed"; a date in a clause of something else still dates nothing."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", "2025-08-03")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [("statement", shown)]


def test_a_clause_before_the_comma_is_no_opening_phrase(store_path: Path) -> None:
    """ "X spoke with Y by phone on Sunday, and ...": a clause of its own, not a phrase that
    sets the day of what follows; its date, eleven words in, is not a lead."""
    text = (
        "Talks\nThe Chinese foreign minister also spoke with Jane Doe by phone on Sunday, and "
        "Doe met Roe.\n"
    )
    with Store.open(store_path) as store:
        _add(store, text, "Talks", "2025-08-03")
        assert entity_timeline(store, "Jane Doe") == []


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        pytest.param(
            "Foreign Minister Jane Doe said the border would reopen. She made the statement at "
            "a regular press conference of the ministry on August 20.",
            "2025-08-20",
            id="the next sentence",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said the border would reopen.\nDoe made the remarks in "
            "Hanoi on August 20.",
            "2025-08-20",
            id="the next paragraph, by name",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said the claim of Ambassador John Roe was false. He made "
            "the statement at a forum on August 20.",
            "2025-09-30 (article date)",
            id="another person the pronoun may be",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said the border would reopen. She made the statement a "
            "day after the talks on August 18.",
            "2025-09-30 (article date)",
            id="a date of another clause",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said the border would reopen. She made the statement in "
            "an interview published on August 20.",
            "2025-09-30 (article date)",
            id="a participle's date",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said the border would reopen. The talks went on. She "
            "made the statement in Hanoi on August 20.",
            "2025-09-30 (article date)",
            id="a sentence between",
        ),
        pytest.param(
            "Foreign Minister Jane Doe said on August 18 that the border would reopen. She made "
            "the statement in Hanoi on August 20.",
            "2025-08-18",
            id="its own date kept",
        ),
    ],
)
def test_a_statement_is_dated_by_the_next_sentence_saying_when_it_was_made(
    store_path: Path, body: str, shown: str
) -> None:
    """ "X said ... She made the statement at a regular press conference ... on August 20":
    only the statement just before, of one speaker the next sentence names, by a date of
    "made" itself."""
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{body}\n", "Talks", "2025-09-30")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries if e.kind == "statement"] == [
        ("statement", shown)
    ]


def test_two_speakers_before_the_made_sentence_leave_it_undated(store_path: Path) -> None:
    body = (
        "Foreign Minister Jane Doe said the border would reopen, and Ambassador John Roe said "
        "trade would grow. She made the statement in Hanoi on August 20."
    )
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{body}\n", "Talks", "2025-09-30")
        entries = entity_timeline(store, "Jane Doe")
    assert [e.date_label() for e in entries if e.kind == "statement"] == [
        "2025-09-30 (article date)"
    ]


def test_a_verb_joined_to_a_dated_one_without_a_subject_is_of_its_day(store_path: Path) -> None:
    sentence = (
        "Foreign Minister Jane Doe, on Friday (July 25), stated that the two sides had agreed"
        " to a truce, but requested some time to withdraw the troops."
    )
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{sentence}\n", "Talks", "2025-07-26")
        entries = entity_timeline(store, "Jane Doe")
    assert [(e.kind, e.date_label()) for e in entries] == [("statement", "2025-07-25")] * 2
