"""A realistic generated library for benchmarks: seed-like articles, tags, dates, highlights.

Texts are built from the bundled seed articles' sentences with names, places and years
swapped in, so searching, entity recognition and anchoring see the vocabulary they meet in
real use. The same ``seed`` always gives the same library.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.dates import MONTH_NAMES
from diplotui.model import Article
from diplotui.palette import PALETTE
from diplotui.paths import bundled_dir
from diplotui.store import Store, text_hash

_BATCH = 10_000  # records per durable write: a 100,000-article library is 20 writes
_DEBRIS_RE = re.compile(r"^\s*(?:!\[|\||RELATED NEWS|Latest\s*$)")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")

PEOPLE = (
    "Bùi Thanh Sơn",
    "Lê Hoài Trung",
    "Nguyễn Minh Vũ",
    "Ngô Lê Văn",
    "Trần Cẩm Tú",
    "Đặng Hoàng Giang",
    "Phạm Thu Hằng",
    "Antony Blinken",
    "Penny Wong",
    "Wang Yi",
    "Sergey Lavrov",
    "Kao Kim Hourn",
)
PLACES = (
    "Hà Nội",
    "Đà Nẵng",
    "Hồ Chí Minh City",
    "Huế",
    "Vientiane",
    "Phnom Penh",
    "Jakarta",
    "Singapore",
    "Tokyo",
    "Canberra",
    "Brussels",
    "New York",
)
ORGS = (
    "ASEAN",
    "the United Nations",
    "the Ministry of Foreign Affairs",
    "the European Union",
    "APEC",
    "the National Assembly",
    "UNESCO",
    "the Vietnam Union of Friendship Organizations",
)
SOURCES = (
    "World & Vietnam Report",
    "Vietnam News Agency",
    "Nhân Dân",
    "VnExpress International",
    "The Diplomat",
    "",
)
TAGS = ("asean", "laos", "people diplomacy", "un", "trade", "culture", "security", "climate")
COLORS = tuple(colour.key for colour in PALETTE)

_FALLBACK_SENTENCES = (
    "The two sides agreed to strengthen people-to-people diplomacy and cooperation.",
    "Delegates discussed directions and tasks for the coming year at the conference.",
)


def _seed_sentences() -> list[str]:
    sentences: list[str] = []
    try:
        files = sorted(bundled_dir("seeds").glob("*.txt"))
    except FileNotFoundError:
        files = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if _DEBRIS_RE.match(line) or len(line) < 60:
                continue
            sentences.extend(s for s in _SENTENCE_RE.split(line.strip()) if 40 <= len(s) <= 600)
    return sentences or list(_FALLBACK_SENTENCES)


def _article_text(rng: random.Random, sentences: list[str], year: int, month: int, day: int) -> str:
    person, other = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    credit = rng.choice(("WVR - ", "WVR/VNA - ", ""))
    title = f"{person} meets {other} in {place} on {org} cooperation"
    paragraphs = [
        title,
        f"{credit}On {MONTH_NAMES[month - 1]} {day}, {person} received {other} in {place} "
        f"to review cooperation with {org} in {year} and discuss plans for {year + 1}.",
    ]
    size = sum(len(p) for p in paragraphs)
    target = rng.randint(4000, 6000)
    while size < target:
        paragraph = " ".join(rng.sample(sentences, min(len(sentences), rng.randint(2, 4))))
        if rng.random() < 0.3:
            paragraph += (
                f" {rng.choice(PEOPLE)} said {rng.choice(ORGS)} would meet in {rng.choice(PLACES)}."
            )
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs) + "\n"


def generate_library(
    store_path: str | os.PathLike[str],
    articles: int = 10_000,
    highlights: int = 10_000,
    seed: int = 0,
) -> Path:
    """Create a store at ``store_path`` holding ``articles`` articles and ``highlights``
    highlights; returns the path (the store is closed again)."""
    rng = random.Random(seed)
    sentences = _seed_sentences()
    path = Path(store_path)
    made: list[tuple[str, str]] = []
    with Store.open(path) as store:
        for start in range(0, articles, _BATCH):
            with store.batch():
                for number in range(start, min(articles, start + _BATCH)):
                    year, month, day = (
                        rng.randint(2015, 2026),
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                    )
                    text = _article_text(rng, sentences, year, month, day)
                    text += f"(Ref. {seed}-{number})\n"
                    digest = text_hash(text)
                    article = Article(
                        id=store.new_article_id(digest),
                        title=text.split("\n", 1)[0],
                        text_hash=digest,
                        source=rng.choice(SOURCES),
                        date=f"{year:04d}-{month:02d}-{day:02d}",
                        date_is_guess=rng.random() < 0.5,
                        tags=rng.sample(TAGS, rng.randint(0, 3)),
                    )
                    store.add_article(article, text)
                    made.append((article.id, text))
        for start in range(0, highlights if made else 0, _BATCH):
            with store.batch():
                for _ in range(start, min(highlights, start + _BATCH)):
                    article_id, text = rng.choice(made)
                    begin = text.find(" ", rng.randrange(len(text) // 2)) + 1
                    end = text.find(" ", begin + rng.randint(20, 200))
                    end = end if end > begin else len(text)
                    store.save_highlight(
                        new_highlight(
                            article_id,
                            text,
                            begin,
                            end,
                            color=rng.choice(COLORS),
                            tags=rng.sample(TAGS, rng.randint(0, 1)),
                        )
                    )
    return path
