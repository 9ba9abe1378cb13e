"""Who heads the issuer is not the issuer (newuser51, session 51: Venezuela articles from
Voz and others). "According to a statement released by the agency headed by Marco Rubio, X"
gave X to Rubio, as did the next "According to the aforementioned statement, Y": the issuer
was read after the last "by". Invented sentences and names, never the articles' text."""

from __future__ import annotations

import pytest

from diplotui.entities import recognise
from diplotui.statements import find_statements


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("a statement released by the agency headed by Ada Vey", "agency"),
        ("a statement by the ministry led by Ada Vey", "ministry"),
        ("a statement issued by the Foreign Ministry headed by Ada Vey", "Foreign Ministry"),
    ],
)
def test_the_issuer_of_a_statement_is_not_who_heads_it(source: str, issuer: str) -> None:
    text = f"Designation\n\nAccording to {source}, the group is run by Bo Lund.\n"
    assert [s.speaker for s in find_statements(text)] == [issuer]


def test_a_statement_named_again_stays_its_issuers() -> None:
    text = (
        "Designation\n\n"
        "The Department of State announced that it will designate the group. According to a"
        " statement released by the agency headed by Ada Vey, the group is run by Bo Lund.\n\n"
        "According to the aforementioned statement, the designation would take effect on"
        " November 24.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Department of State"] * 3


def test_a_post_with_words_shouted_in_capitals_is_quoted() -> None:
    """A post quoted after a colon, its words half in capitals, read as a title's (most of
    its words capitalised) and was no one's: Trump's "please consider THE AIRSPACE ... TO BE
    CLOSED IN ITS ENTIRETY." went missing from his statements."""
    text = (
        "Airspace\n\n"
        "President Ada Vey posted a message to her followers: “To all Airlines, Pilots and"
        " Traders, please consider THE AIRSPACE ABOVE NORLAND TO BE CLOSED IN ITS ENTIRETY.”\n"
    )
    [statement] = find_statements(text)
    assert (statement.speaker, statement.kind) == ("Ada Vey", "direct")
    assert statement.text.endswith("TO BE CLOSED IN ITS ENTIRETY.")


@pytest.mark.parametrize(
    "quoted", ["Act Now for an Integrated Continent", "ACT NOW FOR AN INTEGRATED CONTINENT"]
)
def test_a_theme_after_a_colon_stays_a_title(quoted: str) -> None:
    """A title in Title Case or all in capitals is no one's words (a sentence in lower case
    there is the minister's)."""
    text = f"Forum\n\nThe minister announced the theme of the forum: “{quoted}.”\n"
    assert [s.kind for s in find_statements(text)] == ["reported"]


def test_a_person_named_before_led_is_the_person_and_the_body_speaks() -> None:
    """ "the Ada Vey-led administration" named a person "Ada Vey-led": the article's later
    "Vey" was never joined to Ada Vey (a speaker of her own in ``W``, out of her timeline);
    the administration still issues its statement."""
    text = (
        "Threat denounced\n\n"
        "A statement issued by the Ada Vey-led administration on November 29 said Norland"
        " repudiates the message.\n\n"
        'Vey accused Bo Lund of trying to "apply the jurisdiction of the US in Norland."\n'
    )
    persons = [span.text for span in recognise(text) if span.type == "PERSON"]
    assert persons[0] == "Ada Vey"
    assert [(s.speaker, s.speaker_type) for s in find_statements(text)] == [
        ("Ada Vey-led administration", "ORG"),
        ("Ada Vey", "PERSON"),
    ]


@pytest.mark.parametrize("when", ["earlier this month", "later this week", "this month"])
def test_a_time_said_in_two_parts_opens_no_span(when: str) -> None:
    """ "Marco Rubio said earlier this month his country would ..." was quoted "this month his
    country would ...": "earlier" alone was read as the time."""
    text = f"Designation\n\nSecretary of State Ada Vey said {when} her country would act.\n"
    assert [s.text for s in find_statements(text)] == ["her country would act"]


def test_a_participles_aside_after_a_name_ends_at_its_comma() -> None:
    """ "Lula, highlighting A, stressed B" gave one statement, "A, stressed B", its copy the
    reporter's verb inside the president's words; "while highlighting" was already two."""
    text = (
        "Border\n\n"
        "President Ada Vey spoke on Sunday. Vey, highlighting the shared border, stressed the"
        " importance of dialogue.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Ada Vey", "the shared border"),
        ("Ada Vey", "the importance of dialogue"),
    ]


@pytest.mark.parametrize(
    ("subject", "speaker"), [("Caracas", "Caracas"), ("The ministry", "ministry")]
)
def test_a_quotation_before_an_accusing_participle_is_not_the_accuseds(
    subject: str, speaker: str
) -> None:
    """'Caracas condemned the move as "grotesque," accusing Trump of attempting to seize ...'
    gave "grotesque" to Trump: "attempting", after "of", was read as the verb of a subject
    "accusing Trump" standing after the quotation."""
    text = (
        "Blockade\n\nPresident Bo Lund announced a blockade on Monday. "
        f'{subject} condemned the move as "grotesque," accusing Lund of attempting to seize'
        " the oil.\n"
    )
    assert [s.speaker for s in find_statements(text) if s.kind == "direct"] == [speaker]


def test_what_it_called_is_no_persons_words() -> None:
    """'UN Secretary-General X held a call with Y following a U.S. decision to impose what it
    described as a "total blockade"' gave "total blockade" to X: "it" names no person. A body's
    "what it called" stays the body's."""
    person = (
        "Call\n\nSecretary-General Ada Vey held a call with Bo Lund after Norland imposed what"
        ' it called a "total blockade" on tankers.\n'
    )
    body = 'Strikes\n\nThe ministry renewed attacks against what it called "illegal strikes".\n'
    assert find_statements(person) == []
    assert [s.speaker for s in find_statements(body)] == ["ministry"]


@pytest.mark.parametrize(
    "verb", ["slammed his counterpart", "thanked", "lashed out at", "criticized"]
)
def test_what_someone_is_blamed_for_saying_is_theirs(verb: str) -> None:
    """ "Colombian President Gustavo Petro slammed his U.S. counterpart Donald Trump for saying
    Venezuela's airspace should be considered closed" gave Trump's words to Petro."""
    text = f"Airspace\n\nPresident Bo Lund {verb} Ada Vey for saying the airspace was closed.\n"
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Ada Vey", "the airspace was closed")
    ]


@pytest.mark.parametrize("platform", ["X (formerly Twitter)", "Facebook"])
def test_the_post_is_its_posters_not_the_platforms(platform: str) -> None:
    """'Petro called the airspace closure "completely illegal" in a post on X (formerly
    Twitter). "...," the post said.' gave the post's words to "Twitter"."""
    text = (
        "Airspace\n\n"
        f'President Ada Vey called the closure "completely illegal" in a post on {platform}.'
        ' "The Assembly must convene," the post said.\n'
    )
    assert [s.speaker for s in find_statements(text)] == ["Ada Vey", "Ada Vey"]
