"""Speaker corrections: applied over the finder's statements, carried through text updates
(re-anchored by their words, orphaned when the words are gone), read by the caches."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from diplotui.anchoring import new_highlight
from diplotui.ingest.formats import ParsedDocument
from diplotui.ingest.update import apply_update, describe_text_change
from diplotui.library.statement_cache import StatementCache
from diplotui.model import AnchorStatus, Article, Statement
from diplotui.session.speakers import plan_speaker_change
from diplotui.statements.corrections import (
    SpeakerRefused,
    correct_statements,
    names_someone,
    new_speaker_correction,
    speaker_corrections_key,
)
from diplotui.store import Store, text_hash

TEXT = (
    "Ministers meet\n"
    "Foreign Minister Annalena Baerbock stressed the role of Germany and France.\n"
    "Her counterpart Catherine Colonna emphasized the importance of meetings.\n"
    "Against the background of the war, Baerbock stressed the need for unity, she said.\n"
)
WORDS = "Against the background of the war"


def _statement(text: str, words: str, speaker: str) -> Statement:
    start = text.index(words)
    return Statement(start, start + len(words), words, "reported", speaker, speaker.lower(),
                     "PERSON")  # fmt: skip


def _store(path: Path, text: str = TEXT) -> tuple[Store, Article]:
    store = Store.open(path)
    digest = text_hash(text)
    article = Article(id=store.new_article_id(digest), title="Ministers meet", text_hash=digest)
    store.add_article(article, text)
    return store, article


def test_a_correction_gives_the_words_to_their_speaker_or_takes_the_statement_away() -> None:
    found = [_statement(TEXT, WORDS, "Catherine Colonna"), _statement(TEXT, "the role", "X")]
    start = TEXT.index(WORDS)
    given = new_speaker_correction("a1", TEXT, start, start + len(WORDS), "Annalena Baerbock",
                                   role="Foreign Minister")  # fmt: skip
    other, corrected = correct_statements(found, TEXT, [given])  # in text order
    assert (corrected.speaker, corrected.role) == ("Annalena Baerbock", "Foreign Minister")
    assert corrected.speaker_key == "annalena baerbock"  # grouped with her other statements
    assert other == found[1]
    none = new_speaker_correction("a1", TEXT, start, start + len(WORDS), "")
    assert correct_statements(found, TEXT, [none]) == [found[1]]
    missed = correct_statements([], TEXT, [given])  # the finder found no statement there
    assert [(s.text, s.speaker) for s in missed] == [(WORDS, "Annalena Baerbock")]


def test_an_updated_text_keeps_the_correction_where_its_words_now_are(tmp_path: Path) -> None:
    store, article = _store(tmp_path / "s.json")
    start = TEXT.index(WORDS)
    correction = new_speaker_correction(article.id, TEXT, start, start + len(WORDS), "Baerbock")
    store.save_speaker_corrections([correction])
    new_text = TEXT.replace("Ministers meet\n", "Ministers meet\nParis, Monday.\n")
    apply_update(store, article, ParsedDocument(text=new_text, title="Ministers meet"))
    store.close()
    store = Store.open(tmp_path / "s.json")  # on disk, in the same write as the text
    (moved,) = store.speaker_corrections(article.id)
    assert moved.status == AnchorStatus.MOVED.value
    assert new_text[moved.start : moved.end] == WORDS
    store.close()


def test_a_correction_whose_words_are_gone_is_kept_as_an_orphan(tmp_path: Path) -> None:
    store, article = _store(tmp_path / "s.json")
    start = TEXT.index(WORDS)
    correction = new_speaker_correction(article.id, TEXT, start, start + len(WORDS), "Baerbock")
    store.save_speaker_corrections([correction])
    new_text = TEXT.replace(WORDS, "In view of the tensions")
    apply_update(store, article, ParsedDocument(text=new_text, title="Ministers meet"))
    (orphan,) = store.speaker_corrections(article.id)
    assert (orphan.status, orphan.quote, orphan.speaker) == ("orphan", WORDS, "Baerbock")
    found = [_statement(new_text, "In view of the tensions", "Catherine Colonna")]
    assert correct_statements(found, new_text, [orphan]) == found  # applied nowhere
    said = describe_text_change(store.article(article.id), [], speaker_orphans=1)
    assert said.endswith(": 1 speaker correction orphaned")
    store.close()


def test_an_update_gives_a_highlight_of_the_statement_the_corrected_speaker(
    tmp_path: Path,
) -> None:
    """The update reads speakers again (speakers_now): the finder's Colonna must not win."""
    store, article = _store(tmp_path / "s.json")
    cache = StatementCache.load(store)
    cache.fill(store, [article])
    found = cache.found(article)
    start = TEXT.index(WORDS)
    highlight = new_highlight(article.id, TEXT, start, start + len(WORDS), speaker="Someone")
    store.save_highlight(highlight)
    change = plan_speaker_change(article.id, TEXT, found, [], [highlight],
                                 (start, start + 5), "Annalena Baerbock")  # fmt: skip
    change.apply(store)
    assert store.highlights(article.id)[0].speaker == "Annalena Baerbock"
    new_text = "Paris.\n" + TEXT
    apply_update(store, article, ParsedDocument(text=new_text, title="Ministers meet"))
    (carried,) = store.highlights(article.id)
    assert carried.speaker == "Annalena Baerbock"
    change.undo(store)
    assert store.speaker_corrections() == []
    store.close()


def test_undo_after_an_update_puts_back_only_the_speakers_where_the_words_now_are(
    tmp_path: Path,
) -> None:
    """Undo wrote the highlights and the replaced correction as they were when the change was
    made: after an update moved the text, at their old offsets over other words, and a note
    typed since was lost."""
    store, article = _store(tmp_path / "s.json")
    start = TEXT.index(WORDS)
    span = (start, start + len(WORDS))
    earlier = new_speaker_correction(article.id, TEXT, *span, "Colonna")
    store.save_speaker_corrections([earlier])
    highlight = new_highlight(article.id, TEXT, *span, speaker="Colonna")
    store.save_highlight(highlight)
    found = [_statement(TEXT, WORDS, "Catherine Colonna")]
    change = plan_speaker_change(article.id, TEXT, found, [earlier], [highlight], span, "Baerbock")
    change.apply(store)
    new_text = "Paris.\n" + TEXT
    apply_update(store, article, ParsedDocument(text=new_text, title="Ministers meet"))
    store.save_highlight(replace(store.highlights(article.id)[0], note="ask Paris"))
    change.undo(store)
    (kept,) = store.highlights(article.id)
    assert new_text[kept.start : kept.end] == WORDS
    assert (kept.speaker, kept.note) == ("Colonna", "ask Paris")
    (back,) = store.speaker_corrections(article.id)
    assert (back.id, back.speaker, new_text[back.start : back.end]) == (
        earlier.id,
        "Colonna",
        WORDS,
    )
    change.apply(store)  # redo
    (again,) = store.speaker_corrections(article.id)
    assert (again.speaker, new_text[again.start : again.end]) == ("Baerbock", WORDS)
    store.remove_highlight(kept.id)
    change.undo(store)
    assert store.highlights(article.id) == [], "a highlight deleted since stays deleted"
    store.close()


def test_the_statement_cache_never_serves_the_old_speaker(tmp_path: Path) -> None:
    store, article = _store(tmp_path / "s.json")
    cache = StatementCache.load(store)
    cache.fill(store, [article])
    cache.save()
    before = {s.text: s.speaker for s in cache.statements(article)}
    said = next(text for text in before if text.startswith(WORDS[:20]))
    start = TEXT.index(said)
    correction = new_speaker_correction(article.id, TEXT, start, start + len(said), "Annalena X")
    store.save_speaker_corrections([correction])
    again = StatementCache.load(store)  # the saved file, a new correction
    assert not again.missing([article])  # the finder's work is kept ...
    assert {s.text: s.speaker for s in again.statements(article)}[said] == "Annalena X"
    assert again.speakers_key == speaker_corrections_key([correction]) != cache.speakers_key
    cache.take_speakers(store)  # a cache held open (the app's W)
    assert {s.text: s.speaker for s in cache.statements(article)}[said] == "Annalena X"
    store.close()


def test_a_new_correction_replaces_the_one_of_its_words_never_an_orphan() -> None:
    found = [_statement(TEXT, WORDS, "Catherine Colonna")]
    start = TEXT.index(WORDS)
    span = (start, start + len(WORDS))
    earlier = new_speaker_correction("a1", TEXT, *span, "Someone")
    orphan = new_speaker_correction("a1", TEXT, *span, "Lost")
    orphan.status = AnchorStatus.ORPHAN.value  # its words gone from a later text
    change = plan_speaker_change("a1", TEXT, found, [earlier, orphan], [], span, "Baerbock")
    assert change.replaced == [earlier]


def test_deleting_an_article_takes_its_speaker_corrections_and_undo_puts_them_back(
    tmp_path: Path,
) -> None:
    """A deleted article's corrections went on being stored, synced and exported, naming an
    article no one has; a reopened store must agree."""
    path = tmp_path / "s.json"
    store, article = _store(path)
    start = TEXT.index(WORDS)
    correction = new_speaker_correction(article.id, TEXT, start, start + len(WORDS), "Baerbock")
    store.save_speaker_corrections([correction])
    removed = store.delete_article(article.id)
    assert removed.speaker_corrections == [correction]
    assert store.speaker_corrections() == []
    store.close()
    with Store.open(path) as reopened:
        assert reopened.speaker_corrections() == []
        reopened.restore_article(removed)
    with Store.open(path) as restored:
        assert restored.speaker_corrections(article.id) == [correction]


def test_a_speaker_names_someone_only_with_a_letter_or_digit() -> None:
    """What the P dialog and ``diplotui speaker --name`` accept: "..." or a lone accent
    would be stored as a speaker no search can ask for."""
    assert not any(map(names_someone, ["", "...", "\u0301\u0300", "-- ()", "\u200b"]))
    assert all(map(names_someone, ["Lan", "Lê", "Ø", "G7", "王毅", "وزير"]))


def test_a_planned_correction_is_cleaned_or_refused_as_an_imported_one_is() -> None:
    """The app's P dialog kept a pasted bidi override or tab in the name it stored, while
    ``speaker --name`` dropped them: every door now plans through ``cleaned_speaker``."""
    start = TEXT.index(WORDS)
    span = (start, start + len(WORDS))
    name, role = "Annalena\t\u202eBaerbock\x1b[0m", "Foreign\nMinister"
    change = plan_speaker_change("a1", TEXT, [], [], [], span, name, role)
    said = change.correction
    assert (said.speaker, said.role) == ("Annalena Baerbock", "Foreign Minister")
    for name in ("...", "\x1b[31m", "A" * 501):
        with pytest.raises(SpeakerRefused):
            plan_speaker_change("a1", TEXT, [], [], [], (start, start + 5), name)
