"""``tag:`` in the Statements view naming a tag only highlights carry (newuser64): `tag:people`
said 'A tag with a space goes in quotes: tag:"people diplomacy"', and that, typed, said only
"No statement matches this filter": ``tag:`` asks the articles' tags, the tag was a
highlight's. The pane now says the tag is on highlights only and what gives them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from diplotui.store import Store
from diplotui.tui.app import DiplotuiApp
from tests.cli_runner import run_main

from .helpers import open_statements_view, pane_words, type_text

TEXT = (
    "People diplomacy conference\n\n"
    "Deputy Minister Ngo Le Van said people-to-people diplomacy was a pillar of foreign policy.\n"
)


async def test_a_tag_only_highlights_carry_is_said_to_be_theirs(
    store_path: Path, tmp_path: Path
) -> None:
    db = ("--db", str(store_path))
    path = tmp_path / "conference.txt"
    path.write_text(TEXT, encoding="utf-8")
    imported = run_main(*db, "import", str(path))
    (line,) = (line for line in imported.stdout.splitlines() if line.startswith("imported "))
    made = run_main(
        *db, "highlight", line.split()[1], "--quote", "a pillar of foreign policy", "--tag",
        "people diplomacy",
    )  # fmt: skip
    assert made.returncode == 0, made
    store = Store.open(store_path)
    app = DiplotuiApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_statements_view(app, pilot)
        listing = app.screen.query_one("#statements-list", OptionList)
        await type_text(pilot, 'tag:"people diplomacy"')
        await pilot.pause()
        said = pane_words(app, listing)
        assert "No article is tagged #people diplomacy." in said, said
        assert '#people diplomacy tags highlights only: `diplotui export --tag "people' in said
        await pilot.press("ctrl+u")
        await type_text(pilot, "tag:people")
        await pilot.pause()
        said = pane_words(app, listing)
        assert 'tag:"people diplomacy"' not in said.split("export")[0], said
        assert "#people diplomacy tags highlights only" in said, said
    store.close()
