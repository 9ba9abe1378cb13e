"""attack49: a cache file its owner may not read (``chmod 000`` by a hand, a backup tool or
a restore) was read as missing, found again and written back with the same bits (a save
keeps a file's permission bits, as a brief kept private stays so): unreadable again, so
every command found every text's statements again, for good, and said nothing (the save
succeeded). A cache is written so that its owner can read it back."""

from __future__ import annotations

import stat
from pathlib import Path

from diplotui.library.statement_cache import StatementCache
from diplotui.model import Article
from diplotui.paths import cache_dir
from diplotui.store import Store, text_hash

TEXT = "Talks resume\nForeign Minister Anna Lind said that the talks would resume in Geneva.\n"


def test_a_cache_its_owner_could_not_read_is_saved_readable(store_path: Path) -> None:
    with Store.open(store_path) as store:
        digest = text_hash(TEXT)
        store.add_article(Article(id=store.new_article_id(digest), title="Talks resume",
                                  text_hash=digest, source="Test Wire"), TEXT)  # fmt: skip
        StatementCache.load(store).fill(store)
        path = cache_dir(store_path) / StatementCache.FILE_NAME
        path.chmod(0o040)  # the group may read it; its owner may not
        cache = StatementCache.load(store)
        cache._dirty = True  # as a command's fill after a file it could not read
        cache.save()
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o600 == 0o600, oct(mode)
        assert mode & 0o040, "the bits it had are kept"
        assert not StatementCache.load(store).missing(store.articles())
