"""The reader: sentence cursor, selection keys, entity colouring, hostile text kept inert."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, OptionList, TextArea

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import redrawn_whole, screen_cells, type_text
from .test_reader_support import add_article, line_segments, open_first, sidebar_rows

BODY = (
    "First sentence here. Second sentence follows. Third one ends it.\n"
    'Another paragraph says "we will cooperate closely" today. It has two sentences.\n'
    "A last paragraph."
)


async def test_cursor_moves_by_sentence_and_paragraph(store_path):
    store = Store.open(store_path)
    add_article(store, "Cursor test", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        text = reader.text
        assert text[slice(*reader.cursor_span)] == "Cursor test"
        await pilot.press("j")
        assert text[slice(*reader.cursor_span)] == "First sentence here."
        await pilot.press("j", "j", "k")
        assert text[slice(*reader.cursor_span)] == "Second sentence follows."
        await pilot.press("J")
        assert text[slice(*reader.cursor_span)].startswith("Another paragraph")
        await pilot.press("K")
        assert text[slice(*reader.cursor_span)] == "First sentence here."
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert text[slice(*reader.cursor_span)] == "A last paragraph."
        await pilot.press("g")
        assert reader.cursor.index == 0
        await pilot.press("G")
        assert text[slice(*reader.cursor_span)] == "A last paragraph."
    store.close()


LONG_SENTENCE = "Sentence {p}.{n} of paragraph {p} runs on well past the reader's width."
LONG_BODY = "\n".join(
    " ".join(LONG_SENTENCE.format(p=p, n=n) for n in (1, 2, 3)) for p in range(1, 6)
)


async def test_moving_the_cursor_redraws_only_the_lines_it_left_and_reached(
    store_path, monkeypatch
):
    """``j``, ``k``, ``h`` and a selection redraw what changed, and the screen then shows
    exactly what drawing every line again shows (no line is left stale)."""
    from diplotui.tui.widgets.reader import Reader

    store = Store.open(store_path)
    add_article(store, "Redraw test", LONG_BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        drawn: list[int] = []
        render_line = Reader.render_line

        def counted(self: Reader, y: int) -> object:
            drawn.append(y)
            return render_line(self, y)

        monkeypatch.setattr(Reader, "render_line", counted)
        for keys in (["j"], ["j"], ["k"], ["j", "j"], ["h"], ["v", "j"], ["escape"]):
            drawn.clear()
            await pilot.press(*keys)
            await pilot.pause()
            if keys == ["j"]:
                assert 0 < len(set(drawn)) < reader.scrollable_content_region.height // 2
            assert screen_cells(app) == await redrawn_whole(app, pilot), keys
        assert reader.highlights, "h highlighted the cursor's sentence"
    store.close()


async def test_selection_keys(store_path):
    store = Store.open(store_path)
    article = add_article(store, "Selection test", BODY)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        text = reader.text
        await pilot.press("j", "v", "j")
        assert text[slice(*reader.selection)] == "First sentence here. Second sentence follows."
        await pilot.press("b")
        assert text[slice(*reader.selection)] == "First sentence here. Second sentence"
        await pilot.press("w", "w")
        assert text[slice(*reader.selection)].endswith("Third")
        await pilot.press("escape")
        assert reader.selection is None
        await pilot.press("J", "V")
        assert text[slice(*reader.selection)].endswith("It has two sentences.")
        await pilot.press("escape", "quotation_mark")
        assert text[slice(*reader.selection)] == "we will cooperate closely"
        # a v selection moved by a word grows on with the cursor: the word ended it, so j
        # dropped the passage and h highlighted the cursor's one sentence instead
        await pilot.press("escape", "g", "j", "v", "w")
        assert text[slice(*reader.selection)] == "First sentence here. Second"
        await pilot.press("j", "j", "h")
        await pilot.pause()
    (highlight,) = store.highlights(article.id)
    assert highlight.quote == "First sentence here. Second sentence follows. Third one ends it."
    store.close()


async def test_entity_colours_shown_and_toggled(seeded_store: Store):
    app = DiplotuiApp(seeded_store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        person = reader.get_component_rich_style("reader--entity-person", partial=True)
        highlight_bg = reader.get_component_rich_style("reader--highlight-key", partial=True)
        assert person.color is not None and person.bgcolor is None
        assert highlight_bg.bgcolor is not None and highlight_bg.color is None

        def coloured(name: str) -> bool:
            return any(
                name in seg.text and seg.style is not None and seg.style.color == person.color
                for seg in line_segments(reader)
            )

        assert coloured("Tran Cam Tu")
        await pilot.press("e")
        assert not coloured("Tran Cam Tu")
        await pilot.press("e")
        assert coloured("Tran Cam Tu")


HOSTILE_TITLE = "Hostile [bold red]x[/] title"
HOSTILE_BODY = (
    "Plain [bold red]x[/] markup and \x1b[31mANSI red\x1b[0m here.\a Bell rang. "
    "Override \u202ereversed\u202c text and zero\u200bwidth joiner."
)


async def test_hostile_text_is_inert_in_reader_sidebar_and_untag_dialog(store_path):
    store = Store.open(store_path)
    article = add_article(store, HOSTILE_TITLE, HOSTILE_BODY)
    store.with_updates(article, tags=["a\x1b[31mb\u202e"])
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        await pilot.press("j", "h", "n")
        await type_text(pilot, "note [b]y[/b]")
        await pilot.press("ctrl+s")
        await pilot.pause()
        drawn = "".join(seg.text for seg in line_segments(reader))
        assert "[bold red]x[/]" in drawn
        for bad in ("\x1b", "\a", "\u202e", "\u200b"):
            assert bad not in drawn
        rows = "\n".join(sidebar_rows(app))
        assert "[bold red]x[/]" in rows and "[b]y[/b]" in rows
        for bad in ("\x1b", "\a", "\u202e", "\u200b"):
            assert bad not in rows
        await pilot.press("T")
        choices = app.screen.query_one("#tag-choices", OptionList)
        prompt = str(choices.get_option_at_index(0).prompt)
        assert prompt.startswith("#a") and "\x1b" not in prompt and "\u202e" not in prompt
    store.close()


async def test_an_article_on_one_long_line_is_read_to_its_end_with_the_keys(store_path):
    """A text that is one line of 200 KB (laid out a line at a time, its lines kept as
    numbers): every key finds its sentence and draws it, at the end as at the start."""
    sentences = [
        f"Sentence {n} of the one long line runs on past the reader's width."
        for n in range(1, 3001)
    ]
    store = Store.open(store_path)
    add_article(store, "One long line", " ".join(sentences))
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        text = reader.text
        assert len(reader.lines) > 2000
        await pilot.press("j")
        assert text[slice(*reader.cursor_span)] == sentences[0]
        await pilot.press("G", "k")
        assert text[slice(*reader.cursor_span)] == sentences[-2]
        shown = "".join(segment.text for segment in line_segments(reader))
        assert "width. Sentence 3000 of the one long" in shown  # the text's last line is drawn
        assert screen_cells(app) == await redrawn_whole(app, pilot)
    store.close()


ESCAPES_NOTE = "Seen \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m."


def _drawn_lines(widget) -> str:  # type: ignore[no-untyped-def]
    return "".join(s.text for y in range(widget.size.height) for s in widget.render_line(y))


async def test_a_notes_escapes_never_reach_the_terminal_from_the_editor(store_path):
    """A note holding escapes (written by ``diplotui note``, or a teammate's through a sync)
    opens in the editor with visible stand-ins, not as sequences the terminal obeys (one set
    the window title); ``ctrl+s`` without an edit keeps the note as stored; an escape pasted
    into the note, or into a one-line field, is drawn inert too."""
    store = Store.open(store_path)
    article = add_article(store, "Escapes", "One sentence here.")
    store.with_updates(article, note=ESCAPES_NOTE)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        drawn = _drawn_lines(area)
        assert "pwned" in drawn and "\x1b" not in drawn and "\x07" not in drawn
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.article(article.id).note == ESCAPES_NOTE, "unedited: kept as stored"
        await pilot.press("n")
        await pilot.pause()
        # as a terminal pastes: line breaks as CRs
        app.post_message(events.Paste("pasted \x1b]52;c;aGk=\x07 text\rits second line"))
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        drawn = _drawn_lines(area)
        assert "pasted" in drawn and "\x1b" not in drawn and "\x07" not in drawn
        assert area.text.endswith(" text\nits second line")
        await pilot.press("escape", "d")  # discard
        await pilot.press("t")
        await pilot.pause()
        app.post_message(events.Paste("tag \x1b[2J"))
        await pilot.pause()
        field = app.screen.query_one(Input)
        assert field.value.startswith("tag") and "\x1b" not in _drawn_lines(field)
    store.close()
