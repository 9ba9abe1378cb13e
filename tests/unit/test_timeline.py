"""The timeline read from the statement and timeline caches: a text is recognised once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.library.statement_cache import statements_key
from diplotui.library.timeline import TimelineCache, entity_timeline
from diplotui.model import Article
from diplotui.store import Store, text_hash

TALKS = (
    "Talks resume\n"
    "Deputy Foreign Minister Le Hoai Trung attended the talks in Geneva.\n"
    "On July 18, the Deputy Foreign Minister stressed that dialogue must continue.\n"
    "Last week, Le Hoai Trung met the envoys of ASEAN.\n"
    "Trung later visited Chile.\n"
)
OTHER = "Trade grows\nOn March 3, Ambassador Jane Doe opened a fair.\n"


def _add(store: Store, text: str, title: str, date: str) -> Article:
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest,
                      source="Test Wire", date=date)  # fmt: skip
    store.add_article(article, text)
    return article


def _shown(entries: list) -> list[tuple[str, str, str]]:
    return [(e.date_label(), e.kind, e.text) for e in entries]


def test_a_second_timeline_recognises_no_text_again(store_path: Path, monkeypatch) -> None:
    """Every timeline recognised again each article mentioning the name (16.5 s for 6,196
    articles at 10,000), though the statement cache had read them all: the sentences that
    date something are kept beside it, so a later timeline, of any name whose articles a
    timeline read, reads only caches."""
    import diplotui.entities

    with Store.open(store_path) as store:
        _add(store, TALKS, "Talks resume", "2025-07-21")
        _add(store, OTHER, "Trade grows", "2025-03-04")
        first = entity_timeline(store, "Lê Hoài Trung")
        jane = entity_timeline(store, "Jane Doe")

        def recognise(*args: object) -> None:
            raise AssertionError("recognised again")

        monkeypatch.setattr(diplotui.entities, "recognise", recognise)
        assert entity_timeline(store, "Le Hoai Trung") == first
        assert entity_timeline(store, "Jane Doe") == jane
        assert _shown(jane) == [
            ("2025-03-03", "event", "On March 3, Ambassador Jane Doe opened a fair."),
        ]
    assert _shown(first) == [
        ("2025-07-14..2025-07-20", "event", "Last week, Le Hoai Trung met the envoys of ASEAN."),
        ("2025-07-18", "statement", "dialogue must continue"),
    ]


def test_a_cached_date_is_read_against_the_dateline_as_it_is_now(store_path: Path) -> None:
    """The cache keeps "Last week" as written, not the week it meant under the article's
    date when it was read: a date corrected later (``meta --date``) dates it again."""
    with Store.open(store_path) as store:
        article = _add(store, TALKS, "Talks resume", "2025-07-21")
        entity_timeline(store, "Le Hoai Trung")
        store.save_article(replace(article, date="2025-07-28"))
        cache = TimelineCache.load(store)
        assert cache.has(cache.key(article))  # kept under the text and title, not the date
        entries = entity_timeline(store, "Le Hoai Trung")
    assert [e.date_label() for e in entries] == ["2025-07-18", "2025-07-21..2025-07-27"]


@pytest.mark.parametrize("name", ["Trung", "Hoai Trung", '"Le Hoai Trung"', "Chile", "Geneva"])
def test_the_cached_timeline_is_the_one_read_from_the_text(store_path: Path, name: str) -> None:
    """What the caches give is what recognising each text again gave (the test of words in
    the whole text included: "Trung" alone names Le Hoai Trung's timeline only where his
    whole name is written)."""
    from diplotui.entities import recognise
    from diplotui.library.statement_cache import StatementCache
    from diplotui.library.timeline import (
        TimelineName,
        article_timeline,
        dated_sentences,
        in_timeline_order,
    )

    with Store.open(store_path) as store:
        _add(store, TALKS, "Talks resume", "2025-07-21")
        _add(store, OTHER, "Trade grows", "2025-03-04")
        _add(store, "Visit\nOn May 2, Trung visited Chile.\n", "Visit", "2025-05-03")
        cached = entity_timeline(store, name)
        said = StatementCache.load(store)
        wanted = TimelineName(name)
        read = []
        for article in store.articles():
            text = store.article_text(article.id)
            statements = said.statements(article)
            if wanted.in_text(text) or any(wanted.speaks(s) for s in statements):
                dated = dated_sentences(text, recognise(text), article.title)
                read += article_timeline(wanted, article, text, dated, statements)
    assert cached == in_timeline_order(read)


def test_the_helper_process_keeps_what_the_thread_finds(store_path: Path) -> None:
    """The app's first ``L`` on a big library fills the timeline cache in the helper
    process the other caches use (recognising 10,000 texts in a thread of the app held the
    interpreter lock for half a minute): the file it writes holds what a thread finds."""
    with Store.open(store_path) as store:
        _add(store, TALKS, "Talks resume", "2025-07-21")
        _add(store, OTHER, "Trade grows", "2025-03-04")
        articles = store.articles()
        assert TimelineCache.load(store).fill_in_process(store, articles) == 2
        kept = TimelineCache.load(store)
        for article in articles:
            found = kept.compute(store.article_text(article.id), article.title)
            assert found and kept.dated(article) == found


def test_entries_of_one_day_keep_each_articles_reading_order(store_path: Path) -> None:
    """Two undated articles quoting the same spokeswoman: sorted by offset alone, their
    statements alternated, one from each in turn, each cut off from what led to it."""
    first = (
        "Spokeswoman answers\n"
        "Spokeswoman Jane Doe said the talks went well.\n"
        "Jane Doe added that a second round is planned for May.\n"
    )
    second = (
        "Press briefing on the sea\n"
        "At the briefing, spokeswoman Jane Doe said the patrols must stop.\n"
        "Jane Doe stressed that the law of the sea applies to all.\n"
    )
    with Store.open(store_path) as store:
        _add(store, first, "Spokeswoman answers", "")
        _add(store, second, "Press briefing on the sea", "")
        entries = entity_timeline(store, "Jane Doe")
    said = [(e.article.title, e.text) for e in entries]
    assert len(said) == 4 and said[0][0] == said[1][0] and said[2][0] == said[3][0], said
    assert [text for _, text in said[:2]] in (
        ["the talks went well", "a second round is planned for May"],
        ["the patrols must stop", "the law of the sea applies to all"],
    )


def test_a_cold_library_is_recognised_once_for_both_caches(store_path: Path, monkeypatch) -> None:
    """The first timeline of a library fills the statement and the timeline caches: each text
    is recognised once for both (filled one after the other, each recognised it: twice), and
    what each cache keeps is what filling it alone keeps; a text only one of them misses is
    computed for that one alone."""
    import diplotui.entities
    from diplotui.library.statement_cache import StatementCache

    recognised: list[str] = []
    recognise = diplotui.entities.recognise

    def counted(text: str, *args: object) -> object:
        recognised.append(text)
        return recognise(text, *args)

    with Store.open(store_path) as store:
        _add(store, TALKS, "Talks resume", "2025-07-21")
        _add(store, OTHER, "Trade grows", "2025-03-04")
        alone = [StatementCache.load(store), TimelineCache.load(store)]
        for cache in alone:
            cache.fill(store, save_every=10**6)
        for cache in alone:
            cache.path.unlink()
        monkeypatch.setattr(diplotui.entities, "recognise", counted)
        entity_timeline(store, "Zelensky")  # named nowhere: every article read, for offers
        assert sorted(recognised) == sorted([TALKS, OTHER])
        together = [StatementCache.load(store), TimelineCache.load(store)]
        for cache, single in zip(together, alone, strict=True):
            assert cache._results == single._results and len(cache) == 2
        late = _add(store, "Visit\nOn May 2, Trung visited Chile.\n", "Visit", "2025-05-03")
        StatementCache.load(store).fill(store)
        recognised.clear()
        entity_timeline(store, "Trung")
        assert recognised == [store.article_text(late.id)]
        assert TimelineCache.load(store).has(statements_key(late.text_hash, "Visit"))


ALERT = (
    "Maduro asks the Air Force to be alert\n"
    "The Venezuelan president, Nicolás Maduro, said on Thursday that the armed forces must "
    "stay alert.\n"
)
DENOUNCED = (
    "Caracas denounces threat\n"
    "A statement issued by the Nicolás Maduro-led administration on November 29 said "
    "Venezuela repudiates the message disseminated by US President Donald Trump.\n"
)


@pytest.mark.parametrize("name", ["Nicolas Maduro", "Nicolás Maduro", "Maduro"])
def test_a_persons_timeline_holds_no_body_named_after_them(store_path: Path, name: str) -> None:
    """newuser51: "Timeline of Nicolás Maduro" (``L``, ``diplotui timeline``) listed what
    "the Nicolás Maduro-led administration" said as his: its words hold his name's. A
    body or group named after a person is not the person; its own name still finds it."""
    with Store.open(store_path) as store:
        _add(store, ALERT, "Maduro asks the Air Force to be alert", "2025-11-27")
        _add(store, DENOUNCED, "Caracas denounces threat", "2025-11-30")
        his = entity_timeline(store, name)
        its = entity_timeline(store, "Nicolás Maduro-led administration")
    assert [(e.statement.speaker if e.statement else "", e.text) for e in his] == [
        ("Nicolás Maduro", "the armed forces must stay alert"),
    ]
    assert [e.statement.speaker if e.statement else "" for e in its] == [
        "Nicolás Maduro-led administration"
    ]


def test_a_persons_timeline_keeps_what_they_said_with_others(store_path: Path) -> None:
    """A group naming the person ("X and Y said") spoke with them: on X's timeline, as
    before; only a body named after them is another speaker."""
    text = "Airspace\nAda Vey and Bo Lund said the airspace was closed.\n"
    with Store.open(store_path) as store:
        _add(store, text, "Airspace", "2025-11-29")
        entries = entity_timeline(store, "Ada Vey")
    assert [e.statement.speaker if e.statement else "" for e in entries] == ["Ada Vey and Bo Lund"]


GUESSED = (
    "Conference on external relations\n"
    "WVR - On July 18, the Conference on People-to-People External Relations Information was"
    " held at the Headquarters of the Ministry of Foreign Affairs.\n"
    "On Monday, the Ministry of Foreign Affairs met the press.\n"
)


def test_an_event_s_named_day_dates_it_in_an_article_of_a_guessed_day(store_path: Path) -> None:
    """The seeds' "On July 18, the Conference ... was held" in an article dated 2025-07-18?
    (a guess) was listed "2025-07-18? (article date)": the day is the sentence's, its year
    alone the guess's, so it is listed "2025-07-18?" and given as the sentence's date, a
    guess. A weekday, "On Monday", which no guessed day places, stays the article's date."""
    with Store.open(store_path) as store:
        article = _add(store, GUESSED, "Conference on external relations", "2025-09-02")
        store.save_article(replace(article, date_is_guess=True))
        entries = entity_timeline(store, "Ministry of Foreign Affairs")
    assert _shown(entries) == [
        ("2025-07-18?", "event", GUESSED.split("\n")[1]),
        ("2025-09-02? (article date)", "event", GUESSED.split("\n")[2]),
    ]
    july, monday = entries
    assert (july.date_text(), july.date_is_guess(), july.date_source()) == (
        "2025-07-18",
        True,
        "sentence",
    )
    assert (monday.date_text(), monday.date_is_guess(), monday.date_source()) == (
        "2025-09-02",
        True,
        "article",
    )
