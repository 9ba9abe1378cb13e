"""No person is named "Chairmanship": a word of "-ship" before ", she said" is no name.

A spokeswoman's briefing on Viet Nam's "2020 ASEAN Chairmanship, said Hang" gave the sidebar,
the palette and ``entities`` a person "Chairmanship ×3": a capitalised word no list knows,
before "said", was taken for a surname.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TEXT = (
    "ASEAN Chairmanship\n\n"
    "Viet Nam is focusing on performing well in its 2020 ASEAN Chairmanship, said Hang.\n\n"
    "There have not yet been recommendations to extend Viet Nam's ASEAN Chairmanship,"
    " she said.\n\n"
    "The Strategic Partnership, Lawrence Wong said, is a priority.\n"
)


def test_a_word_of_ship_before_said_is_no_person(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text(TEXT, encoding="utf-8")
    done = run_main("entities", str(path), "--names")
    assert done.returncode == 0, done.stderr
    people = [line.split(maxsplit=2)[2] for line in done.stdout.splitlines() if "PERSON" in line]
    assert "Chairmanship" not in people and "Partnership" not in people
    assert "Lawrence Wong" in people
