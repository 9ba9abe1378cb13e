"""Two countries' ministries named alike are two speakers (issue 17; invented articles).

"Ministry of Foreign Affairs" spoke for Vietnam in one article and for Malaysia in another:
keyed by name across the library, ``statements --speaker`` and the timeline made them one
speaker, and a listing line did not say whose ministry spoke. Each is now shown with the
country its article names it with; the generic name typed still finds both."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

VIETNAM = (
    "---\ntitle: Vietnam on the East Sea\nsource: VietnamPlus\ndate: 2025-09-10\n---\n"
    "Vietnam on the East Sea\n"
    "Vietnam's Ministry of Foreign Affairs held a press briefing in Hanoi on Thursday.\n"
    "The Ministry of Foreign Affairs said that the survey ship had violated Vietnam's waters.\n"
)
MALAYSIA = (
    "---\ntitle: Malaysia summons envoy\nsource: The Star\ndate: 2025-09-12\n---\n"
    "Malaysia summons envoy\n"
    "The Malaysian foreign ministry summoned the envoy on Friday.\n"
    "The Ministry of Foreign Affairs said that the patrol had entered Malaysian waters.\n"
)
NO_COUNTRY = (
    "---\ntitle: Briefing\nsource: Wire\ndate: 2025-09-14\n---\n"
    "Briefing\n"
    "The Ministry of Foreign Affairs said that the talks would resume.\n"
)
TWO_COUNTRIES = (
    "---\ntitle: Two ministries\nsource: Wire\ndate: 2025-09-15\n---\n"
    "Two ministries\n"
    "Vietnam's Foreign Ministry and Malaysia's Foreign Ministry met in Hanoi.\n"
    "The Foreign Ministry said that the meeting went well.\n"
)
PAKISTAN_OWNED = (
    "---\ntitle: Strikes condemned\nsource: Dawn\ndate: 2025-05-07\n---\n"
    "Strikes condemned\n"
    "Pakistan's foreign ministry said that the strikes were a violation of its sovereignty.\n"
)
PAKISTAN = (
    "---\ntitle: Envoy summoned\nsource: Dawn\ndate: 2025-05-08\n---\n"
    "Envoy summoned\n"
    "Pakistan's Ministry of Foreign Affairs summoned the Indian envoy on Thursday.\n"
    "The Ministry of Foreign Affairs said that Pakistan would respond at a time of its choosing.\n"
)


def _library(tmp_path: Path) -> str:
    db = str(tmp_path / "s.json")
    texts = {"vn.md": VIETNAM, "my.md": MALAYSIA, "none.md": NO_COUNTRY, "two.md": TWO_COUNTRIES}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert cli("--db", db, "import", str(tmp_path / name)).returncode == 0
    return db


def _speakers(db: str, *args: str) -> list[str]:
    result = cli("--db", db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return sorted(record["listed_as"] for record in json.loads(result.stdout))


def test_each_countrys_ministry_is_a_speaker_of_its_own(tmp_path: Path) -> None:
    db = _library(tmp_path)
    # the generic name typed: every such ministry, each named with its country where known
    assert _speakers(db, "statements", "--speaker", "Ministry of Foreign Affairs") == [
        "Ministry of Foreign Affairs",
        "Ministry of Foreign Affairs (Malaysia)",
        "Ministry of Foreign Affairs (Vietnam)",
    ]
    assert _speakers(db, "statements", "--speaker", "Ministry of Foreign Affairs (Vietnam)") == [
        "Ministry of Foreign Affairs (Vietnam)"
    ]
    # two countries' ministries in one article: whose spoke is not guessed
    assert _speakers(db, "statements", "--speaker", '"Foreign Ministry"') == ["Foreign Ministry"]


def test_a_listing_line_says_whose_ministry_spoke(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "vietnam")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert "Ministry of Foreign Affairs (Vietnam) said that the survey ship" in lines[0]


def test_a_ministrys_timeline_is_of_its_country_alone(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "timeline", "Ministry of Foreign Affairs (Malaysia)", "--json")
    assert result.returncode == 0, result.stderr
    assert {entry["speaker"] for entry in json.loads(result.stdout)} == {
        "Ministry of Foreign Affairs (Malaysia)"
    }


def test_a_ministry_named_with_its_country_is_that_countrys_ministry(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    for name, text in {"owned.md": PAKISTAN_OWNED, "pk.md": PAKISTAN}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert cli("--db", db, "import", str(tmp_path / name)).returncode == 0
    # "Pakistan's foreign ministry" and the article's "Ministry of Foreign Affairs": one body
    assert _speakers(db, "statements", "--speaker", "pakistan") == [
        "Ministry of Foreign Affairs (Pakistan)",
        "Ministry of Foreign Affairs (Pakistan)",
    ]
    assert (
        _speakers(db, "statements", "--speaker", "Ministry of Foreign Affairs (Pakistan)")
        == ["Ministry of Foreign Affairs (Pakistan)"] * 2
    )
