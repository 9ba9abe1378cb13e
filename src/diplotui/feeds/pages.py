"""Web pages as articles: fetched politely, extracted by trafilatura from the fetched bytes,
and told apart from what the library holds (same canonical URL, or same text)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from diplotui.feeds.fetch import Fetcher, FetchError, FetchPolicy
from diplotui.feeds.parse import published_by_now
from diplotui.feeds.workers import ParsingWorker
from diplotui.ingest import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    UPDATED,
    ImportOutcome,
    ImportReport,
)
from diplotui.ingest.decode import IngestError
from diplotui.ingest.formats import ParsedDocument, parse_html_page
from diplotui.ingest.known import StoredArticles, where_from
from diplotui.ingest.report import lacking_citation
from diplotui.ingest.update import apply_update, new_article
from diplotui.model import Article, Feed
from diplotui.store import Store, text_hash
from diplotui.tags import TagError, add_tags, spelt_as_in_use
from diplotui.text.addresses import article_url, is_web_address, not_a_web_address


class PageError(Exception):
    """A page that gave no article; the message is the reason, fit for one line."""


def stored_urls(store: Store) -> list[tuple[str, str, str]]:
    """Every article's (id, URL, text hash), read from the documents (no article objects are
    made)."""
    return [
        (key, doc.get("url") or "", doc.get("text_hash") or "")
        for key, doc in store.article_ids().items()
    ]


@dataclass(slots=True)
class KnownArticles:
    """The library's articles by canonical URL and by text hash, built once per run from the
    stored documents (no article objects are made: 10,000 articles take a few milliseconds)."""

    by_url: dict[str, str] = field(default_factory=dict)
    by_hash: dict[str, str] = field(default_factory=dict)
    words: StoredArticles | None = None  # by headline, for texts in another form or layout

    @classmethod
    def of(cls, store: Store) -> KnownArticles:
        return cls.from_urls(stored_urls(store))

    @classmethod
    def from_urls(cls, known: list[tuple[str, str, str]]) -> KnownArticles:
        """From (article id, URL, text hash) triples: the canonical forms cost ~10 µs each,
        so a caller that must not hold the store long reads them and builds this elsewhere."""
        return cls(
            {article_url(url): key for key, url, _digest in known if url},
            {digest: key for key, _url, digest in known if digest},
        )

    def find(self, store: Store, doc: ParsedDocument, *urls: str) -> Article | None:
        """The stored article with the same canonical URL (the page's or any of ``urls``) or
        the same text, if there is one. An article stored since this was built is found by
        its text too: its id is its text hash's prefix."""
        stored = store.article_ids()
        for url in (doc.url, *urls):
            article_id = self.by_url.get(article_url(url)) if url else None
            if article_id is not None and article_id in stored:
                return store.article(article_id)
        return self.find_text(store, doc.text)

    def find_text(self, store: Store, text: str) -> Article | None:
        """The stored article with ``text``, if there is one."""
        stored = store.article_ids()
        digest = text_hash(text)
        for article_id in (self.by_hash.get(digest, ""), digest[:12]):
            found = stored.get(article_id)
            if found is not None and found.get("text_hash") == digest:
                return store.article(article_id)
        return None

    def find_words(self, store: Store, doc: ParsedDocument) -> Article | None:
        """The stored article saying ``doc``'s words in another Unicode form or layout ("ể"
        composed or as "e" and two marks; a saved page's headline opening the text, which a
        feed's text of the page leaves out)."""
        return self._stored(store).with_words(doc.text, doc.title)

    def story_titled(self, store: Store, doc: ParsedDocument) -> Article | None:
        """The stored article of ``doc``'s headline and day whose text ``doc``'s is a
        version of (``StoredArticles.story_titled``)."""
        return self._stored(store).story_titled(doc.text, doc.title, doc.date)

    def _stored(self, store: Store) -> StoredArticles:
        if self.words is None or self.words.store is not store:
            self.words = StoredArticles(store)
        return self.words

    def add(self, article: Article, *urls: str) -> None:
        for url in (article.url, *urls):
            if url:
                self.by_url[article_url(url)] = article.id
        self.by_hash[article.text_hash] = article.id
        if self.words is not None:
            self.words.add(article)


def names_a_page(url: str) -> bool:
    """Whether ``url`` is a page of its site, not its front page (which items may share)."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.path.strip("/") or parts.query) != ""


async def fetch_page(
    fetcher: Fetcher, url: str, worker: ParsingWorker, origin: str = ""
) -> ParsedDocument:
    """The article on the page at ``url`` (an item of the feed at ``origin``); PageError
    naming why there is none.

    The URL the page calls canonical (else where redirects led) becomes the article's URL;
    a date the page only suggests is dropped (a citation never carries a guessed date), and
    one after tomorrow (no day it was published on).
    """
    try:
        response = await fetcher.get(url, origin=origin)
    except FetchError as error:
        raise PageError(str(error)) from None
    try:
        doc = await worker.run(parse_html_page, response.content, response.charset)
    except IngestError as error:
        raise PageError(f"no article extracted ({error})") from None
    except Exception as error:  # an extractor bug on hostile bytes fails this page alone
        raise PageError(f"no article extracted ({type(error).__name__}: {error})") from None
    doc.fetched_from = response.url
    if not names_a_page(doc.url) and names_a_page(response.url):
        doc.url = response.url  # no canonical link, or one naming the site's home page
    if doc.date_is_guess or not published_by_now(doc.date):
        doc.date, doc.date_is_guess = "", False
    return doc


def fetch_pages(urls: list[str], policy: FetchPolicy | None = None) -> list[ParsedDocument | str]:
    """Each page's article, or the reason (one line) there is none; the network only, so
    the store need not be open meanwhile."""
    return asyncio.run(_fetch_pages(urls, policy or FetchPolicy()))


async def _fetch_pages(urls: list[str], policy: FetchPolicy) -> list[ParsedDocument | str]:
    worker = ParsingWorker(ThreadPoolExecutor(1, thread_name_prefix="diplotui-extract"))
    try:
        async with Fetcher(policy) as fetcher:
            return list(
                await asyncio.gather(*(fetch_page_or_reason(fetcher, url, worker) for url in urls))
            )
    finally:
        worker.shutdown()


def store_pages(
    store: Store,
    urls: list[str],
    pages: list[ParsedDocument | str],
    *,
    update: bool = False,
    tags: list[str] | None = None,
) -> ImportReport:
    """Store each fetched page's article, as ``import`` stores a file: a page already stored
    (same canonical URL or text) is a duplicate, or with a changed text is reported as changed
    (``update`` applies it, highlights re-anchored). A failed page changes nothing."""
    known = KnownArticles.of(store)
    report = ImportReport()
    tags = spelt_as_in_use(tags, tags_in_use(store)) if tags else []
    with store.batch():
        for url, page in zip(urls, pages, strict=True):
            if isinstance(page, str):
                report.outcomes.append(_failed_page(url, page))
                continue
            page.source = page.source or (urlsplit(page.url).hostname or "")
            report.outcomes.append(_store_page(store, known, url, page, update, tags or []))
    return report


def failed_pages(urls: list[str], reasons: list[ParsedDocument | str]) -> ImportReport | None:
    """The report of pages none of which was fetched (each a reason), made without the store,
    so a new one is not seeded to say so; None when one of them was."""
    if not all(isinstance(reason, str) for reason in reasons):
        return None
    return ImportReport(
        [_failed_page(url, str(reason)) for url, reason in zip(urls, reasons, strict=True)]
    )


def _failed_page(url: str, reason: str) -> ImportOutcome:
    return ImportOutcome(url, FAILED, reason=reason)


def tags_in_use(store: Store, feeds: Iterable[Feed] | None = None) -> list[str]:
    """The library's tags, each in its spelling there (articles', highlights', then those of
    ``feeds``, by default the store's): what a tag typed for a feed or a page is spelt as
    (``tags.spelt_as_in_use``)."""
    feeds = store.feeds() if feeds is None else feeds
    return [*store.tag_counts(), *(tag for feed in feeds for tag in feed.tags)]


async def fetch_page_or_reason(
    fetcher: Fetcher, url: str, worker: ParsingWorker, origin: str = ""
) -> ParsedDocument | str:
    """The article on the page at ``url`` (an item of the feed at ``origin``), or the reason
    (one line) there is none."""
    if not is_web_address(url.strip()):
        return not_a_web_address(url)
    try:
        return await fetch_page(fetcher, url.strip(), worker, origin)
    except PageError as error:
        return str(error)


def _store_page(
    store: Store,
    known: KnownArticles,
    url: str,
    doc: ParsedDocument,
    update: bool,
    tags: list[str],
) -> ImportOutcome:
    existing = known.find(store, doc, url)
    if existing is None and (same := known.find_words(store, doc)) is not None:
        outcome = ImportOutcome(url, DUPLICATE, same.id, same.title, where_from(store, same))
        tagged = _tag_stored(store, same.id, tags)
        outcome.reason = ", ".join(part for part in (outcome.reason, tagged) if part)
        return outcome
    if existing is not None:
        if existing.text_hash == text_hash(doc.text):
            outcome = ImportOutcome(url, DUPLICATE, existing.id, existing.title, "already stored")
        elif not _fetched_as(existing, url, doc):
            claimed = f'article {existing.id} "{existing.title}"'
            not_done = "not updated" if update else "not stored"
            reason = f"names the canonical address of {claimed}; {not_done}"
            return ImportOutcome(url, FAILED, reason=reason)
        elif not update:
            reason = "the page changed since it was saved (use --update to apply)"
            outcome = ImportOutcome(url, CHANGED, existing.id, existing.title, reason)
        else:
            lost = apply_update(store, existing, doc).said()
            said = "; ".join(part for part in (doc.said, lost) if part)
            outcome = ImportOutcome(url, UPDATED, existing.id, existing.title, said)
        tagged = _tag_stored(store, existing.id, tags)
        outcome.reason = ", ".join(part for part in (outcome.reason, tagged) if part)
        return outcome
    article = new_article(store, doc, text_hash(doc.text), list(tags), origin_path=url.strip())
    store.add_article(article, doc.text)
    known.add(article, url)
    uncited = lacking_citation(article.source, article.date)
    named = doc.latest_year_named()
    return ImportOutcome(url, IMPORTED, article.id, article.title, doc.said, uncited, named)


def _fetched_as(article: Article, url: str, doc: ParsedDocument) -> bool:
    """Whether the page at ``url`` may update ``article``: it was fetched at the article's
    address or at the one it was saved from (asked for or redirected to), or it names the
    article's address as its canonical link on the site it came from. Any page may put
    any address in its canonical link: one naming another site's stored article replaced
    that article's text with its own."""
    fetched = {article_url(address) for address in (url.strip(), doc.fetched_from) if address}
    own = {article_url(address) for address in (article.url, article.origin_path) if address}
    if fetched & own:
        return True
    site = urlsplit(article_url(doc.url)).netloc
    return article_url(doc.url) in own and site in {urlsplit(f).netloc for f in fetched}


def _tag_stored(store: Store, article_id: str, tags: list[str]) -> str:
    """Give a page saved before the tags asked for now (``add URL --tag`` on it again is
    how a user tags it), and say which were new: "tagged #x", "" for none."""
    article = store.article(article_id)
    new = [tag for tag in tags if tag not in article.tags]
    if not new:
        return ""
    try:
        merged = add_tags(article.tags, new)
    except TagError as error:
        return f"not tagged: {error}"
    store.with_updates(article, tags=merged)
    return "tagged " + " ".join(f"#{tag}" for tag in new)
