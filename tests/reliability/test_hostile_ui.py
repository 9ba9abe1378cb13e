"""Hostile article text reaches the terminal inert, in every place the app shows it.

The article's title, text, tags and notes carry Rich and Textual markup, ANSI CSI, OSC 8 and
OSC 52 sequences, BEL, CR, NUL, a bidi override and a zero-width space. Whatever the app draws
(list rows, header, reader, sidebar, tag dialogs, notifications, the command palette, help)
must hold none of those control characters, and the markup must show as literal brackets.
The real command is also run in tmux on such an article imported from a file.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from rich.segment import Segment

from diplotui.anchoring import new_highlight
from diplotui.model import Article
from diplotui.store import Store, text_hash
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main
from tests.reliability.terminal import CONSOLE_SCRIPT, Terminal, needs_tmux, terminal
from tests.tui.helpers import settle, type_text

__all__ = ["terminal"]  # the fixture, used by name

MARKUP = "[bold red]x[/]"
ESCAPES = "\x1b[31mred\x1b[0m \x1b]52;c;Zm9v\x07 \x1b]8;;http://evil\x07link\x1b]8;;\x07"
INVISIBLE = "\u202erev\u202c zero\u200bwidth bell\x07 nul\x00 cr\r end"
TITLE = f"Evil {MARKUP} [link=http://evil]y[/link] [$accent]z {ESCAPES} {INVISIBLE}"
BODY = (
    f"Body {MARKUP} and [link=http://evil]y[/link] and [@click=app.quit]q[/] with {ESCAPES}. "
    f"Second sentence {INVISIBLE}. "
    + "The ministers met in Hanoi and agreed on a joint statement. "
    * 5
)
NOTE = f"note {MARKUP}\n{ESCAPES}\n{INVISIBLE}"
FORBIDDEN = ("\x1b", "\x07", "\x00", "\u202e", "\u202c", "\u200b", "\x9b", "\x9d")


def hostile_store(path: Path) -> Store:
    store = Store.open(path)
    text = f"{TITLE}\n{BODY}\n"
    article = Article(
        id=store.new_article_id(text_hash(text)),
        title=TITLE,
        text_hash="",
        source=f"Source {MARKUP} {ESCAPES}",
        author=f"Author {INVISIBLE}",
        date="2030-01-01",
        tags=[f"{MARKUP}", "osc [link=http://evil]t[/link]"],
        note=NOTE,
    )
    store.add_article(article, text)
    start = text.index("Body")
    store.save_highlight(new_highlight(article.id, text, start, start + 40, note=NOTE))
    return store


def drawn(app: DiplotuiApp) -> str:
    """Every segment of the current screen, as the terminal would be sent it (one line each)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(Segment(s.text).text for s in strip) for strip in strips)


def assert_inert(screen: str, where: str, *literal: str) -> None:
    for bad in FORBIDDEN:
        assert bad not in screen, f"{where}: {bad!r} reached the screen:\n{screen}"
    for text in literal:
        assert text in screen, f"{where}: {text!r} is not shown literally:\n{screen}"


async def test_hostile_article_is_inert_in_every_view(tmp_path: Path):
    store = hostile_store(tmp_path / "library.json")
    app = DiplotuiApp(store)
    try:
        async with app.run_test(size=(160, 50), notifications=True) as pilot:
            await pilot.pause()
            # the row's source comes before its tags, and this long one leaves the tags no room:
            # they are checked whole in the sidebar once the article is open
            assert_inert(drawn(app), "list", "Evil [bold red]x[/]", "Source [bold red]x[/]")
            await pilot.press("i")  # the details form shows the source in full
            await pilot.pause()
            assert_inert(drawn(app), "details form", "Source [bold red]x[/]")
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = drawn(app)
            assert_inert(screen, "reader, header and sidebar", "Body [bold red]x[/]", "[@click")
            assert_inert(screen, "sidebar tags", "#[bold red]x[/]", "note [bold red]x[/]")
            await pilot.press("t")
            await pilot.pause()
            assert_inert(drawn(app), "tag dialog", "Add tags to “Evil [bold red]x[/]")
            await type_text(pilot, "[b]new[/b]")
            await pilot.press("enter")
            await pilot.pause()
            assert_inert(drawn(app), "tags after adding", "#[b]new[/b]")
            await pilot.press("T")
            await pilot.pause()
            assert_inert(drawn(app), "untag dialog", "Remove a tag from “Evil [bold", "#[b]new")
            await pilot.press("escape")
            await pilot.press("j", "v", "h")  # a highlight: its notification and sidebar row
            await pilot.pause()
            assert_inert(drawn(app), "after highlighting", "Highlighted")
            await pilot.press("n")  # the note dialog names the highlight's quote
            await pilot.pause()
            assert_inert(drawn(app), "note dialog", "[bold red]x[/]")
            await pilot.press("escape")
            await pilot.press("ctrl+p")
            await type_text(pilot, "evil")
            await settle(app, pilot)  # the palette gathers its hits in a worker
            assert_inert(drawn(app), "command palette", "Evil [bold red]x[/]")
            await pilot.press("escape")
            await pilot.press("question_mark")
            await pilot.pause()
            assert_inert(drawn(app), "help", "Highlight")
    finally:
        store.close()


def hostile_file(folder: Path) -> Path:
    """Importable bytes (no NUL: the importer refuses those as binary) with OSC 52 and OSC 8."""
    path = folder / "evil.txt"
    title = f"Evil {MARKUP} {ESCAPES} \u202erev\u202c zero\u200bwidth bell\x07 end"
    body = f"Body {MARKUP} [link=http://evil]y[/link] {ESCAPES} \u202e override. " + (
        "The ministers met in Hanoi and agreed on a joint statement. " * 20
    )
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


@needs_tmux
def test_real_app_in_tmux_sends_no_escape_from_the_article(tmp_path: Path, terminal: Terminal):
    store = tmp_path / "library.json"
    imported = subprocess.run(
        [str(CONSOLE_SCRIPT), "--db", str(store), "import", str(hostile_file(tmp_path))],
        capture_output=True,
        timeout=30,
    )
    assert imported.returncode == 0, imported.stderr
    terminal.start_app(store)
    terminal.wait_for("Evil [bold red]x[/]", "Open  / Search")
    terminal.keys("G", "Enter")  # the bundled articles come first; it is undated, so last
    terminal.wait_for("Body [bold red]x[/]", "h Highlight")
    terminal.keys("t")
    terminal.wait_for("Add tags to “Evil [bold red]x[/]")
    raw = terminal.screen(escapes=True)
    # tmux keeps the OSC 8 hyperlinks a program sends; it has no way to keep OSC 52 or BEL
    assert "\x1b]8;;http://evil" not in raw and "evil\x07" not in raw
    assert "\x1b[31mred" not in raw, "the article's own SGR never reaches the terminal"
    plain = terminal.screen()
    assert "[link=http://evil]y[/link]" in plain
    assert "\u202e" not in plain and "\u200b" not in plain


def test_cli_list_and_import_print_titles_inert(tmp_path: Path):
    """The CLI prints article titles to a terminal too: they must not carry escapes."""
    store = tmp_path / "library.json"
    source = hostile_file(tmp_path)
    outputs = [
        run_main("--db", str(store), *args).stdout.encode()
        for args in (["import", str(source)], ["list"])
    ]
    for output in outputs:
        assert b"Evil [bold red]x[/]" in output
        for bad in FORBIDDEN:
            if bad.isascii() or bad == "\u202e":
                assert bad.encode() not in output, f"{bad!r} printed: {output!r}"


def test_start_up_notices_naming_a_hostile_path_are_inert(tmp_path: Path):
    """The app's start-up notices quote the store path; a path is data too."""
    from diplotui.tui.launch import open_for_app

    folder = tmp_path / f"evil {MARKUP} \x1b]52;c;Zm9v\x07 \u202erev \x1b[31mred"
    store, notices = open_for_app(folder / "library.json", read_only=False)
    store.close()
    [notice] = notices
    assert "First run" in notice and "[bold red]x[/]" in notice
    for bad in FORBIDDEN:
        assert bad not in notice, f"{bad!r} in the start-up notice {notice!r}"
