"""Web addresses as diplotui compares them: one page whatever its tracking parameters,
trailing slash, scheme, "www." or AMP form (feeds, saved pages and imported files alike)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_CONTROL_CHARACTER = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
CANONICAL_URLS_KEPT = 32_768


def is_web_address(url: str) -> bool:
    """Whether ``url`` is an http(s) address with a host (and a port, if any) that urllib
    reads: ``http://[::1/`` or port 99999 raised ValueError wherever it was looked at. A
    control character anywhere is refused too: httpx raised on it, out of every handler; so
    is a lone surrogate (a byte typed in another encoding than UTF-8, ``feed add`` and
    ``add`` ended in httpx's UnicodeEncodeError)."""
    if _CONTROL_CHARACTER.search(url):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != -1
    except ValueError:
        return False


NOT_A_WEB_ADDRESS = "not a web address (http:// or https://)"


def not_a_web_address(url: str) -> str:
    """Why ``url``, refused by :func:`is_web_address`, is no web address, in a few words:
    an address typed in a terminal set to another encoding than UTF-8 is named so (it was
    "not a web address", though it began "http://"), anything else as none."""
    from diplotui.inert import NOT_UTF8, not_utf8_shown

    if not_utf8_shown(url) is not None:
        return f"holds bytes that are not UTF-8 text ({NOT_UTF8})"
    return NOT_A_WEB_ADDRESS


@lru_cache(maxsize=CANONICAL_URLS_KEPT)
def canonical_url(url: str) -> str:
    """A URL as compared for duplicates: http and https as one, the host in lower case and
    without "www.", default port, fragment, tracking parameters and a trailing slash dropped,
    "." and ".." path segments resolved as a client resolves them before asking.
    A query word without "=" stays: an older CMS's pages are "news.php?101", "news.php?102"
    (dropped, every item of such a feed was one article, its text replaced by each).
    Kept for the URLs seen last: a refresh asks for each of its items' URLs several times,
    and for every stored one twice."""
    parts = urlsplit(url.strip()) if is_web_address(url.strip()) else None
    if parts is None:  # compared as it is (a stored canonical link naming port 99999)
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port if parts.port and parts.port not in (80, 443) else None
    netloc = f"{host}:{port}" if port else host
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(_TRACKING_PARAMS)
        ]
    )
    path = parts.path
    if "/." in path:  # "/./feed.xml", "/news/../feed.xml": the address a client asks for
        path = urlsplit(urljoin("https://h/", path)).path
    path = path.rstrip("/") or "/"
    return urlunsplit(("https", netloc, path, query, ""))


_AMP_PATH = re.compile(r"^/amp(?=/)|/amp/?$|\.amp(?=(?:\.html?)?$)", re.IGNORECASE)
_AMP_QUERY = re.compile(r"^(?:amp=(?:1|true)?|outputtype=amp)$", re.IGNORECASE)


@lru_cache(maxsize=CANONICAL_URLS_KEPT)
def article_url(url: str) -> str:
    """An article's URL as compared for duplicates: ``canonical_url`` of its page, an AMP copy
    taken for the page it copies ("amp." host, "/amp" opening or ending the path, ".amp"
    before the extension, "?amp=1", "?outputType=amp"): a feed linking another's article
    at its AMP address stored it twice."""
    canonical = canonical_url(url)
    if "amp" not in canonical.lower():
        return canonical
    parts = urlsplit(canonical)
    host = parts.netloc.removeprefix("amp.")
    path = _AMP_PATH.sub("", parts.path).rstrip("/") or "/"
    query = "&".join(p for p in parts.query.split("&") if p and not _AMP_QUERY.match(p))
    return urlunsplit((parts.scheme, host, path, query, ""))


def addresses_apart(named: Mapping[str, tuple[str, str]], short: bool = False) -> dict[str, str]:
    """For the feeds of ``named`` (id: name, address) that share a name, what tells each
    apart: its host, or its address (scheme and trailing slash left out) where their hosts
    are alike too; the id where there is no address. Feeds of a name of their own are left
    out: a desk's three "Desk Wire" feeds read alike in every list and line. ``short``: the
    addresses without the folders they share ("gone.xml" for "host/feeds/gone.xml"), for a
    narrow pane."""
    groups: dict[str, list[str]] = {}
    for feed_id, (name, _) in named.items():
        groups.setdefault(name.casefold(), []).append(feed_id)
    apart: dict[str, str] = {}
    for ids in (group for group in groups.values() if len(group) > 1):
        addresses = [named[feed_id][1] for feed_id in ids]
        hosts = [urlsplit(address).netloc for address in addresses]
        shown = hosts if all(hosts) and len(set(hosts)) == len(hosts) else addresses
        wheres = [where.split("://", 1)[-1].rstrip("/") for where in shown]
        if short and shown is addresses and all(wheres) and len(set(wheres)) == len(wheres):
            shared = os.path.commonpath(wheres)  # the folders, not a file name's letters
            wheres = [where[len(shared) :].lstrip("/") or where for where in wheres]
        for feed_id, where in zip(ids, wheres, strict=True):
            apart[feed_id] = where or feed_id
    return apart
