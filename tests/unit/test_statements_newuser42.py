"""Finder errors a new user met in articles on ceasefire talks in the Gulf (newuser42, session
42: Newsmax, PerthNow, Lao Dong, Daily8, JNS, Global War News), grouped into classes that recur
across outlets; invented sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.statements import find_statements
from diplotui.statements.said import said_part
from tests.unit.statements_said import said as _said


def _roles(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.role) for s in find_statements(text)]


def test_a_concessive_clause_after_the_words_is_no_attribution() -> None:
    text = (
        "Talks\n\n"
        "Westmark Minister Avi Kestel said there was a real chance of a deal, although the"
        " rebels still demanded changes to some points.\n"
    )
    (statement,) = find_statements(text)
    assert statement.text == "there was a real chance of a deal"
    assert said_part(text, statement.start, statement.end, [statement]).cut


def test_the_fact_that_after_said_opens_the_clause() -> None:
    text = (
        "Talks\n\n"
        "The spokesman Samir Haddad said the fact that the teams had not left the capital was"
        " a good sign.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "Samir Haddad",
            "the fact that the teams had not left the capital was a good sign",
        )
    ]


def test_a_platform_after_said_is_where_not_what() -> None:
    text = "Talks\n\nPrime Minister Avi Kestel said on X the leaders also discussed the truce.\n"
    assert _said(text) == [("reported", "Avi Kestel", "the leaders also discussed the truce")]


def test_an_occasion_after_told_whom_is_where_not_what() -> None:
    text = (
        "Talks\n\n"
        "The envoy Jon Keller told reporters at a Cabinet meeting the expected deal would"
        " include a truce.\n"
    )
    assert _said(text) == [("reported", "Jon Keller", "the expected deal would include a truce")]


def test_a_clause_of_its_own_before_that_is_said() -> None:
    text = (
        "Talks\n\n"
        "The talks resumed after President Omar Teli said last week he had hope that a new plan"
        " could lead to a deal.\n"
    )
    assert _said(text) == [
        ("reported", "Omar Teli", "he had hope that a new plan could lead to a deal")
    ]


def test_a_compound_title_is_shown_whole() -> None:
    press = (
        "Talks\n\n"
        "White House press secretary Dana Morrow told reporters on Monday that the envoy would"
        " fly to Valdor.\n"
    )
    assert _roles(press) == [("Dana Morrow", "White House press secretary")]
    security = (
        "Talks\n\n"
        "Norland's National Security Minister Avi Kestel told the Courier that the deal was a"
        " mistake.\n"
    )
    assert _roles(security) == [("Avi Kestel", "National Security Minister")]


def test_a_title_apposed_after_a_name_is_its_role() -> None:
    owned = (
        "Talks\n\n"
        "Jon Keller, Omar Teli's special envoy to the region, said the number of open issues"
        " had fallen.\n"
    )
    assert _roles(owned) == [("Jon Keller", "special envoy to the region")]
    before = (
        "Talks\n\n"
        "A Westmark spokesperson, Samir Al Haddad, said on Tuesday that the talks had not"
        " begun.\n"
    )
    assert _roles(before) == [("Samir Al Haddad", "spokesperson")]


def test_an_organisation_owned_by_a_country_is_the_titles() -> None:
    text = (
        'Talks\n\n"We are hopeful," said Lina Oberg, spokeswoman for Norway\'s Foreign Ministry.\n'
    )
    (statement,) = find_statements(text)
    assert statement.role == "spokeswoman for Norway's Foreign Ministry"
    assert statement.organisation == "Foreign Ministry"


def test_a_topic_explained_before_a_quotation_is_no_statement_of_its_own() -> None:
    text = (
        "Talks\n\n"
        "A Westmark official bluntly explained the plan to the Valdor Times:"
        ' "We are pressing the envoys to press the rebels."\n'
    )
    assert _said(text) == [
        ("direct", "Westmark official", "We are pressing the envoys to press the rebels.")
    ]


def test_an_outlet_citing_a_source_is_no_person() -> None:
    text = (
        "Talks\n\n"
        "A Westmark delegation met officials in Valdor on Tuesday, Axios said, citing a"
        " source.\n"
    )
    assert [(s.speaker, s.speaker_type) for s in find_statements(text)] == [("Axios", "ORG")]


def test_a_quotation_attributed_and_relayed_by_an_unnamed_report_is_its_speakers() -> None:
    text = (
        "Talks\n\n"
        "Then, Axios said, citing two sources, the trip was off.\n"
        "“It’s getting harder,” Omar Teli said of the deal, according to the pool report."
        " “I’m not giving up.”\n"
    )
    assert [(s.kind, s.speaker) for s in find_statements(text)][1:] == [
        ("direct", "Omar Teli"),
        ("direct", "Omar Teli"),
    ]
