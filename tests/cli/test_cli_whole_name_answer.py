"""A name in double quotes that no speaker has in full is answered as such (issue 17).

``--speaker '"Le Hoai"'`` is the whole name Le Hoai only; answered "no speaker's name has the
words "\\"Le Hoai\\"" (words may be cut short)", the user read backslashes, was told words may
be cut short (not in quotes) and not that Lê Hoài Trung, whom they meant, was one step away.
Invented article."""

from __future__ import annotations

from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library

TRUNG = (
    "Trung in Vientiane\n"
    "Deputy Foreign Minister Lê Hoài Trung said that the Mekong needed one river authority.\n"
)


def test_a_quoted_name_no_speaker_has_whole_names_the_speakers_it_starts(tmp_path: Path) -> None:
    db = _library(tmp_path, ("a.txt", TRUNG))
    result = cli("--db", db, "statements", "--speaker", '"Le Hoai"')
    assert result.returncode == 0 and result.stdout == ""
    answer = (
        'diplotui: no statement matches: no speaker is named "Le Hoai" in full (in double '
        "quotes a name is whole; without them it finds {})\n"
    )
    # the seeds' Le Hoai Trung is the same name, named once in either spelling
    assert result.stderr in (answer.format("Lê Hoài Trung"), answer.format("Le Hoai Trung"))


def test_a_name_no_speaker_has_at_all_is_still_answered_so(tmp_path: Path) -> None:
    db = _library(tmp_path, ("a.txt", TRUNG))
    result = cli("--db", db, "statements", "--speaker", '"Nguyen Van"')
    assert result.stderr == (
        'diplotui: no statement matches: no speaker is named "Nguyen Van" in full (in double '
        "quotes a name is whole)\n"
    )
