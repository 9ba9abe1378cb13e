"""Error classes of the held-out rounds 686-687 (stfix159, issue 17: classes of error, not one
article's; invented sentences and names)."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_he_does_not_stand_for_a_speaker_described_as_a_woman() -> None:
    text = (
        "Harbour\n\n"
        "“We waited all night for the boat,” a 52-year-old woman from Lyon said at the pier.\n"
        "She said she was tired.\n"
        "A 61-year-old man named Pierre Moreau, waiting for his brother, stood by the gate. "
        "He said the crossing had been rough.\n"
    )
    found = _said(text)
    assert ("reported", "Pierre Moreau", "the crossing had been rough") in found
    assert ("reported", "52-year-old woman", "she was tired") in found


def test_a_she_still_stands_for_a_woman_described_before() -> None:
    text = (
        "Market\n\n"
        "“Prices doubled this week,” a 45-year-old woman from Lille said.\n"
        "A man surnamed Girard sold fish nearby. "
        "She said she could no longer afford bread.\n"
    )
    assert ("reported", "45-year-old woman", "she could no longer afford bread") in _said(text)


def test_an_unrecognised_name_set_off_as_an_organisation_speaks_as_one() -> None:
    text = (
        "Fees\n\n"
        "The new levy may hurt small exporters, according to Zarvex, the shipping industry’s "
        "leading organization. Zarvex expressed concern about the deadline. "
        "The organization argued that the rules were unclear. "
        "It noted that members would pay twice.\n"
    )
    found = _said(text)
    assert ("reported", "Zarvex", "the rules were unclear") in found
    assert ("reported", "Zarvex", "members would pay twice") in found


def test_an_unrecognised_name_with_a_persons_apposition_stays_a_person() -> None:
    text = (
        "Fees\n\n"
        "Velko, the group’s founder, stressed that the deadline was too short. "
        "Velko noted that members would pay twice. He added that fees were high.\n"
    )
    found = _said(text)
    assert ("reported", "Velko", "fees were high") in found


def test_a_connective_after_but_leaves_the_subject_of_the_clause_before() -> None:
    text = (
        "Visas\n\n"
        "Peru on Monday refused to comment on the fee, but at the same time called on foreign "
        "engineers to work in the country.\n"
        "Chile declined to answer, but at the same time, its minister urged firms to hire.\n"
    )
    found = _said(text)
    assert ("reported", "Peru", "foreign engineers to work in the country") in found
    assert ("reported", "minister", "firms to hire") in found


def test_who_runs_a_named_outlet_is_no_part_of_its_name() -> None:
    text = "Ports\n\nAccording to the state-run Xinhua news agency, the port will reopen in May.\n"
    assert _said(text) == [("reported", "Xinhua news agency", "the port will reopen in May")]
    text = "Ports\n\nState-owned Tass news agency said the ferries would resume.\n"
    assert _said(text) == [("reported", "Tass news agency", "the ferries would resume")]
    text = "Ports\n\nThe state-owned company said the cranes were repaired.\n"
    assert _said(text) == [("reported", "state-owned company", "the cranes were repaired")]


def test_a_quotation_others_must_ask_is_the_words_of_whoever_says_they_must() -> None:
    text = (
        "Fees\n\n"
        "Minister Alan Brook spoke on Monday. When asked about the fee, he replied that firms "
        "with foreign staff must ask “Is the worker worth the cost?”\n"
    )
    assert _said(text) == [("direct", "Alan Brook", "Is the worker worth the cost?")]
    text = "Fees\n\nMinister Alan Brook spoke on Monday. Firms asked “Is the worker worth it?”\n"
    assert _said(text) == [("direct", "Firms", "Is the worker worth it?")]
