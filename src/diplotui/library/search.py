"""Full-text search over titles and texts from a derived SQLite FTS5 file in the cache folder.

The index (``<store>.cache/search.sqlite3``) is never the source of truth: each indexed
article is recorded with a stamp (its text hash and title), every :meth:`SearchIndex.sync`
compares those stamps with the store, so changes made by another process are picked up, and
a missing, corrupt, foreign or out-of-date file is simply rebuilt. Deleting it loses nothing.

Matching is by word start, case- and diacritic-insensitive (SQLite's ``unicode61`` tokenizer
with ``remove_diacritics 2``, plus the few letters it cannot decompose, such as đ -> d), every
term must match, and a "quoted phrase" matches consecutive words (its last word a prefix).
The FTS table is contentless (the texts stay in the store): a changed or deleted article's
row is left behind as a tombstone, unreachable because only live rows map to article ids,
and the file is rebuilt once tombstones outnumber live rows.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import re
import sqlite3
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from diplotui.entities.folding import (
    COMBINING_MARKS,
    INVISIBLE,
    LATIN_BLOCKS,
    SPECIAL_LETTERS,
    SPELT_OUT,
    fold_letters,
)
from diplotui.inert import without_surrogates
from diplotui.model import Article
from diplotui.paths import cache_dir
from diplotui.store import ARTICLES, ArticleUnreadable, Store, StoreError

INDEX_FILENAME = "search.sqlite3"
_APPLICATION_ID = 0x44505453  # "DPTS": marks the file as ours
_FORMAT = 7  # PRAGMA user_version; bump when the tokenizer or the folding changes (7: þ, ŋ, ɓ)
_BUSY_MS = 2000  # how long to wait for another process's write to the index
_BATCH = 250  # articles per transaction while indexing (a search waits for at most one)
RECENT_RESULTS = 64
_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
_NON_WORD_RE = re.compile(r"[\W_]+")
# ASCII letters and digits stay, every other byte becomes a space (bytes.translate is ~30x
# faster than str.translate with a dict).
_ASCII_WORD_TABLE = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))


def _unfolded_by_the_tokenizer() -> dict[str, str]:
    """The Latin letters SQLite's ``unicode61`` tokenizer does not fold as :func:`fold_letters`
    does, each as that folds it: those Unicode gives no base letter ("Þ", "đ"), those a base
    with marks over such a one ("ǽ", "ǿ"), the compatibility forms ("ĳ", "ﬁ", "ǅ"), and the
    Latin Extended-B, IPA, -C and -D letters, whose folding its tables lack ("Ǡ", "Ɡ"): a
    letter folded one way in the index and another in a query is a word found by neither (a
    test walks every Latin letter through both)."""
    letters = {**SPECIAL_LETTERS, **SPELT_OUT, "ß": "ss", "ẞ": "SS"}
    for first, last in (*LATIN_BLOCKS, (0xFB00, 0xFB07)):
        for code in range(first, last):
            char = chr(code)
            decomposed = unicodedata.normalize("NFD", char)
            if char.isalpha() and (
                0x0180 <= code < 0x1E00
                or code >= 0x2C60
                or unicodedata.normalize("NFKD", char) != decomposed
                or decomposed[0] in letters
            ):
                letters.setdefault(char, fold_letters(char))
    return letters


_UNDECOMPOSABLE = _unfolded_by_the_tokenizer()
_EVERY_ROW = "\ue000"  # a private-use letter: a token no query can hold (not a word character)
_UNDECOMPOSABLE[_EVERY_ROW] = " "  # nor any text
# Invisible joiners and marks inside a word are no break in it ("Jo\u200dhn" is "john"), for
# the tokenizer as for the folding of what is searched in memory.
_UNDECOMPOSABLE.update(dict.fromkeys(INVISIBLE, ""))
_UNDECOMPOSABLE_RE = re.compile("[" + "".join(_UNDECOMPOSABLE) + "]")
_TABLE_OPTIONS = "content='', prefix='1 2', tokenize='unicode61 remove_diacritics 2'"
_SCHEMA = (
    # with word positions, for phrases; "mark" holds "a" in every row
    f"CREATE VIRTUAL TABLE fts USING fts5(body, mark, {_TABLE_OPTIONS})",
    # which article holds which word, no more: several times faster for terms of one word;
    # every row ends with _EVERY_ROW (detail=none allows no column filters)
    f"CREATE VIRTUAL TABLE words USING fts5(body, {_TABLE_OPTIONS}, detail=none)",
    "CREATE TABLE docs (rowid INTEGER PRIMARY KEY AUTOINCREMENT, "
    "article_id TEXT NOT NULL UNIQUE, stamp TEXT NOT NULL)",
    "CREATE TABLE tally (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT INTO tally VALUES ('tombstones', 0)",
    "CREATE TABLE facts (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
)
_TABLES = ("fts", "words")
_FORGET_FINGERPRINT = "DELETE FROM facts WHERE name IN ('fingerprint', 'version')"


def _word_bytes(text: str) -> bytes:
    folded = fold_letters(text)
    if folded.isascii():
        data = folded.encode("ascii").translate(_ASCII_WORD_TABLE)
    else:
        data = _NON_WORD_RE.sub(" ", folded).encode("utf-8", "surrogatepass")
    return b" " + b" ".join(data.split())


def words(text: str) -> str:
    """``text`` folded to its words, each preceded by one space (" people to people diplomacy").

    Searching for " " + a folded term then matches at word starts only, so "nam" does not
    find "Vietnam" and a phrase ignores the punctuation and line breaks between its words.
    """
    return _word_bytes(text).decode("utf-8", "surrogatepass")


def query_terms(query: str) -> list[str]:
    """Search terms as matched (see :func:`words`): words, or "quoted phrases" kept whole.

    Every term must match, each as the start of a word (or of a run of words).
    """
    terms = []
    for match in _TERM_RE.finditer(query):
        term = words(match.group(1) if match.group(1) is not None else match.group(2))
        if term.strip() and term not in terms:
            terms.append(term)
    return terms


def _tokenizable(text: str) -> str:
    """``text`` with the letters the tokenizer cannot fold replaced (it folds the rest)."""
    if text.isascii():
        return text
    return _UNDECOMPOSABLE_RE.sub(lambda m: _UNDECOMPOSABLE[m[0]], text)


def match_expression(query: str) -> str:
    """The FTS5 query for ``query``: each term a phrase whose last word is a prefix, all ANDed.

    Terms are split into words here, so the quoted phrases hold nothing FTS5 could parse
    as syntax; an empty string means the query has no terms.
    """
    phrases = []
    for match in _TERM_RE.finditer(query):
        term = match.group(1) if match.group(1) is not None else match.group(2)
        # a combining accent is no word character: typed decomposed ("Ha\u0300 No\u0323\u0302i",
        # as Vietnamese input methods' combining mode types it), it split its word ("ha no
        # i"); the tokenizer drops accents anyway. Lowered first: Python lowers "İ" to "i"
        # and a combining dot, which split "İstanbul" ("i stanbul", attack47)
        term = COMBINING_MARKS.sub("", _tokenizable(term).lower())
        parts = _NON_WORD_RE.sub(" ", term).split()
        if parts:
            phrase = '"' + " ".join(parts) + '" *'
            if phrase not in phrases:
                phrases.append(phrase)
    return " AND ".join(phrases)


def _has_phrase(expression: str) -> bool:
    """Whether a term of a :func:`match_expression` has several words (needs positions)."""
    return any(" " in phrase[1:-3] for phrase in expression.split(" AND "))


_TITLE_ONLY = "\x1ftitle only"
"""Ends the stamp of an article indexed without its unreadable text: it differs from the
store's stamp, so the article is read again by a later sync (a sync restoring the text keeps
its hash and title, which alone left its words unsearched for good)."""


def article_stamp(article: Article) -> str:
    """What the indexed row depends on: an article whose stamp changed is indexed again (a
    lone surrogate a hand edit left in the title as U+FFFD: SQLite takes no such text, and
    the worker's error stopped the app at start-up)."""
    return f"{article.text_hash}\x1f{without_surrogates(article.title)}"


def _stamp_key(stamp: str | None) -> int:
    """A stamp as the index keeps it in memory: its hash (this process's, compared only with
    stamps hashed here), not the text, which is most of the row map's size (~30 MB at
    100,000 articles); the file keeps the stamps themselves. No stamp (a deleted article)
    is -1, which no string hashes to in CPython."""
    return -1 if stamp is None else hash(stamp)


def index_path(store_path: Path) -> Path:
    return cache_dir(store_path) / INDEX_FILENAME


class SearchIndex:
    """Titles and texts of every article, searchable by word prefix (AND of terms).

    :meth:`build` (or :meth:`open` then :meth:`sync`) reads every changed text: run it in a
    worker thread. Searching is safe from any thread while a sync runs in another.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self.path = path
        """The index file, or None for a private temporary one (the cache was unusable)."""
        self._db = connection
        self._lock = threading.RLock()  # one statement or transaction at a time
        self._syncing = threading.Lock()  # one sync at a time (searches go on meanwhile)
        self._rows: dict[str, tuple[int, int]] = {}  # article id -> (rowid, stamp's key)
        self._ids: dict[int, str] = {}  # live rowid -> article id
        self._tombstones = 0
        self._pending: dict[str, str] = {}  # article id -> words, not (yet) in the file
        self._recent: OrderedDict[str, AbstractSet[str]] = OrderedDict()
        self._live: frozenset[str] | None = None  # the indexed ids, built when first needed
        self._expect_most = False  # the last answer held most articles: ask for the others
        self.needs_sync = True
        """True until a :meth:`sync` succeeds, and again if the file turned out damaged."""
        self._loaded = False  # _rows and _ids read from the file (a CLI search never needs them)

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, store_path: Path) -> SearchIndex:
        """The index file of the store at ``store_path``, as it is (call :meth:`sync` next).

        A file that is not a readable index of ours is replaced by an empty one; if the
        cache folder cannot hold one (unwritable, locked by a stuck process), a private
        temporary index is used instead: slower to start, never wrong.
        """
        return cls(*_open_connection(index_path(store_path)))

    @classmethod
    def build(
        cls, store: Store, should_stop: Callable[[], bool] = lambda: False
    ) -> SearchIndex | None:
        """Open the store's index and bring it up to date (reads every changed text).

        Returns None when ``should_stop`` says so midway, e.g. because the app is quitting;
        what was indexed so far is kept in the file for next time.
        """
        index = cls.open(store.path)
        if not index.sync(store, should_stop):
            index.close()
            return None
        return index

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __len__(self) -> int:
        if not self._loaded:
            with self._lock:
                (count,) = self._db.execute("SELECT count(*) FROM docs").fetchone()
            return int(count) + len(self._pending)
        return len(self._rows) + len(self._pending)

    def load(self) -> None:
        """Read which row is which article into memory (a few MB at 100,000 articles), as
        searching on every keystroke needs; a one-off search asks SQLite to join instead."""
        with self._lock:
            if self._loaded:
                return
            rows = {
                article_id: (rowid, _stamp_key(stamp))
                for rowid, article_id, stamp in self._db.execute(
                    "SELECT rowid, article_id, stamp FROM docs"
                )
            }
            (tombstones,) = self._db.execute(
                "SELECT value FROM tally WHERE name = 'tombstones'"
            ).fetchone()
        self._rows = rows
        self._ids = {rowid: article_id for article_id, (rowid, _key) in rows.items()}
        self._tombstones = int(tombstones)
        self._live = None
        self._loaded = True

    # -- keeping it current ---------------------------------------------------------------------

    def _reset(self) -> None:
        """Replace a damaged file by an empty index: everything is indexed again."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            if self.path is not None:
                _remove_index_files(self.path)
            self._db, self.path = _open_connection(self.path)
            self._recent.clear()
            self.needs_sync = True
            self._loaded = False

    def sync(
        self,
        store: Store,
        should_stop: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] | None = None,
        article_ids: Iterable[str] | None = None,
    ) -> bool:
        """Index the articles whose title or text changed since they were indexed (by this
        or any other process), forget deleted ones; False if stopped midway. With
        ``article_ids``, only those articles are looked at (one article edited).

        If another process holds the file, the changed articles are kept in memory instead
        and searched by scanning; a damaged file is rebuilt; results are right either way.
        """
        with self._syncing:
            try:
                done = self._sync(store, should_stop, progress, article_ids)
            except sqlite3.DatabaseError:
                self._reset()
                try:
                    done = self._sync(store, should_stop, progress, None)
                except sqlite3.DatabaseError:  # e.g. the disk is full: keep words in memory
                    self._give_up_file()
                    self._rows, self._ids, self._loaded = {}, {}, True
                    every = [a.id for a in store.articles()]
                    done = self._keep_pending(store, every, should_stop)
            self.needs_sync = not done
            return done

    def _give_up_file(self) -> None:
        """Remove the index file that could not be written, for a private one: a rebuild on
        a nearly full disk left its partial file (38 MB at 10,000 articles) filling the disk,
        and the store it serves could no longer save an import (attack47)."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            if self.path is not None:
                with contextlib.suppress(OSError):
                    _remove_index_files(self.path)
            self._db, self.path = _connect(None), None
            self._recent.clear()

    def _sync(
        self,
        store: Store,
        should_stop: Callable[[], bool],
        progress: Callable[[int, int], None] | None,
        article_ids: Iterable[str] | None,
    ) -> bool:
        full = article_ids is None
        version = store.version if full and not self._pending else None
        if version is not None:
            recorded = self._fact("version")
            if recorded == version:
                return True  # the store is as it was when the index was last synced
            changes = store.changes_since_version(recorded) if recorded else None
            if changes is not None:
                changed = {key for table, key in changes if table == ARTICLES}
                synced = self._sync(store, should_stop, progress, changed) if changed else True
                if synced and not self._pending:
                    self._record(version=version)
                return synced
        wanted = _stamps(store, article_ids)
        fingerprint = _fingerprint(wanted) if full else ""
        if full and not self._pending and fingerprint == self._fingerprint():
            if version is not None:
                self._record(version=version)
            return True  # nothing changed since the last complete sync: nothing to read
        self.load()
        looked_at = self._rows if article_ids is None else wanted
        stale = [
            article_id
            for article_id in list(looked_at)
            if article_id in self._rows
            and _stamp_key(wanted.get(article_id)) != self._rows[article_id][1]
        ]
        todo = {
            article_id: stamp
            for article_id, stamp in wanted.items()
            if stamp is not None and self._rows.get(article_id, (0, -1))[1] != _stamp_key(stamp)
        }
        if full and self._tombstones + len(stale) > max(1000, len(wanted)) and self._clear():
            todo = {a: s for a, s in wanted.items() if s is not None}
        elif stale and not self._retire(stale):
            self._forget(stale)
            return self._keep_pending(store, list(todo), should_stop)
        order = list(todo)

        title_only: list[str] = []  # indexed without their unreadable texts

        def read(start: int) -> list[tuple[str, str, str]]:
            rows = []
            for a, text, whole in _texts(store, order[start : start + _BATCH]):
                if not whole:
                    title_only.append(a)
                rows.append((a, todo[a] if whole else todo[a] + _TITLE_ONLY, text))
            return rows

        # The next batch's texts are read while SQLite (which lets go of the GIL) indexes
        # this one: the first build of a big library takes about a third less time.
        with ThreadPoolExecutor(1, thread_name_prefix="diplotui-index") as reader:
            upcoming = reader.submit(read, 0)
            for done in range(0, len(order), _BATCH):
                batch = upcoming.result()
                if should_stop():
                    return False
                if progress is not None:
                    progress(done, len(order))
                upcoming = reader.submit(read, done + _BATCH)
                if not self._insert(batch):
                    return self._keep_pending(store, order[done:], should_stop)
        with self._lock:
            if full:
                gone = [a for a in self._pending if a not in wanted]
            else:
                gone = [a for a in self._pending if a in wanted and wanted[a] is None]
            for article_id in gone:
                del self._pending[article_id]
            self._recent.clear()
        if full and not self._pending:
            # no fingerprint while a text is missing: the next sync compares every stamp
            fingerprint = "" if title_only else fingerprint
            self._record(fingerprint=fingerprint, **({"version": version} if version else {}))
        return True

    def _record(self, **facts: str) -> None:
        """Note what the index was just synced to: the stamps' fingerprint, the store's
        version (any change to the index forgets both)."""
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", facts.items())

    def _fact(self, name: str) -> str:
        """A fact the last complete sync left, or "" if the index changed since."""
        with self._lock:
            row = self._db.execute("SELECT value FROM facts WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else ""

    def _fingerprint(self) -> str:
        """The fingerprint of the stamps the last complete sync left, or "" if changed since."""
        return self._fact("fingerprint")

    def _retire(self, article_ids: list[str]) -> bool:
        """Drop these articles' rows from the id map; their FTS entries become tombstones."""
        try:
            with self._lock, self._db:
                self._db.execute(_FORGET_FINGERPRINT)
                self._db.executemany(
                    "DELETE FROM docs WHERE article_id = ?", [(a,) for a in article_ids]
                )
                self._db.execute(
                    "UPDATE tally SET value = value + ? WHERE name = 'tombstones'",
                    (len(article_ids),),
                )
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            return False
        self._forget(article_ids)
        self._tombstones += len(article_ids)
        return True

    def _forget(self, article_ids: Iterable[str]) -> None:
        """Stop answering with these articles' indexed rows."""
        with self._lock:
            for article_id in article_ids:
                entry = self._rows.pop(article_id, None)
                if entry is not None:
                    self._ids.pop(entry[0], None)
            self._recent.clear()
            self._live = None

    def _insert(self, batch: list[tuple[str, str, str]]) -> bool:
        """Index (article id, stamp, searchable text) rows in one transaction."""
        try:
            with self._lock, self._db:
                self._db.execute(_FORGET_FINGERPRINT)
                added = []
                texts = []
                for article_id, stamp, text in batch:
                    rowid = self._db.execute(
                        "INSERT INTO docs (article_id, stamp) VALUES (?, ?)", (article_id, stamp)
                    ).lastrowid
                    assert rowid is not None
                    added.append((rowid, article_id, stamp))
                    texts.append((rowid, text))
                self._db.executemany(
                    "INSERT INTO fts (rowid, body, mark) VALUES (?, ?, 'a')", texts
                )
                self._db.executemany(
                    "INSERT INTO words (rowid, body) VALUES (?, ?)",
                    [(rowid, f"{text} {_EVERY_ROW}") for rowid, text in texts],
                )
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            return False
        with self._lock:
            for rowid, article_id, stamp in added:
                self._rows[article_id] = (rowid, _stamp_key(stamp))
                self._ids[rowid] = article_id
                self._pending.pop(article_id, None)
            self._recent.clear()
            self._live = None
        return True

    def _clear(self) -> bool:
        """Start the file afresh (tombstones have outgrown the live rows)."""
        try:
            with self._lock, self._db:
                self._db.execute(_FORGET_FINGERPRINT)
                for table in _TABLES:
                    self._db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
                self._db.execute("DELETE FROM docs")
                self._db.execute("UPDATE tally SET value = 0 WHERE name = 'tombstones'")
        except sqlite3.OperationalError as error:
            if not _busy(error):
                raise
            return False
        with self._lock:
            self._rows, self._ids, self._tombstones = {}, {}, 0
            self._recent.clear()
            self._live = None
        return True

    def _keep_pending(
        self, store: Store, article_ids: list[str], should_stop: Callable[[], bool]
    ) -> bool:
        """The file is held by another process: keep these articles' words in memory."""
        pending = {}
        for count, (article_id, text, _whole) in enumerate(_texts(store, article_ids)):
            if count % 100 == 0 and should_stop():
                return False
            pending[article_id] = words(text)
        self._forget(pending)
        with self._lock:
            self._pending.update(pending)
        return True

    def indexed_without_text(self) -> list[str]:
        """The articles whose words are not in the index, only their titles: their texts could
        not be read when they were indexed (a search cannot have found them by their words)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT article_id FROM docs WHERE substr(stamp, -?) = ?",
                (len(_TITLE_ONLY), _TITLE_ONLY),
            ).fetchall()
        return [article_id for (article_id,) in rows]

    def vocabulary(self) -> frozenset[str] | None:
        """Every word the index holds, folded as it matches them (those of changed or deleted
        articles' rows too); None while some texts are held in memory, not in the file."""
        with self._lock:
            if self._pending:
                return None
            self._db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary "
                "USING fts5vocab(main, 'words', 'row')"
            )
            return frozenset(term for (term,) in self._db.execute("SELECT term FROM vocabulary"))

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: str) -> AbstractSet[str]:
        """Ids of the articles containing every term of ``query`` (all ids for no terms)."""
        expression = match_expression(query)
        with self._lock:
            if not expression:
                self.load()
                return AllBut(self._live_ids(), frozenset(), frozenset(self._pending))
            found = self._recent.get(expression)
            if found is None:
                try:
                    found = self._matching(query, expression)
                except sqlite3.DatabaseError:  # damaged under us: callers see needs_sync
                    self._reset()
                    found = self._matching(query, expression)
                self._recent[expression] = found
                if len(self._recent) > RECENT_RESULTS:
                    self._recent.popitem(last=False)
            self._recent.move_to_end(expression)
            return found

    def _live_ids(self) -> frozenset[str]:
        self.load()
        if self._live is None:
            self._live = frozenset(self._rows)
        return self._live

    def _matching(self, query: str, expression: str) -> AbstractSet[str]:
        """Ask SQLite for the matching rows, or, when most articles are expected to match
        (typing on narrows the last answer), for the rows that do not: handing 100,000 ids
        to Python costs more than finding them."""
        extra = frozenset(self._pending_matches(query))
        if _has_phrase(expression):
            table, restricted, others = "fts", f"body : ({expression})", "mark : a NOT"
        else:
            table, restricted, others = "words", f"({expression})", f'"{_EVERY_ROW}" NOT'
        if not self._loaded:
            rows = self._db.execute(
                f"SELECT docs.article_id FROM {table} JOIN docs ON docs.rowid = {table}.rowid "
                f"WHERE {table} MATCH ?",
                (restricted,),
            )
            return frozenset(article_id for (article_id,) in rows) | extra
        ids = self._ids
        if not self._recent:  # a first query: count before choosing which rows to list
            (count,) = self._db.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (restricted,)
            ).fetchone()
            self._expect_most = count * 2 > len(self._rows)
        if self._expect_most:
            restricted = f"{others} {restricted}"
        rows = self._db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (restricted,))
        listed = frozenset(ids[rowid] for (rowid,) in rows if rowid in ids)
        found = AllBut(self._live_ids(), listed, extra) if self._expect_most else listed | extra
        self._expect_most = len(found) * 2 > len(self._rows)
        return found

    def holding_words(self, words: AbstractSet[str]) -> frozenset[str]:
        """Ids of the articles holding any of ``words`` whole, each a term as the index keeps
        it (:meth:`vocabulary`), not a word's start: a timeline asks which articles can name
        someone, and "le" of Ngo Le Van started words of nearly every text ("leaders"). A
        term of several words (a phrase: "abdel fattah") is held where they stand in turn."""
        phrases = {word for word in words if " " in word}
        asked = [("words", words - phrases, "{}"), ("fts", phrases, "body : ({})")]
        found: set[str] = set()
        with self._lock:
            for table, terms, restricted in asked:
                if not terms:
                    continue
                expression = " OR ".join('"' + t.replace('"', '""') + '"' for t in sorted(terms))
                rows = self._db.execute(
                    f"SELECT docs.article_id FROM {table} JOIN docs ON docs.rowid = {table}.rowid "
                    f"WHERE {table} MATCH ?",
                    (restricted.format(expression),),
                )
                found.update(article_id for (article_id,) in rows)
            for article_id, text in self._pending.items():
                if any(f" {word} " in f"{text} " for word in words):
                    found.add(article_id)
        return frozenset(found)

    def _pending_matches(self, query: str) -> Iterator[str]:
        if self._pending:
            terms = query_terms(query)
            for article_id, text in self._pending.items():
                if all(term in text for term in terms):
                    yield article_id


class AllBut(AbstractSet[str]):
    """Every indexed article but a few (plus some not in the file): the answer to a query
    most articles match, without listing them."""

    def __init__(self, indexed: frozenset[str], excluded: frozenset[str], extra: frozenset[str]):
        self._indexed = indexed
        self._excluded = excluded
        self._extra = extra - indexed

    def __contains__(self, item: object) -> bool:
        return (item in self._indexed and item not in self._excluded) or item in self._extra

    def __iter__(self) -> Iterator[str]:
        yield from (a for a in self._indexed if a not in self._excluded)
        yield from self._extra

    def __len__(self) -> int:
        return len(self._indexed) - len(self._excluded & self._indexed) + len(self._extra)

    def parts(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """(the indexed ids, those of them left out, ids matched outside the index file)."""
        return self._indexed, self._excluded, self._extra

    def among(self, articles: Iterable[Article]) -> list[Article]:
        """The given articles that are in this set, in their order (no call per article)."""
        indexed, excluded, extra = self._indexed, self._excluded, self._extra
        return [a for a in articles if (a.id in indexed and a.id not in excluded) or a.id in extra]


def _open_connection(path: Path | None) -> tuple[sqlite3.Connection, Path | None]:
    """A usable index at ``path`` (replaced if it is not one), else a private temporary one."""
    if path is not None:
        for attempt in range(2):
            try:
                return _connect(path), path
            except sqlite3.OperationalError as error:
                if _busy(error):  # held by a stuck process: leave its file alone
                    break
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        _remove_index_files(path)
            except (sqlite3.Error, OSError):
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        _remove_index_files(path)
    return _connect(None), None


def _connect(path: Path | None) -> sqlite3.Connection:
    """Open (creating if need be) the index file; raise if it is not a usable index of ours."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _refuse_links(path)
    # "" is SQLite's private temporary file, removed when the connection closes.
    db = sqlite3.connect(
        str(path) if path is not None else "", timeout=_BUSY_MS / 1000, check_same_thread=False
    )
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # derived data: losing the tail is harmless
        (application_id,) = db.execute("PRAGMA application_id").fetchone()
        (version,) = db.execute("PRAGMA user_version").fetchone()
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables == 0 and application_id == 0:
            with db:
                for statement in _SCHEMA:
                    db.execute(statement)
                db.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {_FORMAT}")
        elif application_id != _APPLICATION_ID or version != _FORMAT:
            raise sqlite3.DatabaseError("not a diplotui search index of this version")
        db.execute("SELECT count(*) FROM fts WHERE fts MATCH 'diplotui'").fetchone()
    except BaseException:
        db.close()
        raise
    return db


def _busy(error: sqlite3.OperationalError) -> bool:
    """Whether another connection holds the file (as opposed to a damaged or full one)."""
    return "locked" in str(error) or "busy" in str(error)


def _index_files(path: Path) -> tuple[Path, Path, Path]:
    """The index file and the two SQLite keeps beside it in WAL mode."""
    return path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _refuse_links(path: Path) -> None:
    """OSError when the index or one of its SQLite files is a symbolic link: SQLite would
    write through it into the file it names (an empty one would become an index), which is
    someone else's. The caller removes the link and makes a file of its own."""
    for candidate in _index_files(path):
        if candidate.is_symlink():
            raise OSError(errno.ELOOP, "is a symbolic link, not an index file", str(candidate))


def _remove_index_files(path: Path) -> None:
    for candidate in _index_files(path):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _fingerprint(stamps: dict[str, str | None]) -> str:
    """One digest of every article's id and stamp (in the store's order)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update("\x1e".join(f"{a}\x1f{s}" for a, s in stamps.items()).encode("utf-8", "replace"))
    return digest.hexdigest()


def _stamps(store: Store, article_ids: Iterable[str] | None) -> dict[str, str | None]:
    """Each article's stamp (None: no longer in the store), all or only ``article_ids``."""
    if article_ids is None:
        return {article.id: article_stamp(article) for article in store.articles()}
    stamps: dict[str, str | None] = {}
    for article_id in article_ids:
        try:
            stamps[article_id] = article_stamp(store.article(article_id))
        except StoreError:
            stamps[article_id] = None
    return stamps


def _texts(store: Store, article_ids: Iterable[str]) -> Iterator[tuple[str, str, bool]]:
    """(id, title and text ready for the tokenizer, whether the text was read); unreadable
    texts are indexed by title."""
    for article_id in article_ids:
        try:
            article = store.article(article_id)
        except StoreError:  # deleted meanwhile
            continue
        try:
            text, whole = store.article_text(article_id), True
        except ArticleUnreadable:
            text, whole = "", False
        searched = f"{article.title}\n{text}"  # the title as its stamp has it
        yield article_id, _tokenizable(without_surrogates(searched)), whole  # SQLite takes none
