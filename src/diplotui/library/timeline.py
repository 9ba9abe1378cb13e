"""A per-entity timeline: what a person or body said, and what happened to it, in date order.

Statements come from the statement cache; events are body sentences that mention the entity
with a date ("On July 18, the Conference ... was held"). Each entry is dated by the DATE
mention in its sentence, resolved against the article's dateline, else by the article's date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from diplotui.dating import Period, dateline, deictic_mentions, resolve
from diplotui.layout import BlockKind, article_blocks
from diplotui.library.statement_cache import StatementCache
from diplotui.library.statements import name_words, names_speaker
from diplotui.model import Article, EntityCorrection, EntitySpan, Statement
from diplotui.store import Store, StoreError
from diplotui.text import sentences, spans_overlapping

_LEAD_WORDS = 6


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated line of a timeline; ``when`` is None when nothing dates it."""

    when: Period | None
    kind: str  # "statement" or "event"
    article: Article
    start: int
    end: int
    text: str
    statement: Statement | None = None

    def sort_key(self) -> tuple[str, str, int]:
        day = self.when.first.isoformat() if self.when else (self.article.date or "9999")
        return (day, self.article.date, self.start)

    def date_text(self) -> str:
        """The entry's date: ISO day, month, year or range, else the article's date ("" for
        none), without the "?" of :meth:`date_label` (a JSON reader gets that apart)."""
        return self.when.label() if self.when is not None else self.article.date

    def date_is_guess(self) -> bool:
        """Whether the date is only the article's own and not a sure day (a guessed or partial
        date): nothing in the text dates the entry, so it may lie elsewhere."""
        return self.when is None and bool(self.article.date)

    def date_label(self) -> str:
        """The date as a listing shows it: "?" after an uncertain one, "undated" for none."""
        mark = "?" if self.date_is_guess() else ""
        return f"{self.date_text()}{mark}" if self.date_text() else "undated"


def _words(text: str) -> set[str]:
    return set(name_words(text))


def _names(name: str, mention: EntitySpan) -> bool:
    wanted, have = _words(name), _words(mention.text)
    if not wanted or not have:
        return False
    return wanted <= have or (mention.type == "PERSON" and have <= wanted)


def article_timeline(
    name: str,
    article: Article,
    text: str,
    spans: Sequence[EntitySpan],
    statements: Sequence[Statement],
) -> list[TimelineEntry]:
    """The entries of one article for ``name``."""
    anchor = dateline(article.date, article.date_is_guess)
    blocks = article_blocks(text, article.title)  # a feed's lede is body, not a headline
    body = [(b.start, b.end) for b in blocks if b.kind is BlockKind.PARAGRAPH]
    sentence_spans = [s for s in sentences(text) if any(start <= s[0] < end for start, end in body)]
    dates = sorted(
        [(s.start, s.end) for s in spans if s.type == "DATE"] + deictic_mentions(text),
    )
    entries: list[TimelineEntry] = []
    covered: set[int] = set()
    for statement in statements:
        if not names_speaker(name, statement):
            continue
        sentence = _sentence_of(sentence_spans, statement.start)
        when = _first_date(text, dates, sentence, anchor) if sentence else None
        if when is not None and anchor is not None and when.first > anchor:
            when = None  # said after the article reporting it: the month was another year's
        when = when or (Period(anchor, anchor) if anchor else None)
        if sentence:
            covered.add(sentence[0])
        entries.append(
            TimelineEntry(
                when,
                "statement",
                article,
                statement.start,
                statement.end,
                statement.text,
                statement,
            )
        )
    mentioned = [s for s in spans if s.type != "DATE" and _names(name, s)]
    for sentence in sentence_spans:
        if sentence[0] in covered:
            continue
        if not any(sentence[0] <= m.start < sentence[1] for m in mentioned):
            continue
        when = _first_date(text, dates, sentence, anchor)
        if when is not None:
            entries.append(
                TimelineEntry(
                    when,
                    "event",
                    article,
                    sentence[0],
                    sentence[1],
                    text[sentence[0] : sentence[1]],
                )
            )
    return entries


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    for start, end in spans:
        if start <= offset < end:
            return (start, end)
    return None


def _first_date(
    text: str, dates: list[tuple[int, int]], sentence: tuple[int, int], anchor: date | None
) -> Period | None:
    """The date a sentence opens with ("On July 18, ...", "Last week, ..."), resolved. A date
    further in ("a vision to 2045") dates something else, so it dates nothing here."""
    lead_end = text.find(",", sentence[0], sentence[1])
    lead_end = sentence[1] if lead_end < 0 else lead_end
    for index in spans_overlapping(dates, *sentence):
        start, end = dates[index]
        if start >= lead_end or len(text[sentence[0] : start].split()) > _LEAD_WORDS:
            return None
        return resolve(text[start:end], anchor)
    return None


def entity_timeline(
    store: Store,
    name: str,
    corrections: Sequence[EntityCorrection] = (),
    stop: Callable[[], bool] | None = None,
) -> list[TimelineEntry]:
    """Statements and dated events of ``name`` across the library, oldest first (slow on a
    big library: every article mentioning the name is recognised again). ``stop`` is asked
    before each article: a timeline closed unseen stops there, with what it had found."""
    from diplotui.entities import recognise

    cache = StatementCache.load(store)
    articles = store.articles()
    cache.prune(articles)
    cache.fill(store, cache.missing(articles), stop=stop)
    wanted = _words(name)
    entries: list[TimelineEntry] = []
    for article in articles:
        if stop is not None and stop():
            break
        try:
            text = store.article_text(article.id)
        except StoreError:  # passed over, as the statement cache passes it (doctor names it)
            continue
        if not wanted <= _words(text) and not any(
            names_speaker(name, s) for s in cache.statements(article)
        ):
            continue
        spans = recognise(text, corrections)
        entries += article_timeline(name, article, text, spans, cache.statements(article))
    return sorted(entries, key=TimelineEntry.sort_key)
