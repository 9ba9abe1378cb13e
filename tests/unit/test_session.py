"""The headless annotation session: target rule, every change, one undo stack (no Textual)."""

from __future__ import annotations

import pytest

from diplotui.model import Article, Statement
from diplotui.session import (
    AnnotationSession,
    ReadingCursor,
    copied_label,
    fit_label,
    quote_label,
    said_label,
    title_label,
)
from diplotui.store import Store, UnknownId, text_hash

TEXT = (
    "Summit in Hanoi\n"
    "The ministers met in Hanoi. They signed a trade pact. Talks resume in May.\n"
    "A second paragraph follows. It has two sentences.\n"
    "A third paragraph ends it.\n"
)


def _add(store: Store, text: str = TEXT, title: str = "Summit in Hanoi") -> Article:
    article = Article(id=store.new_article_id(text_hash(text)), title=title, text_hash="")
    return store.add_article(article, text)


@pytest.fixture
def session(store_path) -> AnnotationSession:
    store = Store.open(store_path)
    article = _add(store)
    opened = AnnotationSession(store)
    opened.open(article.id)
    yield opened
    store.close()


def _quote(session: AnnotationSession) -> str:
    target = session.target()
    return session.text[target.start : target.end]


def test_moving_without_v_ends_a_selection_and_v_grows_one():
    cursor = ReadingCursor.over(TEXT)
    cursor.move_to(1)
    paragraph = cursor.paragraph_span()
    assert paragraph is not None
    cursor.select_range(*paragraph)
    cursor.move_to(cursor.paragraph_index(1))
    assert cursor.selection is None
    cursor.move_to(1)
    cursor.toggle_selection()
    cursor.move_to(3)
    assert cursor.selection == (cursor.units[1][0], cursor.units[3][1])
    cursor.move_to(0)
    assert cursor.selection == (cursor.units[0][0], cursor.units[1][1])
    cursor.toggle_selection()
    assert cursor.selection is None and not cursor.extending


def test_provisional_units_split_a_head_and_give_way_to_the_whole_split():
    """A long text is shown on the sentences of its head and the rest of each block as one
    unit; once split whole, the cursor moves over its sentences from where it was."""
    text = "Title\n" + "One sentence here. " * 50 + "\nA second paragraph. And more.\n"
    whole = ReadingCursor.over(text, "Title")
    cursor = ReadingCursor.over(text, "Title", split_until=200)
    head = cursor.units[:-2]  # the last one cut at the split, as the head ends there
    assert head[:-1] == [u for u in whole.units if u[1] <= 200] and head[-1][1] <= 200
    assert cursor.units[-2] == (200, whole.blocks[1].end)  # the first paragraph's tail
    assert cursor.units[-1] == whole.blocks[2][1:]  # a paragraph past the split: one unit
    assert cursor.unit_blocks == sorted(cursor.unit_blocks)
    cursor.move_to(3)
    here = cursor.span
    cursor.take_units(whole.units, whole.unit_blocks)
    assert cursor.span == here and cursor.units == whole.units


WRAPPED = (
    "Title\n\nThe ministers met in Hanoi on Tuesday to discuss the border and\n"
    "agreed to meet again. The talks lasted three hours and ended with a\n"
    "joint statement.\n\nOfficials will draft a new agreement before the next\n"
    "round of talks begins.\n"
)


def test_a_wrapped_text_is_laid_out_joined_and_the_helper_sends_the_same_units():
    """The cursor moves over a hard-wrapped text's sentences whole, offsets into the stored
    text; the helper that prepares a long article sends the units the cursor would make."""
    from diplotui.session.prepare_helper import prepare

    cursor = ReadingCursor.over(WRAPPED, "Title")
    assert cursor.text == WRAPPED and len(cursor.shown) == len(WRAPPED)
    assert [WRAPPED[start:end] for start, end in cursor.units] == [
        "Title",
        "The ministers met in Hanoi on Tuesday to discuss the border and\nagreed to meet again.",
        "The talks lasted three hours and ended with a\njoint statement.",
        "Officials will draft a new agreement before the next\nround of talks begins.",
    ]
    sent: list[object] = []
    prepare(WRAPPED, "Title", [], sent.append)
    assert sent[0] == {"units": cursor.units, "owners": cursor.unit_blocks}


def test_target_is_selection_else_highlight_else_sentence(session: AnnotationSession):
    session.cursor.move_to(1)
    assert session.target().kind == "sentence"
    assert _quote(session) == "The ministers met in Hanoi."
    outcome, highlight = session.mark("key")
    assert outcome == "highlighted" and highlight is not None
    assert session.target().kind == "highlight" and session.target().highlight == highlight
    session.cursor.toggle_selection()
    session.cursor.move_to(2)
    assert session.target().kind == "selection"
    assert _quote(session) == "The ministers met in Hanoi. They signed a trade pact."


def test_a_sentence_holding_a_statement_targets_the_statements_words(
    session: AnnotationSession,
):
    """The words the speaker is cited for, not the reporter's "X said that" around them;
    a statement running on past the sentence is taken within it."""
    text = session.text
    said = text.index("a trade pact")
    session.cursor.move_to(2)
    pact = Statement(said, said + len("a trade pact"), "a trade pact", "reported", "They",
                     "they", "GROUP")  # fmt: skip
    target = session.target(pact)
    assert (target.kind, text[target.start : target.end]) == ("statement", "a trade pact")
    outcome, highlight = session.mark("key", statement=pact, speaker="They")
    assert outcome == "highlighted" and highlight is not None
    assert (highlight.quote, highlight.speaker) == ("a trade pact", "They")
    assert session.target(pact).kind == "highlight"
    session.cursor.move_to(3)
    running_on = Statement(text.index("resume"), len(text), "", "reported", "A", "a", "PERSON")
    target = session.target(running_on)
    assert text[target.start : target.end] == "resume in May."
    assert session.target().kind == "sentence"  # no statement found there


def test_marking_a_highlight_again_recolours_it(session: AnnotationSession):
    session.cursor.move_to(2)
    _, highlight = session.mark("key")
    assert session.mark("key")[0] == "unchanged"
    outcome, recoloured = session.mark("figure")
    assert outcome == "recoloured" and recoloured is not None
    assert session.store.highlight(highlight.id).color == "figure"


def test_undo_reverts_the_latest_change_whatever_its_kind(session: AnnotationSession):
    store = session.store
    article_id = session.article_id
    session.cursor.move_to(1)
    _, highlight = session.mark("key")
    session.add_highlight_tags(highlight, ["alpha"])
    session.set_highlight_note(store.highlight(highlight.id), "check")
    session.add_article_tags(article_id, ["beta"])
    session.set_article_note(article_id, "article note")
    session.remove_article_tag(article_id, "beta")

    labels = []
    for _ in range(6):
        change = session.undo()
        assert change is not None
        labels.append(change.label)
    assert labels == [
        "tags on “Summit in Hanoi”",
        "note on “Summit in Hanoi”",
        "tags on “Summit in Hanoi”",
        "note on “The ministers met in Hanoi.”",
        "tags on “The ministers met in Hanoi.”",
        "highlight “The ministers met in Hanoi.”",
    ]
    assert store.highlights(article_id) == []
    assert store.article(article_id).tags == [] and store.article(article_id).note == ""
    assert session.undo() is None


def test_undoing_article_tags_leaves_highlight_tags(session: AnnotationSession):
    store = session.store
    session.cursor.move_to(1)
    _, highlight = session.mark("key")
    session.add_highlight_tags(highlight, ["alpha"])
    session.add_article_tags(session.article_id, ["beta"])
    session.undo()
    assert store.highlight(highlight.id).tags == ["alpha"]
    assert store.article(session.article_id).tags == []


def test_deleting_a_highlight_and_an_article_can_be_undone(session: AnnotationSession):
    store = session.store
    article_id = session.article_id
    session.cursor.move_to(1)
    _, first = session.mark("key")
    session.cursor.move_to(4)
    _, second = session.mark("question")
    session.delete_highlight(first)
    assert [h.id for h in store.highlights(article_id)] == [second.id]
    removed = session.delete_article(article_id)
    assert session.article_id is None, "the deleted article is no longer open"
    assert [h.id for h in removed.highlights] == [second.id]
    with pytest.raises(UnknownId):
        store.article(article_id)
    assert session.undo().label == "deletion of “Summit in Hanoi”"
    assert store.article_text(article_id) == TEXT
    assert [h.id for h in store.highlights(article_id)] == [second.id]
    session.undo()
    assert {h.id for h in store.highlights(article_id)} == {first.id, second.id}


def test_undo_after_a_refresh_changed_the_text_puts_a_highlight_where_its_words_are(
    session: AnnotationSession,
):
    """A highlight deleted (or recoloured) before ``R`` brought a changed text was put back
    by ``u`` at its old offsets, over other words of the new text: exports and shared files
    carried the wrong place and ``doctor`` blamed a hand edit of the store file."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update

    store, article_id = session.store, session.article_id
    assert article_id is not None
    session.cursor.move_to(2)
    _, deleted = session.mark("key")
    session.cursor.move_to(3)
    _, recoloured = session.mark("key")
    assert deleted is not None and recoloured is not None
    session.delete_highlight(deleted)
    session.recolour(recoloured, "question")
    changed = TEXT.replace("The ministers", "Breaking: an update came in. The ministers")
    apply_update(store, store.article(article_id), ParsedDocument(changed, "Summit in Hanoi"))
    session.open(article_id)
    session.undo()  # the colour
    session.undo()  # the deletion
    for highlight in store.highlights(article_id):
        assert changed[highlight.start : highlight.end] == highlight.quote, highlight
    assert {h.quote for h in store.highlights(article_id)} == {
        "They signed a trade pact.",
        "Talks resume in May.",
    }
    assert store.highlight(recoloured.id).color == "key"


def test_article_deletion_is_durable_and_restorable_after_reopening(store_path):
    store = Store.open(store_path)
    article = _add(store)
    session = AnnotationSession(store)
    session.open(article.id)
    session.cursor.move_to(1)
    session.mark("key")
    removed = store.delete_article(article.id)
    store.close()
    reopened = Store.open(store_path)
    try:
        assert reopened.articles() == [] and reopened.highlights() == []
        reopened.restore_article(removed)
        assert reopened.article_text(article.id) == TEXT
        assert reopened.article_by_hash(article.text_hash) is not None
        assert len(reopened.highlights(article.id)) == 1
    finally:
        reopened.close()


def test_labels_name_the_target_in_few_words():
    assert (
        quote_label("One two three four five six seven eight") == "“One two three four five six…”"
    )
    assert quote_label("Short\nquote") == "“Short quote”"
    assert quote_label("“Copied” — Reuters") == "“Copied” — Reuters”"
    assert quote_label("> Markdown quote") == "“Markdown quote”"
    assert title_label("x" * 80).endswith("…”") and len(title_label("x" * 80)) == 50
    assert "\x1b" not in quote_label("bad \x1b[31m escape")


def test_a_label_is_cut_at_a_word_to_fit_its_notice_s_row():
    label = "“The ministers agreed, in principle, on a plan…”"
    assert fit_label(label, 60) == label
    assert fit_label(label, 32) == "“The ministers agreed, in…”"
    assert fit_label(label, 26) == "“The ministers agreed…”"  # its comma dropped with the cut
    assert fit_label(label, 3) == "“The…”"  # never less than its first word
    reported = "Ngo Le Van stressed that the Ministry is ready…"
    assert fit_label(reported, 24) == "Ngo Le Van stressed…"


def test_a_copys_label_quotes_only_a_quotation_and_ends_as_the_copy_ends():
    """A notice named a reported statement in quotation marks (“the Ministry is ready to
    help”), as if the speaker's words, and kept the comma a copy leaves out (“We are
    ready,”): it names the words as ``cite.format_quote`` copies them."""
    assert said_label("We are ready,", True, "Lee") == "“We are ready”"
    assert said_label("A passage of no one's;") == "“A passage of no one's”"
    assert said_label(",", True) == "“,”", "words of punctuation alone stay"
    reported = said_label("the Ministry is ready to help,", False, "Ngo Le Van", "stressed that")
    assert reported == "Ngo Le Van stressed that the Ministry is ready to help."
    long = said_label("talks resume in May and go on in June", False, "spokeswoman")
    assert long == "Spokeswoman said: talks resume in May and go…"
    assert "“" not in long and "\x1b" not in said_label("a \x1b[31m b", False, "Lee")
    assert said_label("They will come", False) == "“They will come”", "no speaker: no one's"
    assert copied_label("“We are ready”\n— Reuters") == "“We are ready” — Reuters”"
    assert copied_label("> We are ready\n> — *Reuters*") == "“We are ready > — *Reuters*”"
    paraphrase = "Ngo Le Van (Deputy Minister) stressed that the Ministry is ready."
    assert copied_label(paraphrase) == "Ngo Le Van (Deputy Minister) stressed…"


def test_a_passage_is_a_speakers_only_when_mostly_their_words_and_no_one_elses():
    """What a highlight or a copy of a passage is cited as: a statement within the reporter's
    paragraphs, or beside another speaker's reply as long, is no one's; a sentence still
    holds its statement however long the words around it."""
    from diplotui.anchoring import statement_at, statement_in

    text = (
        "The talks ran late. Speaking in Hanoi on Monday evening, Son said it was good. "
        '"We disagree," Wang replied.'
    )

    def said(words: str, speaker: str) -> Statement:
        start = text.index(words)
        return Statement(start, start + len(words), words, "reported", speaker,
                         speaker.lower(), "PERSON")  # fmt: skip

    good, disagree = said("it was good", "Son"), said("We disagree", "Wang")
    statements = [good, disagree]
    sentence = (text.index("Speaking"), text.index(' "We'))
    assert statement_in(statements, *sentence) == good
    assert statement_at(statements, *sentence) is None  # the reporter's words, mostly
    assert statement_at(statements, good.start - 9, good.end) == good  # "Son said it was good"
    assert statement_at(statements, good.start, disagree.end) is None  # two speakers' words
    assert statement_at(statements, 0, len(text)) is None
