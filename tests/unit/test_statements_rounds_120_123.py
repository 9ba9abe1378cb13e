"""Statements and speakers the held-out rounds 120-123 missed or misread
(tests/statements_dev/SOURCES: classes of error, invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n"


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def test_a_title_after_an_opening_phrase_is_what_she_stands_for_not_the_last_name() -> None:
    body = (
        "Lisbon (ANA) – Portuguese Ambassador to Chile, Peru and Ecuador Maria Costa Dias has"
        " presented her credentials to Chilean Minister of Trade, Industry and Labour Carlos M."
        " Ortega at a ceremony.\n"
        "At the ceremony, the ambassador conveyed greetings of the Portuguese President to the"
        " Chilean people.\n"
        "She vowed to spare no efforts to deepen the friendship between the two nations.\n"
    )
    assert found(body) == [
        (
            "Maria Costa Dias",
            "reported",
            "to spare no efforts to deepen the friendship between the two nations",
        )
    ]


def test_cambodian_honours_are_no_part_of_the_name_and_a_premier_is_a_prime_minister() -> None:
    body = (
        "Cambodia’s Prime Minister Samdech Akka Moha Sena Padei Techo Sok Vanna held official"
        " talks with his visiting Vietnamese counterpart H.E. Tran Van Binh this morning.\n"
        "For his part, the Cambodian premier called on his counterpart to open more border"
        " markets.\n"
        "On the occasion, the Vietnamese premier announced to provide US$3 million to Cambodia"
        " for the construction of a new school in the north.\n"
    )
    assert found(body) == [
        ("Sok Vanna", "reported", "his counterpart to open more border markets"),
        (
            "Tran Van Binh",
            "reported",
            "to provide US$3 million to Cambodia for the construction of a new school in the north",
        ),
    ]


def test_a_participle_after_quoted_and_a_name_is_the_named_persons() -> None:
    body = (
        "On Monday, a coast guard unit was sent to the disputed reef.\n"
        "The state broadcaster quoted Deputy Commander Lin Hao boldly stating his ships will"
        " patrol the reef every week.\n"
    )
    assert found(body) == [("Lin Hao", "reported", "his ships will patrol the reef every week")]


def test_a_count_of_topics_suggested_is_no_content() -> None:
    body = (
        "Opposition spokesman Tomas Lenk said yesterday that the lack of news about the summit"
        " was “absurd” given its importance, and suggested several topics that should be raised"
        " during the talks with the guests.\n"
        "He suggested several issues should be left to the experts.\n"
    )
    assert found(body) == [
        (
            "Tomas Lenk",
            "reported",
            "the lack of news about the summit was “absurd” given its importance",
        ),
        ("Tomas Lenk", "reported", "several issues should be left to the experts"),
    ]


def test_a_titled_name_then_a_comma_before_its_verb_is_the_subject() -> None:
    body = (
        "Leaders of Baltic nations have confirmed they will attend the summit in Riga next"
        " spring.\n"
        "Latvia’s Foreign Minister Janis Ozols, says the other Baltic countries told him this at"
        " last month’s council in Vilnius.\n"
    )
    assert found(body) == [
        ("Leaders", "reported", "they will attend the summit in Riga next spring"),
        (
            "Janis Ozols",
            "reported",
            "the other Baltic countries told him this at last month’s council in Vilnius",
        ),
    ]


def test_an_adverb_between_the_comma_and_a_participle_attribution_still_ends_the_clause() -> None:
    body = (
        "At a news conference, Ozols highlighted that Riga fully backs the new trade talks and"
        " hopes for an early deal, also noting that Latvia will fund the new port.\n"
    )
    assert found(body) == [
        ("Ozols", "reported", "Riga fully backs the new trade talks and hopes for an early deal"),
        ("Ozols", "reported", "Latvia will fund the new port"),
    ]


def test_an_unlisted_participle_after_a_closing_quotation_mark_ends_the_clause() -> None:
    body = (
        "Riga, Latvia — Foreign Minister Janis Ozols says Estonian Prime Minister Karin Tamm has"
        " not repeated her party’s calls for closing the border to “all trade,” describing"
        " their talks as “calm and useful.”\n"
        "Ozols will host Tamm next week.\n"
    )
    assert found(body) == [
        (
            "Janis Ozols",
            "reported",
            "Estonian Prime Minister Karin Tamm has not repeated her party’s calls for closing"
            " the border to “all trade,”",
        ),
        ("Janis Ozols", "direct", "calm and useful."),
    ]


def test_a_quotation_an_agency_reported_on_a_day_is_its_own_unless_a_person_is_named() -> None:
    body = (
        "The summit ended late on Friday.\n"
        "The official Baltic News Service (BNS) reported on Friday that the summit “opens a new"
        " page of trust between the three neighbours.”\n"
        "The agency reported that Foreign Minister Janis Ozols called the deal “a fair one.”\n"
    )
    assert found(body) == [
        (
            "Baltic News Service",
            "direct",
            "opens a new page of trust between the three neighbours.",
        )
    ]


def test_a_place_named_as_the_last_word_of_a_person_named_before_is_that_person() -> None:
    body = (
        "Deputy Foreign Minister Ngo Le Van received the Lao delegation in Hanoi on Monday.\n"
        "“The two countries share a special friendship,” Van said.\n"
        "Van stressed that the two sides should meet more often.\n"
    )
    assert found(body) == [
        ("Ngo Le Van", "direct", "The two countries share a special friendship,"),
        ("Ngo Le Van", "reported", "the two sides should meet more often"),
    ]


def test_a_one_letter_given_name_closes_a_three_part_name() -> None:
    body = "The talks ended on Friday.\n\n“It went well,” said spokesperson Tran Van A.\n"
    assert found(body) == [("Tran Van A", "direct", "It went well,")]


def test_a_title_joined_by_hyphens_before_a_surname_is_no_part_of_the_name() -> None:
    body = (
        "Concluding his visit, OSCE Chairperson-in-Office and Slovakia’s Minister for Foreign"
        " Affairs, Miroslav Lajcak, welcomed the talks.\n"
        "OSCE Chairperson-in-Office Lajcak met with the leaders in Baku.\n"
        "Lajcak reaffirmed the OSCE’s support to a peaceful solution.\n"
        "OSCE Chairperson-in-Office Lajcak stressed that the talks must go on.\n"
    )
    assert found(body) == [
        ("Miroslav Lajcak", "reported", "the OSCE’s support to a peaceful solution"),
        ("Miroslav Lajcak", "reported", "the talks must go on"),
    ]


def test_the_minister_of_foreign_affairs_is_the_foreign_minister_so_titled() -> None:
    body = (
        "Foreign Minister Lena Varga welcomed her Estonian counterpart Karin Tamm on Monday.\n"
        "The two ministers met in Riga last year.\n"
        "Estonia’s Minister of Foreign Affairs stressed that the bloc must stay united.\n"
    )
    assert found(body) == [("Karin Tamm", "reported", "the bloc must stay united")]


def test_a_surname_names_the_full_name_it_closes_before_jr() -> None:
    body = (
        "President Pedro L. Santos, Jr. met on Monday with the Speaker of Chile, Ana Ruiz.\n"
        "Mr. Santos said he was “very pleased” with the talks.\n"
    )
    assert found(body) == [
        ("Pedro L. Santos, Jr.", "reported", "he was “very pleased” with the talks")
    ]


def test_a_title_then_the_person_who_made_the_remarks_is_that_person() -> None:
    body = (
        "Vienna, May 3 (ANA) Finnish Foreign Minister Anna Holm met with Austrian Chancellor"
        " Karl Weiss on Monday, during which the Austrian leader reaffirmed his wish to keep"
        " close ties with Helsinki.\n"
        "Weiss made the remarks during a short meeting at his office in the city, spokesman"
        " Tomas Lenk said during a briefing.\n"
    )
    assert found(body)[0] == ("Karl Weiss", "reported", "his wish to keep close ties with Helsinki")


def test_a_senior_diplomat_is_the_foreign_ministry_official_named_next() -> None:
    body = (
        "A senior Latvian diplomat affirmed on Monday his country will not take sides in the"
        " dispute.\n"
        "Janis Ozols, Secretary of State at the Latvian Ministry of Foreign Affairs, made the"
        " statement in reply to a letter from a group of exiles.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Janis Ozols"]


def test_two_last_words_of_a_name_without_its_hyphen_name_that_person() -> None:
    body = (
        "Minister of Foreign Affairs, Marta Lopez-Garcia, says the talks are bilateral.\n"
        "Minister Lopez Garcia says the bloc should coordinate its foreign policy.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Marta Lopez-Garcia"] * 2


def test_a_first_line_ending_in_a_full_stop_and_repeated_is_a_teaser_not_a_headline() -> None:
    teaser = "Alarmed by the floods, Mayor Anna Holm called for “swift relief” for the valley."
    text = f"{teaser}\n{teaser}\nThe week ahead in the city council.\n"
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Anna Holm", "“swift relief” for the valley"),
        ("Anna Holm", "“swift relief” for the valley"),
    ]


def test_a_paragraph_between_the_headline_and_a_dateline_lede_is_a_dek() -> None:
    body = (
        "Janis Ozols summoned the envoy because, he says, the visit was not announced.\n\n"
        "RIGA — Latvian Foreign Minister Janis Ozols summoned the Estonian envoy on Tuesday, the"
        " ministry said.\n\n"
        "Ozols stressed that the two countries remain close allies.\n"
    )
    assert [text for _, _, text in found(body)] == [
        "Latvian Foreign Minister Janis Ozols summoned the Estonian envoy on Tuesday",
        "the two countries remain close allies",
    ]


def test_the_ministry_is_the_acronym_named_before_that_opens_with_its_initial() -> None:
    body = (
        "The talks were held in Washington on Monday.\n"
        "MFA stated that the two ministers reaffirmed the ties between Latvia and the US.\n"
        "The Ministry also said that Latvia welcomes the meeting hosted by the Secretary.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["MFA", "MFA"]


def test_an_office_named_with_its_country_after_a_comma_keeps_it_in_its_name() -> None:
    body = (
        "Foreign Minister Arzu Deuba met her Sri Lankan counterpart in Colombo on Monday.\n"
        "The two sides stressed the need to expand trade, according to the Ministry of Foreign"
        " Affairs.\n"
        "Both leaders agreed on new flights, and the ministers stressed their wish to meet"
        " again, according to Ministry of Foreign Affairs, Nepal.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Ministry of Foreign Affairs, Nepal"] * 2


def test_a_time_after_a_documents_issuer_is_no_clause_of_its_own() -> None:
    body = (
        "The two leaders met in Riga on Monday.\n"
        "A joint statement issued by Holm’s office after the meeting said the two leaders"
        " discussed trade and the climate crisis.\n"
        "A statement issued after the two-day meeting by Foreign Minister Janis Ozols said that"
        " the ministers also considered plans for a summit.\n"
        "The statement comes as Estonia warned that it would close the border.\n"
    )
    assert [speaker for speaker, _, _ in found(body)] == ["Holm’s office", "Janis Ozols", "Estonia"]
