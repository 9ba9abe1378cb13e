"""The bundled seeds cite where they were published (newuser64): both are real World & Vietnam
Report articles, but their sidecars named no address, so every quote copied from a first run's
library, in every style, and the brief built from it, cited a page no reader could find.
Their sidecars now give each article's address on en.baoquocte.vn, and a first run stores it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_main

ADDRESSES = {
    "Enhancing capacity of people's organizations to carry out external relations work": (
        "https://en.baoquocte.vn/enhancing-capacity-of-peoples-organizations-to-carry-out-"
        "external-relations-work-321754.html"
    ),
    "Secretariat Standing Member Tran Cam Tu underscores people-to-people diplomacy as key "
    "component of strategy for national development, safeguarding": (
        "https://en.baoquocte.vn/secretariat-standing-member-tran-cam-tu-underscores-people-to-"
        "people-diplomacy-as-key-component-of-strategy-for-national-development-safeguarding-"
        "341405.html"
    ),
}
FIRST_WORDS = "Deputy Minister of Foreign Affairs Ngo Le Van attended and delivered the opening"


def first_run(store_path: Path) -> list[dict[str, object]]:
    """The articles a first run's ``list --json`` shows: the seeds, stored by that run."""
    listed = run_main("--db", str(store_path), "list", "--json")
    assert listed.returncode == 0, listed
    articles: list[dict[str, object]] = json.loads(listed.stdout)
    return articles


def test_a_first_run_stores_each_seeds_address(store_path: Path) -> None:
    assert {str(a["title"]): a["url"] for a in first_run(store_path)} == ADDRESSES


@pytest.mark.parametrize("style", ["plain", "markdown", "chicago", "apa"])
def test_a_quote_of_a_seed_cites_its_address_in_every_style(store_path: Path, style: str) -> None:
    (seed,) = (a for a in first_run(store_path) if str(a["title"]).startswith("Enhancing"))
    db = ("--db", str(store_path))
    made = run_main(*db, "highlight", str(seed["id"]), "--quote", FIRST_WORDS)
    assert made.returncode == 0, made
    quoted = run_main(*db, "quote", made.stdout.split()[-1], "--style", style)
    assert quoted.returncode == 0, quoted
    assert ADDRESSES[str(seed["title"])] in quoted.stdout, quoted.stdout


def test_the_brief_of_both_seeds_gives_each_its_address(store_path: Path) -> None:
    db = ("--db", str(store_path))
    for seed in first_run(store_path):
        noted = run_main(*db, "note", str(seed["id"]), "to brief")
        assert noted.returncode == 0, noted
    brief = run_main(*db, "export", "--format", "markdown")
    assert brief.returncode == 0, brief
    for address in ADDRESSES.values():
        assert f"- URL: <{address}>" in brief.stdout, brief.stdout
