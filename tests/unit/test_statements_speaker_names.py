"""How a speaker's name and a country typed are read (``library.speaker_names``): the rules
the Statements view's filter, ``statements --speaker``/``--org`` and ``timeline`` share."""

from __future__ import annotations

import pytest

from diplotui.library.speaker_names import close_names, places_pass, typed_places
from diplotui.library.statements import StatementQuery
from diplotui.statements.persons import name_key


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Abdel Fattah al-Burhan", ["abdel", "fattah", "burhan"]),
        ("Abdel Fattah el-Burhan", ["abdel", "fattah", "burhan"]),
        ("Sheikh Mohamed bin Zayed Al Nahyan", ["sheikh", "mohamed", "bin", "zayed", "nahyan"]),
        ("Ahmed ash-Sharaa", ["ahmed", "sharaa"]),
        ("Zia-ul-Haq", ["zia", "haq"]),
        ("Zhou En-lai", ["zhou", "en", "lai"]),  # no Arabic article
        ("Abd el-Fattah", ["abd", "el", "fattah"]),  # Abdel Fattah's, written apart
        ("Lê Hoài-Trung", ["le", "hoai", "trung"]),
        ("al", ["al"]),  # typed on: it may start Alice
    ],
)
def test_a_names_key_leaves_out_its_arabic_articles(written: str, key: list[str]) -> None:
    assert name_key(written) == key


def test_close_names_are_one_letter_or_the_same_consonants_apart() -> None:
    names = ["Mohamed Hamdan Dagalo", "Muammar Gaddafi", "Volodymyr Zelensky", "Le Hoai Trung"]
    assert close_names("Daglo", names) == ["Mohamed Hamdan Dagalo"]
    assert close_names("hamdan daglo", names) == ["Mohamed Hamdan Dagalo"]
    assert close_names("Qaddafi", names) == ["Muammar Gaddafi"]
    assert close_names("Kadhafi", names) == ["Muammar Gaddafi"]
    assert close_names("zelenskyy", names) == ["Volodymyr Zelensky"]
    assert close_names("Dagalo", names) == []  # found, not near: nothing to offer
    assert close_names("Tung", names) == []  # under five letters: too short to be near
    assert close_names("Trang", names) == ["Le Hoai Trung"]
    assert close_names("Smithers", names) == []


@pytest.mark.parametrize(
    ("typed", "organisation", "role", "passes"),
    [
        ("sudan", "Ministry of Foreign Affairs (Sudan)", "", True),
        ("sudanese", "Ministry of Foreign Affairs (Sudan)", "", True),
        ("sudan", "Sudanese Armed Forces", "", True),
        ("sudan", "Ministry of Foreign Affairs (South Sudan)", "", False),
        ("south sudan", "Ministry of Foreign Affairs (South Sudan)", "", True),
        ("south sudan", "Ministry of Foreign Affairs (Sudan)", "", False),
        ("laos", "Ministry of Foreign Affairs", "Minister of Foreign Affairs of Laos", True),
        ("laos", "Ministry of Foreign Affairs (Vietnam)", "Lao Foreign Minister", False),
        ("us", "USAID", "", True),  # a word's start still
        ("sudan", "", "Ambassador to Sudan", False),  # sent to Sudan: not Sudan's
        ("sudan", "", "Special Envoy for Sudan", False),
        ("sudan", "Ministry of Foreign Affairs", "Ambassador to Sudan", False),
        ("sudan", "", "Sudanese army spokesman", True),  # no organisation: the role's
        ("sudan", "", "Sudan's army chief", True),
        ("sudan", "", "South Sudanese army spokesman", False),
        ("south sudan", "", "South Sudanese army spokesman", True),
        ("south sudanese", "", "South Sudan's army chief", True),
        ("north korea", "", "North Korean envoy to China", True),
        ("china", "", "North Korean envoy to China", False),
    ],
)
def test_a_country_typed_finds_its_bodies(
    typed: str, organisation: str, role: str, passes: bool
) -> None:
    assert places_pass(typed_places(typed.split()), organisation, role) is passes


def test_a_country_and_other_words_of_an_org_filter_are_both_asked() -> None:
    who = StatementQuery(organisation="sudan foreign").who()
    assert who.passes(
        ("", "", " ministry of foreign affairs sudan"),
        ("", "", "Ministry of Foreign Affairs (Sudan)"),
    )
    assert not who.passes(("", "", " sudanese armed forces"), ("", "", "Sudanese Armed Forces"))
