"""Recogniser classes met on Horn of Africa and Gulf outlets, each general beyond them.

Arabic-article surnames said alone, places no list knows named by the noun before them ("the
breakaway region of X"), broadcasters and agencies named by "TV" or "news agency", and a
dateline's capitals shown as the place's name. Names and sentences are invented.
"""

from __future__ import annotations

from diplotui.entities import recognise
from diplotui.entities.linking import EntityIndex
from diplotui.entities.naming import display_name
from diplotui.model import EntitySpan


def _found(text: str, entity_type: str) -> list[str]:
    return [span.text for span in recognise(text) if span.type == entity_type]


def _people(spans: list[EntitySpan]) -> list[tuple[str, int]]:
    index = EntityIndex()
    index.add("a", spans)
    return [
        (name, len(group))
        for (entity_type, _), group in index.mentions("a").items()
        if entity_type == "PERSON"
        for name in [display_name({span.text: 1 for span in group})]
    ]


def test_a_surname_with_its_arabic_article_is_found_alone_and_linked_to_the_full_name() -> None:
    text = (
        "The rebels' spokesman, Karim al-Sabbagh, said talks went well. Al-Sabbagh added that "
        "al-Sabbagh’s team was ready. Sabbagh later left."
    )
    spans = recognise(text)
    assert [s.text for s in spans if s.type == "PERSON"] == [
        "Karim al-Sabbagh",
        "Al-Sabbagh",
        "al-Sabbagh",
        "Sabbagh",
    ]
    assert _people(spans) == [("Karim al-Sabbagh", 4)]


def test_a_capitalised_article_gives_the_lowercase_and_the_bare_surname_too() -> None:
    text = "Army chief Nabil El-Hadidi spoke first. Then el-Hadidi and Hadidi's aides left."
    assert _found(text, "PERSON") == ["Nabil El-Hadidi", "el-Hadidi", "Hadidi"]


def test_a_place_no_list_knows_is_named_by_the_noun_before_it() -> None:
    text = (
        "The breakaway region of Zalandia signed a deal. Zalandia’s leader said ships would use "
        "the port of Qormar, and Zalandia would be recognised."
    )
    assert _found(text, "GPE") == ["Zalandia", "Zalandia", "Qormar", "Zalandia"]


def test_a_listed_town_is_a_place_after_port_of() -> None:
    assert _found("They may lease land around the port of Berbera for a base.", "GPE") == [
        "Berbera"
    ]


def test_the_place_noun_rule_leaves_people_and_known_names_alone() -> None:
    text = (
        "The city of Brotherly Love is far. The Republic of Korea and the state of Emergency stay."
    )
    assert _found(text, "GPE") == ["Republic of Korea"]


def test_broadcasters_named_by_tv_are_organisations() -> None:
    text = "It was aired by the rebels' al-Noor TV channel, by Iran's ParsTV website and Arise TV."
    assert _found(text, "ORG") == ["al-Noor TV", "ParsTV", "Arise TV"]


def test_a_name_before_news_agency_is_the_agency() -> None:
    text = "In a statement carried by the Saba news agency, the group said it would talk."
    assert _found(text, "ORG") == ["Saba"]


def test_a_dateline_in_capitals_is_shown_under_the_place_name() -> None:
    assert display_name({"NAIROBI": 1}) == "Nairobi"
    assert display_name({"ADDIS ABABA": 1}) == "Addis Ababa"
    assert display_name({"NATO": 1}) == "NATO"


def test_a_short_form_ending_another_name_is_not_the_person_named_before() -> None:
    text = (
        "By Yusuf Qalib\nThe pact was signed by the region's leader Muse Dool Yusuf on Monday. "
        "Mr Yusuf left. Yusuf Qalib reported."
    )
    spans = recognise(text)
    assert [s.text for s in spans if s.type == "PERSON"] == ["Yusuf Qalib", "Yusuf", "Yusuf Qalib"]
    assert text.index("Mr Yusuf") + 3 == next(s.start for s in spans if s.text == "Yusuf")


def test_tv_after_a_demonym_or_a_generic_word_names_no_broadcaster() -> None:
    text = (
        "He spoke on Russian TV, then on National TV and to the Bulgarian Nova TV. A Ghanaian "
        "TV presenter and a Somali TV crew were there."
    )
    assert _found(text, "ORG") == ["Nova TV"]


def test_a_body_named_like_a_person_of_the_article_is_the_person_after_al() -> None:
    text = "Mohammed Ali al-Houthi spoke. The Houthis agreed, al-Houthi said."
    assert _found(text, "PERSON") == ["Mohammed Ali al-Houthi", "al-Houthi"]
