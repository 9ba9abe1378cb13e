"""Names told apart by their diacritics are two people: Lê Văn Thành and Lê Văn Thạnh.

"Diacritics optional" lets a user type "le van thanh" for either; it must not make the two men
one speaker once the marks are typed, nor one timeline."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli_library import cli

THANH = (
    "---\ntitle: Provincial leaders meet investors\nsource: Tuoi Tre News\ndate: 2025-09-10\n---\n"
    "Provincial leaders meet investors\n"
    "Chairman of the Quang Nam People's Committee Lê Văn Thành met investors.\n"
    "Thành said the province would cut red tape for foreign investors.\n"
)
THANH_WITH_A_DOT = (
    "---\ntitle: Port expansion approved\nsource: VietnamPlus\ndate: 2025-09-12\n---\n"
    "Port expansion approved\n"
    "Deputy Minister of Transport Lê Văn Thạnh said the port expansion"
    " would be completed by 2027.\n"
)
UNMARKED = (
    "---\ntitle: Ports and provinces\nsource: Reuters\ndate: 2025-09-14\n---\n"
    "Ports and provinces\n"
    "Official Le Van Thanh said investors were welcome.\n"
)


def _library(tmp_path: Path) -> str:
    db = str(tmp_path / "s.json")
    for name, text in (("a.md", THANH), ("b.md", THANH_WITH_A_DOT), ("c.md", UNMARKED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert cli("--db", db, "import", str(tmp_path / name)).returncode == 0
    return db


def _said(db: str, *args: str) -> list[str]:
    result = cli("--db", db, *args, "--json")
    assert result.returncode == 0, result.stderr
    return [record["text"] for record in json.loads(result.stdout)]


def test_a_name_typed_with_its_marks_names_that_spelling_and_unmarked_ones(tmp_path: Path) -> None:
    db = _library(tmp_path)
    port, red_tape, welcome = (
        "the port expansion would be completed by 2027",
        "the province would cut red tape for foreign investors",
        "investors were welcome",
    )
    # without marks: either man, and the spelling without any
    assert sorted(_said(db, "statements", "--speaker", "le van thanh")) == sorted(
        [port, red_tape, welcome]
    )
    # with them: that man, and the outlet that dropped every mark (it may be either)
    assert sorted(_said(db, "statements", "--speaker", "Lê Văn Thành")) == sorted(
        [red_tape, welcome]
    )
    assert sorted(_said(db, "statements", "--speaker", '"Lê Văn Thạnh"')) == sorted([port, welcome])
    # a word cut short, too
    assert sorted(_said(db, "statements", "--speaker", "Thạ")) == sorted([port, welcome])


def test_a_timeline_of_a_marked_name_is_of_that_man_alone(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = cli("--db", db, "timeline", "Lê Văn Thạnh", "--json")
    assert result.returncode == 0, result.stderr
    speakers = {entry["speaker"] for entry in json.loads(result.stdout)}
    assert speakers == {"Lê Văn Thạnh", "Le Van Thanh"}
    result = cli("--db", db, "timeline", "Thành", "--json")
    assert {entry["speaker"] for entry in json.loads(result.stdout)} == {
        "Lê Văn Thành",
        "Le Van Thanh",
    }
