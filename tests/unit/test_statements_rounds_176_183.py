"""Speaker errors of held-out rounds 176-183 that recur across outlets (stfix22, session 26:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_ministry_named_with_its_listed_portfolios_is_one_speaker() -> None:
    text = (
        "Trade ties grow\n\n"
        "The Ministry of Foreign Affairs, Regional Cooperation and Expatriates said in a press"
        " release that the partnership would grow.\n\n"
        "Two envoys of the Ministry of Trade, Ivo Marsh and Ana Berg, met on Monday. Marsh said"
        " that the talks went well.\n"
    )
    names = [("ORG", "Ministry of Foreign Affairs"), ("PERSON", "Expatriates")]
    names += [("ORG", "Ministry of Trade"), ("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg")]
    names += [("PERSON", "Marsh")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ministry of Foreign Affairs, Regional Cooperation and Expatriates",
        "Ivo Marsh",
    ]


def test_the_same_source_is_whoever_spoke_last() -> None:
    text = (
        "Partnership praised\n\n"
        "Ivo Marsh met Ana Berg in the capital on Monday.\n\n"
        "The partnership rests on firm foundations, the Ministry of Trade said in a press"
        " release. The summit was a milestone for both parties, the same source added.\n"
    )
    names = [("PERSON", "Ivo Marsh"), ("PERSON", "Ana Berg"), ("ORG", "Ministry of Trade")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ministry of Trade",
        "Ministry of Trade",
    ]


def test_a_burmese_honorific_is_not_part_of_the_speakers_name() -> None:
    text = (
        "Envoys differ\n\n"
        "“The talks are a first step,” said the observer U Kyaw Lin.\n\n"
        "“We need more than talks,” said the politician Daw Aye Mya Thin.\n"
    )
    names = [("PERSON", "Kyaw Lin"), ("PERSON", "Daw Aye Mya Thin")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Kyaw Lin",
        "Aye Mya Thin",
    ]


def test_a_lowercase_owner_is_dropped_from_a_group_speaker_as_a_determiner() -> None:
    text = (
        "Bloc divided\n\n"
        "The bloc's top diplomats said in a joint statement that the violence must stop.\n\n"
        "The council’s foreign ministry said the statement was one-sided.\n\n"
        "The president’s office said the visit would go ahead.\n"
    )
    assert [s.speaker for s in find_statements(text, spanned(text, []))] == [
        "top diplomats",
        "foreign ministry",
        "president’s office",
    ]


def test_a_role_noun_in_capitals_opening_a_lede_is_not_the_title_it_serves() -> None:
    text = (
        "Minister keeps his post\n\n"
        "A SPOKESWOMAN for the Prime Minister said on Monday that the minister had her"
        " confidence.\n\n"
        "The MINISTER of Trade said that the tariffs would fall.\n"
    )
    names = [("ROLE", "SPOKESWOMAN for the Prime Minister"), ("ROLE", "MINISTER of Trade")]
    assert [s.speaker.lower() for s in find_statements(text, spanned(text, names))] == [
        "spokeswoman",
        "minister of trade",
    ]


def test_a_name_the_recogniser_missed_after_a_quotations_closing_verb_speaks() -> None:
    text = (
        "Summit opens\n\n"
        "“We shall spare no effort in our search for peace,” says Tamrat Oumer.\n\n"
        "“The countries should help one another,” said Norlandic diplomat.\n"
    )
    speakers = [s.speaker for s in find_statements(text, spanned(text, []))]
    assert speakers[0] == "Tamrat Oumer"
    assert "Norlandic" not in speakers


def test_an_aside_after_an_attributions_adjunct_leaves_the_content_before_it() -> None:
    text = (
        "Budget debated\n\n"
        "Trade must grow within the rules, Foreign Minister Ivo Marsh said on Friday, speaking"
        " before the budget committee of parliament.\n\n"
        "Neighbours pressed Norland to end the dispute, Foreign Minister Ana Berg said on"
        " Monday, weeks after the country cut ties with Sudland over the border.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Norland")]
    names += [("ROLE", "Foreign Minister"), ("PERSON", "Ana Berg"), ("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "Trade must grow within the rules"),
        ("Ana Berg", "Neighbours pressed Norland to end the dispute"),
    ]


def test_names_listed_after_with_close_an_attribution_as_its_adjunct() -> None:
    text = (
        "Minister meets the press\n\n"
        "Foreign Minister Ivo Marsh met reporters on Friday. Norland is back on the world"
        " stage, the minister explained in an interview with the Tarn Times, The Sudland Post"
        " and Radio Vell.\n\n"
        "During the talks, Ana Berg reminded that in her first term, she had emphasised on the"
        " need of trust among Norland, Sudland and Tarn.\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Ivo Marsh"), ("GPE", "Norland")]
    names += [("ROLE", "minister"), ("ORG", "Tarn Times"), ("ORG", "Sudland Post")]
    names += [("ORG", "Radio Vell"), ("PERSON", "Ana Berg"), ("GPE", "Norland")]
    names += [("GPE", "Sudland"), ("GPE", "Tarn")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "Norland is back on the world stage"),
        ("Ana Berg", "on the need of trust among Norland, Sudland and Tarn"),
    ]


def test_the_head_of_state_is_the_president_the_article_names() -> None:
    text = (
        "Director received\n\n"
        "The President of Norland, Ivo Marsh, received the new Director of the Standby Force,"
        " Ana Berg. Berg briefed the Head of State on the situation in the region. The Head of"
        " State urged the force to strengthen its capacity.\n"
    )
    names = [("ROLE", "President"), ("GPE", "Norland"), ("PERSON", "Ivo Marsh")]
    names += [("ROLE", "Director"), ("ORG", "Standby Force"), ("PERSON", "Ana Berg")]
    names += [("PERSON", "Berg"), ("ROLE", "Head of State"), ("ROLE", "Head of State")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ivo Marsh"]


def test_his_excellency_typed_with_a_comma_is_no_initial_of_the_name() -> None:
    text = (
        "Envoy received\n\n"
        "President Ana Berg received the envoy on Monday.\n\n"
        "H,E Ana Berg stressed that the region needs peace.\n"
    )
    names = [("ROLE", "President"), ("PERSON", "Ana Berg"), ("PERSON", "E Ana Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == ["Ana Berg"]


def test_a_relative_clause_naming_something_in_quotation_marks_ends_a_reported_clause() -> None:
    text = (
        "Border talks\n\n"
        "Ivo Marsh noted that the main line always concerns the border, which he described as"
        " a “question of survival”.\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.kind, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("reported", "the main line always concerns the border"),
        ("direct", "question of survival"),
    ]


def test_a_dotted_rank_and_its_note_between_a_title_and_the_name_set_off_leave_the_name() -> None:
    text = (
        "Chancery opened\n\n"
        "The envoy to Sudland, Dr. Ivo Marsh, said the new chancery would serve both peoples.\n\n"
        "Norland’s High Commissioner, Col. (Retired) Ana Berg, said the building would stand"
        " for the country’s commitment.\n"
    )
    names = [("ROLE", "envoy"), ("GPE", "Sudland"), ("PERSON", "Ivo Marsh")]
    names += [("GPE", "Norland"), ("ROLE", "High Commissioner"), ("PERSON", "Ana Berg")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Ivo Marsh",
        "Ana Berg",
    ]


def test_expressing_certainty_is_a_statement_as_expressing_belief_is() -> None:
    text = (
        "Vote ahead\n\n"
        "Referring to the coming vote, Ivo Marsh expressed his certainty that his party will"
        " win.\n"
    )
    names = [("PERSON", "Ivo Marsh")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("Ivo Marsh", "his party will win")
    ]


def test_a_document_its_issuers_noun_modifies_speaks_for_the_issuer_after_the_verb() -> None:
    text = (
        "Visit goes on\n\n"
        "The talks are part of the minister's visit to Sudland, said a ministry statement."
        " Trade has grown in recent years, according to the same source.\n\n"
        "The envoy will stay on, said an official statement.\n"
    )
    names = [("GPE", "Sudland")]
    assert [(s.speaker, s.text) for s in find_statements(text, spanned(text, names))] == [
        ("ministry", "The talks are part of the minister's visit to Sudland"),
        ("ministry", "Trade has grown in recent years"),
    ]


def test_a_full_name_misspelt_once_in_its_surname_is_the_person_named_right() -> None:
    text = (
        "Door stays open\n\n"
        "Secretary General Anders Holmqvist said the door remained open.\n\n"
        "“We will go on supporting the country on its way,” Anders Holmqivst noted.\n"
    )
    names = [("ROLE", "Secretary General"), ("PERSON", "Anders Holmqvist")]
    names += [("PERSON", "Anders Holmqivst")]
    assert [s.speaker for s in find_statements(text, spanned(text, names))] == [
        "Anders Holmqvist",
        "Anders Holmqvist",
    ]
