"""The finder's classes of error on held-out rounds 650-651 of issue 17 (stfix142, session 61),
as rules; invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_an_unlisted_verb_s_addressee_of_two_words_before_that_keeps_the_quotation_direct() -> None:
    """ "X assured Gulf partners that Y is “...”": "assure" is not in the list, so the quotation
    in its clause is direct (Decisions: 'posted that the talks were "productive"'), whether
    the addressee before "that" is one word or a capitalised modifier and its noun."""
    for addressee in ("partners", "Gulf partners", "the Gulf partners", "European allies"):
        text = (
            "Talks\n\n"
            f"The minister assured {addressee} that the region is \u201ca lasting priority.\u201d"
            " He said the talks would go on.\n"
        )
        assert _said(text) == [
            ("direct", "minister", "a lasting priority."),
            ("reported", "minister", "the talks would go on"),
        ], addressee
    # near misses: no quotation, nothing said; a listed verb's clause holds its quotation
    plain = "Talks\n\nThe minister assured Gulf partners that the region is a priority.\n"
    assert _said(plain) == []
    quoted = "\u201ca lasting priority.\u201d"
    listed = f"Talks\n\nThe minister told Gulf partners that the region is {quoted}\n"
    assert _said(listed) == [("reported", "minister", f"the region is {quoted}")]


def test_the_last_of_a_titled_list_ending_in_and_other_officials_is_no_antecedent() -> None:
    """ "X told reporters, joined by Minister A, Minister B, Deputy C, and other officials.
    “...,” he continued.": C ends a list (", and other officials"), no clause's subject, so
    "he" is still X, who spoke (dev set: the list's last name read as a subject)."""
    text = (
        "Visit\n\n"
        "\u201cI am not pleased with it,\u201d President Marco Ruiz told reporters as he left the"
        " hotel, joined by Finance Minister Paul Ortega, Interior Minister Jorge Lima, Deputy"
        " Minister Luis Vega, and other aides.\n"
        "\u201cWe want the prisoners home,\u201d he continued. \u201cBut not this way.\u201d\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(text)] == [
        ("Marco Ruiz", "I am not pleased with it,"),
        ("Marco Ruiz", "We want the prisoners home,"),
        ("Marco Ruiz", "But not this way."),
    ]
    # near miss: the last-named person who does act on his own is still the antecedent
    acting = (
        "Visit\n\n"
        "\u201cI am not pleased with it,\u201d President Marco Ruiz told reporters. Later,"
        " Deputy Minister Luis Vega met the press.\n"
        "\u201cWe want the prisoners home,\u201d he said.\n"
    )
    assert [(speaker, words) for _, speaker, words in _said(acting)][-1] == (
        "Luis Vega",
        "We want the prisoners home,",
    )
