"""A role's place, then the holder's name: "Special Envoy to Libya Ghassan Salama"; names whose
particle is a place's name ("Alberto Van Klaveren").

Some country names are given names too ("Libya", "Nepal" in the names lists). After a role and
"to", the place is the role's complement and the name starts after it; it was read as the
first word of the name ("Libya Ghassan Salama")."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("He met the UN Special Envoy to Libya Ghassan Salama.", "Libya", "Ghassan Salama"),
        ("Envoy to Libya Ghassan Salame said so.", "Libya", "Ghassan Salame"),
        ("The Ambassador to Nepal Vinay Mohan Kwatra arrived.", "Nepal", "Vinay Mohan Kwatra"),
        ("Ambassador to Vietnam Khiane Phansourivong said so.", "Vietnam", "Khiane Phansourivong"),
    ],
)
def test_the_place_after_a_role_and_to_is_not_part_of_the_name(
    text: str, place: str, person: str
) -> None:
    spans = [(span.type, span.text) for span in recognise(text)]
    assert ("GPE", place) in spans
    assert ("PERSON", person) in spans


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chilean Foreign Minister Alberto Van Klaveren spoke.", "Alberto Van Klaveren"),
        ("Minister Maria De Souza said so.", "Maria De Souza"),
    ],
)
def test_a_capitalised_particle_inside_a_name_is_part_of_it(text: str, person: str) -> None:
    """ "Van" is a Turkish province too: written capitalised between a given name and a
    surname it was read as the place, and the name ended before it ("Alberto")."""
    spans = [(span.type, span.text) for span in recognise(text)]
    assert ("PERSON", person) in spans
    assert ("GPE", "Van") not in spans


def test_the_province_stays_a_place() -> None:
    spans = [(span.type, span.text) for span in recognise("Troops reached Van Province.")]
    assert ("GPE", "Van Province") in spans


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Lim Jock Hoi said the talks went well.", "Lim Jock Hoi"),
        ("He met Lim Jock Hoi in Hanoi.", "Lim Jock Hoi"),
    ],
)
def test_a_surname_first_name_ending_in_a_word_that_begins_a_place(text: str, person: str) -> None:
    """ "Hoi" begins "Hoi An": a surname-first name stopped before it ("Lim Jock"); only a
    place the gazetteer lists there ends the name."""
    spans = [(span.type, span.text) for span in recognise(text)]
    assert ("PERSON", person) in spans


def test_a_listed_place_after_a_surname_first_name_stays_the_place() -> None:
    spans = [(span.type, span.text) for span in recognise("Wang Yi visited Hoi An.")]
    assert ("PERSON", "Wang Yi") in spans
    assert ("GPE", "Hoi An") in spans


@pytest.mark.parametrize(
    "text",
    [
        "It is so, Dzmitry Mironchyk, spokesman for the Belarusian foreign ministry, told them.",
        "It is so, Dzmitry Mironchyk, the spokesman for the ministry, told them.",
    ],
)
def test_names_no_list_knows_before_a_lowercase_title_in_apposition(text: str) -> None:
    """Two words no list knows ("Dzmitry", a Belarusian spelling) are a person when a title in
    lower case follows them in apposition, as a capitalised one already made them."""
    spans = [(span.type, span.text) for span in recognise(text)]
    assert ("PERSON", "Dzmitry Mironchyk") in spans


def test_a_place_before_a_lowercase_title_is_no_person() -> None:
    spans = [
        (span.type, span.text) for span in recognise("They met in Vientiane, the chairman said.")
    ]
    assert not any(kind == "PERSON" for kind, _ in spans)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mohammed Ali al-Houthi, a member of the council, said so.", "Mohammed Ali al-Houthi"),
        ("Somali President Hassan Sheikh Mohamud said so.", "Hassan Sheikh Mohamud"),
        ("He met Hassan Sheikh Mohamud in Asmara.", "Hassan Sheikh Mohamud"),
    ],
)
def test_a_family_name_after_a_particle_and_an_honorific_inside_a_name(
    text: str, person: str
) -> None:
    """After "al-" a movement's name is the family's ("al-Houthi"), and "Sheikh" between a
    given name and a surname is part of a Somali name: both cut the name in two before."""
    spans = [(span.type, span.text) for span in recognise(text)]
    assert ("PERSON", person) in spans


def test_the_movement_alone_stays_the_organisation() -> None:
    spans = [(span.type, span.text) for span in recognise("The Houthis attacked a ship.")]
    assert ("ORG", "Houthis") in spans


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines resupplied its outpost at Second Thomas Shoal on Wednesday.",
        "Second Thomas Shoal lies within Manila's exclusive economic zone.",
    ],
)
def test_an_ordinal_word_starts_a_features_name(text: str) -> None:
    """newuser46's sidebar named "Thomas Shoal" in every resupply report: an ordinal word
    starting a name made it an event's or a document's ("Fourth Ministerial Meeting"), and a
    shoal's was cut to the words after it. An event's stays one."""
    found = {(text[s.start : s.end], s.type) for s in recognise(text)}
    assert ("Second Thomas Shoal", "LOC") in found, found
    meeting = "The Fourth Ministerial Meeting of the Mekong-Lancang Cooperation opened."
    assert "LOC" not in {s.type for s in recognise(meeting)}


def test_a_ship_named_with_its_navys_prefix_is_no_person() -> None:
    """ "BRP Sierra Madre ×3", "BRP Cabra" and "BRP Sindangan" were the first people newuser46's
    sidebar listed for a resupply report; "USS Curtis Wilbur" too. No entity type covers a
    ship: it is left out, and the people named beside it stay."""
    text = (
        "BRP Cabra escorted the boats to BRP Sierra Madre, as USS Curtis Wilbur sailed by, "
        "Commodore Jay Tarriela said."
    )
    people = [text[s.start : s.end] for s in recognise(text) if s.type == "PERSON"]
    assert people == ["Jay Tarriela"], people
