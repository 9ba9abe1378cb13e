"""Errors of rounds 476-479 that recur across outlets (stfix92, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_media_reports_with_no_outlet_are_the_speaker_whole() -> None:
    text = (
        "Recruits\n\n"
        "Officials have not commented, but media reports have said that the army hired guards.\n"
        "According to media reports on July 2, Norland filed a complaint.\n"
        "According to Sarnian media reports, the envoy left.\n"
    )
    assert _said(text) == [
        ("reported", "media reports", "the army hired guards"),
        ("reported", "media reports", "Norland filed a complaint"),
        ("reported", "Sarnian media", "the envoy left"),
    ]


def test_they_after_its_own_sentences_group_subject_past_an_opening_phrase() -> None:
    text = (
        "Recruits\n\n"
        "Officials have not commented, but media reports have said that the army hired guards.\n"
        "In September, Norlish authorities arrested 17 people over what they said was a ring"
        " recruiting guards.\n"
    )
    assert _said(text) == [
        ("reported", "media reports", "the army hired guards"),
        ("reported", "Norlish authorities", "was a ring recruiting guards"),
    ]


def test_telecom_carriers_and_operators_are_group_speakers() -> None:
    text = (
        "Cables\n\n"
        "ABIDJAN — Outages hit five countries on Thursday, according to telecom carriers.\n"
        "Mobile operators said the repairs would take weeks.\n"
    )
    assert _said(text) == [
        ("reported", "telecom carriers", "Outages hit five countries on Thursday"),
        ("reported", "Mobile operators", "the repairs would take weeks"),
    ]


def test_an_operator_before_its_name_is_a_modifier_not_the_verb() -> None:
    text = (
        "Cables\n\n"
        "“Breaks in two cables have cut services,” the Sarnian operator Zenta Group wrote on X.\n"
        "It stated that it was rerouting traffic.\n"
    )
    assert _said(text) == [
        ("direct", "Zenta Group", "Breaks in two cables have cut services,"),
        ("reported", "Zenta Group", "it was rerouting traffic"),
    ]


def test_according_to_a_kind_then_a_name_the_recogniser_missed_is_the_name() -> None:
    text = (
        "Cables\n\n"
        "According to the global internet monitoring group NetWatchers, outages hit Gabon.\n"
    )
    assert _said(text) == [("reported", "NetWatchers", "outages hit Gabon")]


def test_a_company_named_by_communications_is_one_body_its_short_form_named_back() -> None:
    text = (
        "Cables\n\n"
        "KTC Global Communications said it had rerouted traffic.\n"
        "Sarnia Communications Minister Ada Vey said the repairs would take weeks.\n"
        "KTC said it has taken measures.\n"
    )
    assert _said(text) == [
        ("reported", "KTC Global Communications", "it had rerouted traffic"),
        ("reported", "Ada Vey", "the repairs would take weeks"),
        ("reported", "KTC Global Communications", "it has taken measures"),
    ]


def test_where_a_body_is_based_is_not_its_name() -> None:
    text = (
        "Cables\n\n"
        "Hong Kong-based KTC Global Communications said it had rerouted traffic.\n"
        "Norland-born Ada Vey said the repairs would take weeks.\n"
    )
    assert _said(text) == [
        ("reported", "KTC Global Communications", "it had rerouted traffic"),
        ("reported", "Ada Vey", "the repairs would take weeks"),
    ]


def test_quoted_as_saying_past_a_title_after_a_countrys_possessive() -> None:
    text = (
        "Recruits\n\n"
        "The newspaper The Norland Post quoted Ada Vey, Norland's ambassador in Sarnia, as"
        " saying that 150 citizens were serving abroad.\n"
    )
    assert _said(text) == [("reported", "Ada Vey", "150 citizens were serving abroad")]


def test_according_to_after_a_lists_bullet() -> None:
    text = (
        "Recruits\n\n"
        "Ada Vey said the plan failed.\n"
        "  • According to the Sarnian Ministry of Defence, the army is recruiting abroad.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Vey", "the plan failed"),
        ("reported", "Sarnian Ministry of Defence", "the army is recruiting abroad"),
    ]


def test_a_datelines_dash_glued_to_the_place_ends_it() -> None:
    text = "Returns\n\nERBIL, Kurdistan Region of Sarnia— Norland says it has 500 families back.\n"
    assert _said(text) == [("reported", "Norland", "it has 500 families back")]


def test_one_of_an_unnamed_pair_named_alone_is_not_the_pair() -> None:
    text = (
        "Cables\n\n"
        "Three cables were cut, a telecom company and a Sarnian official said.\n"
        "The Sarnian official said he was trying to find out why.\n"
    )
    assert _said(text)[1] == ("reported", "Sarnian official", "he was trying to find out why")


def test_an_office_named_whole_after_its_departments_possessive_is_the_office() -> None:
    text = (
        "Sanctions\n\n"
        "According to the US Treasury’s Office of Foreign Assets Control (OFAC), the network"
        " recruited former soldiers.\n"
    )
    assert _said(text) == [
        ("reported", "Office of Foreign Assets Control", "the network recruited former soldiers")
    ]


def test_and_then_the_speakers_pronoun_and_a_listed_verb_starts_another_statement() -> None:
    text = (
        "Cables\n\n"
        "Deputy Ada Vey expressed concerns about gaps in the navy and she said Norland would"
        " have been unable to act.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Vey", "concerns about gaps in the navy"),
        ("reported", "Ada Vey", "Norland would have been unable to act"),
    ]


def test_an_organisations_name_in_another_tongue_set_off_after_it() -> None:
    text = (
        "Ships\n\n"
        "The Irish Defence Forces, Óglaigh na hÉireann, confirmed that it was monitoring ships.\n"
        "The Ministry of Defence, Ministerio de Defensa, said the ships left.\n"
    )
    assert _said(text) == [
        ("reported", "Irish Defence Forces", "it was monitoring ships"),
        ("reported", "Ministry of Defence", "the ships left"),
    ]


def test_an_unnamed_woman_or_man_is_a_speaker_by_the_noun() -> None:
    text = (
        "Camps\n\n"
        "A Norlish woman told reporters she followed her husband to the camp.\n"
        "A Sarnian man said the guards had left.\n"
    )
    assert _said(text) == [
        ("reported", "Norlish woman", "she followed her husband to the camp"),
        ("reported", "Sarnian man", "the guards had left"),
    ]


def test_a_body_whose_name_holds_a_lowercase_the_is_named_whole() -> None:
    text = (
        "Camps\n\n"
        "Save the Children said it was disappointed that five children were left behind.\n"
        "In a report last month, Save the Children warned that winter was near.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Save the Children",
            "it was disappointed that five children were left behind",
        ),
        ("reported", "Save the Children", "winter was near"),
    ]


def test_a_sentence_opening_with_adding_that_goes_on_the_last_speakers_speech() -> None:
    text = (
        "Cables\n\n"
        "Prime Minister Ada Vey said the launch was a special day.\n"
        "Adding that the new cable will bring faster broadband, in a tweet.\n"
    )
    assert _said(text) == [
        ("reported", "Ada Vey", "the launch was a special day"),
        ("reported", "Ada Vey", "the new cable will bring faster broadband"),
    ]
