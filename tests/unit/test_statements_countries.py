"""Whose country an organisation named generically speaks for, as the library shows it (issue 17).

Only a country its article names it with, near where it speaks and not in its own words, and
only one such country in the article: never guessed. Invented sentences."""

from __future__ import annotations

from diplotui.entities.gazetteer import Entry, load
from diplotui.library.statement_cache import article_statements
from diplotui.statements.cast import place_stems
from diplotui.statements.countries import _longer_names, _places_of_stem, country_of


def speakers(body: str) -> list[str]:
    return [s.speaker for s in article_statements("A headline that is not read\n\n" + body, [])]


def test_named_with_its_country_before_it_speaks() -> None:
    assert speakers(
        "The Malaysian foreign ministry summoned the envoy on Monday. "
        "The Foreign Ministry said that the talks were useful."
    ) == ["Ministry of Foreign Affairs (Malaysia)"]
    assert speakers(
        "The Ministry of Foreign Affairs of Malaysia summoned the envoy on Monday. "
        "The Ministry of Foreign Affairs said that the talks were useful."
    ) == ["Ministry of Foreign Affairs (Malaysia)"]


def test_a_country_in_its_own_words_is_not_its_own() -> None:
    assert speakers(
        "Officials met the Japanese Foreign Ministry on Monday, the Foreign Ministry said."
    ) == ["Foreign Ministry"]


def test_two_countries_ministries_leave_it_unnamed() -> None:
    assert speakers(
        "Vietnam's Foreign Ministry and Malaysia's Foreign Ministry met in Hanoi. "
        "The Foreign Ministry said that the meeting went well."
    ) == ["Foreign Ministry"]


def test_a_country_named_far_from_where_it_speaks_is_not_guessed() -> None:
    far = "The delegates then toured the port and the new container terminal. " * 5
    assert speakers(
        "The Malaysian foreign ministry summoned the envoy on Monday. "
        + far
        + "The Foreign Ministry said that the talks were useful."
    ) == ["Foreign Ministry"]


def test_a_name_carrying_its_country_is_the_generic_body_of_that_country() -> None:
    assert speakers("Pakistan's foreign ministry said that the strikes were illegal.") == [
        "Ministry of Foreign Affairs (Pakistan)"
    ]
    assert speakers("Vietnam's Ministry of Foreign Affairs said that the ship left.") == [
        "Ministry of Foreign Affairs (Vietnam)"
    ]
    assert speakers("The Malaysian Foreign Ministry said that the patrol left.") == [
        "Ministry of Foreign Affairs (Malaysia)"
    ]
    assert speakers("The Foreign Ministry of Japan said that the talks were useful.") == [
        "Ministry of Foreign Affairs (Japan)"
    ]


def test_foreign_ministry_and_ministry_of_foreign_affairs_are_one_body() -> None:
    assert (
        speakers(
            "Islamabad summoned the envoy on Monday. "
            "Pakistan's foreign ministry said that the strikes were illegal. "
            "The Foreign Ministry said that it would respond."
        )
        == ["Ministry of Foreign Affairs (Pakistan)"] * 2
    )


def test_a_name_with_no_known_country_is_left_as_named() -> None:
    assert speakers("The Ruritanian Foreign Ministry said that the talks were useful.") == [
        "Ruritanian Foreign Ministry"
    ]


def test_a_body_in_lower_case_is_the_one_named_with_its_country() -> None:
    assert (
        speakers(
            "The embassy said that the visa rules had changed. "
            "The Chinese embassy said on Monday that it had no comment."
        )
        == ["Embassy (China)"] * 2
    )


def test_a_ministry_is_one_body_whichever_way_its_name_is_turned() -> None:
    """Issue 17: "Defence Ministry (Japan)" and "Ministry of Defence (Japan)" were two
    speakers; so were the interior, trade and finance ministries named either way."""
    assert (
        speakers(
            "Japan's Defence Ministry said that the drill was over. "
            "Japan's Ministry of Defense said that the ships had left."
        )
        == ["Ministry of Defence (Japan)"] * 2
    )
    assert (
        speakers(
            "The Pakistani interior ministry said that the border was shut. "
            "Pakistan's Ministry of the Interior said that it would reopen."
        )
        == ["Ministry of Interior (Pakistan)"] * 2
    )
    assert speakers("China's commerce ministry said that the tariffs were unfair.") == [
        "Ministry of Commerce (China)"
    ]
    assert speakers("The Indian Finance Ministry said that the deficit had narrowed.") == [
        "Ministry of Finance (India)"
    ]
    assert speakers("Pakistan's Foreign Office said that the talks were useful.") == [
        "Ministry of Foreign Affairs (Pakistan)"
    ]


def test_a_leaders_office_is_one_body_however_named() -> None:
    assert (
        speakers(
            "South Korea's presidential office said that the summit would go ahead. "
            "The Office of the President said that the date was set."
        )
        == ["Office of the President (South Korea)"] * 2
    )
    assert speakers("Pakistan's prime minister's office said that the cabinet would meet.") == [
        "Office of the Prime Minister (Pakistan)"
    ]


def test_a_capital_standing_for_its_country_names_the_country() -> None:
    assert speakers("Beijing's foreign ministry said that the visit was welcome.") == [
        "Ministry of Foreign Affairs (China)"
    ]
    assert speakers("The London embassy said that the visas were ready.") == [
        "London embassy"
    ]  # whose embassy sits in London, the article does not say
    assert speakers(
        "Tokyo summoned the envoy on Monday. "
        "The Tokyo foreign ministry said that the talks were useful."
    ) == ["Ministry of Foreign Affairs (Japan)"]


def test_a_country_named_with_its_marks_or_a_nationality_the_list_misses() -> None:
    assert speakers("Türkiye's foreign ministry said that the talks were useful.") == [
        "Ministry of Foreign Affairs (Turkey)"
    ]
    assert speakers("The Tajik Foreign Ministry said that the border talks were useful.") == [
        "Ministry of Foreign Affairs (Tajikistan)"
    ]
    assert speakers(
        "Peru recalled its envoy. The Peruvian foreign ministry said that the remarks were "
        "an insult."
    ) == ["Ministry of Foreign Affairs (Peru)"]


def test_a_nationality_of_two_words_names_its_country() -> None:
    assert speakers("The Costa Rican Ministry of Foreign Affairs said that the talks failed.") == [
        "Ministry of Foreign Affairs (Costa Rica)"
    ]
    assert speakers("The South Korean government said that the drills would go ahead.") == [
        "Government (South Korea)"
    ]


def test_an_embassy_named_with_where_it_is_keeps_the_place_after_its_country() -> None:
    assert speakers("The Russian Embassy in Vienna said that the visas were ready.") == [
        "Embassy in Vienna (Russia)"
    ]
    assert speakers("The Polish embassy in Paris said that the consul had left.") == [
        "Embassy in Paris (Poland)"
    ]


def test_a_country_after_the_bodys_name_is_its_own() -> None:
    assert speakers(
        '"The talks were useful," said the Department of Foreign Affairs, Republic of the '
        "Philippines."
    ) == ["Department of Foreign Affairs (Philippines)"]
    assert speakers(
        "Both sides will build on the talks, according to Ministry of Foreign Affairs, Nepal."
    ) == ["Ministry of Foreign Affairs (Nepal)"]
    assert speakers(
        "The Ministry of Foreign Affairs Peru announced that it had recalled envoys."
    ) == ["Ministry of Foreign Affairs (Peru)"]


def test_a_nationality_finds_its_places_as_a_walk_of_the_whole_gazetteer_does() -> None:
    # only the places whose stems open as the nationality's are stemmed (stspeed48c): every
    # stem of every one-word place and nationality the gazetteer knows finds the places a
    # walk stemming them all finds, and each place of several words its own
    gazetteer = load()
    places = {
        name: entry.canonical
        for name, entry in gazetteer.names.entries.items()
        if isinstance(entry, Entry) and entry.type == "GPE"
    }
    one_word = {name: place_stems([name], []) for name in places if name.isalpha()}
    walked: dict[str, set[str]] = {}
    for name, stems in one_word.items():
        if name.istitle():
            for stem in stems:
                walked.setdefault(stem, set()).add(places[name])
    asked = set(walked) | {stem for word in gazetteer.demonyms for stem in place_stems([], [word])}
    for stem in asked:
        assert _places_of_stem(stem) == walked.get(stem, set()), stem
    several: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, canonical in places.items():
        first, _, last = name.rpartition(" ")
        if first and last.isalpha():
            several.setdefault(first, []).append((canonical, place_stems([last], [])))
    for first, names in several.items():
        assert list(_longer_names(first)) == names, first
    assert (country_of("Peruvian"), country_of("Dutch"), country_of("Kenyan")) == (
        "Peru",
        "Netherlands",
        "Kenya",
    )
    assert (country_of("South Korean"), country_of("Papua New Guinean")) == (
        "South Korea",
        "Papua New Guinea",
    )
