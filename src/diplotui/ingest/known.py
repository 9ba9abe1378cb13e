"""The stored article a text coming in already is, whichever door it came through (a feed,
a saved page, a text file, an export): the same bytes, the same words in another Unicode
form or layout, or a page naming the article's address as its own."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypeVar

from diplotui.inert import inert_words
from diplotui.model import Article
from diplotui.store import ArticleUnreadable, Store, UnknownId, text_hash
from diplotui.text.addresses import article_url, is_web_address
from diplotui.text.same_words import same_story, story_head, story_key, title_key

_Said = TypeVar("_Said", tuple[str, ...], str)


class StoredArticles:
    """Lookups of the library's articles by words and by address, their indexes built on
    the first question from the stored records (no text is read but a candidate's)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._titles: dict[str, list[str]] | None = None
        self._urls: dict[str, str] | None = None
        self._heads: dict[tuple[str, str], tuple[str, ...]] = {}
        self._keys: dict[tuple[str, str], str] = {}

    def add(self, article: Article) -> None:
        """Count an article stored since the indexes were built."""
        if self._titles is not None and (key := title_key(article.title)):
            self._titles.setdefault(key, []).append(article.id)
        if self._urls is not None and is_web_address(article.url.strip()):
            self._urls.setdefault(article_url(article.url), article.id)

    def with_words(self, text: str, title: str, digest: str = "") -> Article | None:
        """The stored article saying the words of ``text`` (headlined ``title``, its hash
        ``digest`` when known): the same bytes, the same composed text, or the same words
        under a headline of the same words (a saved page opens with its headline, the feed's
        text of it does not). Texts are compared by their first words (``story_head``), read
        whole only where those agree, each once: read whole for every stored article of its
        headline, an export of 10,000 took 11 s of its 30."""
        digest = digest or text_hash(text)
        composed = unicodedata.normalize("NFC", text)
        for each in dict.fromkeys((digest, digest if composed == text else text_hash(composed))):
            found = self.store.article_by_hash(each)
            if found is not None:
                return found
        stored = self.store.article_ids()
        titles = self._title_index()
        first_line = text.lstrip().split("\n", 1)[0]
        keys = dict.fromkeys(k for k in (title_key(title), title_key(first_line)) if k)
        ours_head: tuple[str, ...] | None = None
        ours = ""
        for article_id in dict.fromkeys(i for key in keys for i in titles.get(key, ())):
            if article_id not in stored:
                continue  # deleted since
            article = self.store.article(article_id)
            theirs = self._stored(article, self._heads, story_head)
            if ours_head is None:
                ours_head = story_head(text, title)
            if theirs is None or theirs != ours_head:
                continue  # unreadable, or other words from the first: not read whole
            ours = ours or story_key(text, title)
            if ours and ours == self._stored(article, self._keys, story_key):
                return article
        return None

    def _stored(
        self,
        article: Article,
        kept: dict[tuple[str, str], _Said],
        read: Callable[[str, str], _Said],
    ) -> _Said | None:
        """``read(text, title)`` of a stored article (its ``story_head`` or ``story_key``),
        kept by its text's hash and headline (a text replaced since has another hash); None
        when its text cannot be read."""
        key = (article.text_hash, article.title)
        if key not in kept:
            try:
                kept[key] = read(self.store.article_text(article.id), article.title)
            except ArticleUnreadable:
                return None
        return kept[key]

    def story_titled(self, text: str, title: str, date: str) -> Article | None:
        """The stored article of the same headline, dated the same day (or either undated),
        whose text ``text`` is a version of (``same_story``): the feed's text of a story
        and the page saved of it, which names no address the feed gave."""
        stored = self.store.article_ids()
        for article_id in self._title_index().get(title_key(title), ()):
            doc = stored.get(article_id)
            if doc is None:
                continue
            day = str(doc.get("date") or "")[:10]
            if day and date and day != date[:10]:
                continue  # the next issue of a daily briefing, headlined alike
            try:
                other = self.store.article_text(article_id)
            except ArticleUnreadable:
                continue
            if same_story(other, text):
                return self.store.article(article_id)
        return None

    def at_address(self, url: str) -> Article | None:
        """The stored article whose address is ``url`` as addresses are compared (tracking
        parameters, a trailing slash, http or https, "www." and AMP forms aside); None for
        an address that is no web page's (``javascript:``, a file path)."""
        if not url or not is_web_address(url.strip()):
            return None
        article_id = self._url_index().get(article_url(url))
        if article_id is None or article_id not in self.store.article_ids():
            return None
        return self.store.article(article_id)

    def _title_index(self) -> dict[str, list[str]]:
        if self._titles is None:
            self._titles = {}
            for article_id, doc in self.store.article_ids().items():
                if key := title_key(str(doc.get("title") or "")):
                    self._titles.setdefault(key, []).append(article_id)
        return self._titles

    def _url_index(self) -> dict[str, str]:
        if self._urls is None:
            self._urls = {}
            for article_id, doc in self.store.article_ids().items():
                url = str(doc.get("url") or "").strip()
                if is_web_address(url):
                    self._urls.setdefault(article_url(url), article_id)
        return self._urls


def where_from(store: Store, article: Article) -> str:
    """ "already in the library as <id> (from feed <name>)": how a duplicate's line names
    the article it is (the feed only for a feed's article)."""
    said = f"already in the library as {article.id}"
    if article.feed_id:
        try:
            said += f" (from feed {inert_words(store.feed(article.feed_id).display_name)})"
        except UnknownId:  # a feed removed since: its articles stay
            return said
    return said
