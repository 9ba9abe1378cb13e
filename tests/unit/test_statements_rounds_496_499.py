"""Errors of rounds 496-499 that recur across outlets (stfix97, session 47: classes of error,
not one article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_abbreviated_title_names_the_office_a_later_role_mention_holds() -> None:
    text = (
        "Passports\n\n"
        "While addressing the community, Amb. Tunde Okafor spoke on the new offices.\n"
        "Speaking, the ambassador said the offices would open in May.\n"
        "Sen. Mary Cole visited the consulate.\n"
        "The senator said the queues were too long.\n"
    )
    assert _said(text) == [
        ("reported", "Tunde Okafor", "the offices would open in May"),
        ("reported", "Mary Cole", "the queues were too long"),
    ]


def test_a_body_described_by_a_definite_or_possessive_noun_phrase_speaks() -> None:
    text = (
        "Fire\n\n"
        "The plant was hit on Sunday.\n"
        "Norgatom, Norland's nuclear power agency, later confirmed: “A fire broke out.”\n"
        "The Red Cross, the aid group, said the talks would resume next week.\n"
    )
    assert _said(text) == [
        ("direct", "Norgatom", "A fire broke out."),
        ("reported", "Red Cross", "the talks would resume next week"),
    ]


def test_a_spokesman_for_a_described_body_is_the_spokesman_named_next() -> None:
    text = (
        "Visas\n\n"
        "The UN was in touch with the host country over the visas, a spokesman for the world "
        "body said.\n"
        "Asked about the minister's visa, Ana Berg, spokeswoman for the UN Secretary-General, "
        "on Tuesday stressed the UN's position that the agreement should be upheld.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "The UN was in touch with the host country over the visas"),
        ("reported", "Ana Berg", "the agreement should be upheld"),
    ]


def test_a_name_and_its_participle_aside_are_the_subject_not_inverted_content() -> None:
    text = (
        "Forum\n\n"
        "Ana Berg arrived in Moscow on Monday.\n"
        "Berg, attending the energy forum, highlighted Norland’s leadership in fusion research.\n"
        "However, casting votes by post has not taken place in years, say officials.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Berg", "Norland’s leadership in fusion research"),
        ("reported", "officials", "However, casting votes by post has not taken place in years"),
    ]


def test_the_plural_of_a_role_after_two_persons_named_together_is_the_pair() -> None:
    text = (
        "Visit\n\n"
        "Ana Berg and Tomas Vey expressed their disappointment at the delay.\n"
        "“We find it worrying,” the experts said in a joint news release.\n"
    )
    assert _said(text) == [("direct", "Ana Berg and Tomas Vey", "We find it worrying,")]


def test_said_with_only_its_occasion_after_it_says_nothing() -> None:
    text = (
        "Plant\n\n"
        "Ana Berg visited the plant on Monday.\n"
        "Berg said in an interview with reporters.\n"
        "The minister said in statements to Norland media.\n"
        "Berg said in an interview that the plant was safe.\n"
    )
    assert _said(text) == [("reported", "Ana Berg", "the plant was safe")]
