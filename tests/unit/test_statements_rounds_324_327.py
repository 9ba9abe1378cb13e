"""Errors of rounds 324-327 that recur across outlets (stfix53, session 37: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from diplotui.text.sentences import paragraph_sentences
from tests.unit.statements_said import said as _said


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_sentences(text, 0, len(text))]


def test_a_letter_naming_a_platform_ends_its_sentence() -> None:
    text = (
        "“This is news and a moment,” Irish Prime Minister Colm Brady said on X."
        " “The release of Ivan Petrov is a reminder that values cannot be silenced.”\n"
        "Other outlets named more freed prisoners.\n"
    )
    assert _said(text) == [
        ("direct", "Colm Brady", "This is news and a moment,"),
        (
            "direct",
            "Colm Brady",
            "The release of Ivan Petrov is a reminder that values cannot be silenced.",
        ),
    ]


def test_initials_still_hold_their_names_together() -> None:
    assert _sentences("The book by J. A. Smith sold well. It was rated grade A. The end.") == [
        "The book by J. A. Smith sold well.",
        "It was rated grade A.",
        "The end.",
    ]
    assert len(_sentences("He met Malcolm X. The talks went on. Nguyen T. Hoa spoke.")) == 2


def test_a_cardinal_named_by_his_title_alone_is_resolved() -> None:
    text = (
        "Cardinal Ugo Ferrante met Foreign Minister Lena Varga in Rome. Varga thanked him.\n\n"
        "“We always hope for peace,” the Cardinal told various media outlets."
        " “We are pleased.”\n"
        "According to the cardinal, a meeting is near.\n"
        "The minister said the talks were long.\n"
    )
    assert _said(text) == [
        ("direct", "Ugo Ferrante", "We always hope for peace,"),
        ("direct", "Ugo Ferrante", "We are pleased."),
        ("reported", "Ugo Ferrante", "a meeting is near"),
        ("reported", "Lena Varga", "the talks were long"),
    ]


def test_a_report_closing_on_a_quotation_without_its_full_stop_is_body() -> None:
    text = (
        "Review ends without a deal\n"
        "Geneva: The review conference ended late Friday without a final document.\n"
        "Spokesperson Ivo Brandt said the chief was unhappy that states failed to reach a"
        ' "lasting settlement"\n'
        "The chief praised the parties.\n"
        'Talks "on hold"\n'
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Brandt",
            'the chief was unhappy that states failed to reach a "lasting settlement"',
        )
    ]


def test_a_noun_call_before_the_describing_verb_does_not_hide_it() -> None:
    text = (
        "Talks on trade\n\n"
        "Peru is seeking a deal with Chile to avoid tariffs, President Lucia Ortega announced"
        " on Thursday.\n\n"
        "Ortega’s comments followed a call with the Chilean leader on May 2, which she"
        " described as “excellent.” The talks went on.\n"
    )
    assert _said(text)[1:] == [("direct", "Lucia Ortega", "excellent.")]


def test_a_quotation_after_clarified_that_is_direct() -> None:
    text = (
        "Talks on trade\n\n"
        "Peru is seeking a deal with Chile to avoid tariffs, President Lucia Ortega announced"
        " on Thursday.\n\n"
        "She clarified that the sites are “large plants with ongoing movement,” stressing"
        " that this “does not mean more.”\n"
    )
    assert _said(text)[1:] == [
        ("direct", "Lucia Ortega", "large plants with ongoing movement,"),
        ("reported", "Lucia Ortega", "this “does not mean more.”"),
    ]


def test_according_to_a_named_source_needs_no_comma_before_it() -> None:
    text = (
        "Minister hails work with Norland\n\n"
        "Home Secretary Anna Berg has said that “no-one should be making these journeys”.\n"
        "There were no crossings on Saturday according to the Interior Ministry, after more"
        " than 500 people made the journey on Friday.\n"
        "Aid was shared according to the plan. That’s according to Anna Berg.\n"
    )
    assert _said(text)[1:2] == [
        ("reported", "Interior Ministry", "There were no crossings on Saturday")
    ]
    assert "That’s" not in [statement[2] for statement in _said(text)]


def test_an_agency_analysis_is_a_document_not_the_agency() -> None:
    text = (
        "Minister hails work with Norland\n\n"
        "Home Secretary Anna Berg has said that “no-one should be making these journeys”.\n"
        "The total currently sits at 21,117, according to Norland news agency analysis of"
        " Interior Ministry data.\n"
    )
    assert _said(text) == [("direct", "Anna Berg", "no-one should be making these journeys")]


def test_a_greeting_participle_and_its_partner_are_the_subjects() -> None:
    text = (
        "Prisoners were released during the visit of U.S. Special Envoy Karl Dane to Minsk.\n"
        "The release came on the day Dane held talks with President Ivan Brodsky in Minsk."
        " During the meeting, held at the Palace, Brodsky greeted Dane with a mix of warmth"
        " and anticipation, reportedly saying, “What a surprise, welcome dear friend,” and"
        " expressing hope for a candid dialogue on global matters.\n"
    )
    assert _said(text) == [
        ("direct", "Ivan Brodsky", "What a surprise, welcome dear friend,"),
        ("reported", "Ivan Brodsky", "hope for a candid dialogue on global matters"),
    ]


def test_two_outlets_named_together_are_one_source() -> None:
    text = (
        "Talks stall\n\n"
        "President Lena Varga has warned that talks may stall, according to NewsDesk and"
        " Interfax.\n"
        "The talks resumed, according to Reuters and AFP.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("NewsDesk and Interfax", "President Lena Varga has warned that talks may stall"),
        ("Reuters and AFP", "The talks resumed"),
    ]


def test_a_reporters_sentence_ends_a_quotation_left_open() -> None:
    text = (
        "Review ends without a deal\n"
        "Geneva: The conference ended late Friday without a final document.\n"
        "“The tense atmosphere needs immediate action. Mr. Ivo Brandt said the chief urged all"
        " governments to reduce nuclear risk.\n"
        "The treaty is old.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Brandt", "the chief urged all governments to reduce nuclear risk")
    ]


def test_the_subject_of_a_relative_clause_is_a_pronouns_antecedent() -> None:
    text = (
        "Talks on trade\n\n"
        "Peru is seeking a deal with U.S. President-elect Karl Brandt to avoid tariffs,"
        " President Lucia Ortega announced on Thursday.\n\n"
        "Brandt, in contrast, called the call on his site a deal, a claim Ortega firmly denied."
        " “We would never propose opening the market,” she said.\n"
    )
    assert _said(text)[1:] == [
        ("direct", "Lucia Ortega", "We would never propose opening the market,")
    ]


def test_a_told_clause_starts_after_its_one_word_addressee() -> None:
    text = (
        "The conference ended late Friday without a final decision.\n"
        "Ambassador Karl Mendez told media he was frustrated. Lena Varga told Matichon the"
        " meeting was no summit.\n"
    )
    assert [s.text for s in find_statements(text)] == [
        "he was frustrated",
        "the meeting was no summit",
    ]


def test_a_quotation_in_a_believed_clause_is_the_believers() -> None:
    text = (
        "The conference ended late Friday without a final decision.\n"
        'Before hearings started, Mr. Karl Mendez believed odds were "very poor" due to'
        " different views.\n"
        'The ministers believe that following the "Baltic Spirit" helps.\n'
        "The two sides believe “that the issue should be put aside,” the statement added.\n"
    )
    assert _said(text) == [("direct", "Karl Mendez", "very poor")]  # not the name, nor the
    # words the statement reports


def test_an_excerpt_opening_on_a_pronoun_is_the_one_person_named_later() -> None:
    text = (
        "Experts stay at the plant\n\n"
        "He told reporters on Friday upon arriving in Vienna that six experts remained at the"
        " plant.\n"
        "Earlier this week, Director General Ivo Marsh led the agency's mission to the plant.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "six experts remained at the plant")]
    two = text.replace("the agency's mission", "the mission with Minister Lena Varga")
    assert _said(two) == []  # two persons named: no telling whom "He" stands for
