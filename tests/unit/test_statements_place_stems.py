"""The places' stems and the titles' typos read only where an article asks (stspeed45) answer
as the whole tables built once a process did: a stem misfiled under the wrong three letters would
make "Jamaican" or "South Sudanese" no nationality, a typo looked for among the wrong titles
"Presienta X" another person than President X."""

from __future__ import annotations

from diplotui.entities.gazetteer import load
from diplotui.statements.cast import (
    _country_stem,
    _demonym,
    _misspelt_title,
    _place_name_stem,
    _several_words_place,
    _vowels_cut,
)


def _entries(several: bool) -> list[str]:
    return [
        name
        for name, entry in load().names.entries.items()
        if getattr(entry, "type", "") == "GPE"
        and (" " in name if several else name.isalpha() and name.istitle())
    ]


def test_every_one_word_place_stem_is_found_and_no_other() -> None:
    stems = {_vowels_cut(_country_stem(name.lower())) for name in _entries(several=False)}
    assert stems  # the gazetteer knows places
    assert all(_place_name_stem(stem) for stem in stems)
    assert "us" in stems  # "America" stands for "us": filed under "us", not "ame"
    for other in ("zzq", "qwerty", "ame", "a", ""):
        assert _place_name_stem(other) is (other in stems)


def test_every_several_word_place_is_found_and_no_other() -> None:
    pairs = set()
    for name in _entries(several=True):
        first, _, last = name.lower().rpartition(" ")
        pairs.add((first, _vowels_cut(_country_stem(last))))
    assert ("south", "sudan") in pairs
    assert all(_several_words_place(first, stem) for first, stem in pairs)
    assert not _several_words_place("south", "zzq")
    assert not _several_words_place("nowhere at", "sudan")


def test_nationalities_made_from_places_still_read() -> None:
    assert _demonym("Jamaican")
    assert _demonym("Mauritian")
    assert not _demonym("Jamaicanx")


def test_every_title_typo_is_found_and_no_other() -> None:
    gazetteer = load()
    typos = {
        word[:at] + word[at + 1 :] if doubled is False else word[: at + 1] + word[at:]
        for word in gazetteer.title_words
        if len(word) >= 6
        for at in range(len(word))
        for doubled in (False, True)
    } - gazetteer.given_names
    assert "Commisssioner" in typos
    assert all(_misspelt_title(typo) for typo in typos)
    others = {*gazetteer.title_words, "", "a", "Comissionner", "Commissioner"}
    for typo in list(typos)[:300]:  # one more edit: a typo of a typo is none
        others.update(typo[:at] + typo[at + 1 :] for at in range(len(typo)))
    assert all(_misspelt_title(word) is (word in typos) for word in others)
