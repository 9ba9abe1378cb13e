"""A place written with its other name in brackets before the feature both name ("Phu Lam
(Woody) Island") is one place: it was read as a PERSON ("Phu Lam") and an ORG ("Woody"), the
feature word left to swallow what followed ("Island of Vietnam's Hoang Sa"). Invented
sentences, shaped as Vietnamese outlets write the islands of the East Sea."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise


def _typed(text: str) -> list[tuple[str, str]]:
    return [(span.text, span.type) for span in recognise(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "China opened a restaurant on Phu Lam (Woody) Island last month.",
            "Phu Lam (Woody) Island",
        ),
        ("Vietnam's Truong Sa (Spratly) Islands lie to the south.", "Truong Sa (Spratly) Islands"),
        ("A ship was seen near Gac Ma (Johnson South) Reef.", "Gac Ma (Johnson South) Reef"),
        ("Manila resupplied Ayungin (Second Thomas) Shoal.", "Ayungin (Second Thomas) Shoal"),
        ("On Duy Mong (Drummond) Island, channels were dredged.", "Duy Mong (Drummond) Island"),
        ("Ships sheltered in Cam Ranh (Camranh) Bay overnight.", "Cam Ranh (Camranh) Bay"),
    ],
)
def test_a_place_with_its_other_name_in_brackets_is_one_place(text: str, place: str) -> None:
    found = _typed(text)
    assert (place, "LOC") in found, found
    assert not any(kind in ("PERSON", "ORG") for _, kind in found), found


def test_what_follows_the_bracketed_place_keeps_its_own_type() -> None:
    found = _typed(
        "Hang said China opened a restaurant in Phu Lam (Woody) Island of Vietnam's Hoang Sa "
        "(Paracel) archipelago."
    )
    assert ("Phu Lam (Woody) Island", "LOC") in found and ("Hoang Sa", "LOC") in found, found


def test_a_persons_bracketed_country_is_no_place() -> None:
    found = _typed("Foreign Minister Wang Yi (China) met his counterpart in Hanoi.")
    assert ("Wang Yi", "PERSON") in found and ("China", "GPE") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Coast guard ships were seen near Mischief Reef on Monday.", "Mischief Reef"),
        ("The Philippines protested at Scarborough Shoal.", "Scarborough Shoal"),
        ("Boats reached Sabina Shoal before dawn.", "Sabina Shoal"),
        ("A runway was built on Fiery Cross Reefs.", "Fiery Cross Reefs"),
        ("Fishermen sheltered by Pearson Cay overnight.", "Pearson Cay"),
    ],
)
def test_a_reef_shoal_or_cay_ends_a_place_name(text: str, place: str) -> None:
    """Without the feature word as a place's head, "Scarborough Shoal" was a PERSON ("Shoal")
    and "Mischief Reef" nothing at all."""
    found = _typed(text)
    assert (place, "LOC") in found, found
    assert not any(kind == "PERSON" for _, kind in found), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Near Gac Ma (Johnson South) Reef, ships fired.", "Gac Ma (Johnson South) Reef"),
        ("Near Woody Island, boats waited.", "Woody Island"),
        ("Outside Hanoi, it rained all day.", "Hanoi"),
    ],
)
def test_a_sentences_opening_preposition_is_no_part_of_the_place(text: str, place: str) -> None:
    found = _typed(text)
    assert found[0] == (place, found[0][1]), found
