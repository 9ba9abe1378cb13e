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


def test_a_question_then_its_asker_and_addressee_is_the_asker_s() -> None:
    """ "Would the talks resume, a reporter asked him.": "ask" is listed and the question
    stands before its attribution (Decisions: attribution after the content), whom it was put
    to ("him", "the minister") no content; the auxiliary's subject inside the question
    ("Did Norway tell you") says nothing."""
    for addressee in ("him", "her", "the minister"):
        text = (
            "Talks\n\n"
            "The minister spoke to the press.\n"
            f"Did Norway tell you in advance, a reporter asked {addressee}.\n"
        )
        assert _said(text)[-1:] == [("reported", "reporter", "Did Norway tell you in advance")]
        assert len(_said(text)) == 1, addressee
    # near miss: the addressee and an infinitive after it are the content of a request
    request = "Talks\n\nThe talks resumed, and the envoy asked him to stay.\n"
    assert _said(request) == [("reported", "envoy", "him to stay")]


def test_a_yes_no_question_s_inverted_subject_says_nothing() -> None:
    """ "Did Norway tell you in advance?", "Will the envoy say more?": a question put (by the
    reporter, or by no one the text names), not a statement of the subject after the
    auxiliary; a statement ending in a question mark keeps its speaker."""
    for question in (
        "Did Norway tell you in advance?",
        "Will the envoy say anything about it?",
        "Could the minister confirm the figures?",
    ):
        assert _said(f"Talks\n\n{question}\n") == [], question
    told = "Talks\n\nThe minister said the talks had failed? Hardly.\n"
    assert [(kind, speaker) for kind, speaker, _ in _said(told)] == [("reported", "minister")]


_FAR_ON = (
    "Analysts warn that the dispute runs deeper, however, pointing to factors such as the"
    " growing cooperation between the two navies, the new bases on the northern coast, and the"
    " reduced presence of the other side at the annual regional security forum held in the"
    " capital over the weekend.\n"
)


def test_a_lede_s_role_is_the_person_titled_so_paragraphs_on() -> None:
    """ "Norway’s defence chief has called on X ...", no one named before, then "Norwegian
    Defence Minister Lars Berg" more than a few lines on: the role resolved to that person
    (GUIDELINES: role-only mentions are resolved to the person), when the title shares the
    role's words; a person far on with another title (an ambassador, a lawmaker) is not meant."""
    lede = (
        "Talks\n\n"
        "Norway\u2019s defence chief has called on Sweden to resume talks over the northern"
        " waters, stressing that the neighbour still has a long way to go to earn the trust of"
        " its partners.\n"
    )
    text = f"{lede}{_FAR_ON}At the forum, Norwegian Defence Minister Lars Berg rebuked a guest.\n"
    assert [speaker for _, speaker, _ in _said(text)][:2] == ["Lars Berg", "Lars Berg"]
    for other in ("Norwegian Ambassador Lars Berg", "opposition lawmaker Lars Berg"):
        far = f"{lede}{_FAR_ON}At the forum, {other} rebuked a guest.\n"
        assert "Lars Berg" not in [speaker for _, speaker, _ in _said(far)], other


def test_elsewhere_then_an_opening_phrase_before_the_subject_with_no_comma() -> None:
    """ "Elsewhere in the speech X called on Y to ...": the sentence's link and its phrase
    stand before the subject with no comma, as "Later in the speech X said" does; the person
    speaks (dev set: "called on" from right after the verb)."""
    opening = "Talks\n\nForeign Minister Ana Ruiz spoke in Oslo on Friday.\n"
    for subject, speaker in (
        ("Ruiz", "Ana Ruiz"),
        ("Foreign Minister Ana Ruiz", "Ana Ruiz"),
        ("she", "Ana Ruiz"),
    ):
        text = f"{opening}Elsewhere in the speech {subject} called on Peru to do more.\n"
        assert _said(text) == [("reported", speaker, "Peru to do more")], subject
    # near miss: the same opening before a sentence no one speaks in
    quiet = f"{opening}Elsewhere in the region the floods closed three roads.\n"
    assert _said(quiet) == []


_MINISTER = "Talks\n\nDefence Minister Lars Berg spoke in Oslo on Friday.\n"


def test_asked_a_named_person_whether_is_the_asker_s_question_after_whether() -> None:
    """ "A delegate, Colonel Ana Ruiz, asked Berg whether X": Berg is whom it was asked, no
    inverted subject ("X, asked Berg." would have nothing after him), and the question
    starts after "whether" as a clause starts after "told reporters that" (Decisions: span
    start); a bare "asked whether X" is left as it was."""
    text = (
        f"{_MINISTER}A visiting delegate, Colonel Ana Ruiz, asked Berg whether Oslo was worried"
        " about a war, citing arms sales.\n"
    )
    assert _said(text) == [("reported", "Ana Ruiz", "Oslo was worried about a war")]
    pronoun = f"{_MINISTER}Colonel Ana Ruiz asked him if Oslo was worried.\n"
    assert _said(pronoun) == [("reported", "Ana Ruiz", "Oslo was worried")]
    bare = f"{_MINISTER}Colonel Ana Ruiz asked whether Oslo was worried.\n"
    assert _said(bare) == [("reported", "Ana Ruiz", "whether Oslo was worried")]
    inverted = f"{_MINISTER}The talks in Oslo will go on next week, said Lars Berg.\n"
    assert _said(inverted) == [("reported", "Lars Berg", "The talks in Oslo will go on next week")]


def test_a_titled_name_opening_a_sentence_before_a_stray_comma_is_its_subject() -> None:
    """ "Colonel Ana Ruiz, had asked Berg whether X": the page lost the apposition's opening
    ("A delegate, Colonel Ana Ruiz, had asked"), its comma left; the name is the subject, as
    an auxiliary after the comma shows no inverted attribution follows."""
    for verb in ("had asked", "asked"):
        text = f"{_MINISTER}Colonel Ana Ruiz, {verb} Berg whether Oslo was worried about a war.\n"
        assert _said(text) == [("reported", "Ana Ruiz", "Oslo was worried about a war")], verb
    # near miss: a place before the comma is no speaker
    place = f"{_MINISTER}Oslo, had said the war was over.\n"
    assert _said(place) == []
