"""Errors of held-out rounds 232-235 that recur across outlets (stfix32, session 31: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_a_place_closing_the_clause_before_a_title_is_not_the_one_it_serves() -> None:
    text = (
        "Chile values ties with Peru\n\n"
        "Chile values its partnership with Peru, Deputy Prime Minister Ivo Marsh told"
        " Peruvian Ambassador Dan Crane on Monday.\n\n"
        "The Chilean official suggested the Ambassador help promote trade.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "Chile values its partnership with Peru"),
        ("Ivo Marsh", "the Ambassador help promote trade"),
    ]


def test_an_ambassador_to_a_country_is_no_official_of_that_country() -> None:
    text = (
        "Chile values ties with Peru\n\n"
        "Foreign Minister Ivo Marsh told Peruvian Ambassador to Chile Dan Crane on Monday"
        " that ties matter.\n\n"
        "The Chilean official suggested the Ambassador help promote trade.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "ties matter"),
        ("Ivo Marsh", "the Ambassador help promote trade"),
    ]


def test_the_statement_of_a_spokesperson_whose_title_opens_with_an_organisation_is_theirs() -> None:
    text = (
        "EU comments on talks\n\n"
        "On Monday, the EU Spokesperson issued a statement following the talks.\n\n"
        "“The meeting was useful,” said the EU Spokesperson.\n\n"
        "“Moving forward, all actors must engage,” the statement continued.\n"
    )
    assert _said(text) == [
        ("EU Spokesperson", "The meeting was useful,"),
        ("EU Spokesperson", "Moving forward, all actors must engage,"),
    ]


def test_an_organisation_named_inside_a_quotation_issued_no_statement() -> None:
    text = (
        "Norland comments on talks\n\n"
        "On Monday, the Norland Spokesperson issued a statement following the talks.\n\n"
        "“The meeting was useful,” said the Norland Spokesperson. “Dialogue is key, which the"
        " Northern Union supports.”\n\n"
        "“Moving forward, all actors must engage,” the statement continued.\n"
    )
    assert [speaker for speaker, _ in _said(text)] == ["Norland Spokesperson"] * 3


def test_what_it_calls_inside_a_reported_clause_is_part_of_the_report() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh said he would urge Tarnia to hold talks.\n\n"
        "He added that Chile will continue to offer support.\n\n"
        "Marsh also expressed concern over reports in the state media claiming the country has"
        " tested what it calls a “new type of weapon.”\n"
    )
    assert [(s.kind, s.text) for s in find_statements(text)][-1] == (
        "reported",
        "concern over reports in the state media claiming the country has tested what it calls"
        " a “new type of weapon.”",
    )


def test_a_passive_of_telling_with_its_agent_is_the_agents_statement() -> None:
    text = (
        "Border\n\n"
        "Foreign Minister Ivo Marsh spoke on Monday.\n\n"
        "Chile and other countries were recently warned by officials in Peru that they could"
        " suffer an influx of refugees.\n\n"
        "Marsh said he was told by citizens in border towns that people were buying food.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("officials", "they could suffer an influx of refugees"),
        ("Ivo Marsh", "he was told by citizens in border towns that people were buying food"),
    ]


def test_a_closed_quotation_over_paragraphs_after_an_unlisted_verb_is_its_subjects() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Ivo Marsh spoke on Monday.\n\n"
        "Marsh said the ministers are in touch.\n\n"
        "He lamented that the crews were arrested.\n\n"
        "“Officials have been persuading them to release the crews.\n\n"
        "“But if they do not, it will be an unpleasant matter.”\n"
    )
    assert [(s.speaker, s.kind, s.text) for s in find_statements(text)][1:] == [
        ("Ivo Marsh", "direct", "Officials have been persuading them to release the crews."),
        ("Ivo Marsh", "direct", "But if they do not, it will be an unpleasant matter."),
    ]


def test_a_quotation_cut_off_by_the_texts_end_after_an_unlisted_verb_is_nobodys() -> None:
    text = (
        "Talks\n\n"
        "Prime Minister Ivo Marsh spoke on Monday.\n\n"
        "He lamented that the crews were arrested.\n\n"
        "“Officials have been persuading them to release the crews.\n\n"
        "“But if they do not, it will be an unple"
    )
    assert find_statements(text) == []


def test_according_to_after_a_connective_is_fronted_all_the_same() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh spoke on Monday.\n\n"
        "In addition, according to the minister, as instead of nine steps the government"
        " adopts the law, this is an example of the opposite direction.\n"
    )
    assert _said(text) == [
        (
            "Ivo Marsh",
            "as instead of nine steps the government adopts the law, this is an example of the"
            " opposite direction",
        )
    ]


def test_a_post_its_subject_only_liked_says_nothing_of_theirs() -> None:
    text = (
        "Ties\n\n"
        "President Ivo Marsh spoke on Monday.\n\n"
        "He seemed to confirm this, as he liked a post on X saying that Dan Crane could “sit"
        " down and wait” if he expected an apology.\n\n"
        "He issued a statement saying that the talks had failed.\n"
    )
    assert _said(text) == [("Ivo Marsh", "the talks had failed")]


def test_an_as_clause_of_telling_leaves_the_main_clause_as_its_content() -> None:
    text = (
        "Ties\n\n"
        "President Ivo Marsh spoke on Monday.\n\n"
        "As he told the media, if things go bad, the union can impose sanctions.\n\n"
        "As Marsh told reporters on Monday, the talks will go on.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "if things go bad, the union can impose sanctions"),
        ("Ivo Marsh", "the talks will go on"),
    ]


def test_sharing_a_thing_that_someone_has_is_no_statement() -> None:
    text = (
        "Ties\n\n"
        "Party Secretary Ivo Marsh received the envoy on Monday.\n\n"
        "Sharing the difficulties that Peru is having to overcome, the Party Secretary said"
        " that Lima is always ready to cooperate.\n\n"
        "He shared the view that Peru is ready to cooperate.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "Lima is always ready to cooperate"),
        ("Ivo Marsh", "Peru is ready to cooperate"),
    ]


def test_a_term_a_narrative_names_in_quotation_marks_is_no_ones_words() -> None:
    text = (
        "Talks\n\n"
        "Foreign Minister Ivo Marsh spoke on Monday.\n\n"
        "Estonian Foreign Minister Dan Crane also commented on the narrative about the “global"
        " war party”, calling it a “false” direction.\n"
    )
    assert _said(text) == [("Dan Crane", "false")]


def test_they_after_a_meeting_of_two_named_persons_is_both() -> None:
    text = (
        "Ties\n\n"
        "Foreign Minister Ivo Marsh held a working meeting with Special Secretary Dan Crane"
        " on Monday.\n\n"
        "During the meeting, they discussed trade, and they noted the importance of continuing"
        " to work together.\n"
    )
    assert _said(text) == [
        ("Ivo Marsh and Dan Crane", "the importance of continuing to work together")
    ]
