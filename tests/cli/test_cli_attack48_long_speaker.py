"""attack48: a highlight made on a statement whose speaker the article names in 10,000
letters could not travel: the library's own JSON and W3C exports failed on import ("its
speaker is 10,006 characters long: at most 500"), the whole file refused, and a teammate's
sync read that highlight's file as unreadable. Statements leave the finder with a speaker,
role and organisation of one line at most (``model.ONE_LINE_CHARS``), as every other door
takes them (``diplotui speaker --name``, ``P``, an import, a sync)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.model import ONE_LINE_CHARS, SpeakerSource
from diplotui.store import Store
from tests.cli_runner import run_main

LONG = "X" * 10_000
TEXT = (
    "Long names\n\nHanoi, July 18, 2025 - Foreign Minister Anna Lind said the talks were good."
    f'\n\n"It went well," said {LONG} Smith.\n'
)


@pytest.mark.parametrize("form", ["json", "w3c"])
def test_a_long_named_speakers_highlight_survives_export_and_import(
    tmp_path: Path, form: str
) -> None:
    source = tmp_path / "long.txt"
    source.write_text(TEXT, encoding="utf-8")
    first, second = str(tmp_path / "a" / "lib.json"), str(tmp_path / "b" / "lib.json")
    added = run_main("--db", first, "--create", "import", str(source))
    assert added.returncode == 0, added.stderr
    article_id = added.stdout.split()[1]  # "imported  ID  Long names  (PATH)"
    made = run_main("--db", first, "highlight", article_id, "--quote", "It went well")
    assert made.returncode == 0, made.stderr
    exported = tmp_path / f"export.{form}.json"
    wrote = run_main(
        "--db", first, "export", "--format", form, "--article", article_id, "-o", str(exported)
    )
    assert wrote.returncode == 0, wrote.stderr
    imported = run_main("--db", second, "--create", "import", str(exported))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    records = json.loads(run_main("--db", second, "export", "--format", "json").stdout)
    (highlight,) = records["highlights"]
    assert highlight["speaker"].startswith("XXXX"), highlight["speaker"][:40]
    assert len(highlight["speaker"]) <= ONE_LINE_CHARS


def test_the_finders_statements_name_a_speaker_in_one_line(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(TEXT, encoding="utf-8")
    listed = run_main("statements", str(source), "--json")
    assert listed.returncode == 0, listed.stderr
    speakers = [record["speaker"] for record in json.loads(listed.stdout)]
    assert "Anna Lind" in speakers
    assert all(len(speaker) <= ONE_LINE_CHARS for speaker in speakers), [len(s) for s in speakers]


@pytest.mark.parametrize("form", ["json", "w3c"])
def test_a_highlight_stored_with_a_long_speaker_before_exports_and_imports_back(
    tmp_path: Path, form: str
) -> None:
    """A highlight an older diplotui stored with a speaker and role of thousands of letters
    (before the finder named speakers in one line) failed the round trip until its article's
    text changed: the export gives each as its first line's worth, says which highlight and
    what was cut, and the library keeps them whole (leftovers49)."""
    source = tmp_path / "long.txt"
    source.write_text(TEXT, encoding="utf-8")
    first, second = str(tmp_path / "a" / "lib.json"), str(tmp_path / "b" / "lib.json")
    article_id = run_main("--db", first, "--create", "import", str(source)).stdout.split()[1]
    made = run_main("--db", first, "highlight", article_id, "--quote", "It went well")
    highlight_id = made.stdout.split()[-1]
    with Store.open(Path(first)) as store:  # as an older diplotui stored it
        stored = store.highlight(highlight_id)
        stored.speaker, stored.speaker_role = f"{LONG} Smith", "Envoy " * 200
        # kept as given (a finder's is exported as the finder names it now: hlspeaker49)
        stored.speaker_source = SpeakerSource.USER.value
        store.save_highlight(stored)
    exported = tmp_path / f"export.{form}.json"
    wrote = run_main("--db", first, "export", "--format", form, "-o", str(exported))
    assert wrote.returncode == 0, wrote.stderr
    assert wrote.stderr.splitlines()[-1] == (
        f"diplotui: export: highlight {highlight_id}'s speaker (10,006 characters) and "
        f"speaker's role (1,200 characters) exported as the first {ONE_LINE_CHARS} characters,"
        " as the statement finder names a speaker now (an older diplotui stored it longer; the"
        " library keeps it whole)"
    )
    imported = run_main("--db", second, "--create", "import", str(exported))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    with Store.open(Path(second)) as store:
        (back,) = store.highlights()
        assert back.speaker == LONG[:ONE_LINE_CHARS]
        assert back.speaker_role == ("Envoy " * 200)[:ONE_LINE_CHARS].strip()
    with Store.open(Path(first)) as store:  # kept whole where it was
        assert store.highlight(highlight_id).speaker == f"{LONG} Smith"
