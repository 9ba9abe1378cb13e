"""A reported clause and a quotation coordinated with it, the quotation attributed after it
('X said that A, and "B," she added.'): two statements, A reported and B direct, both X's
(newuser28's finding 1; invented sentences). No statement may hold a lone quotation mark."""

from __future__ import annotations

import pytest

from diplotui.model import Statement
from diplotui.statements import find_statements
from diplotui.text import double_quotations

TITLE = "A headline that is not read\n\n"
MARKS = ('"', "“", "”")


def found(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in find_statements(TITLE + body)]


def balanced(statements: list[Statement]) -> bool:
    return all(sum(s.text.count(mark) for mark in MARKS) % 2 == 0 for s in statements)


def read_balanced(body: str) -> list[tuple[str, str, str]]:
    """The statements of ``body`` as ``found`` gives them, once none holds a lone mark."""
    statements = find_statements(TITLE + body)
    assert balanced(statements)
    return [(s.speaker, s.kind, s.text) for s in statements]


OPENING = "The talks began in Lund on Monday. "


@pytest.mark.parametrize(
    ("body", "speaker", "reported", "direct"),
    [
        (
            OPENING + "Foreign Minister Dana Orlik said that cooperation was essential, and"
            ' "we must act together," she added.',
            "Dana Orlik",
            "cooperation was essential",
            "we must act together,",
        ),
        (
            OPENING + "Envoy Tarek Mansel said the pact was vital, but “much remains to be"
            " done,” he told reporters.",
            "Tarek Mansel",
            "the pact was vital",
            "much remains to be done,",
        ),
        (
            OPENING + "Jorge Almada stressed that the truce must hold; “nobody wants a war,”"
            " Almada said.",
            "Jorge Almada",
            "the truce must hold",
            "nobody wants a war,",
        ),
        (
            OPENING + 'Senator Ilse Varga noted the talks were useful and "the door stays open",'
            " she stressed on Monday.",
            "Ilse Varga",
            "the talks were useful",
            "the door stays open",
        ),
        (
            OPENING + 'The ministers said that the region needed calm, but "peace is not'
            ' enough," they warned.',
            "ministers",
            "the region needed calm",
            "peace is not enough,",
        ),
        (
            OPENING + 'Pavel Ostrik said the pact was vital, "we will not back down," he said.',
            "Pavel Ostrik",
            "the pact was vital",
            "we will not back down,",
        ),
        (  # a role alone as the subject, in the text's first sentence: no one spoke before
            'The minister said that cooperation was essential, and "we must act together," he'
            " added.",
            "minister",
            "cooperation was essential",
            "we must act together,",
        ),
    ],
)
def test_a_quotation_coordinated_with_a_reported_clause_is_its_own(
    body: str, speaker: str, reported: str, direct: str
) -> None:
    statements = find_statements(TITLE + body)
    assert [(s.speaker, s.kind, s.text) for s in statements] == [
        (speaker, "reported", reported),
        (speaker, "direct", direct),
    ]
    assert balanced(statements)


def test_identical_copies_of_the_sentence_are_read_alike() -> None:
    """The first copy and the later ones alike: "he" is the clause's subject, not whoever spoke
    before (once the first copy was read, "he added" claimed the whole sentence)."""
    sentence = (
        'The minister said that cooperation was essential, and "we must act together," he added.'
    )
    text = TITLE + " ".join([sentence] * 3)
    statements = find_statements(text)
    assert balanced(statements)
    per_copy = [
        [(s.start - start, s.end - start, s.kind, s.speaker, s.text) for s in statements]
        for start in range(len(TITLE), len(text), len(sentence) + 1)
    ]
    assert len(statements) == 6
    assert [row[2 * n : 2 * n + 2] for n, row in enumerate(per_copy)] == [per_copy[0][:2]] * 3


def test_a_quotation_ending_a_clause_without_its_own_verb_stays_reported() -> None:
    body = 'Lisbon backs integration but "without subsidies", insisted President Rui Sal.'
    assert found(body) == [
        ("Rui Sal", "reported", 'Lisbon backs integration but "without subsidies"'),
    ]


def test_a_titled_quotation_before_a_speaker_with_content_is_no_direct_statement() -> None:
    body = (
        "Envoy Dana Orlik visited Lund. During a panel titled, “A Time for Renewal”, she said"
        " the world needed a new order."
    )
    assert found(body) == [("Dana Orlik", "reported", "the world needed a new order")]


def test_a_reported_clause_ending_inside_a_quotation_takes_its_closing_mark() -> None:
    body = (
        "The talks began. Minister Ana Ruiz said the talks were a “useful first step,” adding"
        " that more meetings would follow.\nWithout cooperation, “we will face great"
        ' difficulties," Prince Omar Sayed said.\n'
    )
    assert read_balanced(body) == [
        ("Ana Ruiz", "reported", "the talks were a “useful first step,”"),
        ("Ana Ruiz", "reported", "more meetings would follow"),
        ("Omar Sayed", "reported", 'Without cooperation, “we will face great difficulties,"'),
    ]


def test_a_quotation_after_a_coordinated_verb_is_direct_and_ends_the_clause_before() -> None:
    body = (
        "President Ana Ruiz declared the visit a success, and said, “As you all know, we came"
        ' in 2017. We said "yes" to the offer, and talks began. It is a pleasure to return.”\n'
    )
    assert read_balanced(body) == [
        ("Ana Ruiz", "reported", "the visit a success"),
        (
            "Ana Ruiz",
            "direct",
            'As you all know, we came in 2017. We said "yes" to the offer, and talks began. It is'
            " a pleasure to return.",
        ),
    ]


def test_straight_marks_inside_a_curly_quotation_nest() -> None:
    text = 'He said, “we said "yes" to it, and talks began.” Then “A. "B crumbling. "C" D.'
    assert double_quotations(text, 0, len(text)) == [(9, 47), (54, 58), (72, 74)]  # a stop: closed
    # no curly closing mark after the straight pair: the page lost it, the straight one closes
    lost = 'He said, “we did not agree, we had views, not "some concerns", she wrote.'
    assert double_quotations(lost, 0, len(lost)) == [(9, 46), (60, len(lost))]


def test_a_paragraph_that_lost_its_opening_mark_closes_before_a_comma_too() -> None:
    body = (
        "Minister Ana Ruiz met her counterpart.\n"
        "The new stage was a turning point. I thanked my counterpart for the support”, he said.\n"
    )
    assert read_balanced(body) == [
        (
            "Ana Ruiz",
            "direct",
            "The new stage was a turning point. I thanked my counterpart for the support",
        ),
    ]


def test_a_participle_after_a_quotation_the_sentence_opened_inside_quotes_its_speaker() -> None:
    body = (
        "Minister Ana Ruiz met her counterpart.\n"
        "“We held good talks. Our cooperation is at its best,” Ruiz said, adding: “We are keen"
        " to go on. The United States is a friend.”\n"
    )
    assert read_balanced(body) == [
        ("Ana Ruiz", "direct", "We held good talks. Our cooperation is at its best,"),
        ("Ana Ruiz", "direct", "We are keen to go on. The United States is a friend."),
    ]


def test_a_quotation_after_a_long_adjunct_and_that_is_direct() -> None:
    body = (
        "Prime Minister Ana Ruiz said at the Budget Committee of the House of Representatives"
        ' (Lower House) that "one could assume a crisis. If warships are used, it could be a'
        ' war." It was the first such remark.\n'
    )
    assert read_balanced(body) == [
        (
            "Ana Ruiz",
            "direct",
            "one could assume a crisis. If warships are used, it could be a war.",
        ),
    ]


def test_a_reported_clause_runs_to_the_close_of_a_quotation_it_opened() -> None:
    body = (
        'President Rui Sal lamented that Ana Ruiz was absent, saying she "should be here, but is'
        ' in prison... They took her out."\n'
        'The talks began. Ana Ruiz "pointed out that the law is opaque, and called for its'
        ' repeal", the ministry said.\n'
    )
    assert read_balanced(body) == [
        ("Rui Sal", "reported", 'she "should be here, but is in prison... They took her out."'),
        (
            "ministry",
            "reported",
            'Ana Ruiz "pointed out that the law is opaque, and called for its repeal"',
        ),
    ]


def test_a_mark_reopening_a_quotation_after_a_stop_cuts_it_in_two() -> None:
    body = (
        "The embassy of Norland in Lund protested.\n"
        "“This is a political decision, which we reject. Lund will respond. “Lund bears the"
        " sole responsibility for this,” the embassy said.\n"
    )
    assert read_balanced(body) == [
        ("embassy", "direct", "This is a political decision, which we reject. Lund will respond."),
        ("embassy", "direct", "Lund bears the sole responsibility for this,"),
    ]
