"""Errors of rounds 292-295 that recur across outlets (stfix45, session 35: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_the_un_envoy_is_the_special_representative_named_at_a_sentences_end() -> None:
    text = (
        "Minister meets UN mission head\n\n"
        "The talks were held on Monday between Foreign Minister Ivo Marsh, and the Special"
        " Representative of the UN Secretary General, Chief of the United Nations Mission in"
        " Tarn, Olek Varda.\n\n"
        "The minister stressed that talks must go on.\n\n"
        "For his part, the UN envoy briefed the minister on the situation. He stressed that the"
        " ceasefire must hold.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Olek Varda"]


def test_reiterating_ones_appreciation_is_an_attitude_not_a_statement() -> None:
    text = (
        "Minister meets envoy\n\n"
        "Foreign Minister Ivo Marsh met Ambassador Olek Varda on Monday.\n\n"
        "The ambassador also reiterated his appreciation of the role played by Norland.\n\n"
        "He reaffirmed their deep gratitude for the aid.\n"
    )
    assert _said(text) == []


def test_a_ministers_title_runs_on_over_its_portfolios_to_his_name() -> None:
    text = (
        "Minister calls for talks\n\n"
        "NORLAND, May 2 - Minister of Foreign Affairs, Emigration and Expatriates Ivo Marsh"
        " met the Tarn envoy Olek Varda on Monday.\n\n"
        "The minister stressed that talks must go on.\n"
    )
    statements = find_statements(text)
    assert [(s.speaker, s.role) for s in statements] == [
        ("Ivo Marsh", "Minister of Foreign Affairs, Emigration and Expatriates")
    ]


def test_he_after_a_spokesman_reporting_what_the_minister_did_is_the_minister() -> None:
    text = (
        "Minister calls Tarn\n\n"
        "Foreign Minister Ivo Marsh held a phone call with Olek Varda on Monday.\n\n"
        "Foreign Ministry Spokesman Pal Dorn said the minister briefed Varda on the summit.\n\n"
        "He welcomed the plan and emphasized the need to carry it out.\n"
    )
    assert _speakers(text) == ["Pal Dorn", "Ivo Marsh"]


def test_he_after_a_spokesman_saying_what_is_planned_is_the_spokesman() -> None:
    text = (
        "Minister to visit Tarn\n\n"
        "Foreign Minister Ivo Marsh will visit Tarn next week.\n\n"
        "Foreign Ministry Spokesman Pal Dorn said the visit would focus on trade.\n\n"
        "He added that a deal may be signed.\n"
    )
    assert _speakers(text) == ["Pal Dorn", "Pal Dorn"]


def test_a_surname_named_alone_first_stays_its_own_when_its_full_names_are_relatives() -> None:
    text = (
        "Varda on Tarn\n\n"
        "President Varda said that the talks with Tarn went well.\n\n"
        "Varda is the son of the late leader Olek Varda and former First Lady Ana Varda.\n\n"
        "Varda said that Tarn asked about his mother.\n"
    )
    assert _speakers(text) == ["Varda", "Varda"]


def test_a_surname_alone_after_the_full_name_is_still_that_persons() -> None:
    text = (
        "Varda on Tarn\n\n"
        "President Ana Varda said that the talks with Tarn went well.\n\n"
        "Varda said that Tarn asked about her plans.\n"
    )
    assert _speakers(text) == ["Ana Varda", "Ana Varda"]


def test_a_guest_named_in_a_relative_clauses_object_is_not_the_he_after() -> None:
    text = (
        "Minister takes office\n\n"
        "Foreign Minister Ivo Marsh pledged to unveil a new policy soon.\n\n"
        "Marsh expressed deep gratitude during a brief reception, which included the presence"
        " of the Emir of Tarn, Olek Varda.\n\n"
        "The Herald reports that he urged the staff to work hard.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_verb_whose_only_content_is_a_participle_before_a_quotation_makes_no_statement() -> None:
    text = (
        "Minister takes office\n\n"
        "Foreign Minister Ivo Marsh added that the time is hard, but noted saying,\n\n"
        "“It is the highest honour to serve.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the time is hard"),
        ("direct", "Ivo Marsh", "It is the highest honour to serve."),
    ]


def test_a_quotation_after_a_question_set_off_after_said_is_direct() -> None:
    text = (
        "Minister on the vote\n\n"
        "In an interview, Foreign Minister Ivo Marsh said, when asked about the term “home"
        " rule” in the text: “No one has ever said that home rule means a vote.”\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "No one has ever said that home rule means a vote.")
    ]


def test_a_bare_the_spokesperson_is_the_only_speaker_going_on() -> None:
    text = (
        "Minister on the vote\n\n"
        "Foreign Minister Ivo Marsh stressed that the vote is over.\n\n"
        "He added that talks will go on. After that, the spokesperson stated that the text"
        " names four parties.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh", "Ivo Marsh"]


def test_the_spokesperson_after_two_speakers_is_someone_else() -> None:
    text = (
        "Minister on the vote\n\n"
        "Foreign Minister Ivo Marsh stressed that the vote is over. Trade Minister Olek Varda"
        " said that talks will go on.\n\n"
        "The spokesperson stated that the text names four parties.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "Olek Varda", "spokesperson"]


def test_a_participle_right_after_a_name_shown_inside_a_statement_is_no_statement() -> None:
    text = (
        "Talks called off\n\n"
        "President Ivo Marsh said he was calling off the talks over an ad that used clips of"
        " former president Olek Varda saying tariffs hurt trade.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "he was calling off the talks over an ad that used clips of former president Olek"
            " Varda saying tariffs hurt trade",
        )
    ]


def test_a_role_is_not_the_president_speaking_inside_its_statement() -> None:
    text = (
        "Envoy on talks\n\n"
        "Norland's ambassador to the United States says her team has kept talking to officials"
        " since President Ivo Marsh said he was ending the talks.\n\n"
        "Ana Varda, who also serves as Norland's chief negotiator with the U.S., says her"
        " people have been in touch.\n"
    )
    assert _speakers(text) == ["Ana Varda", "Ana Varda"]


def test_quoted_a_named_person_with_a_title_set_off_as_saying_is_that_persons() -> None:
    text = (
        "Minister calls Tarn\n\n"
        "Norland media quoted Ivo Marsh, a spokesman for the Ministry of Foreign Affairs, as"
        " saying that the minister discussed the crisis with his counterpart.\n"
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_a_closing_mark_run_into_the_next_sentence_ends_it() -> None:
    text = (
        "Union urges Tarn\n\n"
        'Chairman Ivo Marsh urged the summit to "ask Tarn to do what is right."He added that'
        " the union would name an envoy.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", 'the summit to "ask Tarn to do what is right."'),
        ("reported", "Ivo Marsh", "the union would name an envoy"),
    ]
