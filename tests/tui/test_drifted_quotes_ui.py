"""A drifted highlight is cited as the article reads now by the reader's ``y`` too, the one
answer ``quote``, the brief and the CSV give (attacker29)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from diplotui.cite import STYLE_SETTING
from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli.test_cli_drifted_quotes import NEW, _highlighted
from tests.cli_runner import run_main

from .statements_ui_support import open_first as _open_first


async def test_y_on_a_drifted_highlight_copies_what_quote_the_brief_and_csv_give(
    store_path: Path, tmp_path: Path, clipboard
):
    db, source = str(store_path), tmp_path / "river.txt"
    article, highlight = _highlighted(db, source)
    source.write_text(NEW, "utf-8")
    assert run_main("--db", db, "import", "--update", str(source)).returncode == 0
    newest = date.today().isoformat()  # after every seed's date, within an article's years
    dated = run_main("--db", db, "meta", article, "--date", newest)  # the list's first
    assert dated.returncode == 0, dated.stderr
    now = "agreed to act jointly on the river"
    quoted = run_main("--db", db, "quote", highlight, "--style", "plain").stdout
    brief = run_main("--db", db, "export", "--article", article).stdout
    table = run_main("--db", db, "export", "--article", article, "--format", "csv").stdout
    [row] = [r for r in list(csv.reader(io.StringIO(table.lstrip("\ufeff"))))[1:] if r]
    store = Store.open(store_path)
    store.set_setting(STYLE_SETTING, "plain")
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("m", "y")  # to the highlight, and copy it
        await app.workers.wait_for_complete()
        await pilot.pause()
    store.close()
    assert clipboard == [quoted.rstrip("\n")], (clipboard, quoted)
    assert clipboard[0].startswith(f"“{now}”")
    assert f"\n> {now}\n" in brief and row[3] == now
