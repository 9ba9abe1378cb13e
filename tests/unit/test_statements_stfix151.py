"""The finder's leftovers of issue 17 on held-out rounds 670-671 (stfix151), as classes;
invented sentences, never the articles' text."""

from __future__ import annotations

from tests.unit.statements_said import said as _said


def test_a_group_after_an_uncommaed_time_phrase_is_named_without_it() -> None:
    """ "Over the past week various Spanish officials have expressed support": the time
    phrase, left without its comma, and the group's determiner are no part of the group's
    name (Decisions: the head noun with its pre-modifiers, no determiner)."""
    text = (
        "Rally\n\n"
        "The march went on. Over the past month several Danish ministers have expressed"
        " support for the strikers.\n"
    )
    assert _said(text) == [("reported", "Danish ministers", "support for the strikers")]
    bare = "Rally\n\nThe march went on. Over the past week officials said the march was calm.\n"
    assert _said(bare) == [("reported", "officials", "the march was calm")]
    the = "Rally\n\nThe march went on. In that meeting the union leaders said it was calm.\n"
    assert _said(the) == [("reported", "union leaders", "it was calm")]


def test_a_quotation_after_a_linked_or_how_introduction_is_its_speaker_s() -> None:
    """ "Then she detailed: “...”" and "This is how the envoy expressed it: “...”": an
    unlisted verb introducing the whole quotation after a colon (rule 1), its subject after
    the sentence's link or after "how"; a colon after no speaker ("Then came the vote:")
    attributes nothing."""
    text = (
        "Budget\n\n"
        "The envoy Ana Ruiz met the delegates.\n"
        "This is how the envoy expressed it: “The first task must be the budget.”\n"
        "Then she detailed: “The budget will cut many taxes.”\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "The first task must be the budget."),
        ("direct", "Ana Ruiz", "The budget will cut many taxes."),
    ]
    none = "Budget\n\nThe envoy Ana Ruiz met the delegates.\nThen came the vote: “Yes.”\n"
    assert _said(none) == []
    ended = "Budget\n\nThe envoy Ana Ruiz met the delegates.\nThis is how it ended: “Badly.”\n"
    assert _said(ended) == []


def test_another_s_gratitude_restated_is_an_attitude() -> None:
    """ "reiterated the President’s gratitude for X": thanks restated, owned by another named,
    is an attitude as "his gratitude" is (Decisions: thanks and gratitude are attitudes); the
    President's support or concern restated is content."""
    text = (
        "Talks\n\n"
        "The envoy Ana Ruiz met the delegates and reiterated the President’s gratitude for"
        " their presence.\n"
        "Ana Ruiz reiterated Peru’s deep concern over the war.\n"
    )
    assert _said(text) == [("reported", "Ana Ruiz", "Peru’s deep concern over the war")]


def test_a_name_before_a_quoted_predicate_is_its_subject_not_its_speaker() -> None:
    """'X “is trying to fix Y,” Z posted': the name before the quotation is the subject the
    quoted predicate is said of, the words Z's by the unlisted attribution after (rule 1);
    with a verb of its own before the quotation the clause is the subject's."""
    text = (
        "Aid\n\n"
        "The minister Ana Ruiz met the president Juan Lopez on Monday.\n"
        "Lopez “is trying to fix a broken system,” Ruiz posted on social media Friday.\n"
    )
    assert _said(text) == [("direct", "Ana Ruiz", "is trying to fix a broken system,")]
    own = (
        "Aid\n\n"
        "The minister Ana Ruiz met the president Juan Lopez on Monday.\n"
        "Lopez said he “is trying to fix a broken system,” Ruiz wrote.\n"
    )
    assert _said(own) == [("reported", "Juan Lopez", "he “is trying to fix a broken system,”")]


def test_a_where_clause_sourced_by_according_to_is_the_source_s_alone() -> None:
    """ "X explained that Y in Z, where the toll exceeds 600 according to the ministry": the
    place's relative clause is the source's (Decisions: "Y, according to X"), Y the listed
    verb's, ended before ", where"; with no "where" the uncommaed source stays inside the
    that-clause (the verb's subject speaks)."""
    text = (
        "War\n\n"
        "The talks failed on Monday.\n"
        "Ana Ruiz explained that Peru was using its tools to curb the fighting in Tumbes,"
        " where the death toll now exceeds 600 according to the regional health ministry.\n"
    )
    assert _said(text) == [
        ("reported", "Ana Ruiz", "Peru was using its tools to curb the fighting in Tumbes"),
        ("reported", "regional health ministry", "the death toll now exceeds 600"),
    ]
    commaed = text.replace("600 according", "600, according")
    assert _said(commaed) == _said(text)
    inside = (
        "War\n\n"
        "The talks failed on Monday.\n"
        "Ana Ruiz announced that Peru had reached a deal according to the regional ministry.\n"
    )
    assert _said(inside) == [
        ("reported", "Ana Ruiz", "Peru had reached a deal according to the regional ministry")
    ]


def test_a_surname_with_an_apostrophe_standing_alone_is_the_person_named_before() -> None:
    """ "Gideon Sa’ar ... Sa’ar accused X of being “A”": a surname holding a curly apostrophe,
    which the recogniser leaves unread alone, is the person named fully before, as "Van" is
    "Ngo Le Van"'s; the quotations after the unlisted "accused" are direct, his."""
    text = (
        "Row\n\n"
        "The foreign minister Gideon Sa’ar met the envoy on Monday.\n"
        "Sa’ar accused the government of being “racist” and using a “hostile line.”\n"
    )
    assert _said(text) == [
        ("direct", "Gideon Sa’ar", "racist"),
        ("direct", "Gideon Sa’ar", "hostile line."),
    ]


def test_a_quotation_cut_off_after_an_accusing_sentence_is_the_accuser_s() -> None:
    """ "X went further, accusing Y of Z. “...' cut off by the text's end: the quotation is
    the accuser's, the person the sentence before names (Decisions: a cut-off quotation runs
    to its last word); one accused ("X was accused of Z") goes on in no words of theirs."""
    text = (
        "Row\n\n"
        "The talks failed on Monday.\n"
        "The leader of the far-right party, Carlos Vega, went further, accusing Ruiz of"
        " aligning with hostile regimes. “Ruiz would like to have nuc"
    )
    assert _said(text) == [("direct", "Carlos Vega", "Ruiz would like to have nuc")]
    accused = (
        "Row\n\n"
        "The talks failed on Monday.\n"
        "Carlos Vega was accused of aligning with hostile regimes.\n“Ruiz would like to have nuc"
    )
    assert _said(accused) == []


def test_a_quotation_whose_close_was_lost_before_a_glued_attribution_ends_at_the_stop() -> None:
    """'“A from now on.X said.' at a paragraph's end: the closing mark and its space lost
    after the stop, the attribution glued to it; the quotation is X's and ends at the stop,
    not with "X said."; a glued sentence with no listed verb attributes nothing."""
    text = (
        "Talks\n\n"
        "At the end, Ana Ruiz, spokesperson, met the leaders who were present. “Lopez thanks"
        " each of the governors for coming from now on.Ruiz said.\n"
        "Nineteen heads were present.\n"
    )
    assert _said(text) == [
        ("direct", "Ana Ruiz", "Lopez thanks each of the governors for coming from now on")
    ]
    unlisted = text.replace("on.Ruiz said.", "on.Ruiz met them.")
    assert _said(unlisted) == []


def test_a_where_clause_after_no_listed_verb_leaves_the_whole_sentence_the_source_s() -> None:
    """ "X visited Y, where the toll exceeds 600, according to Z": no listed verb before the
    "where", so the whole sentence is Z's (Decisions: "Y, according to X"), as before."""
    text = (
        "War\n\n"
        "The talks failed on Monday.\n"
        "Ana Ruiz visited Tumbes, where the death toll now exceeds 600, according to the"
        " regional health ministry.\n"
    )
    assert _said(text) == [
        (
            "reported",
            "regional health ministry",
            "Ana Ruiz visited Tumbes, where the death toll now exceeds 600",
        )
    ]


def test_a_speech_dated_before_in_which_has_the_relative_clause_s_speaker() -> None:
    """ "X referred to a speech on May 8 in which Y emphasized Z": the date's number before
    "in which" opens the relative clause all the same, its subject Y the speaker, not X."""
    text = (
        "Row\n\n"
        "The envoy Ana Ruiz met President Juan Lopez on Monday.\n"
        "Ruiz referred to a speech on May 8 in which Lopez emphasized the need for peace.\n"
    )
    assert _said(text) == [("reported", "Juan Lopez", "the need for peace")]
