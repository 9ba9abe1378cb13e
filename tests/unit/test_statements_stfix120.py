"""Classes of the finder's errors on held-out rounds 608-609 (stfix120; invented sentences).

A reported statement running into a clause joined after it ("..., while Y responded that
“...”") in which another speaker's quotation stands ends before that clause: it is not dropped
for the quotation's sake.

A pronoun after an opening "when" clause that holds a verb of its own, no comma between them
("When Ana was asked about the levy she said ..."), is the main clause's subject: its speaker
speaks.

A given name that is also an agency's acronym written in title case ("Lana" for LANA, "Sana"
for SANA), a surname after it, is a person's name: "Lana Payne" speaks as herself, not as
"Payne" with no first name.

A person's apposition whose role's object a relative clause describes ("X, the leader of the
party which won half the vote, said") is still an apposition: X speaks.

On a page that lost its opening marks, a sentence closed by a mark with no attribution, right
after a sentence a person's reported words end, continues that person's words: direct.

A speaker's second verb after a dash or a semicolon, its subject a pronoun ("X said A – he
asked B", "According to X, A; she urged B"), starts a statement of its own, as after ", and he".

A text of law that "states that" something holds speaks for no one, and the verbs of the clause
it holds are nested in it: "The Electoral Code states that the Court confirms X" is no
statement of the Court's.

A reported clause that is one quotation whole, marks at both ends ('called for “maximum
restraint.”', or cut there by a second verb), is direct: the words inside the marks.

A listed verb whose whole object is an act's noun and whose act it is ("confirmed the results
of the elections of May 4, 2025", "announced the decisions of the Council meeting") says
nothing: no statement, as "announced the decision" already made none.

'said that “A” and that B' is one reported statement, the quotation only part of it, whether
the quotation opens in lower case or with a name ("“Russia's attempts ...” and that B").

"warned of X" reports X, as "insisted on X" and "called for X" do: the span starts after "of".
"""

from __future__ import annotations

from diplotui.entities.recogniser import recognise
from diplotui.statements import find_statements

TITLE = "A headline that is not read\n\n"


def statements(body: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.speaker, s.text) for s in find_statements(TITLE + body)]


def test_a_reported_statement_ends_before_another_speaker_s_joined_clause() -> None:
    body = (
        "Regional Governor Ana Ferreira confirmed the levy had “reached its target,” while "
        "Finance Minister Tomas Brandt responded that the state “will not pay twice” for it."
    )
    assert statements(body) == [
        ("reported", "Ana Ferreira", "the levy had “reached its target,”"),
        ("direct", "Tomas Brandt", "will not pay twice"),
    ]


def test_a_reported_statement_cut_before_a_plain_comma_and_but() -> None:
    body = (
        "Regional Governor Ana Ferreira said the levy was fair, but Finance Minister Tomas "
        "Brandt replied that the state “will not pay twice” for it."
    )
    assert statements(body) == [
        ("reported", "Ana Ferreira", "the levy was fair"),
        ("direct", "Tomas Brandt", "will not pay twice"),
    ]


def test_a_pronoun_after_an_unclosed_when_clause_speaks() -> None:
    body = (
        "Ana Ferreira met the mayors on Monday.\n\n"
        "When Ferreira was asked if she had backed the levy she said “yes,” and added:\n"
        "“It was the only way.”"
    )
    assert statements(body) == [
        ("direct", "Ana Ferreira", "yes,"),
        ("direct", "Ana Ferreira", "It was the only way."),
    ]


def test_a_pronoun_after_an_unclosed_when_asked_speaks() -> None:
    body = "Ana Ferreira met the mayors on Monday. When asked about it she said the levy was fair."
    assert statements(body) == [("reported", "Ana Ferreira", "the levy was fair")]


def test_a_given_name_spelt_like_an_acronym_names_a_person() -> None:
    body = (
        "Union president Sana Okafor called the plan “a betrayal,” accusing him of bad faith.\n\n"
        "“We will not sign it,” Okafor said."
    )
    assert statements(body) == [
        ("direct", "Sana Okafor", "a betrayal,"),
        ("direct", "Sana Okafor", "We will not sign it,"),
    ]


def test_the_acronym_stays_an_organisation_before_a_title_or_a_common_word() -> None:
    text = "Nato Spokeswoman Allison Hart said Nato Troops left, as Sana reported."
    assert [(e.text, e.type) for e in recognise(text) if e.type != "ROLE"] == [
        ("Nato", "ORG"),
        ("Allison Hart", "PERSON"),
        ("Nato", "ORG"),
        ("Sana", "ORG"),
    ]


def test_a_role_apposition_with_a_relative_clause_leaves_the_name_the_speaker() -> None:
    body = (
        "Marta Lindqvist, the leader of the Green Alliance (GA) which won about a third of the "
        "seats, said the coalition talks had failed."
    )
    assert statements(body) == [
        ("reported", "Marta Lindqvist", "the coalition talks had failed"),
    ]


def test_an_unopened_quotation_continues_the_person_reported_before() -> None:
    body = (
        "Chancellor Petra Vogel praised the vote, saying the country had chosen its own path. "
        "A lesson for the whole region.”"
    )
    assert statements(body) == [
        ("reported", "Petra Vogel", "the country had chosen its own path"),
        ("direct", "Petra Vogel", "A lesson for the whole region."),
    ]


def test_an_unopened_sentence_with_its_own_verb_is_not_a_continuation() -> None:
    body = (
        "Chancellor Petra Vogel praised the vote, saying the country had chosen its own path. "
        "She said the region had learned a lesson.”"
    )
    assert [kind for kind, _, _ in statements(body)] == ["reported", "reported"]


def test_a_pronoun_s_verb_after_a_dash_starts_its_own_statement() -> None:
    body = (
        "According to the party's representative Ion Rusu, “the count was fair and lawful” – "
        "he asked the court to confirm the results."
    )
    assert statements(body) == [
        ("direct", "Ion Rusu", "the count was fair and lawful"),
        ("reported", "Ion Rusu", "the court to confirm the results"),
    ]


def test_a_pronoun_s_verb_after_a_semicolon_starts_its_own_statement() -> None:
    body = "Ion Rusu said the count was fair; he urged the court to confirm the results."
    assert statements(body) == [
        ("reported", "Ion Rusu", "the count was fair"),
        ("reported", "Ion Rusu", "the court to confirm the results"),
    ]


def test_an_inserted_dashed_attribution_starts_after_its_closing_dash() -> None:
    body = (
        "Ion Rusu said the award was an honour, a recognition – he said – that was long "
        "overdue for the region."
    )
    assert statements(body) == [
        ("reported", "Ion Rusu", "the award was an honour, a recognition"),
        ("reported", "Ion Rusu", "was long overdue for the region"),
    ]


def test_a_verb_inside_a_law_s_that_clause_is_no_statement() -> None:
    body = (
        "The Electoral Code states that the Supreme Court confirms or does not confirm the "
        "results within ten days."
    )
    assert statements(body) == []


def test_a_person_after_a_law_s_clause_still_speaks() -> None:
    body = (
        "The Electoral Code states that the count ends on Friday. Ion Rusu said the court "
        "would confirm the results."
    )
    assert statements(body) == [("reported", "Ion Rusu", "the court would confirm the results")]


def test_a_reported_clause_that_is_one_quotation_whole_is_direct() -> None:
    body = "Ion Rusu called for “maximum restraint at the border.”"
    assert statements(body) == [("direct", "Ion Rusu", "maximum restraint at the border.")]


def test_an_act_s_noun_and_whose_act_it_is_says_nothing() -> None:
    body = (
        "The Supreme Court has confirmed the results of the parliamentary elections of May 4, "
        "2025 and approved the mandates. Finance Minister Ion Rusu announced the decisions of "
        "the budget committee meeting."
    )
    assert statements(body) == []


def test_an_act_s_noun_with_a_clause_of_its_own_is_still_said() -> None:
    body = "Ion Rusu said the results of the vote would be known on Monday."
    assert statements(body) == [
        ("reported", "Ion Rusu", "the results of the vote would be known on Monday")
    ]


def test_a_capitalised_quotation_then_a_second_that_clause_is_one_reported_statement() -> None:
    body = (
        "Ion Rusu said after polls closed that “Norland’s attempts to sway the vote have been "
        "huge” and that the courts had worked well."
    )
    assert statements(body) == [
        (
            "reported",
            "Ion Rusu",
            "“Norland’s attempts to sway the vote have been huge” and that the courts had "
            "worked well",
        )
    ]


def test_warned_of_reports_what_follows_of() -> None:
    body = "Ana Ferreira had warned of massive interference in the vote."
    assert statements(body) == [("reported", "Ana Ferreira", "massive interference in the vote")]
