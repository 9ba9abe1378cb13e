"""Speakers linked as GUIDELINES.md decides, by class of the dev set's speaker errors
(stspeak30; invented sentences).

A role mention is the person who holds the role, though the article names them only far after
it and gives their title in an apposition that closes its sentence.
"""

from __future__ import annotations

from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"
FILLER = (
    "Chile remains one of few countries in the region that recognise the island, while it "
    "keeps large trade with its neighbours, worth some five billion dollars a year. Trade "
    "across the region has grown fast in recent years, as figures from a regional commission "
    "show, and several countries have changed sides in the last decade, citing trade and "
    "investment. Analysts expect more such changes in the coming years as the region's "
    "economies grow and new partners offer loans. "
)


def speakers(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_role_named_far_after_in_an_apposition_closing_its_sentence() -> None:
    body = (
        "The Foreign Minister of Chile reaffirmed the country's commitment to its ties with "
        f"Tarsia during a visit to the island. {FILLER}“We are open to trade with everyone,” "
        "stated Piet Ravel Moren, Chile’s Foreign Minister. “However, we will not cut our ties.”"
    )
    assert speakers(body)[0] == (
        "Piet Ravel Moren",
        "the country's commitment to its ties with Tarsia during a visit to the island",
    )


def test_abbreviation_full_stop_does_not_close_an_apposition() -> None:
    body = (
        f"Talks were held on Monday with Dana Korvel, the U.S. envoy to Norland. {FILLER}"
        "The envoy said that more talks would follow."
    )
    assert speakers(body) == [("Dana Korvel", "more talks would follow")]


def test_the_diplomat_is_the_envoy_not_a_host_outside_diplomacy() -> None:
    body = (
        "Prime Minister Aren Dovik received Ambassador Lio Tamsen of Norland on Monday. "
        "Dovik said he hoped that the ambassador would bring more investors to the country.\n\n"
        "The Norlandic diplomat pledged to promote trade between the two countries."
    )
    assert speakers(body)[-1] == ("Lio Tamsen", "to promote trade between the two countries")


def test_the_diplomat_after_a_foreign_minister_is_the_minister() -> None:
    body = (
        "Foreign Minister Aren Dovik met Ambassador Lio Tamsen of Norland on Monday. "
        "Dovik said the talks were useful.\n\n"
        "The diplomat stressed that trade must grow."
    )
    assert speakers(body)[-1] == ("Aren Dovik", "trade must grow")


MET = "Foreign Minister Aren Dovik met his Algerian counterpart, Lio Tamsen, in Cairo. "


def test_contrast_after_a_closing_quotation_mark_is_a_second_speaker() -> None:
    body = (
        f"{MET}At a press conference, Dovik said the talks were useful, adding, “We support "
        "the stability of Norland,” while the Algerian Foreign Minister announced that the "
        "people are able to overcome the crisis."
    )
    assert speakers(body)[-1] == ("Lio Tamsen", "the people are able to overcome the crisis")


def test_participle_after_a_contrast_is_its_subject_s() -> None:
    body = (
        f"{MET}During a joint press conference, Dovik said, the talks were useful, adding, “We "
        "support the stability of Norland,” while the Algerian Foreign Minister announced that "
        "the people are able to overcome the crisis, stressing that “Algeria and Norland are in "
        "one trench.”"
    )
    assert speakers(body)[-1] == ("Lio Tamsen", "Algeria and Norland are in one trench.")


def test_rank_before_a_title_closed_by_a_comma_is_the_person_s() -> None:
    body = (
        "During the session, the Prime Minister expressed that the old deal was not in the "
        f"country's interest. {FILLER}A report on Wednesday contradicted the Norlandic Prime "
        "Minister, Aren Dovik, on the cost of the deal."
    )
    assert speakers(body)[0] == ("Aren Dovik", "the old deal was not in the country's interest")


def test_lower_case_title_and_nationality_before_a_name_are_the_person_s() -> None:
    body = (
        "Czech diplomatic chief Jan Lipavsky met Lithuanian Foreign Minister Gabrielius "
        "Landsbergis on Monday. Landsbergis said the talks were useful. “We agree on "
        "enlargement,” the Czech diplomatic chief added."
    )
    assert speakers(body)[-1] == ("Jan Lipavsky", "We agree on enlargement,")


def test_the_top_diplomat_of_a_country_is_the_one_so_titled() -> None:
    body = (
        "Chinese top diplomat Wang Yi met Norlandic Foreign Minister Aren Dovik on Monday. "
        "Dovik said the talks were useful. The Chinese top diplomat said that ties must grow."
    )
    assert speakers(body)[-1] == ("Wang Yi", "ties must grow")


def test_a_sentence_link_before_a_role_mention_is_no_title_word() -> None:
    body = (
        "Foreign Minister Ana Vela met US Secretary of State Rex Colby in London. Colby said "
        "the talks were open. Nevertheless the Argentine minister said that the issue stays."
    )
    assert speakers(body)[-1] == ("Ana Vela", "the issue stays")


def test_role_in_lower_case_named_next_not_another_country_s_minister_titled_far_on() -> None:
    body = (
        "Norland’s foreign minister said he had raised concerns over the drills during "
        "meetings in Tarsia on Wednesday.\n"
        "The issue was a lack of notice, Piet Moren told reporters after the meetings.\n"
        f"{FILLER}\n"
        "Foreign minister Ana Vela said she had sought an explanation."
    )
    assert speakers(body)[0] == (
        "Piet Moren",
        "he had raised concerns over the drills during meetings in Tarsia on Wednesday",
    )


def test_quotation_after_a_sentence_opening_with_a_titled_person_is_the_subject_s() -> None:
    body = (
        "Tarsian Foreign Minister Aren Dovik met ministers in Vienna. “Talks were useful,” "
        "Minister Aren Dovik said.\n\n"
        "With Piet Moren, the Foreign Minister of Norland, chief Tarsian diplomat discussed the "
        "details of his visit.\n\n"
        "“Minister Moren is coming in February.”"
    )
    assert speakers(body)[-1] == ("Aren Dovik", "Minister Moren is coming in February.")


def test_a_minister_s_representative_is_the_minister_s_spokesperson() -> None:
    body = (
        "Moren's spokesperson Lina Vask told reporters that the call had been staged.\n\n"
        "Foreign Minister Piet Moren met the ambassador on Monday.\n\n"
        "“This shows it was a provocation,” the Norlandic minister's representative said."
    )
    assert speakers(body)[-1] == ("Lina Vask", "This shows it was a provocation,")


def test_a_title_held_as_a_second_one_is_the_person_s() -> None:
    body = (
        "The Director commended the leadership of President Ana Vela, as Chairperson of the "
        "African Union Assembly, to prioritize the region. On threats at sea, the Chairperson "
        "of the AU Assembly called for action from the force."
    )
    assert speakers(body) == [("Ana Vela", "action from the force")]
