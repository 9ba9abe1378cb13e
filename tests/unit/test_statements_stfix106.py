"""Error classes of held-out rounds 554-557 that recur across outlets (stfix106, session 51:
classes of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_what_a_pronoun_called_is_its_clause_subjects_words_after_a_reported_clause() -> None:
    text = (
        "Border\n\n"
        "The clashes erupted after Chile seized two posts and what it called “rebel "
        "hideouts,” near the river.\n"
        "Ivo Marsh announced that no envoy would attend, citing what he termed a “total "
        "disgrace” in the talks.\n"
    )
    assert _said(text) == [
        ("direct", "Chile", "rebel hideouts,"),
        ("reported", "Ivo Marsh", "no envoy would attend"),
        ("direct", "Ivo Marsh", "total disgrace"),
    ]


def test_a_listed_verbs_bare_form_after_of_is_its_noun() -> None:
    text = (
        "Summit\n\n"
        "The summit will feature European heads of state, with President Ivo Marsh expected "
        "to attend.\n"
        "The Secretary of State, Dan Avi, was slated to depart on Tuesday.\n"
        "Mara Lind said the talks would go on.\n"
    )
    assert _said(text) == [("reported", "Mara Lind", "the talks would go on")]


def test_a_second_quotation_a_few_words_after_one_an_unlisted_verb_gave_is_the_same_speakers() -> (
    None
):
    text = (
        "Vote\n\n"
        "In its statement, the Norland Front called the resolution an “outside guardianship "
        "mechanism” that its “people and their factions reject.”\n"
        "Ivo Marsh labelled the cartels a “terror network” bringing “poison” to the region.\n"
    )
    assert _said(text) == [
        ("direct", "Norland Front", "outside guardianship mechanism"),
        ("direct", "Norland Front", "people and their factions reject."),
        ("direct", "Ivo Marsh", "terror network"),
        ("direct", "Ivo Marsh", "poison"),
    ]


def test_a_participle_after_a_comma_is_the_main_clauses_not_a_subordinate_subjects() -> None:
    text = (
        "Trip\n\n"
        "The ministry did not specify when Ivo Marsh made the comments, saying only that they "
        "came after his trip.\n"
    )
    assert _said(text) == [("reported", "ministry", "they came after his trip")]
    text = (
        "Advisory\n\n"
        "Ties soured after the Norland Foreign Ministry renewed its advisory, urging citizens "
        "to leave.\n"
    )
    assert _said(text) == [("reported", "Norland Foreign Ministry", "citizens to leave")]


def test_a_participle_right_after_a_names_statement_says_what_the_statement_does() -> None:
    text = (
        "Row\n\n"
        "The demand follows Ivo Marsh’s statement in parliament last week suggesting that an "
        "attack could be considered a threat.\n"
        "Norland denied a tense exchange over President Dan Avi’s statements calling for closer "
        "ties to Osterland.\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Marsh", "an attack could be considered a threat"),
        ("reported", "Dan Avi", "closer ties to Osterland"),
    ]
