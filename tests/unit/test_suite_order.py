"""The suite's own order: the files ranked heaviest (given out first under xdist) exist."""

from __future__ import annotations

from tests.conftest import HEAVIEST_FILES, REPO_ROOT


def test_every_file_ranked_heaviest_exists_once():
    """A renamed or removed file would leave its rank empty and its new name unranked, given
    out after every listed file, perhaps last."""
    assert [name for name in HEAVIEST_FILES if not (REPO_ROOT / name).is_file()] == []
    assert len(set(HEAVIEST_FILES)) == len(HEAVIEST_FILES)
