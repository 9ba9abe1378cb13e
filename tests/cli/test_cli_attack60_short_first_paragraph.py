"""A first paragraph under the headline that is a short sentence is the article's first
paragraph, not a byline (attack60).

Any line of 80 characters or fewer under the headline was read as a byline: a date in
"The war began on February 24, 2022." dated the article that day, as stated, not a guess (it
may still be guessed so, marked "?", as an "On July 18" opening is); and
a wire's stamp opening the paragraph after "Talks resumed on Monday." was taken for the
article's own dateline, its date and agency stored as the article's (a dispatch it quotes).
A byline ending in a stop is still one: its words are names, figures or a credit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_byline_source import imported

HEADLINE = "Ceasefire talks in Doha\n\n"
BODY = (
    "Foreign Minister Wang Yi said the talks went well after a long pause in the negotiations "
    "between the two delegations, who will meet again on Thursday.\n"
)


def _imported(store_path: Path, tmp_path: Path, head: str) -> dict[str, object]:
    """The stored article of a text file: the headline, ``head``, then a long paragraph."""
    path = tmp_path / "talks.txt"
    path.write_text(HEADLINE + head + BODY, encoding="utf-8")
    return imported(store_path, path)[1]


@pytest.mark.parametrize(
    "head",
    [
        "The war began on February 24, 2022.\n\n",
        "Talks resumed on Monday.\n\nDOHA, July 20, 2019 (Reuters) — ",
        "Did the envoys agree on July 20, 2019?\n\n",
    ],
)
def test_a_short_sentence_first_dates_nothing_and_names_no_outlet(
    store_path: Path, tmp_path: Path, head: str
) -> None:
    article = _imported(store_path, tmp_path, head)
    assert article["date_is_guess"] or not article["date"], article  # listed "2019-07-20?"
    assert article["source"] == ""


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ("The Star, July 26, 2025\n\n", "2025-07-26"),
        ("20:25 | Lima, Feb. 13, 2025.\n\n", "2025-02-13"),
        ("Posted by Anna Keller on November 28, 2025.\n\n", "2025-11-28"),
        ("Forum Secretariat, Suva.\n\nSUVA, July 20, 2019 — ", "2019-07-20"),
    ],
)
def test_a_byline_ending_in_a_stop_still_dates_the_article(
    store_path: Path, tmp_path: Path, head: str, iso: str
) -> None:
    article = _imported(store_path, tmp_path, head)
    assert (article["date"], article["date_is_guess"]) == (iso, False)
