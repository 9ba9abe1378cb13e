"""Incremental full-text search over titles and texts, fast enough for every keystroke.

All articles are folded (case, diacritics, punctuation) into one UTF-8 byte string of
space-separated words, articles separated by NULs, each one's start offset kept in a sorted
list. ``bytes.find`` runs in C at memory speed, and after a hit the scan jumps to the next
article, so a query costs at most one ``find`` per matching article; when the user types on,
only an earlier keystroke's hits are searched again, and backspacing finds recent results.
There is no per-word index to build or update.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable

from diplotui.entities.folding import fold_letters
from diplotui.store import ArticleUnreadable, Store

_SEPARATOR = b"\x00"
RECENT_RESULTS = 64
_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
_NON_WORD_RE = re.compile(r"[\W_]+")
# ASCII letters and digits stay, every other byte becomes a space (bytes.translate is ~30x
# faster than str.translate with a dict).
_ASCII_WORD_TABLE = bytes(c if chr(c).isalnum() and c < 128 else 32 for c in range(256))


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


def indexable_text(store: Store, article_id: str) -> str:
    """The article's text, or "" when it is unreadable: one bad body must not stop indexing
    the library (opening the article says what is wrong, and ``doctor`` reports it)."""
    try:
        return store.article_text(article_id)
    except ArticleUnreadable:
        return ""


class SearchIndex:
    """Folded titles and texts of every article, searchable by word prefix (AND of terms).

    Build it off the UI thread with :meth:`build`; keep it current with :meth:`add` and
    :meth:`remove` (cheap: the joined corpus is rebuilt lazily on the next search).
    """

    def __init__(self) -> None:
        self._segments: dict[str, bytes] = {}
        self._ids: list[str] = []
        self._starts: list[int] = [0]
        self._corpus = b""
        self._dirty = False
        self._lock = threading.Lock()
        self._recent: OrderedDict[tuple[bytes, ...], list[int]] = OrderedDict()

    @classmethod
    def build(
        cls, store: Store, should_stop: Callable[[], bool] = lambda: False
    ) -> SearchIndex | None:
        """Index every article of ``store`` (reads every text: run it in a worker thread).

        Returns None when ``should_stop`` says so midway, e.g. because the app is quitting.
        """
        index = cls()
        for count, article in enumerate(store.articles()):
            if count % 100 == 0 and should_stop():
                return None
            index.add(article.id, article.title, indexable_text(store, article.id))
        index._join()
        return index

    def __len__(self) -> int:
        return len(self._segments)

    def add(self, article_id: str, title: str, text: str) -> None:
        """Index (or re-index) one article."""
        segment = _word_bytes(title) + _word_bytes(text)
        with self._lock:
            self._segments[article_id] = segment
            self._dirty = True

    def remove(self, article_id: str) -> None:
        with self._lock:
            if self._segments.pop(article_id, None) is not None:
                self._dirty = True

    def _join(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            self._ids = list(self._segments)
            starts = [0]
            for segment in self._segments.values():
                starts.append(starts[-1] + len(segment) + 1)
            self._starts = starts
            self._corpus = _SEPARATOR.join(self._segments.values()) + _SEPARATOR
            self._dirty = False
            self._recent.clear()

    def search(self, query: str) -> list[str]:
        """Ids of the articles containing every term of ``query`` (all ids for no terms)."""
        self._join()
        terms = [t.encode("utf-8", "surrogatepass") for t in query_terms(query)]
        if not terms:
            return list(self._ids)
        terms.sort(key=len, reverse=True)  # the longest term is likely the rarest
        key = tuple(terms)
        hits = self._recent.get(key)
        if hits is None:
            base = self._narrowest_superset(terms)
            if base is not None:
                hits = self._filter(base, terms)  # typing on only narrows an earlier result
            else:
                hits = self._filter(self._scan(terms[0]), terms[1:])
            self._recent[key] = hits
            if len(self._recent) > RECENT_RESULTS:
                self._recent.popitem(last=False)
        self._recent.move_to_end(key)
        return [self._ids[slot] for slot in hits]

    def _narrowest_superset(self, terms: list[bytes]) -> list[int] | None:
        """The smallest recent result that must contain this query's (backspacing reuses it)."""
        best = None
        for old_terms, hits in self._recent.items():
            covers = all(any(old in new for new in terms) for old in old_terms)
            if covers and (best is None or len(hits) < len(best)):
                best = hits
        return best

    def _scan(self, term: bytes) -> list[int]:
        corpus, starts = self._corpus, self._starts
        hits = []
        position = corpus.find(term)
        while position != -1:
            slot = bisect_right(starts, position) - 1
            hits.append(slot)
            position = corpus.find(term, starts[slot + 1])
        return hits

    def _filter(self, slots: list[int], terms: list[bytes]) -> list[int]:
        corpus, starts = self._corpus, self._starts
        for term in terms:
            slots = [s for s in slots if corpus.find(term, starts[s], starts[s + 1]) != -1]
        return slots
