"""Latin letters Unicode gives no base letter are folded as a reader types them.

Azerbaijani "Ə" (schwa) is written "A" in English: newuser47's Mediamax article spelt the
president "İlham Əliyev", so "Ilham Aliyev" found none of his statements ("did you mean
İlham Əliyev?"), `/aliyev` missed the text, and the article's later "Aliyev stated" was
taken for another man, its citation "— Aliyev" without his role."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from diplotui.entities.folding import fold, fold_for_matching, fold_in_place, spelt_in_full

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


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Þórdís", "thordis"),  # Icelandic thorn: two letters typed
        ("ÞÓRDÍS", "thordis"),
        ("Reykfjörð", "reykfjord"),  # eth
        ("Ðóra", "dora"),
        ("Ǝliyev ǝliyev", "aliyev aliyev"),  # the turned e typed for Azerbaijani's schwa
        ("Øresund ǿ", "oresund o"),  # the stroke, with a mark above it too
        ("Ærø Ǣ", "aero ae"),  # ash: two letters, with a mark above it too
        ("Œuvre œ", "oeuvre oe"),
        ("Straße STRAẞE", "strasse strasse"),  # sharp s
        ("Ŋoŋ", "non"),  # Sami, Wolof eng
        ("Ɓello ƙasa Ɗan ƴan", "bello kasa dan yan"),  # Hausa hooks
        ("Ɛfua Ɔfori Ɣana", "efua ofori gana"),  # Akan, Ewe open e and o, gamma
        ("Ŧeahkká Ʒ", "teahkka z"),  # Sami t with stroke, ezh
        ("ĸ ſ ȷ", "q s j"),  # kra, long s, dotless j
    ],
)
def test_a_latin_letter_a_news_text_uses_is_found_typed_in_ascii(written: str, typed: str) -> None:
    """Every Latin letter folds to the ASCII letters typed for it (leftovers49: "Þórdís" was
    "þordis", never "thordis"; "Ŋ", "Ɓ", "Ɛ", "ǝ" and their kind stayed as written)."""
    assert fold(written) == typed
    assert spelt_in_full(fold_in_place(written)) == typed  # the palette's folding
    assert fold_in_place(written).isascii() == (len(written) == len(typed))  # one for one


def test_no_latin_letter_named_with_a_stroke_or_hook_is_left_unfolded() -> None:
    """The letters Unicode names "X WITH ..." and gives no base letter, in every Latin block
    (a hand-made list missed "Ŧ", "Ɓ", "ƙ" and their kind): each folds to its ASCII letter."""
    named = 0
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00), *range(0xA720, 0xA800)]:
        char = chr(code)
        name = unicodedata.name(char, "")
        if " LETTER " in name and " WITH " in name and name.startswith("LATIN "):
            letter = name.split(" LETTER ")[1][0]
            if len(name.split(" LETTER ")[1].split(" WITH ")[0]) == 1:
                named += 1
                folded = fold(char)  # a digraph ("ǅ": "dz") after its first letter
                assert folded[0] == letter.lower(), (char, name)
                assert folded.isascii() or char in "Ŀŀẚ", (char, name)  # NFKD's "l·", "aʾ"
    assert named > 300


SAGA = (
    "---\ntitle: Iceland backs the sanctions\nsource: RÚV\ndate: 2024-05-10\n---\n"
    "Iceland backs the sanctions\n\n"
    'Foreign Minister Þórdís Kolbrún Reykfjörð Gylfadóttir said that "Iceland stands with'
    ' Ukraine" at the meeting in Reykjavík.\n'
)


def test_the_minister_is_found_by_her_name_typed_in_ascii(tmp_path: Path) -> None:
    """`statements --speaker Thordis`, `--speaker Gylfadottir`, `timeline` and `list
    --search` find Þórdís Kolbrún Reykfjörð Gylfadóttir (each found none before)."""
    db = str(tmp_path / "s.json")
    (tmp_path / "a.md").write_text(SAGA, encoding="utf-8")
    assert cli("--db", db, "import", str(tmp_path / "a.md")).returncode == 0
    for typed in ("Thordis", "gylfadottir", "thordis kolbrun reykfjord gylfadottir"):
        result = cli("--db", db, "statements", "--speaker", typed, "--json")
        assert result.returncode == 0, result.stderr
        records = json.loads(result.stdout)
        assert [r["speaker"] for r in records] == ["Þórdís Kolbrún Reykfjörð Gylfadóttir"], typed
    timeline = cli("--db", db, "timeline", "Thordis Gylfadottir")
    assert "Iceland stands with Ukraine" in timeline.stdout, timeline.stderr
    for typed in ("thordis", "reykfjord", '"Thordis Kolbrun"'):
        found = cli("--db", db, "list", "--search", typed)
        assert "Iceland backs the sanctions" in found.stdout, (typed, found.stderr)
