"""The search index file: real SQLite files beside real stores, changed, damaged and held."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from diplotui.entities.folding import LATIN_BLOCKS
from diplotui.library import LibraryQuery, SearchIndex
from diplotui.library import search as search_module
from diplotui.library.search import index_path, match_expression, words
from diplotui.model import Article
from diplotui.store import Store, text_hash

TEXTS = {
    "Talks in Hà Nội": "Minister Ngô Lê Văn met the Lao delegation in Đà Nẵng and Hà Nội. "
    "People-to-people diplomacy was discussed with ASEAN partners.",
    "Nordic visit": "The delegation from Tromsø met officials in Łódź and at the Straße office.",
    "Trade forum": "Delegates reviewed trade and the digital economy in Singapore.",
}


def add(store: Store, title: str, body: str) -> Article:
    text = f"{title}\n{body}\n"
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title=title, text_hash=digest)
    return store.add_article(article, text)


@pytest.fixture
def store(store_path: Path):
    with Store.open(store_path) as opened:
        for title, body in TEXTS.items():
            add(opened, title, body)
        yield opened


def titles(store: Store, ids) -> list[str]:
    return sorted(store.article(article_id).title for article_id in ids)


def search(store: Store, query: str) -> list[str]:
    """A search as the CLI runs it: the index file brought up to date, then asked."""
    return [a.title for a in LibraryQuery(text=query, sort="title").apply(store)]


def test_index_lives_in_the_cache_folder_and_survives_reopening(store):
    index = SearchIndex.build(store)
    assert index is not None and index.path == index_path(store.path)
    assert index.path == store.path.with_name("library.json.cache") / "search.sqlite3"
    assert titles(store, index.search("delegation")) == ["Nordic visit", "Talks in Hà Nội"]
    index.close()
    reopened = SearchIndex.open(store.path)
    assert len(reopened) == 3  # nothing to read again
    assert titles(store, reopened.search("singapore")) == ["Trade forum"]
    reopened.close()


def test_diacritics_case_and_letters_without_a_base_letter(store):
    assert search(store, "ha noi") == ["Talks in Hà Nội"]
    assert search(store, "HÀ NỘI") == ["Talks in Hà Nội"]
    assert search(store, "da nang") == ["Talks in Hà Nội"]  # đ -> d
    assert search(store, "Đà") == ["Talks in Hà Nội"]
    assert search(store, "ngo le van") == ["Talks in Hà Nội"]
    assert search(store, "tromso") == ["Nordic visit"]  # ø -> o
    assert search(store, "lodz") == ["Nordic visit"]  # ł -> l
    assert search(store, "strasse") == ["Nordic visit"]  # ß -> ss


def test_a_query_typed_with_combining_accents_is_not_split_at_them(store):
    """A Vietnamese input method's combining mode types "Hà Nội" as letters and combining
    accents; the accents split the words ("ha no i") and nothing matched."""
    assert search(store, "Ha\u0300 No\u0323\u0302i") == ["Talks in Hà Nội"]
    assert search(store, '"ha\u0300 no\u0323\u0302i"') == ["Talks in Hà Nội"]
    add(store, "Decomposed", "Delegates met in Ha\u0300 No\u0323\u0302i again.")
    assert search(store, "Hà Nội") == ["Decomposed", "Talks in Hà Nội"]


def test_prefixes_match_word_starts_only(store):
    assert search(store, "deleg") == ["Nordic visit", "Talks in Hà Nội", "Trade forum"]
    assert search(store, "dipl") == ["Talks in Hà Nội"]
    assert search(store, "egation") == []  # not the middle of a word
    assert search(store, "nam") == []
    assert search(store, "d") == ["Nordic visit", "Talks in Hà Nội", "Trade forum"]


def test_phrases_and_terms(store):
    assert search(store, '"people-to-people diplomacy"') == ["Talks in Hà Nội"]
    assert search(store, "people-to-people") == ["Talks in Hà Nội"]
    assert search(store, '"people to peo"') == ["Talks in Hà Nội"]  # the last word a prefix
    assert search(store, '"diplomacy people"') == []
    assert search(store, "trade singapore") == ["Trade forum"]
    assert search(store, "trade tromso") == []
    assert search(store, 'nordic "') == ["Nordic visit"]  # a stray quote is not syntax
    assert search(store, 'AND OR NOT "NEAR(" * ^') == []  # FTS5 syntax is searched as words
    assert match_expression("asean ASEAN") == '"asean" *'
    assert match_expression("-- ,") == ""


def test_a_change_by_another_process_is_picked_up(store, store_path):
    """The store, changed by another program, is the truth; the index follows it."""
    SearchIndex.build(store).close()
    store.close()
    script = textwrap.dedent(
        f"""
        from diplotui.store import Store
        from diplotui.model import Article
        from diplotui.store import text_hash
        with Store.open({str(store_path)!r}) as store:
            trade = next(a for a in store.articles() if a.title == "Trade forum")
            store.with_updates(trade, title="Mekong summit")
            text = "Water talks\\nThe Mekong River Commission met in Vientiane.\\n"
            digest = text_hash(text)
            store.add_article(
                Article(id=store.new_article_id(digest), title="Water talks", text_hash=digest),
                text,
            )
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    with Store.open(store_path, read_only=True) as changed:
        assert search(changed, "mekong") == ["Mekong summit", "Water talks"]
        assert search(changed, "vientiane") == ["Water talks"]
        assert search(changed, "summit") == ["Mekong summit"]  # the new title
        assert search(changed, "singapore") == ["Mekong summit"]


def test_a_text_unreadable_when_indexed_is_searched_once_it_is_back(store_path):
    """A library copied without its texts was indexed by titles alone; a sync then wrote the
    texts back (same hash, same title: the same stamp), and a search never found their
    words again. An article indexed without its text is stamped as such and read again."""
    from diplotui.store.repository import body_path

    with Store.open(store_path) as opened:
        trade = add(opened, "Trade forum", TEXTS["Trade forum"])
        text = opened.article_text(trade.id)
    body_path(store_path, trade.text_hash).unlink()
    with Store.open(store_path) as lost:
        assert search(lost, "singapore") == []
    with Store.open(store_path) as store:
        store.save_as_given([(store.article(trade.id), text)])  # as a sync restores it
    with Store.open(store_path, read_only=True) as back:
        assert search(back, "singapore") == ["Trade forum"]


def test_a_deleted_article_is_no_longer_found(store, store_path):
    """Another program leaves the store without one article: it drops out of the results."""
    SearchIndex.build(store).close()
    kept = {a.title: store.article_text(a.id) for a in store.articles() if a.title != "Trade forum"}
    store.close()
    for beside in store_path.parent.iterdir():  # everything but the derived cache folder
        if beside.name != store_path.name + ".cache":
            if beside.is_dir():
                shutil.rmtree(beside)
            else:
                beside.unlink()
    with Store.open(store_path) as smaller:
        for title, text in kept.items():
            add(smaller, title, text.split("\n", 1)[1])
        assert search(smaller, "singapore") == []
        assert search(smaller, "delegation") == ["Nordic visit", "Talks in Hà Nội"]


def test_edited_articles_leave_tombstones_that_are_cleared_in_time(store):
    index = SearchIndex.build(store)
    trade = next(a for a in store.articles() if a.title == "Trade forum")
    for number in range(3):
        trade = store.with_updates(trade, title=f"Trade forum {number}")
        assert index.sync(store, article_ids=[trade.id])
        assert titles(store, index.search("forum")) == [f"Trade forum {number}"]
        assert titles(store, index.search(f'"forum {number}"')) == [f"Trade forum {number}"]
    assert index.search('"forum 0"') == frozenset()
    assert index._tombstones == 3
    rows = sqlite3.connect(index.path).execute("SELECT count(*) FROM docs").fetchone()[0]
    assert rows == 3


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 5000, "foreign"],
)
def test_a_damaged_or_foreign_index_file_is_rebuilt(store, damage):
    path = index_path(store.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if damage == "foreign":
        with sqlite3.connect(path) as other:
            other.execute("CREATE TABLE notes (body TEXT)")
    else:
        path.write_bytes(damage)
    assert search(store, "singapore") == ["Trade forum"]
    index = SearchIndex.open(store.path)
    assert len(index) == 3 and index.path == path
    index.close()


@pytest.mark.parametrize("linked", ["search.sqlite3", "search.sqlite3-wal", "search.sqlite3-shm"])
@pytest.mark.parametrize("contents", [b"", b"someone's notes\n"])
def test_a_link_planted_at_the_index_is_replaced_and_its_target_left_alone(
    store, tmp_path, linked, contents
):
    """SQLite writes through a symbolic link: an empty file it named became an index, and a
    journal link made SQLite write pages into the file named. The link is replaced instead."""
    folder = index_path(store.path).parent
    folder.mkdir(parents=True, exist_ok=True)
    someone_elses = tmp_path / "elsewhere.txt"
    someone_elses.write_bytes(contents)
    (folder / linked).symlink_to(someone_elses)
    assert search(store, "singapore") == ["Trade forum"]
    index = SearchIndex.open(store.path)
    assert index.path == index_path(store.path) and len(index) == 3
    index.close()
    assert someone_elses.read_bytes() == contents
    assert not (folder / linked).is_symlink()


def test_an_index_damaged_while_in_use_is_rebuilt(store):
    index = SearchIndex.build(store)
    assert titles(store, index.search("singapore")) == ["Trade forum"]
    data = bytearray(index.path.read_bytes())
    index.close()
    data[4096:] = b"\x00" * (len(data) - 4096)  # every page but the first wiped
    index.path.write_bytes(bytes(data))
    for wal in index.path.parent.glob("search.sqlite3-*"):
        wal.unlink()
    assert search(store, "singapore") == ["Trade forum"]
    assert search(store, "lodz") == ["Nordic visit"]


def test_a_file_held_by_another_process_still_gives_right_answers(store, store_path, monkeypatch):
    """A stuck writer holds the index: changed articles are searched in memory instead."""
    monkeypatch.setattr("diplotui.library.search._BUSY_MS", 50)
    SearchIndex.build(store).close()
    trade = next(a for a in store.articles() if a.title == "Trade forum")
    store.with_updates(trade, title="Mekong forum")
    holder = sqlite3.connect(index_path(store_path), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # a write lock, as a stuck process would keep it
    try:
        assert search(store, "mekong") == ["Mekong forum"]
        assert search(store, "trade") == ["Mekong forum"]  # the text still says trade
        assert search(store, "hà nội") == ["Talks in Hà Nội"]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    index = SearchIndex.build(store)
    assert titles(store, index.search("mekong")) == ["Mekong forum"]


def test_an_unwritable_cache_folder_uses_a_private_index(store, store_path):
    cache = index_path(store_path).parent
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the cache folder should be")
    index = SearchIndex.build(store)
    assert index is not None and index.path is None
    assert titles(store, index.search("tromso")) == ["Nordic visit"]
    assert cache.read_text() == "a file where the cache folder should be"


def test_an_interrupted_build_continues_where_it_stopped(store_path):
    with Store.open(store_path) as store, store.batch():
        for number in range(600):
            add(store, f"Report {number}", f"Body number w{number} of the series.")
        calls = iter(range(100))
        assert SearchIndex.build(store, should_stop=lambda: next(calls) >= 1) is None
        partial = SearchIndex.open(store.path)
        assert 0 < len(partial) < 600
        partial.close()
        index = SearchIndex.build(store)
        assert len(index) == 600
        assert titles(store, index.search("w599")) == ["Report 599"]


def test_a_title_changed_and_changed_back_is_searched_as_it_is_now(store):
    """The "nothing changed" shortcut never trusts a file written since its fingerprint."""
    SearchIndex.build(store).close()
    trade = next(a for a in store.articles() if a.title == "Trade forum")
    index = SearchIndex.build(store)
    renamed = store.with_updates(trade, title="Harbour forum")
    assert index.sync(store, article_ids=[trade.id])  # the file now holds "Harbour"
    index.close()
    store.with_updates(renamed, title="Trade forum")  # back to the fingerprinted state
    assert search(store, "harbour") == []
    assert search(store, "trade") == ["Trade forum"]


def test_another_writers_adds_deletes_and_retitles_are_indexed_from_the_journal_alone(
    store, store_path, monkeypatch
):
    """The index notes the store's version it was synced to; after another process added,
    deleted and retitled articles, a search reads only those articles (not every
    article's stamp) and finds exactly what the store holds."""
    from diplotui.library import search as search_module
    from diplotui.store import storage

    monkeypatch.setattr(storage, "COMPACT_ON_CLOSE_BELOW_BYTES", 0)  # keep the journal
    SearchIndex.build(store).close()
    with sqlite3.connect(index_path(store_path)) as older:  # an index from before versions
        older.execute("DELETE FROM facts WHERE name = 'version'")
    older.close()
    by_title = {a.title: a for a in store.articles()}
    store.close()
    with Store.open(store_path, read_only=True) as unchanged:
        assert search(unchanged, "singapore") == ["Trade forum"]  # the stamps say: as it was
    with Store.open(store_path) as other:
        other.with_updates(other.article(by_title["Trade forum"].id), title="Mekong summit")
        add(other, "Water talks", "The Mekong River Commission met in Vientiane.")
        other.delete_article(by_title["Nordic visit"].id)
    looked_at: list[object] = []
    stamps = search_module._stamps
    monkeypatch.setattr(
        search_module, "_stamps", lambda s, ids: looked_at.append(ids) or stamps(s, ids)
    )
    with Store.open(store_path, read_only=True) as changed:
        assert search(changed, "mekong") == ["Mekong summit", "Water talks"]
        assert search(changed, "delegation") == ["Talks in Hà Nội"]
        assert search(changed, "summit singapore") == ["Mekong summit"]
    assert looked_at and all(ids is not None and len(ids) == 3 for ids in looked_at[:1])
    assert None not in looked_at  # never every article's stamp


def test_a_word_written_with_an_invisible_joiner_is_found_as_typed_plainly(store):
    """A name pasted with a zero-width joiner or a soft hyphen inside it was indexed as two
    words ("jo hn"): a search for the name never found it, a search typed with one found
    only such a text."""
    assert words("Jo\u200dhn Smi\u00adth met Anna") == " john smith met anna"
    add(store, "Pasted", "Jo\u200dhn Smi\u00adth met the \u202bLao\u202c delegation.")
    assert search(store, "john smith") == ["Pasted"]
    assert search(store, "Tromsø") == search(store, "Trom\u200ds\u200eø") == ["Nordic visit"]


def test_a_full_disk_gives_the_index_space_back_and_still_answers(store, monkeypatch):
    """A rebuild (a new format, as session 47's letters made) on a nearly full disk filled
    it and kept the partial index: 38 MB at 10,000 articles, and the next import was refused
    ("No space left on device"). Derived data gives the space back to the store it serves;
    the words are searched in memory. SQLite's limit on pages stands in for the disk."""
    real = search_module._connect

    def full(path: Path | None) -> sqlite3.Connection:
        db = real(path)
        if path is not None:
            (pages,) = db.execute("PRAGMA page_count").fetchone()
            db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    monkeypatch.setattr(search_module, "_connect", full)
    add(store, "Glossary", " ".join(f"term{number}" for number in range(3000)))
    index = SearchIndex.build(store)
    assert index is not None
    assert titles(store, index.search("tromso")) == ["Nordic visit"]
    assert titles(store, index.search("term2999")) == ["Glossary"]
    left = sorted(p.name for p in index_path(store.path).parent.glob("search.sqlite3*"))
    assert left == []
    index.close()


def test_a_capital_dotted_i_typed_in_the_query_finds_its_word(store):
    """ "İstanbul" and "İlham Əliyev" typed as the article writes them found nothing: the
    query was lower-cased after its marks were dropped, and Python lowers "İ" to "i" and a
    combining dot, which split the word ("i lham")."""
    add(store, "Baku", "President İlham Əliyev flew to İstanbul, and then to Istanbul again.")
    for query in ("İstanbul", "İSTANBUL", "istanbul", "İlham Əliyev", '"İLHAM ƏLİYEV"'):
        assert search(store, query) == ["Baku"], query


def test_an_index_of_the_folding_before_thorn_is_rebuilt_and_finds_it(store):
    """An index a version before leftovers49 wrote (format 6) kept "Þórdís" as "þordis":
    it is rebuilt, not trusted, so "thordis" finds her, as a new index does."""
    add(store, "Iceland's minister", "Þórdís Kolbrún Reykfjörð Gylfadóttir met Ɓello.")
    SearchIndex.build(store).close()
    with contextlib.closing(sqlite3.connect(index_path(store.path))) as old:
        old.execute("PRAGMA user_version = 6")
    assert search(store, "thordis gylfadottir") == ["Iceland's minister"]
    assert search(store, "bello") == ["Iceland's minister"]
    with contextlib.closing(sqlite3.connect(index_path(store.path))) as rebuilt:
        assert rebuilt.execute("PRAGMA user_version").fetchone()[0] == search_module._FORMAT


def test_the_index_folds_every_latin_letter_as_the_search_folds_it():
    """What the tokenizer stores of a word holding any Latin letter is what a search for that
    word asks (:func:`words`): a letter folded one way in the index and another in the query
    ("Þ" kept by SQLite, "th" typed; "ĳ", "ǽ", "Ǡ" too) is a word found by neither."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(body, {search_module._TABLE_OPTIONS})")
    letters = [
        chr(code)
        for first, last in (*LATIN_BLOCKS, (0xFB00, 0xFB07))  # and the ligatures
        for code in range(first, last)
        if chr(code).isalpha()
    ]
    for n, letter in enumerate(letters):
        db.execute(
            "INSERT INTO t(rowid, body) VALUES (?, ?)",
            (n, search_module._tokenizable(f"x{letter}y")),
        )
    for n, letter in enumerate(letters):
        term = words(f"x{letter}y").strip()
        found = db.execute("SELECT rowid FROM t WHERE t MATCH ?", (f'"{term}"',)).fetchall()
        assert (n,) in found, (letter, term)
