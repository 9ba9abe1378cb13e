"""The finder's errors on held-out rounds 682-683 of issue 17 (stfix158), as classes; invented
sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_given_name_after_a_lines_label_names_the_speaker_fully() -> None:
    """ "UPDATE: Zorvan Darnek has won ...", then "Darnek said": the speaker named as fully as the
    article names him, though the recogniser missed the given name after the label's colon;
    a relative named later with another given name ("his father, Ana Darnek") does not make
    the first naming doubtful (round 682)."""
    text = (
        "Darnek Wins\n\n"
        "UPDATE: Zorvan Darnek has just been elected mayor of the city. The win makes the"
        " 34-year-old Darnek the youngest mayor in a century.\n\n"
        "“We have stepped into a new age,” Darnek said at his rally.\n\n"
        "His father, Anatol Darnek, is a professor.\n"
    )
    assert _said(text) == [("direct", "Zorvan Darnek", "We have stepped into a new age,")]


def test_a_surname_first_named_alone_keeps_its_one_word() -> None:
    """The near miss: a surname first named alone in the body, a given name only later with
    another person's, is not given that person's given name ("Marcos said ... Ferdinand
    Marcos")."""
    text = "Vote\n\nDarnek said the count was fair. His father, Anatol Darnek, is a professor.\n"
    assert _said(text) == [("reported", "Darnek", "the count was fair")]


def test_since_between_a_perfects_auxiliary_and_its_verb() -> None:
    """ "The singer JJ has since called for X": "since" after "has" is an adverb of time, the
    name the recogniser missed still the subject; likewise "has recently said" (round 683).
    "since" with no auxiliary before it opens no adverb."""
    text = (
        "Contest\n\n"
        "The festival opened in Oslo on Monday. The singer JJ has since called for the jury to be"
        " scrapped. The drummer KK has recently said that the stage was too small.\n"
    )
    assert _said(text) == [
        ("reported", "JJ", "the jury to be scrapped"),
        ("reported", "KK", "the stage was too small"),
    ]


def test_a_relative_apposed_to_a_name_before_the_verb() -> None:
    """ "The singer's uncle, Ivo Darn, said that X" / "Her uncle, Ivo Darn, ..., stating, “Y”":
    the name set off after a relative's noun is the subject, as after a title (round 682).
    The near miss: "The wife of Ivo Darn, Ana Vey, said" is not read this way (the kin noun
    does not end the phrase); nor is a relative's noun in a longer clause before the comma."""
    text = (
        "Fans\n\n"
        "In Oslo, fans cheered on Sunday. The singer's uncle, Ivo Darn, said that the family is"
        " proud. Her aunt, Ana Vey, welcomed the result, stating, “She did very well.”\n"
    )
    assert _said(text) == [
        ("reported", "Ivo Darn", "the family is proud"),
        ("direct", "Ana Vey", "She did very well."),
    ]


def test_the_broadcaster_stands_for_the_body_introduced_by_that_noun() -> None:
    """ "Nordic broadcaster NRK released a statement ... The broadcaster added: “X”": the
    one organisation the article introduces by the noun (round 683). Two so introduced
    leave "the broadcaster" no one; an article naming none so leaves it as before."""
    text = (
        "Contest\n\n"
        "Nordic broadcaster NRK today released a statement on the contest.\n\n"
        "The broadcaster added: “NRK will not take part in the contest this year.”\n"
    )
    assert _said(text) == [("direct", "NRK", "NRK will not take part in the contest this year.")]
    text = (
        "Contest\n\n"
        "The BBC released a statement on the contest on Monday.\n\n"
        "The broadcaster added: “We will not take part in the contest this year.”\n"
    )
    assert _said(text) == []


def test_a_persons_mention_cut_past_a_bodys_name_and_before_honours() -> None:
    """ "Director of the Nordic Song Contest Ivo Darn CBE said: “X”": the recogniser's mention
    "Song Contest Ivo Darn CBE" cut to the name, the contest a body of its own (the title's),
    "CBE" honours' letters, a title; so the director is not who "The Spanish Prime Minister"
    before stands for (round 683). A two-word name keeps its words ("Ivo Council" stays)."""
    text = (
        "Contest\n\n"
        "The contest opens in May. The Spanish Prime Minister also called for the jury to be"
        " scrapped.\n\n"
        "In a comment to the paper, Director of the Nordic Song Contest Ivo Darn CBE said: “The"
        " jury is an association of experts.”\n"
    )
    assert _said(text) == [
        ("reported", "Spanish Prime Minister", "the jury to be scrapped"),
        ("direct", "Ivo Darn", "The jury is an association of experts."),
    ]


def test_the_of_an_inner_item_kept_in_a_list_of_countries() -> None:
    """ "Norway, the Netherlands, Iceland, and Chile have announced that X": the speaker the
    countries as the text joins them, an inner item's "the" kept as the last one's is; only a
    leading "the" is left off (round 683)."""
    text = (
        "Contest\n\n"
        "Tensions are high. Norway, the Netherlands, Iceland, and Chile have announced that they"
        " will not take part. The United States and Peru said that they would stay.\n"
    )
    assert _said(text) == [
        ("reported", "Norway, the Netherlands, Iceland, and Chile", "they will not take part"),
        ("reported", "United States and Peru", "they would stay"),
    ]


def test_a_body_set_off_by_its_kinds_noun_after_an_opening_time() -> None:
    """ "Over the weekend, NRK, Norway’s national broadcaster, announced it will X": the body
    before an aside naming what it is (a broadcaster, a charity, as "the aid group"), past the
    sentence's opening phrase of time (round 683)."""
    text = (
        "Contest\n\n"
        "Iceland is not alone. Over the weekend, NRK, Norway’s national broadcaster, announced"
        " it will not take part if the rules stay. Oxfam, the charity, said the talks failed.\n"
    )
    assert _said(text) == [
        ("reported", "NRK", "it will not take part if the rules stay"),
        ("reported", "Oxfam", "the talks failed"),
    ]


def test_a_student_unnamed_is_a_speaker_by_the_noun() -> None:
    """ "a university student said X": an unnamed person known by the noun, as "a resident",
    "a witness" (round 682); a statement cut off by the stored text runs to its last word."""
    text = (
        "Contest\n\n"
        "The town was quiet on Monday.\n"
        "While many had not heard of him, a university student said peopl\n"
    )
    assert _said(text) == [("reported", "university student", "peopl")]


def test_a_role_not_resolved_to_one_named_next_by_another_noun() -> None:
    """ "The Spanish Prime Minister also called for X." then "This year's winner JJ has since
    called for Y": the role speaks unnamed, JJ known as the winner holds no office (round
    683). The near miss: one named next by a role noun may hold it, as before ("Samoa's Prime
    Minister says X ... The prime minister Fiame Vey was speaking")."""
    text = (
        "Contest\n\n"
        "The contest opens in May. The Spanish Prime Minister also called for the jury to be"
        " scrapped.\n\n"
        "This year’s winner JJ has since called for the jury to be banned.\n"
    )
    assert _said(text) == [
        ("reported", "Spanish Prime Minister", "the jury to be scrapped"),
        ("reported", "JJ", "the jury to be banned"),
    ]
    text = (
        "Contest\n\n"
        "Samoa's Prime Minister says the jury should be scrapped.\n\n"
        "The prime minister Fiame Vey was speaking in Apia.\n"
    )
    assert _said(text) == [("reported", "Fiame Vey", "the jury should be scrapped")]


def test_a_quotations_words_are_no_clause_subject_before_a_participle() -> None:
    """ "X's comments ... described the mayor, a young candidate, as a “Hamas supporter,”
    suggesting that Y": the words after the last comma are a quotation's, no short clause's
    subject ("X, he underlined, noting ..."), so the participle is not Hamas's (round 682).
    The near miss: "Y, he underlined, noting that Z" keeps its clause's subject."""
    text = (
        "Contest\n\n"
        "Tom Marek’s comments, made on social media, described the mayor, a young candidate, as"
        " a “Hamas supporter,” suggesting that his election signifies a shift.\n\n"
        "Ivo Darn met the press on Monday. The talks will go on, he underlined, noting that the"
        " rules are clear.\n"
    )
    assert [s for s in _said(text) if s[1] == "Hamas"] == []
    assert ("reported", "Ivo Darn", "the rules are clear") in _said(text)
