"""A speaker correction typing the fuller name of a person the article names by surname.

The finder gave "Steinmeier (Federal Foreign Minister)"; ``P`` (or ``diplotui speaker``)
typing "Frank-Walter Steinmeier" on one statement left it bare beside the article's other
"Steinmeier (Federal Foreign Minister)" statements: two speakers in ``W`` of one person. The
fuller name typed is the person's in the whole article, his role the one the article gives.
"""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.store import Store

from .test_cli_library import cli

BERLIN = """# Germany urges talks

Federal Foreign Minister Steinmeier said on Monday that the talks in Minsk had been useful but hard.

"We need patience and we need both sides at the table," Steinmeier told reporters in Berlin.

The minister added that sanctions would stay in place until the ceasefire held.
"""


def _ok(*args: str) -> str:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_fuller_name_typed_is_the_persons_in_the_article_with_the_role_it_gives(
    tmp_path: Path,
) -> None:
    db, path = str(tmp_path / "s.json"), tmp_path / "berlin.md"
    path.write_text(BERLIN, encoding="utf-8")
    article_id = _ok("--db", db, "import", str(path)).split()[1]
    _ok("--db", db, "highlight", article_id, "--quote", "the talks in Minsk had been useful")
    _ok("--db", db, "speaker", article_id, "--quote", "We need patience",
        "--name", "Frank-Walter Steinmeier")  # fmt: skip
    said = json.loads(_ok("--db", db, "statements", article_id, "--json"))
    assert len(said) == 3
    assert {(s["speaker"], s["role"]) for s in said} == {
        ("Frank-Walter Steinmeier", "Federal Foreign Minister")
    }
    assert len({s["speaker_key"] for s in said}) == 1
    with Store.open(Path(db)) as store:
        (marked,) = store.highlights(article_id)
    assert (marked.speaker, marked.speaker_role) == (
        "Frank-Walter Steinmeier",
        "Federal Foreign Minister",
    )
