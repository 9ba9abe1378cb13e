"""A weekday named for a day of the dateline's week, as wire copy names it ("said on Tuesday"):
with a past-tense verb the latest such day on or before the article's date, with a future the
next one after it; with no sure tense, no sure dateline, or inside a quotation, no date."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from diplotui.dating import FUTURE, PAST, deictic_mentions, resolve
from diplotui.library.statement_cache import article_statements
from diplotui.library.timeline import entity_timeline
from diplotui.model import Article
from diplotui.statements.when import in_quotation, said_date
from diplotui.store import Store, text_hash

THURSDAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("mention", "tense", "day"),
    [
        ("Tuesday", PAST, "2026-11-24"),
        ("on Monday", PAST, "2026-11-23"),
        ("Thursday", PAST, "2026-11-26"),  # the dateline's own weekday: that very day
        ("Friday", PAST, "2026-11-20"),
        ("Friday", FUTURE, "2026-11-27"),
        ("Wednesday", FUTURE, "2026-12-02"),
    ],
)
def test_a_weekday_is_counted_from_the_dateline_by_its_tense(
    mention: str, tense: str, day: str
) -> None:
    period = resolve(mention, THURSDAY, tense)
    assert period is not None and period.label() == day


@pytest.mark.parametrize(
    ("mention", "tense", "anchor"),
    [
        ("Tuesday", "", THURSDAY),  # no sure tense
        ("Tuesday", PAST, None),  # no sure dateline
        ("Thursday", FUTURE, THURSDAY),  # this one or the next week's: not guessed
        ("Tuesdays", PAST, THURSDAY),  # no day
        ("last Tuesday", PAST, THURSDAY),
        ("next Tuesday", FUTURE, THURSDAY),
    ],
)
def test_a_weekday_without_a_sure_tense_or_dateline_is_left(
    mention: str, tense: str, anchor: date | None
) -> None:
    assert resolve(mention, anchor, tense) is None


def test_a_weekday_with_a_date_beside_it_takes_the_date() -> None:
    period = resolve("Tuesday, November 17", THURSDAY, PAST)
    assert period is not None and period.label() == "2026-11-17"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Berg said on Tuesday that it was so.", ["Tuesday"]),
        ("Berg said Tuesday that it was so.", ["Tuesday"]),
        ("They meet on Tuesdays.", []),
        ("On Tuesday, July 14, they met.", []),  # the date beside it dates it
        ("Protests on Black Friday grew.", []),
        ("She told the Sunday Times that it was so.", []),
        ("Tuesday's talks ended.", []),
        ("They met on Monday and Tuesday.", []),  # which of the two: not guessed
    ],
)
def test_a_weekday_is_a_mention_only_where_it_names_one_day(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in deictic_mentions(text)] == found


def _statement_dates(body: str, dateline: str) -> list[tuple[str, str, str]]:
    text = f"Talks\n{body}\n"
    article = Article(id="a", title="Talks", text_hash="h", date=dateline)
    found = []
    for statement in article_statements(text, [], "Talks"):
        when, source = said_date(statement, article)
        found.append((statement.text, when.label() if when else "", source))
    return found


def test_a_statement_said_on_a_weekday_takes_that_day_of_the_week() -> None:
    body = (
        "Foreign Minister Anna Berg said on Tuesday that the talks would resume. Berg told "
        'reporters on Monday that "nothing is agreed". On November 20, Berg said the date was '
        "set."
    )
    assert _statement_dates(body, "2026-11-26") == [
        ("the talks would resume", "2026-11-24", "sentence"),
        ("nothing is agreed", "2026-11-23", "sentence"),
        ("the date was set", "2026-11-20", "sentence"),
    ]


def test_a_weekday_of_an_article_with_no_sure_date_is_left() -> None:
    text = "Talks\nForeign Minister Anna Berg said on Tuesday that the talks would resume.\n"
    (statement,) = article_statements(text, [], "Talks")
    guessed = Article(id="a", title="Talks", text_hash="h", date="2026-11-26", date_is_guess=True)
    assert said_date(statement, guessed) == (None, "unplaced")  # not the guessed day either
    month = Article(id="a", title="Talks", text_hash="h", date="2026-11")
    assert said_date(statement, month)[1] == "article"


def test_a_weekday_in_the_speaker_s_words_is_not_the_statement_s_day() -> None:
    body = 'Foreign Minister Anna Berg said the ministers "will meet on Friday" in Oslo.'
    assert _statement_dates(body, "2026-11-26") == [
        ('the ministers "will meet on Friday" in Oslo', "2026-11-26", "article"),
    ]


SAID = "Foreign Minister Anna Berg said the talks would resume."  # she speaks in the library


def _add(store: Store, text: str, dateline: str) -> None:
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title="Talks", text_hash=digest,
                      source="Test Wire", date=dateline)  # fmt: skip
    store.add_article(article, text)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("On Tuesday, Anna Berg met the envoys in Oslo.", "2026-11-24"),
        ("On Friday, Anna Berg will meet the envoys in Oslo.", "2026-11-27"),
        ("On Tuesday, Anna Berg meets the envoys in Oslo.", "2026-11-26 (article date)"),
        ('An envoy wrote: "We agree. On Tuesday, Anna Berg met us."', "2026-11-26 (article date)"),
    ],
)
def test_an_event_on_a_weekday_is_dated_by_its_tense(
    store_path: Path, sentence: str, shown: str
) -> None:
    with Store.open(store_path) as store:
        _add(store, f"Talks\n{SAID}\n{sentence}\n", "2026-11-26")
        entries = entity_timeline(store, "Anna Berg")
    events = [e.date_label() for e in entries if e.kind == "event"]
    assert events == [shown]


def test_a_statement_of_the_person_is_shown_once(store_path: Path) -> None:
    """A quotation running into the sentence that opens with a date: the sentence is the
    statement's, not an event beside it."""
    text = (
        'Talks\n"We are ready. On November 20 the date was set," Foreign Minister Anna Berg said.\n'
    )
    with Store.open(store_path) as store:
        _add(store, text, "2026-11-26")
        entries = entity_timeline(store, "Anna Berg")
    assert [e.kind for e in entries] == ["statement"]


def test_every_weekday_of_a_long_one_line_paragraph_is_placed_in_linear_time():
    """Each dated event's weekday counted the quotation marks from its line's start: a
    400 KB paragraph on one line of 'On Tuesday, X met Y.' took 10 s for a timeline."""
    sentence = 'On Tuesday, Tran Van Son met officials. "We met," he said. '
    text = sentence * (400_000 // len(sentence))
    started = time.process_time()
    inside = [in_quotation(text, at + 3) for at in range(0, len(text), len(sentence))]
    assert time.process_time() - started < 2
    assert not any(inside)
    assert in_quotation(text, text.index("We met"))
