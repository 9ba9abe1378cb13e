"""A teammate's text whose bytes encode a lone surrogate (ED A0 80, no UTF-8): every entry
point replaces such a character, and a shared text cannot be changed (its name is its
hash), so the sync refuses it by name instead of storing a text ``doctor`` calls damaged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from diplotui.doctor import diagnose
from diplotui.share import files
from tests.sharing import git_identity, shared_copies
from tests.unit.test_share import add_highlight, article_ids, desk, refused, state
from tests.unit.test_share_hostile import push_from_a_clone

__all__ = ["desk", "git_identity", "shared_copies"]  # fixtures

TEXT = b"Foreign Minister Sergey Lavrov said the talks \xed\xa0\x80 would resume in Geneva.\n"


def test_a_text_encoding_a_lone_surrogate_is_refused_by_name(desk, tmp_path: Path):
    """It came in as "1 new article"; the store kept its bytes, and ``doctor`` then said
    "1 article text(s) not UTF-8 at byte 46 ...: re-import those articles from their files"
    of an article no file of this library holds."""
    first, _, _ = article_ids()
    digest = hashlib.sha256(TEXT).hexdigest()
    place = files.text_path(digest)

    def plant(tree: Path) -> None:
        (tree / place).parent.mkdir(parents=True, exist_ok=True)
        (tree / place).write_bytes(TEXT)
        record = json.loads((tree / files.article_path(first)).read_text())
        record.update(id=digest[:12], text_hash=digest, title="Talks resume")
        (tree / files.article_path(digest[:12])).parent.mkdir(parents=True, exist_ok=True)
        (tree / files.article_path(digest[:12])).write_text(json.dumps(record))

    push_from_a_clone(desk["remote"], tmp_path / "peer", plant)
    add_highlight(desk["mai"], first, "keep talking")
    line = refused(desk["mai"], "mai")
    assert place in line and "not UTF-8 at byte 46" in line, line
    assert digest[:12] not in state(desk["mai"])["articles"]
    assert not [f for f in diagnose(desk["mai"]).findings if f.severity == "error"]
