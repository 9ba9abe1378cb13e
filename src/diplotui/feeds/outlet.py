"""The outlet a feed's article is cited as from: the publication, not the feed.

A feed's title names the feed, and feeds are mostly sections of a publication: "BBC News -
World", "World news | The Guardian", "NYT > World News", "Reuters: World News", "Al Jazeera –
Breaking News, World News and Video from Al Jazeera", "Latest news | VnExpress International".
Cited as the outlet, "BBC News - World" put the section in every citation, the list's source
column and the exports. The page an item links to usually names its site (``og:site_name``,
or its title's tail: ``ingest.formats``), which is the publication's own name; where an item
has no page (its full text in the feed) or the page names none, the feed's title is cut to the
part that names the publication.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from diplotui.ingest.metadata import is_domain
from diplotui.model import Feed

# what stands between a publication's name and a section's in a feed title
_SEPARATOR = re.compile(r"\s+(?:[-–—|»>:]|::)\s+|:\s+")
# words of a section or a feed's description, never a publication's name on their own
_SECTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """home latest top breaking news stories story headlines world international asia
        europe africa americas middle east pacific politics opinion business economy analysis
        region national local global rss feed channel all articles updates video and from the
        of in""",
    )
)
# the labels of a host that name no publication: "feeds.", "www.", ".com"
_GENERIC_LABELS = frozenset(
    re.findall(r"\S+", "www feeds feed rss news com org net gov edu int co uk au m en english")
)
# a feed's name for itself after the publication's: "Mekong Monitor RSS", "UN News Feed"
_FEED_SUFFIX = re.compile(r"\s+(?:rss(?:\s+feed)?|feed|atom feed)\s*\Z", re.IGNORECASE)


def feed_outlet(feed: Feed, page_site: str = "") -> str:
    """The outlet a new article of ``feed`` is cited as from: the name its subscriber gave the
    feed (``feed add --name``: chosen for citations), else ``page_site``, the site name the
    item's page gives (not a bare host name), else the publication its title names
    (:func:`publication_of`), else the feed's address's host."""
    if feed.name:
        return feed.name
    if page_site and not is_domain(page_site):
        return page_site
    host = urlsplit(feed.site_url or feed.url).hostname or ""
    return publication_of(feed.title, host) or host or feed.url


def publication_of(title: str, host: str = "") -> str:
    """The part of a feed's ``title`` that names its publication: the part naming the site's
    host ("The Guardian" of "World news | The Guardian" at www.theguardian.com), else the
    first that is not a section's words ("BBC News" of "BBC News - World", "VnExpress
    International" of "Latest news | VnExpress International"); a title of one part is
    kept whole, without a trailing "RSS" or "Feed"."""
    parts = [
        _FEED_SUFFIX.sub("", part).strip() for part in _SEPARATOR.split(" ".join(title.split()))
    ]
    parts = [part for part in parts if part]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    named = [part for part in parts if not _sectional(part)]
    labels = [label for label in host.casefold().split(".") if label not in _GENERIC_LABELS]
    for part in named:
        letters = _letters(part)
        if any(label in letters or letters in label for label in labels if len(label) > 2):
            return part
    return named[0] if named else parts[0]


def _letters(text: str) -> str:
    return re.sub(r"\W|_", "", text.casefold())


def _sectional(part: str) -> bool:
    """Whether ``part`` is a section's or a description's words alone ("World News",
    "Latest news", "Breaking News, World News and Video")."""
    words = re.findall(r"[^\W\d_]+", part.casefold())
    return bool(words) and all(word in _SECTION_WORDS for word in words)
