"""Errors of rounds 404-407 that recur across outlets (stfix76, session 43: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.statements_said import said as _said


def test_a_sentence_run_on_into_a_quotation_or_a_lone_article_is_its_own() -> None:
    text = (
        "Talks\n\n"
        "Envoy Ana Lorn met the ministers. She said the draft had several gaps.“If these are"
        " kept, it would not help the region,” she said.\n\n"
        "The diplomat Ivo Marsh was freed after two years.A Tarnish official"
        " said the envoy was safe.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Lorn", "the draft had several gaps"),
        ("direct", "Ana Lorn", "If these are kept, it would not help the region,"),
        ("reported", "Tarnish official", "the envoy was safe"),
    ]


def test_a_participle_after_a_semicolon_and_is_an_item_of_the_content() -> None:
    text = (
        "Talks\n\n"
        "Envoy Ivo Marsh spoke. He said the amendments proposed an end to the attacks; and adding"
        " a new point for a truce.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Ivo Marsh",
            "the amendments proposed an end to the attacks; and adding a new point for a truce",
        )
    ]


def test_a_persons_parents_speak_as_a_group() -> None:
    text = "Talks\n\nMarsh’s parents earlier said they could not wait to see their son.\n"
    assert _said(text) == [("reported", "parents", "they could not wait to see their son")]


def test_so_joining_a_clause_is_no_part_of_the_group_after_it() -> None:
    text = (
        "Talks\n\nThe mandate ends on Friday, so diplomats said another member would put"
        " forward a draft.\n"
    )
    assert _said(text) == [("reported", "diplomats", "another member would put forward a draft")]


def test_mallam_before_a_name_is_an_honorific() -> None:
    text = "Talks\n\nThe girls were tired, presidential spokesman Mallam Ibro Dankano said.\n"
    assert _said(text) == [("reported", "Ibro Dankano", "The girls were tired")]


def test_the_former_and_the_latter_are_the_two_persons_named_last_in_order() -> None:
    text = (
        "Talks\n\n"
        "Trade minister Ivo Marsh and finance minister Ana Lorn clashed over the project, with the"
        " former saying that the fate of the rail link is uncertain, and the latter claiming that"
        " it had been scrapped.\n\n"
        "Ivo Marsh later met Ana Lorn. The latter said the talks went well.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "the fate of the rail link is uncertain"),
        ("reported", "Ana Lorn", "the talks went well"),
    ]


def test_a_group_of_officers_after_as_speaks_as_the_officers() -> None:
    text = (
        "Talks\n\nA coup took place on Wednesday, as a group of military officers announced on"
        " television that they had dissolved the state institutions.\n"
    )
    assert _said(text) == [
        ("reported", "military officers", "they had dissolved the state institutions")
    ]


def test_the_statement_after_a_quotation_written_in_a_statement_is_its_writers() -> None:
    text = (
        "Talks\n\nThe European Union has also voiced its opposition to the coup.\n"
        "“The crisis must be resolved by law,” Ivo Marsh wrote on Thursday in a statement.\n"
        "“The country’s peace depends on it,” the statement added.\n"
    )
    assert _said(text) == [
        ("direct", "Ivo Marsh", "The crisis must be resolved by law,"),
        ("direct", "Ivo Marsh", "The country’s peace depends on it,"),
    ]


def test_it_after_a_body_an_organisation_owns_is_that_body() -> None:
    text = (
        "Talks\n\nThe African Union (AU) has announced its decision to suspend Tarn’s membership.\n"
        "The AU’s Peace and Security Council issued a statement on Thursday night, expressing"
        " its strong condemnation of the coup. It also declared that Tarn would be barred from"
        " all its activities.\n"
    )
    assert _said(text) == [
        ("reported", "African Union", "its decision to suspend Tarn’s membership"),
        ("reported", "Peace and Security Council", "Tarn would be barred from all its activities"),
    ]


def test_the_office_after_a_ministry_speaking_is_that_ministry() -> None:
    text = (
        "Talks\n\nTwo volunteers are expected to arrive on Friday, according to the Tarnish"
        " Foreign Ministry.\n\nThe two women were expected to arrive about noon, the office said."
        " They were released on Monday, the Foreign Ministry said.\n"
    )
    assert _said(text) == [
        ("reported", "Tarnish Foreign Ministry", "Two volunteers are expected to arrive on Friday"),
        (
            "reported",
            "Tarnish Foreign Ministry",
            "The two women were expected to arrive about noon",
        ),
        ("reported", "Tarnish Foreign Ministry", "They were released on Monday"),
    ]


def test_quoted_predicates_after_a_reported_sentence_go_on_with_its_speaker() -> None:
    text = (
        "Talks\n\nEnvoy Ivo Marsh spoke. Anyone who did not back the draft bears the blame, he"
        " said. The current draft “has no clear call for a truce” and “will not help to stop"
        " the bloodshed”.\n\nThe envoy spoke of gaps, he said. The plan is “more relevant than"
        " ever”.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "Anyone who did not back the draft bears the blame"),
        ("direct", "Ivo Marsh", "has no clear call for a truce"),
        ("direct", "Ivo Marsh", "will not help to stop the bloodshed"),
        ("reported", "Ivo Marsh", "The envoy spoke of gaps"),
    ]


def test_a_cabinet_is_a_body_that_speaks() -> None:
    text = (
        "Talks\n\nThe Tarnish cabinet had on Tuesday approved the agreement, describing it as"
        ' "a win-win situation for both countries".\n'
    )
    assert _said(text) == [("direct", "Tarnish cabinet", "a win-win situation for both countries")]


def test_it_said_after_a_lede_is_the_body_apposed_after_its_noun_past_a_dateline() -> None:
    text = (
        "Talks\n\nLOMA (AFP) - - The regional bloc TARNCOM on Saturday suspended Norland from"
        " its ranks after the coup there last month, it said.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "TARNCOM",
            "The regional bloc TARNCOM on Saturday suspended Norland from its ranks after the"
            " coup there last month",
        )
    ]


def test_arguing_after_an_object_with_no_comma_attaches_to_the_subject() -> None:
    text = (
        "Talks\n\nIn a statement to the leaders, Tarnish President Ivo Marsh justified his stance"
        " arguing the take-over was not a coup.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "the take-over was not a coup")]


def test_a_person_ending_a_description_of_the_subject_is_not_the_speaker() -> None:
    text = (
        "Talks\n\nOman, a chief backer of rebels fighting to topple Tarnish President Ivo"
        " Marsh, said it played a role in the release.\n"
    )
    assert _said(text) == [("reported", "Oman", "it played a role in the release")]


def test_a_dash_inside_a_bracketed_credit_does_not_end_the_dateline() -> None:
    text = (
        "Talks\n\nUNITED NATIONS (UrduPoint News / Sputnik - 24th April, 2023) The envoys are"
        ' "not in a position" to agree on new sanctions, spokesperson Ana Lorn said.\n'
    )
    assert _said(text) == [
        (
            "reported",
            "Ana Lorn",
            'The envoys are "not in a position" to agree on new sanctions',
        )
    ]


def test_a_diplomacy_chief_keeps_the_portfolio_in_the_role() -> None:
    text = "Talks\n\nEU diplomacy chief Ana Lorn said the talks went well.\n"
    found = find_statements(text)
    assert [(s.speaker, s.role, s.text) for s in found] == [
        ("Ana Lorn", "EU diplomacy chief", "the talks went well")
    ]


def test_explained_a_topic_then_saying_a_quotation_is_only_the_quotation() -> None:
    text = (
        "Talks\n\nEnvoy Ana Lorn explained her country’s veto in the chamber saying “this"
        " resolution did not mention the right of self-defence.”\n"
    )
    assert _said(text) == [
        ("direct", "Ana Lorn", "this resolution did not mention the right of self-defence.")
    ]


def test_proposing_a_draft_resolution_is_tabling_a_document_not_a_statement() -> None:
    text = (
        "Talks\n\nOn Friday, Ambassador Ivo Marsh proposed a ceasefire resolution tied to the"
        " release of the hostages. He also proposed a pause in the fighting.\n"
    )
    assert _said(text) == [("reported", "Ivo Marsh", "a pause in the fighting")]


def test_quoted_an_elder_as_saying_is_the_elders_even_cut_off_at_the_texts_end() -> None:
    text = (
        "Talks\n\nThe talks went on.\n\n"
        "The agency quoted a tribal elder as saying the talks went well.\n\n"
        "Tarn News Agency in Norland quoted a village elder as saying the T"
    )
    assert _said(text) == [
        ("reported", "tribal elder", "the talks went well"),
        ("reported", "village elder", "the T"),
    ]


def test_a_quotation_said_to_be_in_someones_words_is_theirs() -> None:
    text = (
        "Talks\n\nOn Monday, the army conducted a “clean-up operation” - to use the words used by"
        " the Tarnish minister of Health - from the square to the camp.\n\n"
        "The talks were “a dead end”, in the words of the Norland Foreign Ministry, and they"
        " ended.\n"
    )
    assert _said(text) == [
        ("direct", "Tarnish minister", "clean-up operation"),
        ("direct", "Norland Foreign Ministry", "a dead end"),
    ]
