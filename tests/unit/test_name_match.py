"""The palette's matching of typed words to names (``library.name_match``)."""

from __future__ import annotations

from diplotui.library.name_match import fold_name, fold_typed, letters_match, word_match


def _words(typed: str, name: str) -> float | None:
    match = word_match(fold_typed(typed).split(), fold_name(name))
    return None if match is None else match.weight


def test_each_typed_word_must_start_a_word_of_the_name():
    assert _words("le hoai", "Lê Hoài Trung") == 1.5  # together, as typed
    assert _words("le trung", "Lê Hoài Trung") == 1.2  # in order
    assert _words("trung le", "Lê Hoài Trung") == 1.0  # in any order
    assert _words("lê hoài trung", "Le Hoai Trung") == 2.0  # the whole name
    assert _words("le hoai", "Leaders hope to aid them") is None  # letters, not words
    assert _words("hoai", "Lehoai Trung") is None  # inside a word
    assert _words("le le", "Lê Hoài") is None  # two words need two of the name's
    assert _words("#ha-noi", "#hà-nội") == 2.0


def test_casefolding_expands_and_the_offsets_are_the_names():
    name = fold_name("Straße talks")
    match = word_match(["strasse"], name)
    assert match is not None and name.offsets(match.offsets) == [0, 1, 2, 3, 4, 5]


def test_a_letter_typed_as_two_is_found_so_and_underlined_whole():
    """The palette finds "Þórdís Gylfadóttir" by "thordis" (leftovers49: "þ" was kept)."""
    name = fold_name("Þórdís Gylfadóttir")
    match = word_match(["thordis", "gylfadottir"], name)
    assert match is not None and name.offsets(match.offsets) == list(range(18))
    assert word_match([fold_typed("Þór")], name) is not None


def test_one_word_typed_finds_the_names_words_run_together_from_a_word():
    """ "hanoi" is how English writes Hà Nội: it was found only by scattered letters."""
    assert _words("hanoi", "Hà Nội") == 2.0  # the whole name
    assert _words("hanoi", "Talks in Hà Nội") == 1.5
    assert _words("vietnamnews", "Viet Nam News") == 2.0
    assert _words("anoi", "Hà Nội") is None  # from a word, as a word typed
    assert _words("ha noi", "Hanoi") is None  # two words typed need two of the name's
    name = fold_name("Talks in Hà Nội")
    match = word_match(["hanoi"], name)
    assert match is not None and name.offsets(match.offsets) == [9, 10, 12, 13, 14]


def test_letters_in_order_are_the_fallback():
    match = letters_match("gamvis", fold_name("Gamma visit"))
    assert match is not None and match.offsets == [0, 1, 2, 6, 7, 8]
    assert letters_match("zz", fold_name("Gamma visit")) is None
