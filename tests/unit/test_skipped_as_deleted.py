"""A refresh's line of the items it skipped as teammates' deletions stays one short line
however many teammates deleted them: each was named, 40 teammates making a line of 40."""

from __future__ import annotations

from collections import Counter

from diplotui.feeds.refresh import skipped_as_deleted


def test_the_most_frequent_deleters_are_named_and_the_rest_counted():
    deleters = Counter({f"analyst{n:02d}": 1 for n in range(40)} | {"mai": 5, "bob": 3})
    assert skipped_as_deleted(deleters) == (
        "48 skipped: deleted by mai (5), bob (3), analyst00 (1) and 39 others (39)"
    )


def test_one_or_a_few_deleters_are_each_named():
    assert skipped_as_deleted(Counter({"mai": 2})) == "2 skipped: deleted by mai"
    assert skipped_as_deleted(Counter({"mai": 2, "bob": 1})) == (
        "3 skipped: deleted by mai (2), bob (1)"
    )
