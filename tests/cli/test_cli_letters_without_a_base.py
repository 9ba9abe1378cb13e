"""Latin letters Unicode gives no base letter are folded as a reader types them.

Azerbaijani "Ə" (schwa) is written "A" in English: newuser47's Mediamax article spelt the
president "İlham Əliyev", so "Ilham Aliyev" found none of his statements ("did you mean
İlham Əliyev?"), `/aliyev` missed the text, and the article's later "Aliyev stated" was
taken for another man, its citation "— Aliyev" without his role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplotui.entities.folding import fold, fold_for_matching, fold_in_place

from .test_cli_library import cli

MEDIAMAX = (
    "---\ntitle: No treaty unless the constitution changes\nsource: Mediamax\ndate: 2024-05-10\n"
    "---\nNo treaty unless the constitution changes\n\n"
    'Azerbaijani President İlham Əliyev stated that "several issues still remain outstanding"'
    " in the Armenian-Azerbaijani process.\n\n"
    '"There is no need for the Minsk Group and it is not functioning now," Aliyev stated at'
    " the meeting.\n"
)


@pytest.mark.parametrize(
    ("written", "typed"),
    [("İlham Əliyev", "ilham aliyev"), ("ƏLİYEV", "aliyev"), ("Ħal Far", "hal far")],
)
def test_a_letter_without_a_base_folds_to_the_letter_typed_for_it(written: str, typed: str) -> None:
    assert fold(written) == typed
    assert fold_in_place(written) == typed  # the palette's folding, one letter for one
    assert fold_for_matching(written).lower() == typed


def test_the_president_is_found_typed_without_his_letters_and_named_whole(tmp_path: Path) -> None:
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(MEDIAMAX, encoding="utf-8")
    assert cli("--db", db, "import", str(tmp_path / "a.md")).returncode == 0

    result = cli("--db", db, "statements", "--speaker", "ilham aliyev", "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["text"] for r in records] == [
        "several issues still remain outstanding",
        "There is no need for the Minsk Group and it is not functioning now,",
    ]
    # "Aliyev stated" is the president: his whole name and role, as a citation gives them
    assert {(r["speaker"], r["role"]) for r in records} == {
        ("İlham Əliyev", "Azerbaijani President")
    }

    found = cli("--db", db, "list", "--search", "aliyev")
    assert "No treaty unless the constitution changes" in found.stdout, found.stderr
