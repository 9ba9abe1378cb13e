"""Errors of rounds 408-411 that recur across outlets (stfix78, session 43: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_surname_after_an_honorific_is_the_full_name_named_before() -> None:
    text = (
        "Talks\n\n"
        "A delegation called on Speaker Shri Ravi Tandel at Parliament House today.\n\n"
        "At the outset, Shri Tandel warmly greeted the delegation, emphasizing that the two"
        " nations were old friends.\n"
    )
    assert _said(text) == [("reported", "Ravi Tandel", "the two nations were old friends")]


def test_a_name_fused_to_the_verb_after_it_is_the_name_before_it() -> None:
    text = (
        "Talks\n\n"
        "President Park Min-accepted letters of credence from new envoys today.\n\n"
        "President Park expressed the hope relations would be elevated a step higher.\n"
    )
    assert _said(text) == [
        ("reported", "Park", "the hope relations would be elevated a step higher")
    ]


def test_an_outlets_report_is_the_channel_of_the_person_it_says_spoke() -> None:
    text = (
        "Visa ban\n\n"
        "According to the Global Times report, spokesman Ivo Lan said that the decision was a"
        " response to the sanctions.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Lan", "the decision was a response to the sanctions"),
    ]


def test_a_day_closed_by_a_comma_alone_leaves_the_subject_before_it() -> None:
    text = (
        "Visas\n\n"
        "The ministry on Wednesday, announced that it had cancelled the visas already issued.\n"
    )
    assert _said(text) == [("reported", "ministry", "it had cancelled the visas already issued")]


def test_an_outlets_name_in_capitals_is_no_document_standing_for_the_last_body() -> None:
    text = (
        "Visas\n\n"
        "The Federal Government announced that it had cancelled the visas.\n\n"
        "DAILY POST had reported that the Nigerian government on Wednesday announced that it"
        " was restricting entry.\n"
    )
    assert _said(text) == [
        ("reported", "Federal Government", "it had cancelled the visas"),
        ("reported", "Nigerian government", "it was restricting entry"),
    ]


def test_called_on_someone_to_bid_farewell_is_a_visit_not_an_appeal() -> None:
    text = (
        "Farewell\n\n"
        "High Commissioner Ana Lorn has called on President Ivo Marsh to bid farewell after"
        " five years.\n\n"
        "The ministers called on Norland to pay compensation.\n"
    )
    assert _said(text) == [("reported", "ministers", "Norland to pay compensation")]


def test_a_short_paragraph_without_a_stop_inside_a_quotation_run_is_the_speakers() -> None:
    text = (
        "Arrests\n\n"
        "Minister Ana Lorn said in a statement that 80 people had been rescued.\n\n"
        "“Investigations showed that many foreigners were cheated. They fell prey to promises.\n\n"
        '“I deeply regret these inhumane acts"\n\n'
        "“The syndicates were involved in scams,” Lorn said.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Lorn", "80 people had been rescued"),
        (
            "direct",
            "Ana Lorn",
            "Investigations showed that many foreigners were cheated. They fell prey to promises.",
        ),
        ("direct", "Ana Lorn", "I deeply regret these inhumane acts"),
        ("direct", "Ana Lorn", "The syndicates were involved in scams,"),
    ]


def test_page_debris_fused_to_a_name_is_no_part_of_it() -> None:
    text = (
        "Ivo Marsh NorlanRt. Hon. Ivo Marsh MP travelled to Norland on Monday.\n\n"
        "Mr Marsh said the visit was a moving experience.\n\n"
        "Ivo Marsh has been the Speaker since 2009.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the visit was a moving experience")]


def test_a_surname_spelt_as_a_place_after_a_given_name_set_off_by_commas() -> None:
    text = (
        "Scams\n\n"
        "Thailand’s opposition lawmaker, Rangsiman Paris, said the compounds were an empire.\n\n"
        "Rangsiman, who leads a committee, told VOA the scams had no end in sight.\n"
    )
    assert _said(text) == [
        ("reported", "Rangsiman Paris", "the compounds were an empire"),
        ("reported", "Rangsiman Paris", "the scams had no end in sight"),
    ]


def test_an_attribution_closing_the_sentence_is_no_part_of_the_content_before() -> None:
    text = (
        "Tourism\n\nCafe owners in Tarn said tourism had dropped — «c’est la guerre» — one said.\n"
    )
    assert _said(text) == [("reported", "Cafe owners", "tourism had dropped — «c’est la guerre»")]


def test_a_quotation_that_lost_its_closing_mark_ends_before_its_attribution() -> None:
    text = (
        "Travel\n\n"
        "The attacks came on Sunday.\n\n"
        '"As of May 16, as many as 14 countries have issued a travel advisory, Head of the'
        " Bureau Ivo Lan stated here on Wednesday.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Lan", "As of May 16, as many as 14 countries have issued a travel advisory")
    ]
