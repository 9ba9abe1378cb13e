"""Errors of held-out rounds 244-247 that recur across outlets (stfix35, session 32: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in find_statements(text)]


def test_a_statement_the_ministry_issued_is_the_ministrys_not_the_government_before() -> None:
    text = (
        "Norland answers Tarn\n\n"
        "The Norland government announced Friday that it is following the talks.\n\n"
        "A statement the country’s Ministry of Foreign Affairs issued said, “Norland is"
        " following the remarks by Tarn.”\n\n"
        "The statement stressed that Norland has long served the peace.\n"
    )
    assert _speakers(text) == [
        "Norland government",
        "Ministry of Foreign Affairs",
        "Ministry of Foreign Affairs",
    ]


def test_a_given_name_that_lost_its_last_letter_is_the_same_person() -> None:
    text = (
        "Envoy visits\n\n"
        "The Secretary-General of the Alliance, Lars Wendtorf visited Tarnby. He met Prime"
        " Minister Ivo Marsh.\n\n"
        "Lar Wendtorf welcomed the reform.\n\n"
        "During his speech, Mr. Wendtorf once again expressed the Alliance’s full support of"
        " the reform.\n"
    )
    assert _said(text) == [("Lars Wendtorf", "the Alliance’s full support of the reform")]


def test_an_unknown_given_name_opening_the_paragraph_stays_with_the_surname() -> None:
    text = (
        "Norland denies reports\n\n"
        "The Norland government has denied reports about the border.\n\n"
        "Wanee Pokrat from the Ministry of Foreign Affairs said that those reports were false.\n\n"
        "“Those reports cite no facts,” Pokrat said.\n"
    )
    assert _speakers(text) == ["Wanee Pokrat", "Wanee Pokrat"]


def test_a_word_opening_the_sentence_before_a_surname_is_no_given_name() -> None:
    text = (
        "Norland denies reports\n\n"
        "The Norland government has denied reports about the border. Later Pokrat said that"
        " those reports were false.\n"
    )
    assert _speakers(text) == ["Pokrat"]


def test_an_outlet_cited_with_according_to_is_the_speaker_of_an_unlisted_inverted_verb() -> None:
    text = (
        "Norland news\n\n"
        "The minister Ivo Marsh said talks were good.\n\n"
        "According to La Gazeta, the port would have been north of the capital.\n\n"
        "“The President does not believe in it”, published La Gazeta.\n"
    )
    assert _speakers(text) == ["Ivo Marsh", "La Gazeta", "La Gazeta"]


def test_according_to_a_titled_paper_of_a_country_gives_the_sentence_to_the_paper() -> None:
    text = (
        "Norland news\n\n"
        "Army chief Ivo Marsh discussed “internal peace processes in Norland” with Tarn’s Dan"
        " Crane, according to the regime-controlled Global New Light of Norland.\n"
    )
    assert _said(text) == [
        (
            "Global New Light of Norland",
            "Army chief Ivo Marsh discussed “internal peace processes in Norland” with Tarn’s"
            " Dan Crane",
        )
    ]


def test_a_that_inside_an_adjunct_after_the_attribution_is_a_relative_pronoun() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s top diplomat Ivo Marsh will hold talks with Tarn’s army chief, a top Tarn"
        " general said on Tuesday, during a regional trip this week that also includes Vell.\n\n"
        "A senior Tarn official said on Monday, during a visit, that talks will go on.\n"
    )
    assert _said(text) == [
        (
            "top Tarn general",
            "Norland’s top diplomat Ivo Marsh will hold talks with Tarn’s army chief",
        ),
        ("senior Tarn official", "talks will go on"),
    ]


def test_the_junta_speaks_as_a_body_and_both_statements_name_no_one() -> None:
    text = (
        "Norland news\n\n"
        "Foreign Minister Ivo Marsh met army chief Dan Crane in Vell on Tuesday.\n\n"
        "Marsh will remain in the country until Thursday, according to the junta.\n\n"
        "The two discussed “border trade”, the junta statement said.\n\n"
        "Marsh also met the trade minister, both statements noted.\n"
    )
    assert _said(text) == [
        ("junta", "Marsh will remain in the country until Thursday"),
        ("junta", "The two discussed “border trade”"),
    ]


def test_an_apposition_ranking_the_report_after_the_attribution_is_not_what_was_said() -> None:
    text = (
        "Norland news\n\n"
        "Norland’s foreign minister met Tarn’s army chief in Vell on Tuesday, officials said,"
        " the highest-ranking Norland official to meet the general since a coup.\n"
    )
    assert _said(text) == [
        ("officials", "Norland’s foreign minister met Tarn’s army chief in Vell on Tuesday")
    ]


def test_a_time_after_a_list_of_countries_leaves_the_group_its_owner() -> None:
    text = (
        "Ministers meet\n\n"
        "Foreign ministers of Norland, Tarn and Vell on Wednesday stressed the need for an end"
        " to fighting.\n"
    )
    assert _said(text) == [("Foreign ministers", "the need for an end to fighting")]


def test_a_quotation_of_sentences_relayed_by_a_statement_is_the_statements_whole() -> None:
    text = (
        "Norland closes embassy\n\n"
        "The Norland Embassy in Tarn will close, the Norland Ministry of Foreign Affairs said"
        " in a statement on Saturday.\n\n"
        "“We are looking after our diplomats; they are not alone. They have shown dignity,”"
        " said Norland President Ivo Marsh, according to the statement.\n"
    )
    found = find_statements(text)
    assert [(s.kind, s.speaker) for s in found] == [
        ("reported", "Norland Ministry of Foreign Affairs"),
        ("reported", "Norland Ministry of Foreign Affairs"),
    ]
    assert found[1].text.startswith("“We are looking after our diplomats;")


def test_an_introduction_naming_no_one_after_a_persons_quotation_is_that_person_going_on() -> None:
    text = (
        "Marsh speaks\n\n"
        "“We need stability,” Ivo Marsh told the parliament.\n\n"
        "As soon as the applause died down, the veteran of Norland politics went on to caution:\n\n"
        "“It is clear that there will be no enlargement. No candidate is ready yet.”\n"
    )
    assert _said(text) == [
        ("Ivo Marsh", "We need stability,"),
        ("Ivo Marsh", "It is clear that there will be no enlargement. No candidate is ready yet."),
    ]


def test_the_object_of_follows_is_the_subject_of_the_gerund_saying() -> None:
    text = (
        "Norland news\n\n"
        "Fighting went on near the border town.\n\n"
        "This follows the Norland government saying on Monday it had granted a request to land"
        " three flights.\n"
    )
    assert _said(text) == [("Norland government", "it had granted a request to land three flights")]


def test_a_quotation_that_is_all_of_an_unlisted_verbs_clause_is_direct() -> None:
    text = (
        "Norland news\n\n"
        "The ministry said on Friday that talks were good.\n\n"
        "It also indicated that Norland “preferred the path of patience.”\n\n"
        "Marsh indicated that his view is negative, since Tarn has not handed over the"
        " 120 “terrorists” sought by Vell.\n"
    )
    assert _said(text) == [
        ("ministry", "talks were good"),
        ("ministry", "preferred the path of patience."),
    ]


def test_a_statement_from_a_team_in_lowercase_words_is_that_teams() -> None:
    text = (
        "Norland news\n\n"
        "Norland “stands with Tarn on the world stage”, Foreign Minister Ivo Marsh told army"
        " chief Dan Crane, according to a Tarnish-language statement from the junta’s"
        " information team.\n"
    )
    assert _speakers(text) == ["junta’s information team"]


def test_a_listed_verb_after_a_said_clauses_passive_is_the_speakers_second_statement() -> None:
    text = (
        "Norland news\n\n"
        "In a statement, Tarn President Dan Crane said the right to asylum had been"
        " “barbarically violated” and called for an urgent examination of the breach.\n\n"
        "Dan Crane said the treaty had been signed and ratified by both sides.\n"
    )
    assert _said(text) == [
        ("Dan Crane", "the right to asylum had been “barbarically violated”"),
        ("Dan Crane", "an urgent examination of the breach"),
        ("Dan Crane", "the treaty had been signed and ratified by both sides"),
    ]


def test_a_quotation_after_a_negated_listed_verb_is_not_the_subjects() -> None:
    text = (
        "Norland news\n\n"
        "“We will never accept it”, said the Norland minister Ivo Marsh.\n\n"
        "Crane rejected the plan because he did not share “the idea to hand the port to Tarn”.\n"
    )
    assert _said(text) == [("Ivo Marsh", "We will never accept it")]


def test_a_participle_after_unnamed_press_reports_is_no_ones_statement() -> None:
    text = (
        "Norland news\n\n"
        "The minister was referring to press reports a few days before Crane took office saying"
        " that he stopped an agreement.\n\n"
        "The minister dismissed press reports, saying that they were false.\n"
    )
    assert _said(text) == [("minister", "they were false")]
