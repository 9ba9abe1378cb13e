"""P in the reader: an analyst gives a wrongly attributed statement to its speaker."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, Label, OptionList

from diplotui.export import export
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.dialogs.speaker_correction import SpeakerCorrectionScreen
from diplotui.tui.dialogs.statements import StatementsScreen
from diplotui.tui.widgets.reader import Reader
from tests.spokesperson import ROLE, TEXT, TITLE

from .helpers import notices_said, open_statements_view, settle, type_text
from .statements_ui_support import open_first as _open_first
from .test_reader_support import add_article, open_first

ARTICLE = Path(__file__).parents[1] / "statements_dev/articles/anews_baerbock_colonna_paris.txt"
WORDS = "Against the background of the Russian war in Ukraine"
QUOTED = "If we all play together to the same beat"  # the statement's words, in every listing


def _store(path: Path) -> Store:
    store = Store.open(path)
    text = ARTICLE.read_text(encoding="utf-8")
    digest = text_hash(text)
    article = Article(
        id=store.new_article_id(digest),
        title="German foreign minister visits France amid bilateral tensions",
        text_hash=digest,
        source="AA News",
        date="2022-11-22",
    )
    store.add_article(article, text)
    return store


def _listed(app: DiplotuiApp) -> list[str]:
    screen = app.screen
    assert isinstance(screen, StatementsScreen)
    listing = screen.query_one("#statements-list", OptionList)
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def _to_the_statement(pilot, reader: Reader) -> None:
    for _ in range(len(reader.statements)):
        await pilot.press("s")
        statement = reader.statement_at(*reader.cursor_span)
        if statement is not None and statement.text.startswith(WORDS):
            return
    raise AssertionError("no statement of those words")


async def _speaker_dialog(app: DiplotuiApp, pilot) -> Reader:
    """The article opened, ``P`` pressed on the statement of ``WORDS``."""
    reader = await _open_first(app, pilot)
    await _to_the_statement(pilot, reader)
    await pilot.press("P")
    await pilot.pause()
    return reader


async def test_p_gives_baerbock_her_statement_in_the_reader_w_y_and_the_export(
    store_path: Path, clipboard
):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)  # indexed before the correction
        await pilot.press("escape")
        reader = await _open_first(app, pilot)
        await _to_the_statement(pilot, reader)
        assert reader.border_subtitle == "Catherine Colonna said"
        await pilot.press("h")  # highlighted while it is still given to Colonna
        await pilot.pause()
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        await type_text(pilot, "Annalena Baerbock")
        await pilot.press("tab")  # the name, complete: on to the role
        await type_text(pilot, "Foreign Minister")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.border_subtitle == "Annalena Baerbock (Foreign Minister) said"
        (highlight,) = store.highlights(reader.article_id or "")
        assert (highlight.speaker, highlight.speaker_role) == (
            "Annalena Baerbock",
            "Foreign Minister",
        )
        await pilot.press("y")
        await settle(app, pilot)
        assert "Annalena Baerbock (Foreign Minister)" in clipboard[-1]
        assert "Colonna" not in clipboard[-1]
        await open_statements_view(app, pilot)  # the index made before is built again
        await type_text(pilot, "colonna")
        await pilot.pause()
        assert not [row for row in _listed(app) if QUOTED in row]
        await pilot.press(*["backspace"] * len("colonna"))
        await type_text(pilot, "baerbock")
        await pilot.pause()
        assert any(QUOTED in row for row in _listed(app))
        await pilot.press("escape")
        await pilot.pause()
        brief = export(store, "markdown")
        assert "Annalena Baerbock (Foreign Minister)" in brief and "Colonna" not in brief
        assert "Annalena Baerbock (Foreign Minister)" in export(store, "csv")
        await pilot.press("u")  # taken back, the highlight's speaker with it
        await pilot.pause()
        assert reader.border_subtitle == "Catherine Colonna said"
        (highlight,) = store.highlights(reader.article_id or "")
        assert highlight.speaker == "Catherine Colonna"
        assert store.speaker_corrections() == []
    store.close()


async def test_a_name_or_role_longer_than_a_line_is_refused_in_the_dialog(store_path: Path):
    """A speaker's name or role pasted whole (an article, 1,000 characters) is refused as
    ``diplotui speaker --name`` refuses it: the dialog says why under its fields, the field
    keeps the focus, no correction is stored."""
    from diplotui.model import ONE_LINE_CHARS

    store = _store(store_path)
    pasted = "Annalena Baerbock said so. " * 40
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _speaker_dialog(app, pilot)
        for field, what, typed in (
            ("#speaker-name", "The name", "Annalena Baerbock"),
            ("#speaker-role", "The role", "Foreign Minister"),
        ):
            app.post_message(events.Paste(pasted))
            await pilot.press("enter")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, SpeakerCorrectionScreen), "refused: the dialog stays"
            said = str(dialog.query_one("#speaker-error", Label).render())
            long = f"{len(pasted.strip()):,} characters long: at most {ONE_LINE_CHARS}"
            assert said == f"{what} is {long}. Nothing was saved."
            assert dialog.focused is dialog.query_one(field, Input)
            assert store.speaker_corrections() == []
            await pilot.press("ctrl+u")
            await type_text(pilot, typed)
            await pilot.press("tab")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.border_subtitle == "Annalena Baerbock (Foreign Minister) said"
    store.close()


async def test_ctrl_n_in_the_dialog_says_the_words_are_no_statement(store_path: Path):
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _speaker_dialog(app, pilot)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not any(s.text.startswith(WORDS) for s in reader.statements)
        assert reader.border_subtitle == ""
        (correction,) = store.speaker_corrections()
        assert correction.speaker == "" and correction.quote.startswith(WORDS)
    store.close()


async def test_the_sidebar_says_a_text_change_orphaned_a_speaker_correction(store_path: Path):
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update
    from diplotui.statements.corrections import new_speaker_correction

    from .test_reader_support import sidebar_rows

    store = _store(store_path)
    (article,) = store.articles()
    text = store.article_text(article.id)
    start = text.index(WORDS)
    correction = new_speaker_correction(article.id, text, start, start + len(WORDS), "Baerbock")
    store.save_speaker_corrections([correction])
    changed = text.replace(WORDS, "Given the war")
    apply_update(store, article, ParsedDocument(text=changed, title=article.title))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        await pilot.pause()
        assert any("1 speaker correction orphaned" in row for row in sidebar_rows(app))
    store.close()


async def test_an_orphaned_speaker_correction_is_listed_in_the_sidebar_removed_by_d_and_u_undoes(
    store_path: Path,
):
    """Its words gone after an update, a correction applies nowhere; before, only
    ``diplotui speaker ID`` listed it and only ``--remove`` took it away."""
    from diplotui.ingest.formats import ParsedDocument
    from diplotui.ingest.update import apply_update
    from diplotui.statements.corrections import new_speaker_correction

    from .test_reader_support import sidebar_of, sidebar_rows

    store = _store(store_path)
    (article,) = store.articles()
    text = store.article_text(article.id)
    start = text.index(WORDS)
    correction = new_speaker_correction(
        article.id, text, start, start + len(WORDS), "Annalena Baerbock", role="Minister"
    )
    store.save_speaker_corrections([correction])
    apply_update(store, article, ParsedDocument(text.replace(WORDS, "Given it"), article.title))
    (orphan,) = store.speaker_corrections()
    assert orphan.status == "orphan"
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        await pilot.pause()
        rows = sidebar_rows(app)
        assert "Speaker corrections orphaned (1): d removes" in rows
        assert f"“{WORDS}”\n— Annalena Baerbock (Minister)" in rows
        sidebar = sidebar_of(app)
        while not sidebar.has_focus:
            await pilot.press("tab")
        await pilot.press("home")  # no highlight: the orphaned correction is the first row
        assert sidebar.current_item is not None
        assert sidebar.current_item.kind == "speaker-orphan"
        await pilot.press("d")
        await pilot.pause()
        assert store.speaker_corrections() == []
        assert not any(WORDS in row for row in sidebar_rows(app))
        assert not any("speaker correction orphaned" in row for row in sidebar_rows(app))
        await pilot.press("u")
        await pilot.pause()
        assert store.speaker_corrections() == [orphan]  # as it was, orphan and all
        assert f"“{WORDS}”\n— Annalena Baerbock (Minister)" in sidebar_rows(app)
        assert any("1 speaker correction orphaned" in row for row in sidebar_rows(app))
    store.close()


async def test_p_on_words_selected_in_a_statement_shows_the_statement_it_corrects(
    store_path: Path,
):
    """A correction is of a whole statement: P on a word selected in one quoted that word
    alone, then gave the whole statement to the name typed."""
    store = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await _to_the_statement(pilot, reader)
        statement = reader.statement_at(*reader.cursor_span)
        assert statement is not None
        await pilot.press("v", *["b"] * len(statement.text.split()))  # back to its first words
        await pilot.pause()
        assert reader.selection is not None
        selected = reader.text[reader.selection[0] : reader.selection[1]].strip()
        assert statement.text.startswith(selected) and len(selected) < len(statement.text) / 2
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        shown = str(app.screen.query_one("#speaker-words", Label).render())
        assert shown.startswith(f"“{WORDS}") and len(shown) > len(selected) + 2
        await type_text(pilot, "Annalena Baerbock")
        await pilot.press("enter")
        await pilot.pause()
        (correction,) = store.speaker_corrections()
        assert correction.quote.startswith(WORDS) and shown[1:-2] in correction.quote
    store.close()


HOSTILE = "Evil\x1b]0;pwned\x07\x1b[31mName\u202e"
"""A speaker's name holding a terminal's escapes (``diplotui speaker --name`` takes any)."""


def _field_line(app: DiplotuiApp, selector: str) -> str:
    """What the field at ``selector`` sends the terminal on its first line."""
    field = app.screen.query_one(selector, Input)
    return "".join(segment.text for segment in field.render_line(0))


async def test_a_hostile_speaker_name_never_reaches_the_terminal_from_a_field(store_path: Path):
    """P completes the speakers' names and enter on a speaker in W types it into the filter:
    both fields drew the name as it was stored, its escapes sent to the terminal (its title
    changed, the rest of the line turned red)."""
    from diplotui.statements.corrections import new_speaker_correction

    store = _store(store_path)
    (article,) = store.articles()
    text = store.article_text(article.id)
    start = text.index(WORDS)
    given = new_speaker_correction(article.id, text, start, start + len(WORDS), HOSTILE)
    store.save_speaker_corrections([given])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("g", "s", "P", "E")  # another statement: the name is completed
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        shown = _field_line(app, "#speaker-name")
        assert "vil" in shown and not set(shown) & set("\x1b\x07\u202e")
        await pilot.press("backspace", "escape")  # nothing typed: closed without a question
        await open_statements_view(app, pilot)
        await type_text(pilot, "evil")
        await pilot.pause()
        await pilot.press("tab", "home")  # to the speakers, on the first
        await pilot.pause()
        await pilot.press("enter")  # only theirs: the whole name typed into the filter
        await pilot.pause()
        shown = _field_line(app, "#statements-filter")
        assert "Evil" in shown and not set(shown) & set("\x1b\x07\u202e")
        assert any(QUOTED in row for row in _listed(app)), "the name still finds them"
        assert reader.article_id == article.id
    store.close()


async def test_the_dialog_nests_the_words_own_quotation_marks_as_its_notification_does(
    seeded_store: Store,
):
    """P quoted “the talks were "tense but useful" ...”, straight marks inside its own, and
    its notification then ‘tense but useful’: one way of nesting, the copies' (single marks
    inside double ones), in both."""
    add_article(
        seeded_store,
        "Talks in Canberra",
        'Foreign Minister Penny Wong said the talks were "tense but useful" and would resume.',
    )
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("s")
        assert reader.statement_at(*reader.cursor_span) is not None
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerCorrectionScreen)
        shown = str(app.screen.query_one("#speaker-words", Label).render())
        assert shown == "“the talks were ‘tense but useful’ and would resume”"
        await type_text(pilot, "Richard Marles")
        await pilot.press("enter")
        await pilot.pause()
        said = notices_said(app)[-1]
        assert said == "Said by Richard Marles: “the talks were ‘tense but useful’…” (u undoes)."


async def test_a_role_typed_with_p_labels_the_speakers_other_statements(
    store_path: Path, clipboard
):
    """The finder gave the deputy spokesperson no role; typed once with ``P`` on her last
    statement, the label of her first, its copy and ``W``'s ``role:`` give it too (they stayed
    bare: ``role:spokes`` found one of her three statements)."""
    store = Store.open(store_path)
    digest = text_hash(TEXT)
    article = Article(
        id=store.new_article_id(digest), title=TITLE, text_hash=digest,
        source="Test Wire", date="2025-08-21",
    )  # fmt: skip
    store.add_article(article, TEXT)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _open_first(app, pilot)
        await pilot.press("S")  # round the end: her last statement
        await pilot.pause()
        assert reader.border_subtitle == "Pham Thu Hang stressed"
        await pilot.press("P")
        await pilot.pause()
        await type_text(pilot, "Pham Thu Hang")
        await pilot.press("tab")  # on to the role
        await type_text(pilot, ROLE)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("s")  # round the end again: her first statement
        await pilot.pause()
        assert reader.border_subtitle.startswith("Pham Thu Hang (Deputy Spokesperson")
        assert reader.border_subtitle.endswith(") said")
        await pilot.press("y")
        await settle(app, pilot)
        assert f"— Pham Thu Hang ({ROLE}), quoted in" in clipboard[-1]
        await open_statements_view(app, pilot)
        await type_text(pilot, "role:spokes")
        await pilot.pause()
        assert len([row for row in _listed(app) if ROLE in row]) == 3
    store.close()
