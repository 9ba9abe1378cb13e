"""Errors of rounds 598-599 that recur across outlets (stfix117, session 55: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_the_opposition_speaks_as_a_group() -> None:
    text = "Terms\n\nThe opposition argues that the charter limits presidents to two terms.\n"
    assert _said(text) == [
        ("reported", "opposition", "the charter limits presidents to two terms"),
    ]


def test_an_unlisted_present_before_a_bare_given_name_attributes_a_quotation() -> None:
    text = (
        "Vote\n\n"
        '"I did not vote, my candidate is excluded," laments Ivo, a student in the old town.\n'
    )
    assert _said(text) == [("direct", "Ivo", "I did not vote, my candidate is excluded,")]


def test_a_participle_quoting_after_an_attribution_quotes_the_same_speaker() -> None:
    text = (
        "Vote\n\n"
        "Ana Berg won the vote.\n"
        '"We lost. Berg is already elected," said Ivo Kral, a student, denouncing "the violence'
        ' and the fear of all".\n'
    )
    assert _said(text) == [
        ("direct", "Ivo Kral", "We lost. Berg is already elected,"),
        ("direct", "Ivo Kral", "the violence and the fear of all"),
    ]


def test_a_quotation_in_a_contrasting_while_clause_is_its_own_subjects() -> None:
    text = (
        "Deal\n\n"
        "Norland Prime Minister Ivo Kral described the event as a “historic day,” while Tarn"
        " Prime Minister Ana Berg considered that the agreement represented “the basis for"
        " building lasting peace.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Kral", "historic day,"),
        ("direct", "Ana Berg", "the basis for building lasting peace."),
    ]


def test_according_to_what_a_source_reported_after_the_content_is_the_sources() -> None:
    text = (
        "Deal\n\n"
        "Under the deal, Tarn will release its prisoners, according to what was reported by the"
        " Norland News Agency.\n"
    )
    assert _said(text) == [
        ("reported", "Norland News Agency", "Under the deal, Tarn will release its prisoners"),
    ]


def test_a_quotation_after_the_reporters_words_linking_it_to_one_before_is_attributed_after() -> (
    None
):
    text = (
        "Talks\n\n"
        "“We can do it,” Ana Berg said. “We need stronger defences” to deal with “various"
        " changes in the security environment,” Berg said.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Berg", "We can do it,"),
        ("direct", "Ana Berg", "We need stronger defences"),
        ("direct", "Ana Berg", "various changes in the security environment,"),
    ]


def test_according_to_the_website_of_a_body_names_a_document_no_speaker() -> None:
    text = (
        "Stateless\n\n"
        "The stateless population includes many hill tribes, according to the website of the"
        " Norland Observatory.\n"
        "The deal was signed, according to a statement on the website of the Norland Foreign"
        " Ministry.\n"
    )
    assert _said(text) == [("reported", "Norland Foreign Ministry", "The deal was signed")]


def test_we_in_a_bodys_statement_is_the_body_that_spoke_before() -> None:
    text = (
        "Statement\n\n"
        "The Norland Council of Ministers said on Monday that the truce must hold.\n"
        "We urge all parties to return to the talks.\n\n"
        "We are a small team, and we stress that our readers come first.\n"
    )
    assert _said(text) == [
        ("reported", "Norland Council of Ministers", "the truce must hold"),
        ("reported", "Norland Council of Ministers", "all parties to return to the talks"),
    ]


def test_quoted_words_citing_a_nouns_complement_are_the_citers() -> None:
    text = (
        "Alliance\n\n"
        "In response, Ivo Kral is refusing any alliance, citing a lack of “consensus” and"
        " “sufficient legitimacy.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Kral", "consensus"),
        ("direct", "Ivo Kral", "sufficient legitimacy."),
    ]


def test_a_quotation_cut_off_after_a_sentence_naming_the_last_speakers_speech_is_theirs() -> None:
    text = (
        "Speech\n\n"
        "Ivo Kral stressed vigilance against terrorism. Yet the centrepiece of his speech was his"
        " pledge of a handover of leadership.\n"
        "“This mandate will also be one of generational handove"
    )
    assert _said(text) == [
        ("reported", "Ivo Kral", "vigilance against terrorism"),
        ("direct", "Ivo Kral", "This mandate will also be one of generational handove"),
    ]


def test_a_cut_off_quotation_after_her_speech_is_not_a_mans() -> None:
    text = (
        "Speech\n\n"
        "Ms Ana Berg arrived on Monday. Mr Ivo Kral said he was proud. The centrepiece of her"
        " speech was a pledge.\n"
        "“This mandate will also be one of generational handove"
    )
    assert _said(text) == [("reported", "Ivo Kral", "he was proud")]


def test_the_sources_own_relative_clause_after_according_to_is_a_second_statement() -> None:
    text = (
        "Vote\n\n"
        "The turnout was high, according to a Norland News journalist who noted that hundreds of"
        " people were still queuing.\n"
        "The talks failed, according to an official who asked not to be named.\n"
    )
    assert _said(text) == [
        ("reported", "Norland News journalist", "The turnout was high"),
        ("reported", "Norland News journalist", "hundreds of people were still queuing"),
        ("reported", "official", "The talks failed"),
    ]
