"""A timeline's event dated as a statement is: a day without its year in a sentence in the
past ("On May 8, Wang Yi met ..." in a September article) is the latest May 8 by the
dateline. The statement "Wang Yi said on May 8" was listed on 2025-05-08 and the event of
the same day on the article's (May 8 is over four months off: without the tense, not
guessed), after it, as news of September."""

from __future__ import annotations

from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library

TALKS = (
    "---\ntitle: Talks in Beijing\nsource: Test Wire\ndate: 2025-09-10\n---\n"
    "Talks in Beijing\n"
    "On May 8, Foreign Minister Wang Yi met Ambassador Jane Doe in Beijing.\n"
    "Wang Yi said on May 8 that the talks were useful.\n"
    "On April 20, Wang Yi will meet Ambassador Jane Doe again.\n"
)


def test_an_events_day_said_in_the_past_is_the_latest_by_the_dateline(tmp_path: Path) -> None:
    db = _library(tmp_path, ("talks.md", TALKS))
    timeline = cli("--db", db, "timeline", "Wang Yi")
    assert timeline.returncode == 0, timeline.stderr
    dated = {
        line.split(" — ")[0].split(None, 1)[1].removeprefix("(article date)").strip(): date
        for line in timeline.stdout.splitlines()
        for date in line.split()[:1]
    }
    assert dated["On May 8, Foreign Minister Wang Yi met Ambassador Jane Doe in Beijing."] == (
        "2025-05-08"
    )
    # in the future, a day months off is still not guessed: the article's date stands in
    assert dated["On April 20, Wang Yi will meet Ambassador Jane Doe again."] == "2025-09-10"
