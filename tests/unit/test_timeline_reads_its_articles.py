"""The first timeline of a name reads the articles that can name it, not the whole library.

``diplotui timeline NAME`` on 10,000 articles took 25-29 s the first time: it recognised
every text and found its statements before answering about one person. The search index
says which articles hold which words; a timeline now reads those (with those holding a
speaker a user corrected, whose name the text need not hold), and its answer is the one
reading every article gives.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from diplotui.library import timeline as timeline_module
from diplotui.library.statement_cache import StatementCache
from diplotui.library.timeline import RUN_QUERIES_AT_MOST, TimelineEntry, Words, entity_timeline
from diplotui.model import Article, EntityCorrection, SpeakerCorrection
from diplotui.paths import cache_dir
from diplotui.store import Store, text_hash

TALKS = (
    "Talks resume\n"
    "Deputy Foreign Minister Lê Hoài Trung attended the talks in Geneva.\n"
    "On July 18, the Deputy Foreign Minister stressed that dialogue must continue.\n"
    "Last week, Lê Hoài Trung met the envoys of ASEAN.\n"
)
FAIR = "Trade grows\nOn March 3, Ambassador Jane Doe opened a fair.\n"
MARKETS = (
    "Markets calm\n"
    "Foreign Minister Penny Wong said on May 5 that trade would grow.\n"
    '"We expect more ships," the port director said.\n'
)
SUDAN = 'Sudan talks\nGeneral Abdel Fattah al-Burhan said on June 2 that "the talks will go on".\n'
NOTHING = ["Weather\nIt rained in Hue on Monday.\n", "Sport\nThe team won on Sunday.\n"]
CORRECTED_WORDS = "We expect more ships,"


def _add(store: Store, text: str, date: str) -> Article:
    digest = text_hash(text)
    title = text.split("\n", 1)[0]
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest,
                      source="Test Wire", date=date)  # fmt: skip
    store.add_article(article, text)
    return article


@pytest.fixture
def db(store_path: Path) -> Path:
    """Six articles; the port director's words corrected to Quentin Marsh, a name no
    text holds."""
    with Store.open(store_path) as store:
        _add(store, TALKS, "2025-07-21")
        _add(store, FAIR, "2025-03-04")
        markets = _add(store, MARKETS, "2025-05-06")
        _add(store, SUDAN, "2025-06-03")
        for number, text in enumerate(NOTHING):
            _add(store, text, f"2025-01-0{number + 1}")
        start = MARKETS.index(CORRECTED_WORDS) + 1
        end = start + len("We expect more ships")
        store.save_speaker_corrections(
            [
                SpeakerCorrection(
                    id="c0ffee000001",
                    article_id=markets.id,
                    start=start,
                    end=end,
                    quote=MARKETS[start:end],
                    speaker="Quentin Marsh",
                    role="harbour master",
                )
            ]
        )
    return store_path


def _forget_caches(path: Path) -> None:
    shutil.rmtree(cache_dir(path), ignore_errors=True)


def _shown(entries: list[TimelineEntry]) -> list[tuple[str, str, str, str, str]]:
    return [
        (e.date_label(), e.kind, e.article.id, e.text, e.statement.speaker if e.statement else "")
        for e in entries
    ]


def _read_texts(monkeypatch: pytest.MonkeyPatch, refused: tuple[str, ...] = ()) -> list[str]:
    """The texts the finder is asked about from now on; one holding any of ``refused``
    makes it raise (as a finder bug would)."""
    asked: list[str] = []
    found = StatementCache.from_spans

    def counted(cache: StatementCache, text: str, spans: object, title: str) -> object:
        asked.append(text)
        if any(words in text for words in refused):
            raise RuntimeError("the finder failed on this text")
        return found(cache, text, spans, title)  # type: ignore[arg-type]

    monkeypatch.setattr(StatementCache, "from_spans", counted)
    return asked


@pytest.mark.parametrize(
    "name",
    [
        "Le Hoai Trung",  # typed without its diacritics
        "Lê Hoài Trung",
        "Trung",
        "Quentin Marsh",  # only a speaker correction names him
        "Penny Wong",
        "Jane Doe",
        "Deputy Foreign Minister",
        "Zelensky",  # no article holds it
        "Abdelfattah",  # two words of the text written as one
        "alburhan",
    ],
)
def test_the_first_timeline_is_the_one_every_article_read_gives(
    db: Path, monkeypatch: pytest.MonkeyPatch, name: str
):
    with Store.open(db, read_only=True) as store:
        first = entity_timeline(store, name)
    _forget_caches(db)
    _without_index(monkeypatch)
    asked = _read_texts(monkeypatch)
    with Store.open(db, read_only=True) as store:
        assert _shown(entity_timeline(store, name)) == _shown(first)
    assert len(asked) == 6  # every article read


def _without_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        Words, "of", classmethod(lambda cls, store, articles, stop=None: cls(None, articles, set()))
    )


def test_a_timeline_reads_only_the_articles_that_can_name_it(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    """Le Hoai Trung's timeline asks the finder about his article and the corrected one
    (whose speaker the text need not name) alone; the others, which would make the finder
    raise, are neither read nor counted as failed."""
    asked = _read_texts(monkeypatch, refused=("rained", "team won", "Jane Doe"))
    failures: list[tuple[Article, str]] = []
    with Store.open(db, read_only=True) as store:
        entries = entity_timeline(store, "Le Hoai Trung", failures=failures)
    assert sorted(asked) == sorted([TALKS, MARKETS])
    assert failures == []
    assert [e.kind for e in entries] == ["event", "statement"]
    assert "dialogue must continue" in entries[1].text


def test_a_name_only_a_correction_gives_is_found_in_its_article(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    asked = _read_texts(monkeypatch)
    with Store.open(db, read_only=True) as store:
        entries = entity_timeline(store, "Quentin Marsh")
    assert asked == [MARKETS]
    assert [(e.kind, e.statement.speaker if e.statement else "") for e in entries] == [
        ("statement", "Quentin Marsh")
    ]


@pytest.mark.parametrize(
    ("indexed", "name"), [(False, "Le Hoai Trung"), (True, "China")], ids=["no-index", "place"]
)
def test_every_article_is_read_where_words_cannot_tell(
    db: Path, monkeypatch: pytest.MonkeyPatch, indexed: bool, name: str
):
    """No index to ask (a cache folder it cannot be kept in, a build stopped): the timeline
    reads the whole library, as it always did; so does a name all of whose words a place's
    or a body's may be (a body speaking under a generic name is given its country, which its
    text need not hold: "Beijing's foreign ministry" is China's)."""
    assert {"china", "ministry"} <= timeline_module.words_not_in_texts()
    if not indexed:
        _without_index(monkeypatch)
    asked = _read_texts(monkeypatch)
    with Store.open(db, read_only=True) as store:
        entity_timeline(store, name)
    assert len(asked) == 6


def test_a_name_written_as_one_word_reads_the_articles_writing_it_apart(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    """ "Abdelfattah" names Abdel Fattah al-Burhan (``names_speaker``): his article is read
    though no word of it is "abdelfattah"."""
    asked = _read_texts(monkeypatch)
    with Store.open(db, read_only=True) as store:
        entries = entity_timeline(store, "Abdelfattah")
    assert sorted(asked) == sorted([MARKETS, SUDAN])
    assert [e.statement.speaker if e.statement else "" for e in entries] == [
        "Abdel Fattah al-Burhan"
    ]


LETTERS = (
    "Spelling bee\nThe letters were p, then e and n, y or w, then o and g; pe, en, nn, ny, yw,"
    " wo, on and ng too.\n"
)
# "a" and "aa" in every order of six: "a" * 40 written in ever more ways the text holds
CHANT = " ".join("aa" if number >> bit & 1 else "a" for number in range(64) for bit in range(6))
REPEATED = f"Chant\nThey sang {CHANT} all night.\n"


def test_a_word_is_asked_for_as_the_runs_of_words_the_library_holds(db: Path):
    """A word written as several words of the library is found where they stand one after
    another ("abdel fattah" of "abdelfattah"), however many ways its short words could
    write it; a word its texts hold in too many ways at once reads every article."""
    with Store.open(db) as store:
        letters = _add(store, LETTERS, "2025-05-03")
        chant = _add(store, REPEATED, "2025-05-04")
    with Store.open(db, read_only=True) as store:
        sudan, markets = (
            next(a for a in store.articles() if a.title == title)
            for title in ("Sudan talks", "Markets calm")
        )
        with Words.of(store, store.articles()) as words:
            assert words.holding({"abdelfattah"}) == [sudan]
            assert words.holding({"pennywong"}) == [markets], "penny wong, not p e n ny wo ng"
            assert words.holding({"peen"}) == [letters], '"pe en"'
            assert words.holding({"nyw"}) == [], 'n, y, w, ny, yw are words; "n y" no run of it'
            assert words.holding({"aaa"}) == [chant]
            assert words.holding({"a" * 40}) is None, f"over {RUN_QUERIES_AT_MOST} phrases"


def test_a_two_word_name_whose_joined_word_short_words_write_reads_its_articles(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    """ "pennywong" is p, e, n, n, y, w, o, n, g (and pe, ny, wo, ng ...) in hundreds of ways
    of a real library's one- and two-letter words: Penny Wong's first timeline read every
    article; now the runs no text holds are not asked further, and it reads hers."""
    with Store.open(db) as store:
        _add(store, LETTERS, "2025-05-03")
    with Store.open(db, read_only=True) as store:
        everything = _shown(_every_article_read(store, "Penny Wong", monkeypatch))
    assert everything
    _forget_caches(db)
    monkeypatch.undo()
    asked = _read_texts(monkeypatch, refused=("rained", "team won", "letters", "Jane Doe"))
    with Store.open(db, read_only=True) as store:
        assert _shown(entity_timeline(store, "Penny Wong")) == everything
    assert asked == [MARKETS]


UNCLE = "Harbour visit\nOn July 20, Uncle Trung said the port would reopen.\n"


@pytest.mark.parametrize("name", ["Le Hoai Trung", "Lê Hoài Trung", "Uncle Trung", "Penny Wong"])
def test_a_name_an_alias_links_to_reads_the_articles_holding_the_alias(
    db: Path, monkeypatch: pytest.MonkeyPatch, name: str
):
    """An alias (``E``: "Uncle Trung" is Le Hoai Trung) may name him in texts that never write
    his name, but only where its words stand: a timeline of a name sharing a word with the
    name it links to reads the articles holding a word of the alias too, not every article
    (at 10,000 articles "Ngo Le Van", sharing "le" with an alias's Le Hoai Trung, read them
    all), and lists what reading every article lists."""
    with Store.open(db) as store:
        alias = EntityCorrection(
            id="a11a5000001", kind="alias", text="Uncle Trung", canonical="Le Hoai Trung"
        )
        store.save_correction(alias)
        _add(store, UNCLE, "2025-07-21")
    with Store.open(db, read_only=True) as store:
        everything = _shown(_every_article_read(store, name, monkeypatch))
    _forget_caches(db)
    monkeypatch.undo()
    asked = _read_texts(monkeypatch, refused=("rained", "team won", "Jane Doe", "al-Burhan"))
    with Store.open(db, read_only=True) as store:
        assert _shown(entity_timeline(store, name)) == everything
    assert UNCLE in asked or name == "Penny Wong"
    assert len(asked) < 7


def _every_article_read(
    store: Store, name: str, monkeypatch: pytest.MonkeyPatch, articles: int = 7
) -> list[TimelineEntry]:
    _without_index(monkeypatch)
    asked = _read_texts(monkeypatch)
    entries = entity_timeline(store, name)
    assert len(asked) == articles
    return entries


LEADERS = "Leaders meet\nThe leaders led the talks on Monday, as leaders do.\n"
NGO = "Envoy speaks\nAmbassador Ngo Le Van said on May 2 that the talks would go on.\n"
FLAGGED = "Trade week\nOn May 7, Tran Quoc Vuong\U0001f1fb\U0001f1f3 met the envoys.\n"
POSSESSIVE = 'Trade fair\n"Trade will grow," Tran Quoc Vuong\u02bcs deputy said on May 9.\n'


@pytest.mark.parametrize(
    ("name", "read"),
    [("Ngo Le Van", NGO), ("Vuong", FLAGGED), ("Vuong", POSSESSIVE)],
    ids=["short-word", "flag", "possessive"],
)
def test_a_name_s_words_are_asked_for_whole(
    db: Path, monkeypatch: pytest.MonkeyPatch, name: str, read: str
):
    """ "le" of Ngo Le Van starts words of nearly every text ("leaders", "led"): the articles
    holding it whole are read, not those (at 10,000 generated articles a first timeline read
    10,007 of 10,030); a word the index keeps with what the linker takes for no letter
    ("Vuong🇻🇳", "Vuongʼs" with a modifier apostrophe) is still found, as every article
    read finds it."""
    with Store.open(db) as store:
        for number, text in enumerate((LEADERS, NGO, FLAGGED, POSSESSIVE)):
            _add(store, text, f"2025-05-0{number + 3}")
    with Store.open(db, read_only=True) as store:
        everything = _shown(_every_article_read(store, name, monkeypatch, 10))
    assert everything  # none: every article is read for the close names offered
    _forget_caches(db)
    monkeypatch.undo()
    asked = _read_texts(monkeypatch, refused=("rained", "team won", "leaders", "Jane Doe"))
    with Store.open(db, read_only=True) as store:
        assert _shown(entity_timeline(store, name)) == everything
    assert read in asked
    assert LEADERS not in asked


def test_a_long_word_is_looked_up_only_in_pieces_as_long_as_a_term(
    db: Path, monkeypatch: pytest.MonkeyPatch
):
    """attack51: a name's word of 10,000 letters ("abab...") had every one of its 50 million
    pieces looked up in the index's words, each a new string: ``timeline`` ran for minutes.
    Only pieces as long as the longest term are; the runs found are the same."""
    pieces: list[str] = []
    terms = Words._terms

    def counted(words: Words, piece: str) -> set[str]:
        pieces.append(piece)
        return terms(words, piece)

    monkeypatch.setattr(Words, "_terms", counted)
    with Store.open(db, read_only=True) as store:
        sudan = next(a for a in store.articles() if a.title == "Sudan talks")
        with Words.of(store, store.articles()) as words:
            assert words.holding({"abdelfattah"}) == [sudan]
            pieces.clear()
            assert words.holding({"ab" * 5_000}) == []
            assert pieces
            assert max(map(len, pieces[1:])) <= words.longest  # the word itself, then pieces
