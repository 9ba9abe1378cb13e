"""The app names a highlight's speaker as the finder names it now, and the user's as typed.

A highlight made while the finder gave Hang's words to Lin Jian showed and copied Lin Jian
after the finder named Hang (session 48's new user). Real keys on a real store: the article
opened, the sidebar read, ``y`` on the highlight."""

from __future__ import annotations

from pathlib import Path

from diplotui.anchoring import new_highlight
from diplotui.cite import STYLE_SETTING
from diplotui.model import SpeakerSource
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from diplotui.tui.widgets.sidebar import UNFOUND
from tests.cli.test_cli_statement_highlights import ARTICLE, ARTICLE_ID, HANG_WORDS, TEXT

from .statements_ui_support import open_first
from .test_reader_support import sidebar_rows

REQUEST = "Viet Nam requests China not to complicate the situation"
NARRATION = TEXT.split("\n", 1)[0]  # the headline: the reporter's words, no one's statement


def _store(store_path: Path) -> tuple[Store, dict[str, str]]:
    """Hang's words stored as Lin Jian's by an earlier finder, her request given by the user
    to Nguyen Minh Vu, and the headline stored as Hang's by an earlier finder (no statement
    is found there now); copies cited plainly."""
    store = Store.open(store_path)
    store.add_article(ARTICLE, TEXT)
    store.set_setting(STYLE_SETTING, "plain")
    made = {}
    for name, words, speaker, role, source in (
        ("stale", HANG_WORDS, "Lin Jian", "spokesman", SpeakerSource.FOUND.value),
        ("mine", REQUEST, "Nguyen Minh Vu", "", SpeakerSource.USER.value),
        ("unfound", NARRATION, "Pham Thu Hang", "", SpeakerSource.FOUND.value),
    ):
        start = TEXT.index(words)
        highlight = new_highlight(ARTICLE_ID, TEXT, start, start + len(words), speaker=speaker,
                                  speaker_role=role, speaker_source=source)  # fmt: skip
        store.save_highlight(highlight)
        made[name] = highlight.id
    return store, made


def _row(app: DiplotuiApp, words: str) -> str:
    [row] = [row for row in sidebar_rows(app) if words[:30] in row]
    return row


async def _copy_on(app: DiplotuiApp, pilot, highlight_id: str, clipboard: list[str]) -> str:
    """``y`` with the cursor on the highlight (moved there with ``j``)."""
    session = app.screen.session
    for _ in range(12):
        at = session.highlight_at_cursor()
        if at is not None and at.id == highlight_id:
            break
        await pilot.press("j")
    target = session.target()
    assert target.highlight is not None and target.highlight.id == highlight_id
    await pilot.press("y")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return clipboard[-1]


async def test_the_sidebar_and_y_name_the_finders_speaker_now_and_keep_the_users(
    store_path: Path, clipboard: list[str]
) -> None:
    store, made = _store(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await open_first(app, pilot)
        assert reader.statements_found
        await pilot.pause()
        stale = _row(app, HANG_WORDS)
        assert "Pham Thu Hang (spokeswoman)" in stale and "Lin Jian" not in stale, stale
        assert UNFOUND not in stale
        assert "Nguyen Minh Vu" in _row(app, REQUEST)
        unfound = _row(app, NARRATION)
        assert "Pham Thu Hang" in unfound and UNFOUND in unfound, unfound
        copied = await _copy_on(app, pilot, made["stale"], clipboard)
        assert copied.startswith(f"“{HANG_WORDS}”\n— Pham Thu Hang (spokeswoman)"), copied
        copied = await _copy_on(app, pilot, made["mine"], clipboard)
        assert "Nguyen Minh Vu said" in copied and "Hang" not in copied, copied
    assert store.highlight(made["stale"]).speaker == "Lin Jian"  # shown anew, not rewritten
    store.close()
