"""A feed's article is cited as from its publication, not from the feed: the title of a feed
is mostly a section's ("BBC News - World"), cut here to the part naming the publication, as
real feeds title themselves."""

from __future__ import annotations

import pytest

from diplotui.feeds.outlet import feed_outlet, publication_of
from diplotui.model import Feed


@pytest.mark.parametrize(
    ("title", "host", "publication"),
    [
        ("BBC News - World", "feeds.bbci.co.uk", "BBC News"),
        ("BBC News - Asia", "feeds.bbci.co.uk", "BBC News"),
        ("World news | The Guardian", "www.theguardian.com", "The Guardian"),
        ("NYT > World News", "rss.nytimes.com", "NYT"),
        ("Reuters: World News", "www.reuters.com", "Reuters"),
        (
            "Al Jazeera – Breaking News, World News and Video from Al Jazeera",
            "www.aljazeera.com",
            "Al Jazeera",
        ),
        ("Latest news | VnExpress International", "e.vnexpress.net", "VnExpress International"),
        ("UN News - Global perspective Human stories", "news.un.org", "UN News"),
        ("The Diplomat – Asia-Pacific Current Affairs Magazine", "thediplomat.com", "The Diplomat"),
        ("Asia | Asia Times", "asiatimes.com", "Asia Times"),
        ("Mekong Monitor RSS", "mekong.example", "Mekong Monitor"),
        ("UN News Wire", "127.0.0.1", "UN News Wire"),
        ("Hindustan Times", "www.hindustantimes.com", "Hindustan Times"),
        ("Xinhua — World", "english.news.cn", "Xinhua"),
        ("World", "example.org", "World"),
        ("", "example.org", ""),
    ],
)
def test_a_feed_title_names_its_publication(title: str, host: str, publication: str) -> None:
    assert publication_of(title, host) == publication


def test_the_subscribers_name_then_the_page_s_site_then_the_title() -> None:
    feed = Feed(
        id="f1", url="https://feeds.bbci.co.uk/news/world/rss.xml", title="BBC News - World"
    )
    assert feed_outlet(feed) == "BBC News"
    assert feed_outlet(feed, "BBC") == "BBC"  # the page's own site name
    assert feed_outlet(feed, "bbc.co.uk") == "BBC News"  # a host is no name
    named = Feed(id="f2", url=feed.url, title=feed.title, name="BBC World desk")
    assert feed_outlet(named, "BBC") == "BBC World desk"  # ``feed add --name``: chosen
    untitled = Feed(id="f3", url="https://mekong.example/feed.xml")
    assert feed_outlet(untitled) == "mekong.example"
