"""A chief's field before "chief" is part of the role (newuser50, session 50: Sudan articles
from Anadolu Agency and West Africa Press, "UN rights chief Volker Turk", "UN humanitarian
chief Tom Fletcher"): the bare word left the citation "Tom Fletcher (chief), quoted in ...",
and a later "the UN rights chief said" went to whichever chief was named last. Invented
sentences and names, never the articles' text."""

from __future__ import annotations

from diplotui.cite import format_quote
from diplotui.entities import recognise
from diplotui.model import Article
from diplotui.statements import find_statements


def test_the_field_a_chief_heads_is_part_of_the_role() -> None:
    text = (
        "Aid talks\n\n"
        "UN aid chief Ada Vey said convoys were blocked. Chad's army chief Bo Lund said the road"
        " would open. UN rights chief Cai Moro said the risk was mounting.\n"
    )
    roles = [span.text for span in recognise(text) if span.type == "ROLE"]
    assert roles == ["aid chief", "army chief", "rights chief"]
    assert [(s.speaker, s.role) for s in find_statements(text)] == [
        ("Ada Vey", "UN aid chief"),
        ("Bo Lund", "Chad's army chief"),
        ("Cai Moro", "UN rights chief"),
    ]


def test_a_chief_named_by_field_is_the_one_holding_it_not_the_last_chief() -> None:
    text = (
        "Warnings\n\n"
        "UN rights chief Cai Moro said the risk was mounting. IAEA chief Ada Vey said inspectors"
        " were ready. The UN rights chief said he was alarmed.\n"
    )
    assert [s.speaker for s in find_statements(text)] == ["Cai Moro", "Ada Vey", "Cai Moro"]


def test_a_citation_names_the_chief_s_field() -> None:
    text = "Aid talks\n\nUN humanitarian chief Ada Vey said convoys were blocked.\n"
    [statement] = find_statements(text)
    article = Article(id="a", title="Aid talks", text_hash="h", source="Norland Post")
    cited = format_quote(
        statement.text, article, "chicago", speaker=statement.speaker, role=statement.role
    )
    assert "\nUN humanitarian chief Ada Vey, quoted in “Aid talks,” Norland Post." in cited


def test_a_title_apposed_after_a_name_keeps_what_it_serves() -> None:
    """A title span after the name ("X, climate envoy for Y, said") is shown with its "for Y",
    as an apposition no title span marks already was: the span alone dropped it."""
    text = (
        "Deal\n\n"
        "Ada Vey, special envoy for the Marshall Islands, said the deal was weak.\n\n"
        "Bo Lund, army chief of Norland, said the road was open.\n"
    )
    assert [(s.speaker, s.role) for s in find_statements(text)] == [
        ("Ada Vey", "special envoy for the Marshall Islands"),
        ("Bo Lund", "army chief of Norland"),
    ]


def test_a_body_with_an_aside_speaks_after_an_opening_date() -> None:
    """FDD's "On October 27, the Joint Forces, a rebel group fighting alongside the SAF,
    announced that ...": a day's or month's name in the opening phrase made it read as the
    subject, so the statement was no one's and left out."""
    text = (
        "Front\n\n"
        "On October 27, the Norland Front, a rebel group fighting alongside the army, announced"
        " that its spokesman was killed.\n\n"
        "On Monday, the Norland Front, a rebel group, said the road was open.\n"
    )
    assert [(s.speaker, s.text) for s in find_statements(text)] == [
        ("Norland Front", "its spokesman was killed"),
        ("Norland Front", "the road was open"),
    ]


def test_a_quotation_inside_a_relative_clause_is_part_of_the_reported_one() -> None:
    """Nine Atlas's "Türk urged for concrete actions against individuals and businesses that
    “fuel and profit from” the ongoing conflict": the "that" of "firms that" was taken for
    the verb's own ("told reporters that “...”"), so the words were cited as "said: “fuel and
    profit from”" and what was urged was lost (GUIDELINES: a quotation that is only part of
    a reported clause is inside one reported statement)."""
    text = (
        "Firms\n\n"
        "Ada Vey urged for concrete actions against firms that “fuel and profit from” the war."
        " Bo Lund said the banks that “fund” the war must stop.\n"
    )
    assert [(s.kind, s.speaker, s.text) for s in find_statements(text)] == [
        (
            "reported",
            "Ada Vey",
            "concrete actions against firms that “fuel and profit from” the war",
        ),  # after "for", as after "called for" (stfix156: the set's "urged for X")
        ("reported", "Bo Lund", "the banks that “fund” the war must stop"),
    ]
