"""Errors of rounds 352-355 that recur across outlets (stfix61, session 39: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_country_named_plainly_is_not_renamed_by_its_formal_name_in_a_quotation() -> None:
    text = (
        "Talks news\n\n"
        "Qatar confirmed that the truce would hold for four days.\n\n"
        "“The State of Qatar affirms its commitment to the talks,” the envoy Ivo Marsh said.\n"
    )
    assert _speakers(text) == ["Qatar", "Ivo Marsh"]


def test_a_country_named_formally_keeps_its_formal_name() -> None:
    text = (
        "Talks news\n\n"
        "Qatar hosted the talks on Monday.\n\n"
        "The State of Qatar called for an immediate ceasefire in the region.\n"
    )
    assert _speakers(text) == ["State of Qatar"]


def test_the_post_said_is_the_words_of_whoever_posted_it() -> None:
    text = (
        "Talks news\n\n"
        "Norland confirmed that the talks would resume.\n\n"
        "The talks will start within a day, the Foreign Ministry in Norland posted on Monday on"
        " social media.\n\n"
        "“The number of those released will grow,” the post said.\n"
    )
    assert _speakers(text) == ["Norland", "Foreign Ministry"]


def test_it_is_the_organisation_opening_the_sentence_before_not_an_older_speaker() -> None:
    text = (
        "Talks news\n\n"
        "The Norland Council announced the success of a new mediation effort.\n\n"
        "The Norland Ministry of Foreign Affairs expressed its appreciation for the cooperation."
        " It affirmed that this reflects the level of mutual trust.\n"
    )
    assert _speakers(text) == ["Norland Council", "Norland Ministry of Foreign Affairs"]


def test_a_title_misspelt_with_a_letter_doubled_is_no_part_of_the_name() -> None:
    text = (
        "Talks news\n\n"
        "The Commissioner for Trade, Mr. Ivo Marshak, visited Tarn on Monday.\n\n"
        "Commisssioner Marshak said that Tarn should work on its reforms.\n"
    )
    assert _speakers(text) == ["Ivo Marshak"]


def test_a_dateline_in_capitals_with_its_agency_before_a_colon_is_no_speaker() -> None:
    text = (
        "Talks news\n\n"
        "EU envoy Ivo Marshak says the talks have failed.\n\n"
        "NORTOWN, DECEMBER 18, NORPRESS: “We tried to meet. It has not been possible,” he said"
        " on arrival.\n"
    )
    assert _speakers(text) == ["Ivo Marshak", "Ivo Marshak"]


def test_a_hyphen_after_a_closing_mark_leads_to_its_attribution() -> None:
    text = (
        "Talks news\n\n"
        "Foreign Minister Anna Holm met her counterpart on Monday.\n\n"
        '"There are themes we will not touch. The meeting will be purely technical, "- said'
        " Holm.\n"
    )
    assert _said(text) == [
        (
            "direct",
            "Anna Holm",
            "There are themes we will not touch. The meeting will be purely technical,",
        )
    ]


def test_a_nationality_that_is_also_a_given_name_is_no_part_of_a_person() -> None:
    text = (
        "Talks news\n\n"
        "Georgian Foreign Minister Anna Holm said on Tuesday that the meeting would be held"
        " in Geneva.\n\n"
        "Ivo Marsh, who leads the coalition “Georgian Dream”, called for normal relations.\n"
    )
    assert _speakers(text) == ["Anna Holm", "Ivo Marsh"]


def test_a_quotation_after_cited_x_as_saying_that_is_the_cited_persons() -> None:
    text = (
        "Talks news\n\n"
        "A Norland Radio report cited State Department spokesperson Anna Holm as saying"
        " following the meeting that “the minister conveyed his condolences for the lives"
        " lost”.\n"
    )
    assert _speakers(text) == ["Anna Holm"]


def test_according_to_the_report_a_person_who_urged_is_the_speaker() -> None:
    text = (
        "Talks news\n\n"
        "Norland Radio reported on the talks on Monday.\n\n"
        "According to the report, Ivo Marsh urged Tarn to leave the border and to stop the"
        " fighting.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Tarn to leave the border and to stop the fighting")
    ]


def test_a_participle_before_a_colon_introduces_the_next_lines_quotation() -> None:
    text = (
        "Talks news\n\n"
        "Ivo Marsh emphasized that the agency is handling its relations with Tarn with care,"
        " but stressed that Tarn must comply with its obligations, stating:\n"
        "“No party can claim to uphold the treaty.”\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the agency is handling its relations with Tarn with care",
        ),
        ("reported", "Ivo Marsh", "Tarn must comply with its obligations"),
        ("direct", "Ivo Marsh", "No party can claim to uphold the treaty."),
    ]


def test_a_representative_at_a_body_apposed_to_a_name_titles_it() -> None:
    text = (
        "Talks news\n\n"
        "Tarn’s representative at the International Atomic Energy Agency, Ivo Marsh, told"
        " reporters in Vienna that the inspector had left the site.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the inspector had left the site")]


def test_a_passive_characterisation_with_its_agent_after_the_quotation_is_the_agents() -> None:
    text = (
        "Talks news\n\n"
        "The ban on the inspectors has been described as “unprecedented” by the head of the"
        " watchdog, Ivo Marsh.\n\n"
        "The move was criticized as “a blow to trust” by Anna Holm.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "unprecedented"),
        ("direct", "Anna Holm", "a blow to trust"),
    ]


def test_a_passive_characterisation_without_an_agent_is_no_ones() -> None:
    text = "Talks news\n\nThe ban has been described as “unprecedented” by many in the region.\n"
    assert _said(text) == []


def test_the_commissioner_is_the_commissioner_named_before_or_next() -> None:
    text = (
        "Talks news\n\n"
        "Bringing Tarn into the Union is a greater priority, the enlargement commissioner said"
        " Thursday. Commissioner Ivo Marsh's visit to Tarn comes a day after the talks.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_the_nationals_ministry_is_the_office_named_with_its_countrys_possessive() -> None:
    text = (
        "Talks news\n\n"
        "Tajikistan’s Foreign Ministry has summoned the ambassador on Monday.\n\n"
        "“Such comments can damage the talks,” the Tajik ministry said on Tuesday.\n"
    )
    assert _speakers(text) == ["Tajikistan’s Foreign Ministry"]


def test_a_long_title_and_a_name_before_a_writers_comma_are_the_subject() -> None:
    text = (
        "Talks news\n\n"
        "The Special Representative of the Prime Minister for the normalization of relations"
        " with Russia Ivo Marsh, confirmed that his meeting with the envoys will be held this"
        " week.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "his meeting with the envoys will be held this week")
    ]


def test_a_relative_clause_whose_own_subject_said_it_ends_the_outer_statement() -> None:
    text = (
        "Talks news\n\n"
        "The envoy Ivo Marsh said that Tarn had detained the inspector, who the International"
        " Atomic Energy Agency said had been briefly prevented from leaving.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Tarn had detained the inspector"),
        (
            "reported",
            "International Atomic Energy Agency",
            "had been briefly prevented from leaving",
        ),
    ]
