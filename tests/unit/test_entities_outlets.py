"""The recogniser on other outlets' diplomacy news: the dev set's scores and the issue-16 rules."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from diplotui.entities import EntityIndex, canonical_key, recognise
from diplotui.entities.gazetteer import load

DEV_SET = Path(__file__).resolve().parents[1] / "data" / "entities_dev"

# Floors under the scores measured on the whole set of 280 files (files 0-409) after this
# session's rules (bench/README.md, "Issue 16, twelfth part"; the judges' rounds 39-50, files
# 350-409, are held out from those rules: the recogniser's rules never saw them): 0.9600 overall
# (PERSON 0.9735, GPE 0.9828, ORG 0.9235, ROLE 0.9651, EVENT 0.8416, LOC 0.8065, DATE 0.9797,
# LAW 0.7470), each floor that figure minus 0.005. A change that loses about half a point of
# exact F1 overall, or on one type, fails the build.
OVERALL_FLOOR = 0.955
TYPE_FLOORS = {
    "PERSON": 0.968,
    "GPE": 0.977,
    "ORG": 0.918,
    "ROLE": 0.960,
    "EVENT": 0.836,
    "LOC": 0.801,
    "DATE": 0.974,
    "LAW": 0.742,
}

Span = tuple[str, int, int, str]


def _dev_set() -> tuple[set[Span], set[Span]]:
    gold: set[Span] = set()
    predicted: set[Span] = set()
    for gold_file in sorted((DEV_SET / "gold").glob("*.jsonl")):
        stem = gold_file.stem
        with open(DEV_SET / "articles" / f"{stem}.txt", encoding="utf-8", newline="") as handle:
            text = handle.read()
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert text[record["start"] : record["end"]] == record["text"], (stem, record)
            gold.add((stem, record["start"], record["end"], record["type"]))
        predicted.update((stem, s.start, s.end, s.type) for s in recognise(text))
    return gold, predicted


def _f1(gold: set[Span], predicted: set[Span]) -> float:
    hits = len(gold & predicted)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def test_dev_set_is_what_sources_describes() -> None:
    stems = {p.stem for p in (DEV_SET / "gold").glob("*.jsonl")}
    sources = (DEV_SET / "SOURCES.md").read_text(encoding="utf-8")
    assert len(stems) >= 15
    assert all(f"| {stem} |" in sources for stem in stems)
    rows = [line.split("|") for line in sources.splitlines() if line.split("|")[1:2] != []]
    rows = [row for row in rows if row[1].strip() in stems]
    assert len({row[2].strip() for row in rows}) >= 10  # outlets
    assert len({row[3].strip() for row in rows}) >= 5  # regions


def test_dev_set_scores_above_its_floors() -> None:
    gold, predicted = _dev_set()
    types = Counter(span[3] for span in gold)
    assert set(types) == {"PERSON", "ORG", "GPE", "LOC", "DATE", "ROLE", "LAW", "EVENT"}
    assert _f1(gold, predicted) >= OVERALL_FLOOR
    for entity_type, floor in TYPE_FLOORS.items():
        typed_gold = {g for g in gold if g[3] == entity_type}
        typed_predicted = {p for p in predicted if p[3] == entity_type}
        assert _f1(typed_gold, typed_predicted) >= floor, entity_type


def found(text: str) -> list[tuple[str, str]]:
    return [(span.type, span.text) for span in recognise(text)]


def test_people_without_titles_in_world_naming_patterns() -> None:
    assert ("PERSON", "Madeleine Albright") in found("the appointment of Madeleine Albright")
    assert ("PERSON", "Antony J. Blinken") in found("Antony J. Blinken met them.")
    assert ("PERSON", "Majid bin Mohammed Al Ansari") in found(
        "Dr. Majid bin Mohammed Al Ansari said in a statement."
    )
    assert ("PERSON", "Moon Jae-in") in found("the talks, Moon Jae-in said.")
    assert ("PERSON", "Luis Lacalle Pou") in found("Uruguay's Luis Lacalle Pou spoke.")
    assert ("PERSON", "Nicolas de Riviere") in found("Ambassador Nicolas de Riviere tells them")


def test_short_forms_follow_the_full_name_and_beat_places() -> None:
    text = "Luis Lacalle Pou met John Bolton. Later Lacalle and Bolton spoke; Bolton left."
    spans = found(text)
    assert ("PERSON", "Lacalle") in spans
    assert spans.count(("PERSON", "Bolton")) == 2
    assert ("GPE", "Bolton") not in spans
    index = EntityIndex()
    index.add("a", recognise(text))
    keys = {
        key for key, _display, entity_type, _count in index.entities() if entity_type == "PERSON"
    }
    assert "john bolton" in keys and "bolton" not in keys


def test_abbreviations_keep_their_full_stop() -> None:
    assert found("the U.S. and the U.N. agreed") == [("GPE", "U.S."), ("ORG", "U.N.")]
    assert ("GPE", "U.S.") in found("U.S.-China rivalry")


def test_head_nouns_do_not_swallow_titled_people() -> None:
    assert found("Foreign Minister Park Jin said") == [
        ("ROLE", "Foreign Minister"),
        ("PERSON", "Park Jin"),
    ]
    spans = found("Secretary Blinken’s Meeting with Slovak Foreign Minister Káčer")
    assert ("EVENT", "Secretary Blinken’s Meeting") not in spans
    assert ("PERSON", "Blinken") in spans and ("PERSON", "Káčer") in spans
    assert ("ORG", "Ministry of Foreign Affairs") in found(
        "the Ministry of Foreign Affairs Dr. Majid bin Mohammed Al Ansari said"
    )


def test_groups_agencies_and_historic_states() -> None:
    spans = found("Hamas and the Houthis, Yonhap and QNA reported from Zaire, Burma and Goma.")
    assert {("ORG", "Hamas"), ("ORG", "Houthis"), ("ORG", "Yonhap"), ("ORG", "QNA")} <= set(spans)
    assert {("GPE", "Zaire"), ("GPE", "Burma"), ("GPE", "Goma")} <= set(spans)


def test_titles_with_for_and_portfolio_complements() -> None:
    assert ("ROLE", "High Representative for Foreign Affairs and Security Policy") in found(
        "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas"
    )
    assert ("ROLE", "Deputy Minister of Defence and Military Veterans") in found(
        "Deputy Minister of Defence and Military Veterans, Thabang Makwetla."
    )


def test_generated_gazetteer_ships_with_the_package() -> None:
    gaz = load()
    assert "Antony" in gaz.given_names and "Kallas" in gaz.family_names
    assert "Adelaide" in gaz.weak_places  # a city of the generated list that is also a name


def test_a_country_named_like_a_person_is_typed_by_context() -> None:
    spans = found("Michael Jordan met them in Amman. Later Jordan said no.")
    assert spans.count(("PERSON", "Jordan")) == 1 and ("PERSON", "Michael Jordan") in spans
    assert ("GPE", "Jordan") not in spans


@pytest.mark.parametrize("place", ["Chad", "Jordan"])
def test_country_names_stay_places_without_a_person(place: str) -> None:
    assert found(f"talks in {place} ended") == [("GPE", place)]


def test_lowercase_titles_next_to_a_named_person() -> None:
    assert found("national security adviser John Bolton said")[:2] == [
        ("ROLE", "national security adviser"),
        ("PERSON", "John Bolton"),
    ]
    assert ("ROLE", "spokesperson") in found("says UN spokesperson Stéphane Dujarric.")
    assert ("ROLE", "special envoy") in found("The UN's special envoy for Yemen, Hans Grundberg,")
    assert ("ROLE", "ambassador") in found("An Kwang-il, ambassador to Indonesia, will go")
    assert ("ROLE", "foreign minister") in found("Ali Youssouf, Djibouti’s foreign minister,")
    unnamed = found("the ambassador said that foreign ministers and his counterpart agreed")
    assert not [span for span in unnamed if span[0] == "ROLE"]


def test_titles_with_the_portfolio_first_or_joined_by_and() -> None:
    assert found("Trade and Industry and Competition Minister, Ebrahim Patel")[:2] == [
        ("ROLE", "Trade and Industry and Competition Minister"),
        ("PERSON", "Ebrahim Patel"),
    ]
    assert ("ROLE", "Minister of Foreign Affairs and Foreign Trade") in found(
        "Minister of Foreign Affairs and Foreign Trade Kamina Johnson-Smith spoke"
    )
    assert ("ROLE", "Foreign Minister") in found("Jaishankar and Russian Foreign Minister Lavrov")


def test_numbered_sessions_and_abbreviations() -> None:
    spans = found("the General Assembly (UNGA 79) met. At UNGA 79, and at the 56th AMM and COP28.")
    assert spans.count(("EVENT", "UNGA 79")) == 2
    assert ("EVENT", "56th AMM") in spans and ("EVENT", "COP28") in spans
    assert ("EVENT", "Summit of Heads of State and Government") in found(
        "the Summit of Heads of State and Government, which"
    )
    assert found("The Heads of State of Russia") == [("ROLE", "Heads of State"), ("GPE", "Russia")]
    spans = found("The Southern Alliance of Traders (SAT) met. Later SAT said.")
    assert spans.count(("ORG", "SAT")) == 2  # an abbreviation no gazetteer knows


def test_headline_capitals_and_general_debate() -> None:
    assert found("the high-level General Debate of the Assembly") == [("EVENT", "General Debate")]
    spans = found("Amir Meets US Secretary. Congo, Rwanda Leaders to Hold Peace Talks in Angola")
    assert ("EVENT", "Hold Peace Talks") not in spans and ("EVENT", "Peace Talks") not in spans


def test_given_names_that_are_also_words_and_bylines() -> None:
    assert found("He met Bill Clinton and Bill Jordan.") == [
        ("PERSON", "Bill Clinton"),
        ("PERSON", "Bill Jordan"),
    ]
    assert found("By Johnathan Paoli\n\nThe talks") == [("PERSON", "Johnathan Paoli")]
    assert ("PERSON", "Narendra Modi") in found("his Indian counterpart Narendra Modi and others")
    assert found("the Honourable Dickon Mitchell, and") == [("PERSON", "Dickon Mitchell")]


def test_provinces_need_a_word_beside_them() -> None:
    spans = found("DRC’s North Kivu province, the Amhara and Oromia regions, the state of Bahia.")
    assert {("GPE", "North Kivu"), ("GPE", "Oromia"), ("GPE", "Bahia")} <= set(spans)
    assert found("Floods hit Sindh province. Sindh is dry.").count(("GPE", "Sindh")) == 2
    assert ("GPE", "Bahia") not in found("Bahia said no.")  # a subdivision needs its context


def test_dates_ranges_and_adjectival_places() -> None:
    assert ("DATE", "July 11 to 14") in found("held on July 11 to 14.")
    assert ("DATE", "28 to 30 July") in found("from 28 to 30 July in Grenada")
    spans = found("Pacific countries met; for the Pacific and here.")
    assert spans == [("LOC", "Pacific")]


# -- issue 16, third part: rules from the held-out excerpts (files 23-32) and a newswire set --


def test_abbreviated_months_without_a_full_stop_and_day_pairs() -> None:
    assert ("DATE", "Feb 4 to 5") in found("visiting Jakarta from Feb 4 to 5 in conjunction")
    assert ("DATE", "Dec 2, 2022") in found("since Zambry took office on Dec 2, 2022.")
    assert ("DATE", "Oct 13") in found("KYIV, Oct 13 (Reuters) - Kuleba said")
    assert ("DATE", "July 17 and 18") in found("the summit, to be held on July 17 and 18.")
    assert ("DATE", "Mar") not in found("Mar said nothing.")


def test_malay_and_religious_honorifics_are_left_out_of_the_name() -> None:
    spans = found("Foreign Minister Datuk Seri Hishammuddin Hussein met Tan Sri Muhyiddin Yassin.")
    assert ("PERSON", "Hishammuddin Hussein") in spans
    assert ("PERSON", "Muhyiddin Yassin") in spans
    assert ("PERSON", "Carlos Belo") in found(
        "East Timorese Roman Catholic Bishop Carlos Belo said"
    )


def test_a_full_names_first_word_is_a_later_short_form() -> None:
    text = (
        "Foreign Minister Retno Marsudi hosted a luncheon. Later, Retno said the talks went well."
    )
    assert found(text).count(("PERSON", "Retno")) == 1
    index = EntityIndex()
    index.add("a", recognise(text))
    persons = [row for row in index.entities() if row[2] == "PERSON"]
    assert len(persons) == 1 and persons[0][1] == "Retno Marsudi"


def test_names_as_outlets_write_them() -> None:
    assert ("GPE", "St. Vincent and the Grenadines") in found(
        "He travels to St. Vincent and the Grenadines to attend the summit."
    )
    assert ("ORG", "Celac") in found("the temporary president of Celac, Ralph Gonsalves")
    assert ("EVENT", "Asean Foreign Ministers' Meeting") in found(
        "attending the Asean Foreign Ministers' Meeting and related meetings"
    )
    assert ("GPE", "U.S") in found("U.S Secretary of State John Kerry on Monday met")
    assert ("GPE", "Republic of Niger") in found(
        "held in Niamey, capital of the Republic of Niger."
    )


def test_numbered_sessions_take_whole_bodies_into_their_complement() -> None:
    text = (
        "They will consider reports from the 44th Ordinary Session of the Mediation and Security"
        " Council at the Ministerial Level, and the 84th Ordinary Session of the ECOWAS Council of"
        " Ministers. He attends the 8th Summit of the Community of Latin American and Caribbean"
        " States (CELAC) and the 76th session of the UN General Assembly."
    )
    spans = found(text)
    assert ("EVENT", "44th Ordinary Session of the Mediation and Security Council") in spans
    assert ("EVENT", "84th Ordinary Session of the ECOWAS Council of Ministers") in spans
    assert (
        "EVENT",
        "8th Summit of the Community of Latin American and Caribbean States",
    ) in spans
    assert ("EVENT", "76th session of the UN General Assembly") in spans


def test_portfolio_secretaries_and_party_membership_in_apposition() -> None:
    assert ("ROLE", "Secretary of Foreign Affairs") in found(
        "to meet with Secretary of Foreign Affairs Alicia Bárcena of Mexico"
    )
    spans = found(
        "Wang Yi, also a member of the Political Bureau of the Communist Party of China Central"
        " Committee, held talks."
    )
    assert (
        "ROLE",
        "member of the Political Bureau of the Communist Party of China Central Committee",
    ) in spans
    assert ("ROLE", "Cabinet Secretaries") in found("were Cabinet Secretaries Dr Monica Juma and")


def test_newswire_names_a_rank_as_surname_and_burmese_short_forms() -> None:
    spans = found("British Prime Minister John Major said on Friday. Major added that it was")
    assert ("PERSON", "John Major") in spans and ("PERSON", "Major") in spans
    assert ("PERSON", "John Smith") in found("Major General John Smith arrived.")
    spans = found("They met Aung San Suu Kyi on Friday. Suu Kyi said the road was closed.")
    assert ("PERSON", "Suu Kyi") in spans and ("PERSON", "Suu") not in spans


def test_an_organisations_abbreviation_in_another_language() -> None:
    spans = found("the Civic Democratic Party (ODS) won. The ODS leader spoke.")
    assert spans.count(("ORG", "ODS")) == 2


def test_title_case_headlines_and_appositive_names() -> None:
    assert ("ROLE", "Secretary Of State") in found("Amir Meets US Secretary Of State\n\nDoha")
    assert ("EVENT", "AU Summit") in found("Ramaphosa Hails Progress Made At AU Summit In Ethiopia")
    assert ("PERSON", "Keisal M. Peters") in found(
        "at its opening, the host Minister of Foreign Affairs, Keisal M. Peters, will present"
    )
    # The portfolio listed with commas is one ROLE (rule 2a), never a person "Trade and Industry".
    assert found("the Minister of Foreign Affairs, Trade and Industry said") == [
        ("ROLE", "Minister of Foreign Affairs, Trade and Industry")
    ]


def test_modifiers_joined_by_and_before_a_head_noun() -> None:
    assert ("ORG", "Mines and Energy Ministry") in found("talks with the Mines and Energy Ministry")
    assert ("ORG", "Monopolies and Mergers Commission") in found(
        "Britain's Monopolies and Mergers Commission said"
    )
    assert ("GPE", "Russia") in found("the Russia and China Summit opened")


def test_two_letter_initials_headline_verbs_and_may_after_in() -> None:
    spans = found("Adviser for Commerce SK Bashir Uddin and CS Amina Mohamed met.")
    assert ("PERSON", "SK Bashir Uddin") in spans and ("PERSON", "Amina Mohamed") in spans
    assert ("PERSON", "Shoukry") in found("Foreign Minister Shoukry Engages with Iran on Gaza")
    assert found("condolences in May. They may go.") == [("DATE", "May")]
    assert ("ROLE", "Chief Adviser") in found("including Chief Adviser Professor Muhammad Yunus")
    assert ("ORG", "AA") in found("ANKARA/ISTANBUL (AA) – Turkish Foreign Minister Hakan Fidan")


def test_general_assembly_sessions_portfolio_first_titles_and_written_variants() -> None:
    assert ("EVENT", "78th United Nations General Assembly") in found(
        "on the sidelines of the ongoing 78th United Nations General Assembly (UNGA)"
    )
    assert ("ORG", "15th National Assembly") in found("the 15th National Assembly met")
    assert ("ROLE", "Foreign Affairs Minister") in found(
        "Nigeria’s Foreign Affairs Minister, Ambassador Yusuf Tuggar has held talks"
    )
    assert ("DATE", "Mar 28,2017") in found("By JT - Mar 28,2017 - Last updated")
    assert ("GPE", "Timor Leste") in found("to Visit Papua New Guinea, Timor Leste")
    assert ("GPE", "PNG") in found("members of PNG’s new Cabinet")


def test_datelines_name_the_agency_and_the_city() -> None:
    assert found("YEREVAN, MAY 23, ARMENPRESS. The minister") == [
        ("GPE", "YEREVAN"),
        ("DATE", "MAY 23"),
        ("ORG", "ARMENPRESS"),
    ]
    assert ("ORG", "MONTSAME") in found("Ulaanbaatar /MONTSAME/. On March 16, the minister")
    assert ("ORG", "TDI") in found("Baku, 1 March 2023 (TDI): the ministry said")
    assert found("Some text.\n\nMAP: 06 March 2024\n") == [
        ("ORG", "MAP"),
        ("DATE", "06 March 2024"),
    ]
    assert ("GPE", "TASHKENTSK") in found("TASHKENTSK, Oct. 4 — The talks")
    assert found("VVS/RMB/MVB") == []  # editors' initials are not an agency


def test_dates_written_month_first_or_with_a_slash() -> None:
    assert ("DATE", "2/13/2018") in found("Published: 2/13/2018")
    assert ("DATE", "February 15/2023") in found("Addis Ababa February 15/2023 /ENA/")


def test_names_with_fused_initials_suffixes_and_initials() -> None:
    spans = found("Minister D.Tsogtbaatar met Ms. O.Enkhtsetseg at the Ministry of Foreign Affairs")
    assert ("PERSON", "D.Tsogtbaatar") in spans and ("PERSON", "O.Enkhtsetseg") in spans
    assert ("PERSON", "K.M.Wijesekera") in found("Foreign Minister K.M.Wijesekera said so.")
    spans = found("Officials said Nepal PM Ram Bahadur Thapa met them.")
    assert ("ROLE", "PM") in spans and ("PERSON", "Ram Bahadur Thapa") in spans
    assert ("PERSON", "Ferdinand Marcos Jr.") in found("met President Ferdinand Marcos Jr.\n")
    spans = found("his counterpart Subrahmanyam Jaishankar. Later S. Jaishankar met them.")
    assert ("PERSON", "S. Jaishankar") in spans


def test_two_parties_meeting_is_not_a_named_event() -> None:
    spans = found(
        "Kosovo-Serbia Dialogue Ahead of Kurti-Vucic Meeting. Albin Kurti and Aleksandar Vucic"
    )
    assert not [span for span in spans if span[0] == "EVENT"]
    assert {("GPE", "Kosovo"), ("GPE", "Serbia"), ("PERSON", "Kurti"), ("PERSON", "Vucic")} <= set(
        spans
    )
    assert ("EVENT", "Shangri-La Dialogue") in found("at the Shangri-La Dialogue in Singapore")


def test_titles_listed_served_and_after_a_portfolio() -> None:
    assert (
        "ROLE",
        "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
    ) in found(
        "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser"
        " Bourita, held"
    )
    assert found("the host Minister of Foreign Affairs, Keisal M. Peters, will")[0] == (
        "ROLE",
        "Minister of Foreign Affairs",
    )
    assert ("ROLE", "Deputy Spokesman for the Secretary-General") in found(
        "Farhan Haq, Deputy Spokesman for the Secretary-General."
    )
    spans = found(
        "Assistant Foreign Minister for the Deputy Foreign Minister’s office Ambassador Ayham"
    )
    assert ("ROLE", "Assistant Foreign Minister") in spans
    assert ("ROLE", "Foreign Affairs Spokesperson") in found(
        "according to Foreign Affairs Spokesperson, Meles Alem."
    )
    assert ("ROLE", "Foreign Affairs minister") in found(
        "Foreign Affairs minister Fredrick Shava has left"
    )
    assert not [
        s
        for s in found("Communication With Envoys For Interests")
        if s[0] == "ROLE" and "For" in s[1]
    ]


def test_a_province_after_its_city() -> None:
    assert ("GPE", "Ontario") in found(
        "November 25, 2021 – Ottawa, Ontario – Global Affairs Canada"
    )
    assert ("GPE", "U.S.") in found("Telephone Discussion on Iran-U.S. Talks")


def test_countries_end_their_complement_and_names_keep_a_middle_title_word() -> None:
    spans = found("Acting Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov held")
    assert ("GPE", "Republic of Uzbekistan") in spans
    assert ("PERSON", "Bakhtiyor Saidov") in spans
    assert ("GPE", "Republic of Belarus") in found("the Republic of Belarus for 2023-2024 was")
    assert ("PERSON", "Hossein Amir Abdollahian") in found(
        "the Islamic Republic of Iran Hossein Amir Abdollahian, the"
    )


def test_numbered_meetings_of_ministers_and_agencies_after_a_name() -> None:
    assert ("EVENT", "11th Mekong-ROK Foreign Ministers Meeting") in found(
        "co-chair the 11th Mekong-ROK Foreign Ministers Meeting."
    )
    assert ("EVENT", "Fourth Ministerial Meeting of Afghanistan's Neighboring Countries") in found(
        "the results of the Fourth Ministerial Meeting of Afghanistan's Neighboring Countries held"
    )
    assert ("ORG", "Ministry of Foreign Affairs and International Cooperation") in found(
        "a press release of the Ministry of Foreign Affairs and International Cooperation AKP got"
    )
    assert (
        "ROLE",
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
    ) in found(
        "the UK Secretary of State for Foreign, Commonwealth and Development Affairs David Cameron."
    )
    assert ("ORG", "FN") in found("Source: AKP\n\nPhnom Penh (FN), May 19 – The minister")


def test_lowercase_titles_cue_names_and_initials_join_them() -> None:
    spans = found("met Chilean president Michellet Bachelet today")
    assert ("ROLE", "president") in spans and ("PERSON", "Michellet Bachelet") in spans
    assert ("PERSON", "A. K. Abdul Momen") in found(
        "her counterparts, namely Dr A. K. Abdul Momen of"
    )
    assert ("ROLE", "Federal Foreign Minister") in found("Federal Foreign Minister visits Norway")
    assert ("ORG", "Ministry of Foreign Affairs and Regional Integration") in found(
        "A statement issued by the Ministry of Foreign Affairs and Regional Integration, copied"
    )


def test_names_nobody_listed_in_a_list_of_people() -> None:
    spans = found(
        "the Foreign Ministers of Djibouti, Abdoulkader Houssein Omar; Guinea, Morissanda "
        "Kouyaté; and ministers of Kenya and Algeria: Musalia Mudavadi, Ahmed Attaf and others."
    )
    assert {
        ("PERSON", "Abdoulkader Houssein Omar"),
        ("PERSON", "Morissanda Kouyaté"),
        ("PERSON", "Musalia Mudavadi"),
        ("PERSON", "Ahmed Attaf"),
    } <= set(spans)
    assert ("PERSON", "Olivier J.P. Nduhungirehe") in found("and Olivier J.P. Nduhungirehe, who")
    assert ("PERSON", "Marie-Edith Tassyla Ye Doumbeneny") in found(
        "Equatorial Guinea--Marie-Edith Tassyla Ye Doumbeneny, respectively"
    )
    assert ("PERSON", "Sering Modou Njie") in found("Rwanda, Sering Modou Njie, and others")
    assert found("Trade, Industry and Commerce officials met") == []


def test_surname_first_and_capitalised_surnames_and_arabic_names() -> None:
    assert ("PERSON", "Ban Ki-moon") in found("Guterres took over from Ban Ki-moon on January 1")
    assert ("PERSON", "Zubairu DADA") in found("by H.E. Mr. Zubairu DADA, Minister of State")
    assert ("PERSON", "Sultan bin Saad Al Muraikhi") in found(
        "the State Minister for Foreign Affairs Sultan bin Saad Al Muraikhi and"
    )
    spans = found("US Defense Secretary Lloyd Austin met them. Austin said no.")
    assert ("PERSON", "Lloyd Austin") in spans and ("PERSON", "Austin") in spans
    assert ("GPE", "Austin") not in spans
    assert ("GPE", "Finland") in found("Given Finland's position, the talks ended.")
    assert ("PERSON", "de Mistura") in found("Staffan de Mistura spoke. Later de Mistura left.")


def test_context_names_outlets_leaders_agreements_and_the_west() -> None:
    assert ("ORG", "Newsweek") in found("an op-ed published in the US magazine Newsweek on Monday")
    spans = found("the end of the Asad regime and the Obama administration's view")
    assert ("PERSON", "Asad") in spans and ("PERSON", "Obama") in spans
    assert ("LAW", "Prespa agreement") in found("to implement the Prespa agreement between them")
    assert ("LOC", "West") in found("its dispute with the West over Ukraine")
    assert ("LOC", "West") not in found("the West Bank and the West African states")
    assert ("LAW", "resolution 2254") in found("pursuant to Security Council resolution 2254.")


def test_generic_governments_plural_titles_and_demonyms() -> None:
    assert found("talks with the US Administration on Iran") == [("GPE", "US"), ("GPE", "Iran")]
    assert found("He met the Norwegian Government.") == []
    assert not [s for s in found("Ministers discussed the latest developments") if s[0] == "ROLE"]
    assert ("ROLE", "Ministers") in found("During their call, the Ministers highlighted ties")
    assert found("its key Asian ally") == []
    assert ("ORG", "Yonhap News Agency") in found("the South’s Yonhap News Agency said")


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (("GPE", "Russia"), "in the U.S.-Russia Strategic Security Dialogue, the"),
        (
            ("EVENT", "Strategic Security Dialogue"),
            "in the U.S.-Russia Strategic Security Dialogue",
        ),
        (
            ("ROLE", "Union Minister of State for External Affairs"),
            "(ANI): Union Minister of State for External Affairs, V Muraleedharan on Sunday met",
        ),
        (
            ("ROLE", "Minister of State for Foreign Affairs"),
            "by Mr. Dada, Minister of State for Foreign Affairs of the Federal Republic of Nigeria",
        ),
        (
            ("ROLE", "Emergency Relief Coordinator"),
            "Mark Lowcock, the Emergency Relief Coordinator,",
        ),
        (
            ("ORG", "United Nations Support Mission in Libya"),
            "The United Nations Support Mission in Libya (UNSMIL) hopes",
        ),
        (("DATE", "29 Jul."), "29 Jul. 10:00\nThe United States filed"),
    ],
)
def test_parties_before_a_named_dialogue_and_numbered_titles(
    expected: tuple[str, str], text: str
) -> None:
    assert expected in found(text)


def test_a_clock_time_names_no_prime_minister() -> None:
    assert not [s for s in found("Published April 24, 2023 | 12:20 PM") if s[0] == "ROLE"]


def test_single_word_portfolios_predicates_and_territories() -> None:
    assert ("ROLE", "Vice Unification Minister") in found("He met Vice Unification Minister Choi")
    assert ("ROLE", "Commerce Secretary") in found("US Commerce Secretary Penny Pritzker said")
    spans = found("In his first press conference as unification minister, Kwon told them")
    assert not [span for span in spans if span[0] == "ROLE"]
    assert ("GPE", "Falkland Islands") in found("defend the Falkland Islands if necessary")
    assert ("LOC", "Mount Kumgang") in found("tours to its scenic Mount Kumgang, which")
    assert ("ORG", "KBS") in found("an interview with state broadcaster KBS.")
    spans = found("part of the Workers’ Party’s Central Committee that oversees")
    assert ("ORG", "Workers’ Party") in spans and ("ORG", "Central Committee") in spans
    spans = found("the new minister of Foreign Affairs of Angola Téte António, expressing")
    assert ("GPE", "Angola") in spans and ("PERSON", "Téte António") in spans
    assert ("PERSON", "Sebade Toga") in found("the day was H.E. Sebade Toga, who is")


# -- issue 16, sixth part: held-out round 12 (Kyrgyzstan, Taiwan, Papua New Guinea/Fiji, Oman) --


def test_gulf_and_pacific_honorifics_and_ranks_stay_outside_names() -> None:
    assert ("PERSON", "Badr Hamad Al Busaidi") in found(
        "Muscat: Sayyid Badr Hamad Al Busaidi, Foreign Minister, held"
    )
    assert ("PERSON", "Wiliame Katonivere") in found("Fiji President Ratu Wiliame Katonivere and")
    spans = found("RFMF Chief of Staff Brigadier General Sapenafa Motufaga and others")
    assert spans == [
        ("ORG", "RFMF"),
        ("ROLE", "Chief of Staff"),
        ("PERSON", "Sapenafa Motufaga"),
    ]


def test_names_in_chinese_script_chairs_and_chained_complements() -> None:
    spans = found("said President Lai Ching-te (賴清德) Wednesday")
    assert ("PERSON", "賴清德") in spans and ("PERSON", "Lai Ching-te") in spans
    assert ("ROLE", "Chair") in found("meet PIF Chair Henry Puna ahead of the retreat")
    spans = found("Indonesia’s priorities as ASEAN Chair for 2023")
    assert not [span for span in spans if span[0] == "ROLE"]
    assert ("PERSON", "Nazirmad Alizod") in found(
        "received the Ambassador of the Republic of Tajikistan to the Kyrgyz Republic Nazirmad"
        " Alizod."
    )
    assert ("ROLE", "Acting Commissioner of Police") in found(
        "the Acting Commissioner of Police Mr. Juki Fong Chew"
    )


def test_dates_written_year_first_or_with_a_month_between_slashes() -> None:
    assert ("DATE", "2012/01/16") in found("Central News Agency\n2012/01/16 16:56:22\n")
    assert ("DATE", "08/November/2023") in found("Oman Wednesday 08/November/2023 21:05 PM")


# -- round 13 (Bangladesh, Georgia, Colombia, Rwanda, Finland) --


def test_portfolio_advisers_lowercase_portfolios_and_abbreviated_ambassadors() -> None:
    assert ("ROLE", "Foreign Affairs Adviser") in found("Foreign Affairs Adviser Md Touhid Hossain")
    assert ("ROLE", "Foreign affairs minister") in found(
        "Foreign affairs minister Olivier Nduhungirehe visited Chad"
    )
    spans = found("his Burundian counterpart Amb Albert Shingiro on the sidelines")
    assert ("ROLE", "Amb") in spans and ("PERSON", "Albert Shingiro") in spans
    spans = found(
        "Gert Jan Koopman, the Director-General for Neighbourhood and Enlargement Negotiations of"
        " the European Commission."
    )
    assert ("PERSON", "Gert Jan Koopman") in spans
    assert ("ROLE", "Director-General for Neighbourhood and Enlargement Negotiations") in spans
    assert ("ORG", "European Commission") in spans


def test_day_ranges_before_a_year_outlets_with_the_and_demonyms_before_a_place() -> None:
    assert ("DATE", "26-27 April 2022") in found("visited Colombia on 26-27 April 2022 in order")
    assert ("DATE", "29 Jan 2019") in found("Published : 29 Jan 2019, 00:50")
    assert ("DATE", "May") in found("In May this year, a delegation")
    assert ("ORG", "The New Times") in found("16 July 2025\nThe New Times (Kigali)\n")
    spans = found("The meeting took place at the Chadian Presidential Palace in N'Djamena.")
    assert ("LOC", "Presidential Palace") in spans
    assert ("LOC", "Arctic") in found("issues related to the Arctic region.")
    assert ("ORG", "APA") in found("a diplomatic source confirmed Thursday to APA in Kigali.")


# -- round 14 (Jiji Press, MOLDPRES, NNA, LBCI) --


def test_caretaker_titles_abbreviations_and_apposition_with_the() -> None:
    assert ("ROLE", "Caretaker Prime Minister") in found("Caretaker Prime Minister, Najib Mikati")
    assert ("ROLE", "ForMin") in found("ForMin Odobescu, Moldovan counterpart Popsoi hold talks")
    assert ("ROLE", "foreign minister") in found(
        "Abdallah Bou Habib, the interim foreign minister, attended"
    )
    assert ("ORG", "G-7") in found("The G-7 groups Britain, Canada and France.")


def test_bodies_led_by_a_modifier_movements_and_hyphenated_parties() -> None:
    assert ("ORG", "Executive Committee of the Palestine Liberation Organization") in found(
        "the Secretary-General of the Executive Committee of the Palestine Liberation Organization"
    )
    assert ("ORG", "Islamic Resistance Movement") in found(
        "but the Islamic Resistance Movement (Hamas) objected"
    )
    assert found("The two Foreign Ministries declared") == []
    assert found("for a Republic of Moldova-Romania-Ukraine trilateral meeting.") == [
        ("GPE", "Republic of Moldova"),
        ("GPE", "Romania"),
        ("GPE", "Ukraine"),
    ]
    assert found("the Ministry of Foreign Affairs-led talks") == [
        ("ORG", "Ministry of Foreign Affairs")
    ]


# -- round 15 (newswire of the 1990s: AP, Los Angeles Times, Chicago Tribune, RFE/RL) --


def test_a_person_and_a_body_joined_by_and_are_not_one_body() -> None:
    spans = found(
        "Israeli Prime Minister Benjamin Netanyahu and Palestinian Authority President Yasser"
        " Arafat met"
    )
    assert ("PERSON", "Benjamin Netanyahu") in spans and ("ORG", "Palestinian Authority") in spans
    assert ("ORG", "Mines and Energy Ministry") in found("talks with the Mines and Energy Ministry")


def test_seats_of_government_are_places_where_the_text_says_so() -> None:
    assert found("a meeting at the Kremlin between them") == [("LOC", "Kremlin")]
    assert ("LOC", "Kremlin") in found("President Boris Yeltsin. Yeltsin's Kremlin office")
    assert found("the Kremlin said on Friday") == [("ORG", "Kremlin")]
    assert ("LOC", "Cave of the Patriarchs") in found("near Hebron’s Cave of the Patriarchs, a")


def test_names_after_lowercase_titles_and_newswire_titles() -> None:
    spans = found("But Palestinian negotiator Saeb Erekat said that")
    assert ("ROLE", "negotiator") in spans and ("PERSON", "Saeb Erekat") in spans
    assert ("ROLE", "government spokesman") in found("government spokesman Biebie Ekalabo said")
    spans = found("talks with U.S. Undersecretary of State Strobe Talbott. Talbott came")
    assert ("ROLE", "Undersecretary of State") in spans and ("PERSON", "Talbott") in spans
    spans = found("President Boris Yeltsin left. Yeltsin's Press Secretary Sergei Yastrzhembsky")
    assert ("ROLE", "Press Secretary") in spans and ("PERSON", "Yeltsin") in spans
    assert ("ROLE", "Presidential Chief-of-Staff") in found(
        "Presidential Chief-of-Staff Anatoly Chubais"
    )
    assert ("ORG", "The Associated Press") in found("told The Associated Press on Tuesday")
    assert ("ORG", "Alliance of Democratic Forces for the Liberation of Congo-Zaire") in found(
        "The rebel Alliance of Democratic Forces for the Liberation of Congo-Zaire started"
    )


# -- round 16 (UN Press, The Astana Times/Kazinform, Reuters/Xinhua in Caracas, AP on Sudan) --


def test_initials_after_a_title_personal_envoys_and_press_statements() -> None:
    spans = found("issued today by Council President Vassily A. Nebenzia (Russian Federation):")
    assert ("PERSON", "Vassily A. Nebenzia") in spans
    assert ("ROLE", "Personal Envoy") in found(
        "by the Secretary-General’s Personal Envoy, Ramtane Lamamra, of proximity talks"
    )
    spans = found("Security Council Press Statement on Sudan")
    assert ("ORG", "Security Council") in spans and ("GPE", "Sudan") in spans
    spans = found("the Official Spokesperson of the Kazakh MFA Aibek Smadyarov said")
    assert ("ORG", "MFA") in spans and ("PERSON", "Aibek Smadyarov") in spans
    assert ("ORG", "Sudanese Doctors' Syndicate") in found(
        "according to the Sudanese Doctors' Syndicate which tracks casualties"
    )


# -- round 17 (Iraq's foreign ministry and NINA, The Gleaner, Webdo and Shafaq News) --


def test_regions_newspapers_by_their_head_and_regional_frameworks() -> None:
    assert ("GPE", "Kurdistan") in found("leaders in the Kurdistan region for his appointment")
    assert ("ORG", "Trinidad Guardian") in found("(Trinidad Guardian) Foreign ministers met")
    assert ("LAW", "CARICOM Single Market and Economy") in found(
        "the situation in Haiti, the CARICOM Single Market and Economy, and"
    )


# -- rounds 18 and 19 (BelTA, Cyprus Mail, Indian Express, Uganda, Japan Times; Hungary,
# the Maldives, Fiji Sun/FBC, Xinhua/Reuters on Myanmar) --


def test_mixed_case_agencies_honorifics_and_joined_initials() -> None:
    spans = found("MINSK, 23 March (BelTA) – On 22 March the minister spoke, BelTA learned.")
    assert spans.count(("ORG", "BelTA")) == 2
    spans = found("met Foreign Minister U Nyan Win and Foreign Secretary Aum Pema Choden")
    assert ("PERSON", "Nyan Win") in spans and ("PERSON", "Pema Choden") in spans
    assert ("PERSON", "D.N. Dhungyel") in found("Bhutanese Foreign Minister D.N. Dhungyel was")
    spans = found("Adviser for Foreign Affairs Md. Touhid Hossain")
    assert ("PERSON", "Md. Touhid Hossain") in spans


def test_two_parties_before_a_named_event_and_names_after_a_complement() -> None:
    spans = found("co-chair the 4th India-Bhutan Development Cooperation Talks, the embassy said")
    assert spans[:3] == [
        ("GPE", "India"), ("GPE", "Bhutan"), ("EVENT", "Development Cooperation Talks")
    ]  # fmt: skip
    spans = found("covered the Fiji–Solomon Islands Security Agreement, with both")
    assert ("GPE", "Solomon Islands") in spans and ("LAW", "Security Agreement") in spans
    assert ("EVENT", "ASEAN-Japan Summit") in found("at the ASEAN-Japan Summit today")
    spans = found("met Secretary General of the Union for the Mediterranean Nasser Kamel, they")
    assert ("ORG", "Union for the Mediterranean") in spans and ("PERSON", "Nasser Kamel") in spans
    spans = found("Prime Minister and Minister for Foreign Affairs Sitiveni Rabuka held")
    assert ("ROLE", "Minister for Foreign Affairs") in spans


def test_short_last_names_and_towns_in_a_places_context() -> None:
    spans = found("Prime Minister Hun Sen met Deputy Prime Minister Sok An. Hun Sen said.")
    assert spans.count(("PERSON", "Hun Sen")) == 2 and ("PERSON", "Sok An") in spans
    spans = found("arrived in Jinja on Monday, then Nadi, Fiji; wrote to Sola.")
    places = [span for span in spans if span[0] == "GPE"]
    assert places == [("GPE", "Jinja"), ("GPE", "Nadi"), ("GPE", "Fiji")]
    assert found("when the Jinja Town Council met") == [("ORG", "Jinja Town Council")]


def test_regions_with_region_reference_numbers_and_more_portfolios() -> None:
    spans = found("India’s key maritime neighbour in the Indian Ocean Region (IOR) and")
    assert ("LOC", "Indian Ocean Region") in spans and ("LOC", "IOR") in spans
    spans = found("Ref: 2025/PR/4\nMinister Dr. Abdulla Khaleel departed")
    assert ("DATE", "2025") not in spans and ("ORG", "PR") not in spans
    spans = found("hosted the Minister of External Affairs of the Republic of India, Dr Jaishankar")
    assert ("ROLE", "Minister of External Affairs") in spans
    spans = found("Abdullah Hameed, Ambassador-at-Large and Mariyam Reesha, Joint Secretary at")
    assert ("ROLE", "Ambassador-at-Large") in spans and ("ROLE", "Joint Secretary") in spans


# -- round 20 (Serbia's foreign ministry and TASS, ERR News, WAFA, the Borneo Bulletin) --


def test_malay_honorifics_arabic_articles_and_dateline_cities() -> None:
    spans = found(
        "MINISTER of Foreign Affairs II Yang Berhormat Dato Seri Setia Awang Haji Erywan bin "
        "Pehin Datu Pekerma Jaya Haji Mohd Yusof said"
    )
    assert ("PERSON", "Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof") in spans
    assert ("PERSON", "Yang Jiechi") in found("met State Councilor Yang Jiechi in Beijing")
    assert ("ROLE", "Second Foreign Affairs Minister") in found(
        "Second Foreign Affairs Minister YB Dato Seri Setia Hj Erywan said"
    )
    spans = found("RAMALLAH, April 6, 2013 (WAFA) – Riyad al-Maliki met Heiko Maas; al-Maliki said")
    assert ("GPE", "RAMALLAH") in spans and spans.count(("PERSON", "al-Maliki")) == 1
    assert ("DATE", "13. Jun 2024") in found("13. Jun 2024.\nMinister Djuric met")
    assert ("DATE", "2020/2021") in found("expenses in the 2020/2021 financial year")
    assert ("ORG", "ERR News") in found("Follow ERR News on Facebook and Twitter!")


# -- round 21 (Bahrain's foreign ministry, Ariana News, KFM/The Irish Times, The News) --


def test_seas_after_demonyms_mission_lists_and_names_that_are_titles() -> None:
    spans = found("a trade barrier down the Irish Sea, as in the Chadian Presidential Palace")
    assert ("LOC", "Irish Sea") in spans and ("LOC", "Presidential Palace") in spans
    spans = found("Acting Foreign Minister Amir Khan Muttaqi and the head of UNAMA met")
    assert ("PERSON", "Amir Khan Muttaqi") in spans and ("ORG", "UNAMA") in spans
    spans = found("His Royal Highness Prime Minister Prince Khalifa bin Salman Al Khalifa said")
    assert ("PERSON", "Khalifa bin Salman Al Khalifa") in spans
    assert ("ROLE", "Prince") not in spans
    assert found("By News Desk\nOctober 09, 2021") == [("DATE", "October 09, 2021")]


# -- round 22 (Namibia, Zambia, the Dominican Republic and Cuba, Poland) --


def test_names_in_capitals_regions_in_datelines_and_names_to_their_capitals() -> None:
    spans = found("Minister Mulambo Haimbe met.\n\nHAIMBE CALLS FOR CALM AS GOVERNMENT ENGAGES")
    assert ("PERSON", "HAIMBE") in spans
    assert ("ORG", "ACN") in found("HAVANA, Cuba, Sep 4 (ACN) Roberto Alvarez Gil, the minister")
    spans = found("the signing of the Alliance for Development in Democracy (ADD) that includes")
    assert ("ORG", "Alliance for Development in Democracy") in spans and ("ORG", "ADD") in spans


# -- general classes across the held-out rounds (issue 16, eighth part) --


def test_names_that_start_with_a_title_and_lowercase_portfolios() -> None:
    spans = found("Amir Khan Muttaqi Leaves Kabul\n\nForeign Minister Amir Khan Muttaqi said")
    assert spans.count(("PERSON", "Amir Khan Muttaqi")) == 2 and ("ROLE", "Amir") not in spans
    spans = found("a delegation led by acting foreign minister Amir Khan Muttaqi left")
    assert spans[:2] == [("ROLE", "foreign minister"), ("PERSON", "Amir Khan Muttaqi")]
    spans = found("Sultan Haitham bin Tarik received the envoy")
    assert spans[:2] == [("ROLE", "Sultan"), ("PERSON", "Haitham bin Tarik")]
    spans = found("The acting information and culture minister Khairullah Khairkhwa said")
    assert spans[:2] == [
        ("ROLE", "information and culture minister"),
        ("PERSON", "Khairullah Khairkhwa"),
    ]
    assert found("the local envoy Martin Griffiths said")[0] == ("ROLE", "envoy")
    assert found("the trade envoy Martin Griffiths said")[0] == ("ROLE", "trade envoy")
    spans = found("Dr. Abdullatif bin Rashid Al Zayani met him. The letter to Alzayani was sent")
    assert ("PERSON", "Alzayani") in spans


# -- general classes across the held-out rounds (issue 16, ninth part) --


def test_names_no_list_knows_by_shape_place_or_apposition() -> None:
    spans = found(
        "Sri Lanka's Devinda R. Subasinghe, Mongolia's Ravdangiin Bold and Russia's Far East"
    )
    assert ("PERSON", "Devinda R. Subasinghe") in spans and ("PERSON", "Ravdangiin Bold") in spans
    assert ("PERSON", "Far East") not in spans
    spans = found("the meeting with Marise Payne, Australia’s Minister for Foreign Affairs")
    assert ("PERSON", "Marise Payne") in spans
    spans = found("Penny Wong and S. Jaishankar met A K Abdul Momen; Plan B. Officials left")
    assert ("PERSON", "S. Jaishankar") in spans and ("PERSON", "A K Abdul Momen") in spans
    assert found("Labour Minister U Aung Kyi")[-1] == ("PERSON", "Aung Kyi")


def test_republics_in_capitals_and_after_a_title() -> None:
    assert found(
        "Prof. Peter Mutharika, President of the Republic of Malawi, and Mama Janeth Magufuli"
    ) == [
        ("PERSON", "Peter Mutharika"),
        ("ROLE", "President"),
        ("GPE", "Republic of Malawi"),
        ("PERSON", "Janeth Magufuli"),
    ]
    assert found("THE REPUBLIC OF MALAWI AND THE UNITED REPUBLIC OF TANZANIA") == [
        ("GPE", "REPUBLIC OF MALAWI"),
        ("GPE", "UNITED REPUBLIC OF TANZANIA"),
    ]
    assert found("the President of the Republic said") == [("ROLE", "President of the Republic")]


def test_lowercase_heads_and_ministry_spokesmen_describing_talks_networks_and_parties() -> None:
    assert ("ROLE", "head") in found("Radosław Sikorski, the head of Polish diplomacy, held talks")
    assert found("ministry spokesman Anurag Srivastava said")[0] == ("ROLE", "ministry spokesman")
    spans = found("Netanyahu, Arafat Hold Lengthy Talks\n\nDuring the Official Talks, they met")
    assert not [span for span in spans if span[0] == "EVENT"]
    assert ("EVENT", "SCO Ministerial") in found(
        "Minister Holds Bilateral Talks On Sidelines Of SCO Ministerial"
    )
    spans = found("Gil posted on X, and the ministry said on the X platform that Plan X-1 failed")
    assert spans.count(("ORG", "X")) == 2
    spans = found(
        "Minister Pekka Haavisto (Green) met Cabinet Secretary Monica Juma (Foreign Affairs)"
    )
    assert ("ORG", "Green") in spans and ("ORG", "Foreign Affairs") not in spans


def test_family_names_by_their_ending_and_headline_verbs_ending_names() -> None:
    spans = found("received by Bush, and Khamrokhon Zaripov became the first ambassador")
    assert ("PERSON", "Khamrokhon Zaripov") in spans
    assert ("PERSON", "Uruguayan Zaripov") not in found("the Uruguayan Zaripov")
    spans = found("Yeltsin Asks Primakov To Draft\n\nMinister Yevgeny Primakov and Boris Yeltsin")
    assert ("PERSON", "Primakov") in spans and ("PERSON", "Yeltsin") in spans
    assert ("PERSON", "Piper Anne Wind Campbell") in found(
        "Ambassador Piper Anne Wind Campbell Presents Credentials to the President"
    )


def test_provinces_after_the_title_or_name_they_go_with() -> None:
    spans = found(
        "Chief Ministers Shahbaz Sharif of Punjab and Dr Abdul Malik Baloch of Balochistan"
    )
    assert ("GPE", "Punjab") in spans and ("GPE", "Balochistan") in spans


def test_lowercase_titles_with_their_body_and_coordinated_after_a_name() -> None:
    spans = found("It was attended by the president of Ecuador, Guillermo Lasso, and others")
    assert spans[:3] == [("ROLE", "president"), ("GPE", "Ecuador"), ("PERSON", "Guillermo Lasso")]
    spans = found(
        "a meeting with Marta Lucía Ramírez, vice president and foreign minister of Colombia"
    )
    assert ("ROLE", "vice president") in spans and ("ROLE", "foreign minister") in spans
    assert found("talks in Santiago de Chile with him") == [("GPE", "Santiago de Chile")]


def test_names_no_list_knows_before_said_or_met() -> None:
    spans = found("Rajaonarivony Narisoa said on Monday that Narisoa would go.")
    assert spans == [("PERSON", "Rajaonarivony Narisoa"), ("PERSON", "Narisoa")]
    assert found("Shehbaz Sharif met Erdogan")[0] == ("PERSON", "Shehbaz Sharif")
    assert found("Netanyahu met Abbas.")[0] == ("PERSON", "Netanyahu")
    assert ("PERSON", "Excellencies") not in found("Thereafter, Their Excellencies visited")


def test_wire_credits_name_people() -> None:
    spans = found(
        "(Reporting by Humeyra Pamuk and Simon Lewis in Washington; Editing by Daniel Wallis)"
    )
    assert spans == [
        ("PERSON", "Humeyra Pamuk"),
        ("PERSON", "Simon Lewis"),
        ("GPE", "Washington"),
        ("PERSON", "Daniel Wallis"),
    ]
    assert ("PERSON", "Julia Symmes Cobb") in found("Reporting by Julia Symmes Cobb.Edited by Ann")


def test_halls_and_a_lowercase_minister_with_its_portfolio() -> None:
    spans = found(
        "Victor Grange Mehile, minister of Agriculture of Guinea, at the Mansudae Assembly Hall"
    )
    assert ("ROLE", "minister of Agriculture") in spans
    assert ("LOC", "Mansudae Assembly Hall") in spans
    assert ("LOC", "Great Hall of the People") in found(
        "in the Great Hall of the People in Beijing"
    )


def test_washington_dc_is_two_places_and_places_the_judge_found_missing() -> None:
    assert found("his visit to Washington, D.C., and Port-Louis") == [
        ("GPE", "Washington"),
        ("GPE", "D.C."),
        ("GPE", "Port-Louis"),
    ]
    assert found("an attack on Hodeida and the crisis in Darfur") == [
        ("GPE", "Hodeida"),
        ("LOC", "Darfur"),
    ]


def test_us_state_department_is_split_and_amb_keeps_its_full_stop() -> None:
    assert found("The U.S. State Department said Amb. Mohamed Ali would come.") == [
        ("GPE", "U.S."),
        ("ORG", "State Department"),
        ("ROLE", "Amb."),
        ("PERSON", "Mohamed Ali"),
    ]


def test_portfolio_of_expatriates_and_libyas_government_of_national_accord() -> None:
    assert found(
        "Foreign and Expatriates Minister Faysal Mikdad backed the Government of National Accord."
    ) == [
        ("ROLE", "Foreign and Expatriates Minister"),
        ("PERSON", "Faysal Mikdad"),
        ("ORG", "Government of National Accord"),
    ]


def test_two_agencies_in_a_credit_and_the_commonwealth_summit() -> None:
    assert found("talks at the Commonwealth Heads of Government Meeting (CHOGM) (ANI/Sputnik)") == [
        ("EVENT", "Commonwealth Heads of Government Meeting"),
        ("EVENT", "CHOGM"),
        ("ORG", "ANI"),
        ("ORG", "Sputnik"),
    ]


def test_a_place_of_two_words_keeps_its_last_word_before_a_hyphen() -> None:
    assert found("the Johor Bahru-Singapore link and Kuala Lumpur-Singapore flights") == [
        ("GPE", "Johor Bahru"),
        ("GPE", "Singapore"),
        ("GPE", "Kuala Lumpur"),
        ("GPE", "Singapore"),
    ]


def test_a_surname_in_capitals_takes_the_given_name_after_it() -> None:
    assert found("Foreign Minister MOTEGI Toshimitsu said that Japan would help.") == [
        ("ROLE", "Foreign Minister"),
        ("PERSON", "MOTEGI Toshimitsu"),
        ("GPE", "Japan"),
    ]


def test_parliaments_known_by_their_own_name() -> None:
    assert found("the Dewan Rakyat was told, as the Knesset and the Sejm were") == [
        ("ORG", "Dewan Rakyat"),
        ("ORG", "Knesset"),
        ("ORG", "Sejm"),
    ]
    assert found("member states of the Black Sea Economic Cooperation") == [
        ("ORG", "Black Sea Economic Cooperation")
    ]


def test_abbreviated_and_plural_titles() -> None:
    assert found("Rep. Nancy Pelosi and Sen. George Akume met DPM/FM Parnpree.") == [
        ("ROLE", "Rep."),
        ("PERSON", "Nancy Pelosi"),
        ("ROLE", "Sen."),
        ("PERSON", "George Akume"),
        ("ROLE", "DPM"),
        ("ROLE", "FM"),
        ("PERSON", "Parnpree"),
    ]
    assert ("ROLE", "Sen.") not in found("Sen. Lieut. Gen. Nguyen Van Thanh attended.")
    assert found("Federal Councillor Cassis met Cabinet Ministers and Members of Parliament.") == [
        ("ROLE", "Federal Councillor"),
        ("PERSON", "Cassis"),
        ("ROLE", "Cabinet Ministers"),
        ("ROLE", "Members of Parliament"),
    ]


def test_a_portfolio_listed_with_a_serial_comma_or_an_office() -> None:
    assert ("ROLE", "Minister of Foreign Affairs, Foreign Employment, and Tourism") in found(
        "the Minister of Foreign Affairs, Foreign Employment, and Tourism, and others"
    )
    role = "Minister of Home Affairs, External Communications and National Development Unit"
    assert ("ROLE", role) in found(f"He called on the {role}, Minister of Finance.")


def test_agencies_in_datelines_of_other_shapes() -> None:
    assert ("ORG", "BNS") in found("VILNIUS, Apr 04, BNS – The following events are scheduled.")
    assert ("ORG", "TON") in found("BALI, 09 July 2022, (TON): Blinken met Wang Yi.")
    assert ("ORG", "NIAT Khovar") in found("DUSHANBE, 22.12.2020 (NIAT Khovar) – He met them.")
    assert ("ORG", "SANA") in found("Damascus, SANA_ Deputy Prime Minister Walid al-Moallem said")
    assert ("ORG", "ST") in found("DAMASCUS, (ST)_President Bashar al-Assad received the envoy.")


def test_titles_with_a_principal_an_affairs_portfolio_or_a_honorific_before_the_name() -> None:
    assert ("ROLE", "Diplomatic Adviser to UAE President") in found(
        "Anwar Gargash, Diplomatic Adviser to UAE President, said"
    )
    assert ("ROLE", "Assistant Secretary of Consular Affairs") in found(
        "the Assistant Secretary of Consular Affairs, Rena Bitter, said"
    )
    assert ("ROLE", "Secretary to the Government of the Federation") in found(
        "led by the Secretary to the Government of the Federation, Sen. George Akume."
    )
    assert found("and the chairwoman of the AU Commission, Dr Nkosazana Dlamini-Zuma, at") == [
        ("ROLE", "chairwoman"),
        ("ORG", "AU Commission"),
        ("PERSON", "Nkosazana Dlamini-Zuma"),
    ]
    assert found("UN High Commissioner for Human Rights Volker Türk said") == [
        ("ORG", "UN"),
        ("ROLE", "High Commissioner for Human Rights"),
        ("PERSON", "Volker Türk"),
    ]


def test_towns_by_travel_coordination_or_their_country() -> None:
    assert found("He will travel to Kandy, then to Jaffna and Trincomalee.") == [
        ("GPE", "Kandy"),
        ("GPE", "Jaffna"),
        ("GPE", "Trincomalee"),
    ]
    assert ("GPE", "Wangels") in found("At the meeting in Wangels, Germany, Joly said.")
    assert ("GPE", "Laukkaing") in found("nationals from Laukkaing, Myanmar.")
    assert ("GPE", "Smith") not in found("He wrote to Smith, Germany's envoy.")


def test_corps_senates_and_a_network_after_on() -> None:
    assert found("the Peace Corps and the Diplomatic Corps met the Senate of Colombia") == [
        ("ORG", "Peace Corps"),
        ("ORG", "Diplomatic Corps"),
        ("ORG", "Senate of Colombia"),
    ]
    assert found("The Ministry of Foreign Affairs on Facebook said") == [
        ("ORG", "Ministry of Foreign Affairs"),
        ("ORG", "Facebook"),
    ]


def test_named_plans_programmes_frameworks_and_goals_are_law() -> None:
    assert found("the Strategic National Development Plan of the Government of Timor-Leste") == [
        ("LAW", "Strategic National Development Plan"),
        ("GPE", "Timor-Leste"),
    ]
    assert found("the ECOWAS Single Currency Programme and the Millennium Development Goals") == [
        ("LAW", "ECOWAS Single Currency Programme"),
        ("LAW", "Millennium Development Goals"),
    ]
    assert found("the Peace Plan, the World Food Programme") == [("ORG", "World Food Programme")]


def test_a_domain_before_chief_and_a_director_of_affairs() -> None:
    assert found("Defense Minister Murhef Abu Kasra and Intelligence Chief Hussein Salameh") == [
        ("ROLE", "Defense Minister"),
        ("PERSON", "Murhef Abu Kasra"),
        ("ROLE", "Intelligence Chief"),
        ("PERSON", "Hussein Salameh"),
    ]
    assert found("UN Rights Chief Ends Visit") == [("ORG", "UN"), ("ROLE", "Rights Chief")]
    assert ("ROLE", "Director General of Special Affairs") in found(
        "the Director General of Special Affairs, Ana Luisa Fajer, said"
    )


def test_surnames_the_news_uses_alone() -> None:
    assert found("Putin is losing. Trump Tower stands.") == [("PERSON", "Putin")]
    assert ("PERSON", "Yoweri Kaguta Museveni") in found("President Yoweri Kaguta Museveni said")


def test_an_office_takes_in_the_title_it_serves() -> None:
    assert found("Briefing by the Office of the Spokesperson for the Secretary-General") == [
        ("ORG", "Office of the Spokesperson for the Secretary-General")
    ]
    assert found("the Office of the Minister of Foreign Affairs Abdulrahman Al-Dawood") == [
        ("ORG", "Office of the Minister of Foreign Affairs"),
        ("PERSON", "Abdulrahman Al-Dawood"),
    ]


def test_buildings_and_headquarters_are_places() -> None:
    assert found("at the New Treasury Building and the AU Headquarters") == [
        ("LOC", "New Treasury Building"),
        ("LOC", "AU Headquarters"),
    ]
    assert found("on Capacity Building and Nation Building") == []


def test_a_from_byline_and_credits_run_together() -> None:
    assert found("From Aidoghie Paulinus, Abuja\n") == [
        ("PERSON", "Aidoghie Paulinus"),
        ("GPE", "Abuja"),
    ]
    assert found("(Reporting by Andreas Rinke and Sarah Marsh Editing by Miranda Murray)") == [
        ("PERSON", "Andreas Rinke"),
        ("PERSON", "Sarah Marsh"),
        ("PERSON", "Miranda Murray"),
    ]


def test_a_period_of_years_is_one_date() -> None:
    assert ("DATE", "2028 to 2029") in found("a seat for the period 2028 to 2029.")


def test_a_member_of_chinas_central_party_bodies_is_one_role() -> None:
    assert found("Wang Yi, Member of the Political Bureau of the CPC Central Committee, said") == [
        ("PERSON", "Wang Yi"),
        ("ROLE", "Member of the Political Bureau of the CPC Central Committee"),
    ]


def test_diplomatic_corps_and_ministry_ranks() -> None:
    assert found("the Doyen of the Diplomatic Corps and the Senior Bureau Official met") == [
        ("ROLE", "Doyen"),
        ("ORG", "Diplomatic Corps"),
        ("ROLE", "Senior Bureau Official"),
    ]
    assert ("ROLE", "Parliamentary Vice-Minister for Foreign Affairs") in found(
        "Japan's Parliamentary Vice-Minister for Foreign Affairs, Ikuina Akiko, said"
    )


# -- issue 16: error classes of the held-out rounds 34-38, fixed as classes --


def test_two_countries_joined_by_a_hyphen_are_named_apart_even_before_a_body() -> None:
    assert found("the Sixth Meeting of the Nepal-India Joint Commission began") == [
        ("EVENT", "Sixth Meeting"),
        ("GPE", "Nepal"),
        ("GPE", "India"),
        ("ORG", "Joint Commission"),
    ]
    assert found("a transformational Australia-Solomon Islands partnership") == [
        ("GPE", "Australia"),
        ("GPE", "Solomon Islands"),
    ]
    assert found("Japan-U.S. relations") == [("GPE", "Japan"), ("GPE", "U.S.")]


def test_demonyms_of_countries_of_several_words_are_no_people() -> None:
    assert found("Costa Ricans and Solomon Islanders voted; Costa Rican Rodrigo Chaves won.") == [
        ("PERSON", "Rodrigo Chaves")
    ]
    assert found("a Sierra Leonean delegation") == []


def test_lowercase_titles_after_a_possessive_an_as_or_before_an_honorific() -> None:
    assert found("He met Zamir Kabulov, the Russian president's special envoy for Iran.") == [
        ("PERSON", "Zamir Kabulov"),
        ("ROLE", "special envoy"),
        ("GPE", "Iran"),
    ]
    assert ("ROLE", "ambassador") in found(
        "It named Ali Al Ghatam as Doha's new ambassador to Oman."
    )
    assert ("ROLE", "envoy") in found("Saudi envoy Prince Mansour bin Khalid Al-Saud arrived.")
    assert ("ROLE", "foreign minister") not in found("Japan's foreign minister told reporters.")


def test_outlets_named_by_their_kind_of_word_or_spoken_to() -> None:
    assert found("01 August 2018 Samoa Observer") == [
        ("DATE", "01 August 2018"),
        ("ORG", "Samoa Observer"),
    ]
    assert ("ORG", "Getty Images") in found("(Vitalii Nosach/AFP via Getty Images)")
    assert ("ORG", "Post") in found("the official told the Post from Delhi")
    assert ("ORG", "Post") not in found("the official told the Post Office")


@pytest.mark.parametrize(
    "outlet",
    ["Green Bangla Online", "Addis Standard", "Yemen Today", "Gazeta Express", "Bahrain Mirror"],
)
def test_an_outlet_named_by_its_kind_of_word_is_no_person(outlet: str) -> None:
    """ "Green Bangla Online reported" was a PERSON: a name ending in an outlet's word
    ("Online", "Express", "Standard", "Today", "Mirror", "Telegraph", "Insider", as "Times" or
    "Tribune") is an outlet (left44)."""
    spans = found(f"{outlet} reported on Monday that the talks would resume.")
    assert ("ORG", outlet) in spans
    assert not [text for kind, text in spans if kind == "PERSON"]


def test_a_process_named_by_a_place_and_a_complement_that_is_a_date() -> None:
    assert found("at the Berlin Process Summit on 14 October, not the Peace Process") == [
        ("EVENT", "Berlin Process Summit"),
        ("DATE", "14 October"),
    ]


def test_a_spelled_ordinal_session_of_a_body_is_one_event() -> None:
    assert found("the fifth meeting of the Joint Commission") == [
        ("EVENT", "fifth meeting of the Joint Commission")
    ]


def test_unlisted_capitals_standing_alone_name_a_body() -> None:
    assert found("The COFCOR will meet at 10:00 GMT; the NGO and the FILE PHOTO do not.") == [
        ("ORG", "COFCOR")
    ]
    assert found("THE CANADIAN PRESS") == []


def test_mid_month_is_one_date() -> None:
    assert found("a summit in mid-March, not in early August") == [
        ("DATE", "mid-March"),
        ("DATE", "August"),
    ]


def test_coordinated_adjectives_spelled_ordinals_and_the_body_an_event_abbreviates() -> None:
    assert found("the Bureau of European and Eurasian Affairs") == [
        ("ORG", "Bureau of European and Eurasian Affairs")
    ]
    assert found(
        "The Twenty-Sixth Meeting of the Council for Foreign and Community Relations (COFCOR)"
    ) == [
        ("EVENT", "Twenty-Sixth Meeting of the Council for Foreign and Community Relations"),
        ("ORG", "COFCOR"),
    ]


def test_a_town_named_after_city_town_or_village_of() -> None:
    assert found("in the Kyrgyz resort city of Cholpon-Ata and the village of Umm al-Kheir") == [
        ("GPE", "Cholpon-Ata")
    ]


def test_un_mandate_titles_are_roles_and_never_a_persons_name() -> None:
    """UN and EU mandate holders: "Special Rapporteur" was read as a person's name."""
    assert found("UN Special Rapporteur Francesca Albanese warned") == [
        ("ORG", "UN"),
        ("ROLE", "Special Rapporteur"),
        ("PERSON", "Francesca Albanese"),
    ]
    assert found("The Rapporteur said it; Rapporteur Albanese added more.") == [
        ("ROLE", "Rapporteur"),
        ("ROLE", "Rapporteur"),
        ("PERSON", "Albanese"),
    ]
    spans = found("The Independent Expert on human rights in Haiti, William O'Neill, noted it.")
    assert spans[:2] == [("ROLE", "Independent Expert"), ("GPE", "Haiti")]
    assert ("ROLE", "High Representative") in found("EU High Representative Josep Borrell said")
    assert ("ROLE", "Special Adviser") in found("Special Adviser Alice Nderitu said")
    assert ("ROLE", "Special Envoy") in found("the UN Special Envoy for Syria, Geir Pedersen")
    assert found(
        "The Special Representative of the Secretary-General for Iraq, Jeanine Hennis-Plasschaert"
    ) == [
        ("ROLE", "Special Representative of the Secretary-General"),
        ("GPE", "Iraq"),
        ("PERSON", "Jeanine Hennis-Plasschaert"),
    ]


def test_spaced_initials_are_the_country_with_their_full_stop() -> None:
    assert found("U. S. officials and the U. K. agreed") == [("GPE", "U. S."), ("GPE", "U. K.")]
    assert canonical_key("U. S.") == canonical_key("U.S.") == "united states"
