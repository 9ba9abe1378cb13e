"""The places' stems read only where a nationality asks (stspeed45) answer as the whole tables
built from every gazetteer place did: a stem misfiled under the wrong three letters would make
"Jamaican" or "South Sudanese" no nationality."""

from __future__ import annotations

from diplotui.entities.gazetteer import load
from diplotui.statements.cast import (
    _country_stem,
    _demonym,
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
