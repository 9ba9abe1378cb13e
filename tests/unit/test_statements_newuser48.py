"""Finder errors a new user met in articles on Sudan's war (newuser48, session 48: the ICJ case
against the UAE, the Jeddah talks), as classes; invented sentences and names, never the
articles' text. Each put one side's words in the other side's mouth in a copied citation."""

from __future__ import annotations

from diplotui.statements import find_statements


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in find_statements(text)]


def test_an_official_who_requested_anonymity_is_not_the_person_named_next() -> None:
    """'A Norlandic official, who requested anonymity, told AFP: "..."' then 'Minister Ada Vey
    told the court ...': the official stays unnamed; the quotation was Ada Vey's."""
    text = (
        "Court hears case\n\n"
        "Norland and Sorland will meet at the court on Thursday.\n\n"
        "But a top Norlandic official, who requested anonymity to discuss the case, told AFP:"
        ' "These claims are a misuse of the court\'s time."\n\n'
        "Sorland's justice minister, Ada Vey, told the court that the attacks"
        ' "would not be possible without Norland".\n'
    )
    assert [speaker for speaker, _ in _speakers(text)] == ["top Norlandic official", "Ada Vey"]


def test_an_official_speaking_on_condition_of_anonymity_after_the_quotation_stays_unnamed() -> None:
    text = (
        "Court hears case\n\n"
        "The court met on Thursday.\n\n"
        '"These claims are baseless," a Norlandic official, speaking on condition of anonymity,'
        " told AFP.\n\n"
        "Ada Vey said the attacks were real.\n"
    )
    assert [speaker for speaker, _ in _speakers(text)] == ["Norlandic official", "Ada Vey"]


def test_a_countrys_minister_is_the_one_so_titled_further_on_not_the_person_named_next() -> None:
    """'..., Saudi Arabia's foreign minister said.' with 'Saudi foreign minister X' further on:
    X, not the militia leader the next paragraph names first."""
    text = (
        "Rebels to attend talks\n\n"
        "Envoys from the warring factions were in Jeddah for talks on Saturday, Saudi Arabia's"
        " foreign minister said.\n\n"
        "Confirming his group's attendance, militia leader Omar Bello Kanu said he hoped the"
        " talks would succeed.\n\n"
        "Saudi foreign minister Faisal Al Harbi said in a tweet he hoped both sides would"
        ' "engage in dialogue".\n'
    )
    assert _speakers(text)[0] == (
        "Faisal Al Harbi",
        "Envoys from the warring factions were in Jeddah for talks on Saturday",
    )


def test_a_leader_commonly_known_by_a_nickname_still_speaks() -> None:
    """A ", commonly known as X," between a leader and "said" lost the statement, where
    ", known as X," and ", better known as X," kept it."""
    for adverb in ("commonly ", "popularly ", "widely "):
        text = (
            "Talks\n\n"
            f"Militia leader Omar Bello Kanu, {adverb}known as Bellito, said he hoped the talks"
            " would succeed.\n"
        )
        assert _speakers(text) == [("Omar Bello Kanu", "he hoped the talks would succeed")]


def test_a_title_set_off_by_commas_names_the_persons_country() -> None:
    """'A UAE official told AFP: "..."' then 'Sudan's acting justice minister, X, told the
    court ...': the comma-set title's country was shown in the role but not read as the
    place X serves, so the official's words went to X, named next."""
    text = (
        "Court hears case\n\n"
        "The court met on Thursday.\n\n"
        'A Qatari official told AFP: "These claims are baseless."\n\n'
        "Sudan's acting justice minister, Ada Vey, told the court that the case was strong.\n"
    )
    assert _speakers(text) == [
        ("Qatari official", "These claims are baseless."),
        ("Ada Vey", "the case was strong"),
    ]
