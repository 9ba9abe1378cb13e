"""Statements across the library: the query a user types, the index the view filters."""

from __future__ import annotations

from dataclasses import replace

from diplotui.library.statements import (
    LibraryStatement,
    Said,
    StatementIndex,
    StatementQuery,
    names_speaker,
    narrowed_to,
    question_filter,
    said_in,
    said_words,
    speaker_label,
)
from diplotui.model import Article, Statement


def _statement(speaker: str, role: str = "", text: str = "yes") -> Statement:
    return Statement(0, len(text), text, "reported", speaker, speaker.lower(), "PERSON", role,
                     "", "said", "said")  # fmt: skip


def _article(article_id: str, date: str, tags: list[str] | None = None) -> Article:
    return Article(id=article_id, title=article_id, text_hash=article_id, date=date,
                   tags=tags or [])  # fmt: skip


def test_typed_query_splits_speaker_words_from_terms() -> None:
    query = StatementQuery.parse("Lê Hoài Trung since:2025-07 role:deputy minister tag:asean")
    assert query == StatementQuery(
        speaker="Lê Hoài Trung", role="deputy minister", tag="asean", since="2025-07"
    )
    assert StatementQuery.parse("org:Ministry of Foreign Affairs").organisation == (
        "Ministry of Foreign Affairs"
    )


def test_the_question_as_asked_reads_its_dates() -> None:
    """ "What has Lê Hoài Trung said since July?" typed as asked, ``Lê Hoài Trung since
    July``: "since July" were a name's words ("No speaker's name has the words ... since
    July"). A bare since or until before a date is its term; before no date, a name's word."""
    assert StatementQuery.parse("Lê Hoài Trung since July") == StatementQuery(
        speaker="Lê Hoài Trung", since="July"
    )
    assert StatementQuery.parse("ngo since 1 July 2025 until last week") == StatementQuery(
        speaker="ngo", since="1 July 2025", until="last week"
    )
    assert StatementQuery.parse("role:minister Since 2025-07 trung") == StatementQuery(
        speaker="trung", role="minister", since="2025-07"
    )
    assert StatementQuery.parse("ngo since 31 June").since == "31 June"  # refused, as a date
    assert StatementQuery.parse("le hoai since") == StatementQuery(speaker="le hoai since")
    assert StatementQuery.parse("le since j") == StatementQuery(speaker="le since j")
    assert narrowed_to("le hoai since July", "Lê Hoài Trung") == '"Lê Hoài Trung" since:July'


def test_a_question_as_asked_is_the_filter_it_asks() -> None:
    """The palette's question: its asking words, its verb and "?" left out; none that asks
    no one's words, nor "who said", the key's own words."""
    assert question_filter("What has Lê Hoài Trung said since July?") == "Lê Hoài Trung since July"
    assert question_filter("what did the spokesperson say") == "spokesperson"
    assert question_filter("le hoai trung said until last week") == "le hoai trung until last week"
    assert question_filter("who said") == question_filter("Lê Hoài Trung") == ""
    assert question_filter("who said since July") == ""  # no one named


def test_a_speaker_is_named_by_any_of_their_words_diacritics_optional() -> None:
    statement = _statement("Lê Hoài Trung")
    assert names_speaker("le hoai trung", statement)
    assert names_speaker("Trung", statement)
    assert not names_speaker("Trung Van", statement)
    assert speaker_label(_statement("Ngo Le Van", "Deputy Minister")) == (
        "Ngo Le Van (Deputy Minister) said"
    )


def test_a_name_in_double_quotes_is_the_whole_name_not_a_longer_one_holding_it() -> None:
    assert names_speaker('"le hoai"', _statement("Lê Hoài"))
    assert not names_speaker('"Le Hoai"', _statement("Le Hoai Trung"))
    assert names_speaker('"Le Hoai Trung"', _statement("Lê Hoài Trung"))
    assert StatementQuery.parse('"Le Hoai" since:2025').speaker == '"Le Hoai"'
    assert not names_speaker('""', _statement("Le Hoai"))


def test_index_filters_by_speaker_role_tag_and_date_keeping_newest_first() -> None:
    new, old = _article("new", "2025-08-01", ["asean"]), _article("old", "2024-01-01")
    rows = [
        LibraryStatement(new, _statement("Lê Hoài Trung", "Minister")),
        LibraryStatement(new, _statement("Jane Doe", "Ambassador")),
        LibraryStatement(old, _statement("Le Hoai Trung", "Minister", "earlier")),
    ]
    index = StatementIndex(rows)
    assert index.find(StatementQuery()).rows is index.rows
    assert index.find(StatementQuery.parse("trung")).rows == [rows[0], rows[2]]
    assert index.find(StatementQuery.parse("trung since:2025-07")).rows == [rows[0]]
    assert index.find(StatementQuery.parse("role:ambassador")).rows == [rows[1]]
    assert index.find(StatementQuery.parse("tag:asean")).rows == rows[:2]
    assert index.find(StatementQuery()).speakers == [("Lê Hoài Trung", 2), ("Jane Doe", 1)]
    # counted by speaker, role and organisation together, and after the dates
    assert index.find(StatementQuery.parse("trung since:2025-07")).speakers == [
        ("Lê Hoài Trung", 1)
    ]
    assert index.find(StatementQuery.parse("since:2025-07")).speakers == [
        ("Jane Doe", 1),
        ("Lê Hoài Trung", 1),
    ]


def test_the_index_sorts_and_filters_by_the_days_each_statement_was_made() -> None:
    """Newest first by the attribution's day, else the article's; a ``since:``/``until:``
    keeps a statement whose days reach into the range, never an undated one."""
    from dataclasses import replace

    def said(article: Article, on: str, text: str) -> LibraryStatement:
        return LibraryStatement(article, replace(_statement("Ana", text=text), said_on=on))

    november, month = _article("nov", "2025-11-14"), _article("month", "2025-10")
    rows = [
        said(november, "", "the article's day"),  # 2025-11-14
        said(november, "November 12", "two days before"),  # 2025-11-12
        said(november, "last month", "in October"),  # 2025-10-01..2025-10-31
        said(november, "yesterday", "the day before"),  # 2025-11-13
        said(_article("undated", ""), "", "undated"),
        said(month, "", "the article's month"),  # 2025-10-01..2025-10-31
        said(_article("sep", "2025-09-30"), "", "in September"),
    ]
    index = StatementIndex(rows)

    def texts(typed: str = "") -> list[str]:
        return [row.statement.text for row in index.find(StatementQuery.parse(typed)).rows]

    assert texts() == [
        "the article's day", "the day before", "two days before", "in October",
        "the article's month", "in September", "undated",
    ]  # fmt: skip
    assert texts("since:2025-11-13") == ["the article's day", "the day before"]
    assert texts("until:2025-11-12") == [
        "two days before", "in October", "the article's month", "in September"
    ]  # fmt: skip
    # a month reaches into a range that begins inside it
    assert texts("since:2025-10-15 until:2025-11-12") == [
        "two days before", "in October", "the article's month"
    ]  # fmt: skip
    assert texts("since:2025-10-31 until:2025-10-31") == ["in October", "the article's month"]
    assert texts("ana until:2025-09") == ["in September"]
    # the speakers' statements where the order puts them, not where they were given
    bo = LibraryStatement(november, replace(_statement("Bo"), said_on="November 12"))
    index = StatementIndex([bo, LibraryStatement(november, _statement("Cy"))])
    assert [row.statement.speaker for row in index.rows] == ["Cy", "Bo"]
    assert [row.statement.speaker for row in index.find(StatementQuery.parse("bo")).rows] == ["Bo"]


def test_typed_words_start_words_of_the_value_unless_quoted_whole() -> None:
    new = _article("new", "2025-08-01")
    rows = [
        LibraryStatement(new, _statement("Lê Hoài Trung", "Deputy Foreign Minister")),
        LibraryStatement(new, _statement("Le Hoai", "Ambassador")),
        LibraryStatement(new, _statement("Sergey Lavrov", "Foreign Minister")),
    ]
    index = StatementIndex(rows)
    for typed, found in [
        ("l", rows),
        ("le h", rows[:2]),
        ("lavr", rows[2:]),
        ("LÊ HO", rows[:2]),
        ("trung le", rows[:1]),
        ('"le hoai', rows[:2]),  # a quoted name still being typed
        ('"', rows),  # a quote just opened: nothing typed in it yet, not a name no one has
        ('role:"', rows),
        ('""', rows),
        ('"le hoai tr', rows[:1]),  # a phrase to the end of what is typed
        ('"le hoai"', rows[1:2]),
        ("avrov", []),
        ("!!", []),
        ("role:dep min", rows[:1]),
        ("role:min", [rows[0], rows[2]]),
        ("role:ister", []),
        ('role:"foreign minister"', [rows[0], rows[2]]),  # a phrase inside the role
    ]:
        assert index.find(StatementQuery.parse(typed)).rows == found, typed


def test_quoted_words_of_a_role_or_organisation_are_a_phrase_found_inside_it() -> None:
    """``role:"deputy spokesperson"`` found nothing while a Deputy Spokesperson of the
    Ministry of Foreign Affairs spoke: quotes asked for the whole role. They group words as
    the search box's do: in order, side by side, the last one a start, anywhere in the
    field, case and accents optional."""
    new = _article("new", "2025-08-01")
    spokesperson = _statement(
        "Pham Thu Hang", "Deputy Spokesperson of the Ministry of Foreign Affairs"
    )
    rows = [
        LibraryStatement(new, replace(spokesperson, organisation="Ministry of Foreign Affairs")),
        LibraryStatement(new, _statement("Lê Hoài Trung", "Deputy Foreign Minister")),
    ]
    index = StatementIndex(rows)
    for typed, found in [
        ('role:"deputy spokesperson"', rows[:1]),
        ('role:"DÉPUTY SPOKES"', rows[:1]),
        ('role:"ministry of foreign affairs"', rows[:1]),
        ('role:"spokesperson deputy"', []),  # in order
        ('role:"deputy foreign"', rows[1:]),  # side by side
        ('role:"deputy for min"', []),  # only the last word may be cut short
        ('role:"deputy" minister', rows[1:]),  # a phrase and a word
        ('org:"foreign affairs"', rows[:1]),
        ('org:"affairs foreign"', []),
    ]:
        assert index.find(StatementQuery.parse(typed)).rows == found, typed


def test_a_row_quotes_as_a_copy_decides_and_nests_the_words_own_marks() -> None:
    """A row's marks are decided by the article's marks around the words, as ``y`` decides
    them (the finder's kind stands in only where the text no longer holds the words), and a
    quotation's own marks nest inside the row's as in a copy."""
    text = 'Iran is a "neighboring country", Krimly said. He said talks were "useful".'
    words = 'Iran is a "neighboring country'  # the finder's, cut inside the quotation
    statement = Statement(0, len(words), words, "reported", "Krimly", "krimly", "PERSON")
    said = said_in(statement, text)
    assert said_words(said.words, said.direct) == ": “neighboring country”"
    assert said_in(statement, "") == Said(words, False)  # unreadable: the finder's
    assert said_in(statement, "Iran " + text) == Said(words, False)  # changed since
    assert said_words('the talks were "tense"', True) == ": “the talks were ‘tense’”"
    # a paraphrase's own marks curled, as the copy curls them (they were left straight)
    assert said_words('the talks were "tense"', False) == ": the talks were “tense”"


def test_the_index_dates_a_day_by_each_statement_s_own_tense() -> None:
    """The Statements view's ``since:`` and its order read each row's day once per date as
    written and article date: "said on May 8" (the last May 8, in the past) and "says on
    May 8" (months off, no tense: the article's day) shared whichever came first."""
    article = _article("a", "2025-09-30")
    said = replace(_statement("Jane Doe", text="said"), said_on="May 8")
    says = replace(said, text="says", verb="says")
    index = StatementIndex([LibraryStatement(article, says), LibraryStatement(article, said)])
    assert [row.statement.text for row in index.rows] == ["says", "said"]  # newest first
    since = index.find(StatementQuery.parse("doe since:2025-07")).rows
    assert [row.statement.text for row in since] == ["says"]


def test_a_label_too_wide_is_cut_at_words_the_name_before_the_role() -> None:
    """Never mid-word: the role to its words that fit, "(…)" or nothing in its place, then
    the verb; a name wider than the room alone is cut at a word, with an ellipsis."""
    statement = _statement("Tran Cam Tu", "Politburo member, head of the Commission")
    assert speaker_label(statement, 44) == "Tran Cam Tu (Politburo member, head…) said"
    assert speaker_label(statement, 36) == "Tran Cam Tu (Politburo member…) said"  # no comma
    assert speaker_label(statement, 29) == "Tran Cam Tu (Politburo…) said"
    assert speaker_label(statement, 28) == "Tran Cam Tu (…) said"
    assert speaker_label(statement, 19) == "Tran Cam Tu said"
    assert speaker_label(statement, 12) == "Tran Cam Tu…"
    assert speaker_label(statement, 10) == "Tran Cam…"
    assert speaker_label(_statement("Secretariat Standing Member Tran Cam Tu"), 25) == (
        "Secretariat Standing…"
    )


def test_a_cut_role_never_ends_on_a_word_that_joins() -> None:
    """ "Politburo Member and…" or "Minister of…" promise words the cut took: the cut goes
    back to the word before the joining one."""
    statement = _statement("Tran Cam Tu", "Politburo Member and head of the Commission")
    assert speaker_label(statement, 40) == "Tran Cam Tu (Politburo Member…) said"
    assert speaker_label(statement, 45) == "Tran Cam Tu (Politburo Member and head…) said"
    minister = _statement("Bui Thanh Son", "Minister of Foreign Affairs")
    assert speaker_label(minister, 34) == "Bui Thanh Son (Minister…) said"
