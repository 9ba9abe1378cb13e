"""Web pages as articles: fetched politely, extracted by trafilatura from the fetched bytes,
and told apart from what the library holds (same canonical URL, or same text)."""

from __future__ import annotations

import asyncio
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from diplotui.feeds.fetch import Fetcher, FetchError, FetchPolicy
from diplotui.ingest.decode import IngestError
from diplotui.ingest.formats import ParsedDocument, parse_html_page
from diplotui.ingest.report import (
    CHANGED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    UPDATED,
    ImportOutcome,
    ImportReport,
)
from diplotui.ingest.update import apply_update
from diplotui.model import Article
from diplotui.store import Store, text_hash

_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


class PageError(Exception):
    """A page that gave no article; the message is the reason, fit for one line."""


def canonical_url(url: str) -> str:
    """A URL as compared for duplicates: scheme and host in lower case, default port, fragment,
    tracking parameters and a trailing slash dropped."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port and parts.port not in (80, 443) else None
    netloc = f"{host}:{port}" if port else host
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(_TRACKING_PARAMS)]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


@dataclass(slots=True)
class KnownArticles:
    """The library's articles by canonical URL, built once per run from the stored documents
    (no article objects are made: 10,000 articles take a few milliseconds)."""

    by_url: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, store: Store) -> KnownArticles:
        docs = store.article_ids()
        by_url = {canonical_url(doc["url"]): key for key, doc in docs.items() if doc.get("url")}
        return cls(by_url)

    def find(self, store: Store, doc: ParsedDocument, *urls: str) -> Article | None:
        """The stored article with the same canonical URL (the page's or any of ``urls``) or
        the same text, if there is one."""
        from diplotui.store import text_hash

        for url in (doc.url, *urls):
            article_id = self.by_url.get(canonical_url(url)) if url else None
            if article_id is not None and article_id in store.article_ids():
                return store.article(article_id)
        return store.article_by_hash(text_hash(doc.text))

    def add(self, article: Article, *urls: str) -> None:
        for url in (article.url, *urls):
            if url:
                self.by_url[canonical_url(url)] = article.id


def _names_a_page(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.path.strip("/") or parts.query) != ""


async def fetch_page(fetcher: Fetcher, url: str, extractor: Executor) -> ParsedDocument:
    """The article on the page at ``url``; PageError naming why there is none.

    The URL the page calls canonical (else where redirects led) becomes the article's URL;
    a date the page only suggests is dropped (a citation never carries a guessed date).
    """
    try:
        response = await fetcher.get(url)
    except FetchError as error:
        raise PageError(str(error)) from None
    loop = asyncio.get_running_loop()
    try:
        doc = await loop.run_in_executor(
            extractor, parse_html_page, response.content, response.charset
        )
    except IngestError as error:
        raise PageError(f"no article extracted ({error})") from None
    if not _names_a_page(doc.url) and _names_a_page(response.url):
        doc.url = response.url  # no canonical link, or one naming the site's home page
    if doc.date_is_guess:
        doc.date, doc.date_is_guess = "", False
    return doc


def save_pages(
    store: Store,
    urls: list[str],
    *,
    update: bool = False,
    tags: list[str] | None = None,
    policy: FetchPolicy | None = None,
) -> ImportReport:
    """Fetch each page and store its article, as ``import`` stores a file: a page already
    stored (same canonical URL or text) is a duplicate, or with a changed text is reported as
    changed (``update`` applies it, highlights re-anchored). A failure changes nothing."""
    return asyncio.run(_save_pages(store, urls, update, tags or [], policy or FetchPolicy()))


async def _save_pages(
    store: Store, urls: list[str], update: bool, tags: list[str], policy: FetchPolicy
) -> ImportReport:
    known = KnownArticles.of(store)
    with ThreadPoolExecutor(2, thread_name_prefix="diplotui-extract") as extractor:
        async with Fetcher(policy) as fetcher:
            docs = await asyncio.gather(*(_page_or_error(fetcher, url, extractor) for url in urls))
    report = ImportReport()
    with store.batch():
        for url, doc in zip(urls, docs, strict=True):
            if isinstance(doc, str):
                report.outcomes.append(ImportOutcome(url, FAILED, reason=doc))
                continue
            doc.source = doc.source or (urlsplit(doc.url).hostname or "")
            report.outcomes.append(_store_page(store, known, url, doc, update, tags))
    return report


async def _page_or_error(fetcher: Fetcher, url: str, extractor: Executor) -> ParsedDocument | str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not a web address (http:// or https://)"
    try:
        return await fetch_page(fetcher, url.strip(), extractor)
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
    if existing is not None:
        if existing.text_hash == text_hash(doc.text):
            return ImportOutcome(url, DUPLICATE, existing.id, existing.title, "already stored")
        if not update:
            reason = "the page changed since it was saved (use --update to apply)"
            return ImportOutcome(url, CHANGED, existing.id, existing.title, reason)
        apply_update(store, existing, doc)
        return ImportOutcome(url, UPDATED, existing.id, existing.title)
    digest = text_hash(doc.text)
    article = Article(
        id=store.new_article_id(digest),
        title=doc.title,
        text_hash=digest,
        source=doc.source,
        url=doc.url,
        author=doc.author,
        date=doc.date,
        tags=list(tags),
    )
    store.add_article(article, doc.text)
    known.add(article, url)
    return ImportOutcome(url, IMPORTED, article.id, article.title)
