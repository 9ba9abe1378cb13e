"""The app's import (``I``) reads a file's ``NAME.meta.json`` sidecar as ``diplotui import``
does, and says which sidecar refused its article and why."""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp

from .helpers import import_in_app, settle_start_up
from .library_fixtures import make_library


async def _import_report(store_path: Path, folder: Path) -> str:
    """The import dialog's report, one line, after ``I`` imported ``folder`` in the app
    (the store closed again)."""
    store = make_library(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_start_up(app, pilot)
        assert await import_in_app(app, pilot, folder) == "done"
        report = " ".join(str(app.screen.query_one("#import-report").render()).split())
    store.close()
    return report


async def test_the_import_dialog_reads_sidecars_and_names_a_bad_one(
    store_path: Path, tmp_path: Path
):
    news = tmp_path / "news"
    news.mkdir()
    (news / "talks.txt").write_text("Talks in Jakarta\n\nEnvoys met.\n", encoding="utf-8")
    details = {"source": "Mekong Monitor", "date": "2025-07-18", "url": "https://m.example/t"}
    (news / "talks.meta.json").write_text(json.dumps(details), encoding="utf-8")
    (news / "bad.txt").write_text("Bad in Hanoi\n\nEnvoys left.\n", encoding="utf-8")
    (news / "bad.meta.json").write_text('{"date": "2025-13-45"}', encoding="utf-8")
    report = await _import_report(store_path, news)
    assert "1 imported" in report and "1 failed" in report
    assert f"its sidecar {news / 'bad.meta.json'}: its date '2025-13-45' is no" in report
    reopened = Store.open(store_path)
    try:
        (talks,) = [a for a in reopened.articles() if a.title == "Talks in Jakarta"]
        assert (talks.source, talks.date, talks.url) == (
            "Mekong Monitor",
            "2025-07-18",
            "https://m.example/t",
        )
        assert not [a for a in reopened.articles() if a.title == "Bad in Hanoi"]
    finally:
        reopened.close()


async def test_the_import_dialog_says_i_corrects_a_source_read_from_the_byline(
    store_path: Path, tmp_path: Path
):
    """newuser45: the app's import said "source 'Maghrebi.org' read from its first lines:
    `diplotui meta 25ab5c8521cd --source NAME` corrects it", a command to type in another
    terminal (refused while the app holds the store), where `i` on the article does it."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "tasis.txt").write_text(
        "Sudan: RSF-led alliance announce parallel government\n"
        "Maghrebi.org, July 29, 2025\n\nThe alliance met in Nyala.\n",
        encoding="utf-8",
    )
    report = await _import_report(store_path, news)
    assert "source 'Maghrebi.org' read from its first lines: i on the article" in report
    assert "diplotui meta" not in report, report
