"""A speaker's key is made from the name shown, not from the mention as the recogniser cut it.

The finder showed "Frenchman Pierre Delavaux", "H.E. Karim Oduya" and "CSG Amara Okafor" as
Pierre Delavaux, Karim Oduya and Amara Okafor, but keyed them "frenchman pierre delavaux",
"h.e. karim oduya" and "csg amara okafor": the key, which links a person's statements in the
library's JSON and joins a speaker correction to the role the article gives, disagreed with
the name. A correction typed "Pierre Delavaux" then found no statement of his to take his
role from, and was listed bare beside his titled ones.
"""

from __future__ import annotations

import json
from pathlib import Path

from diplotui.entities.linking import canonical_key

from .test_cli_library import cli
from .test_cli_since_past_dates import _article

LYON = _article(
    "Leaders talk in Lyon",
    "2024-03-01",
    "LYON, March 1, 2024 - Frenchman Pierre Delavaux, the President of Norland, met the"
    " visiting leaders on Friday.\n\n"
    '"Europe must stand together," Frenchman Pierre Delavaux said after the talks.\n\n'
    "The partners should invest more in their common defence, according to the Norland"
    " leader.",
)
BERLIN = _article(
    "Delavaux visits Berlin",
    "2024-04-02",
    "BERLIN, April 2, 2024 - Pierre Delavaux arrived in Berlin on Tuesday.\n\n"
    '"Our friendship is strong," Pierre Delavaux said at the press conference.',
)
YANGON = _article(
    "Envoy in Yangon",
    "2024-05-03",
    'YANGON, May 3, 2024 - The talks opened on Monday.\n\n"Peace is near," H.E. Karim Oduya said.',
)
BANGKOK = _article(
    "Envoy in Bangkok",
    "2024-05-09",
    "BANGKOK, May 9, 2024 - Karim Oduya arrived on Thursday.\n\n"
    '"The region needs calm," Karim Oduya said.',
)
KIGALI = _article(
    "Commonwealth meeting",
    "2024-06-10",
    "KIGALI, June 10, 2024 - The secretary-general CSG Amara Okafor opened the meeting.\n\n"
    '"We must act together on climate," said CSG Amara Okafor.\n\n'
    "Amara Okafor added that the small states needed help.",
)


def _ok(*args: str) -> str:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _library(tmp_path: Path, **articles: str) -> tuple[str, dict[str, str]]:
    """A store of ``articles`` (file stem -> Markdown) and each one's id by stem."""
    db = str(tmp_path / "s.json")
    ids = {}
    for stem, text in articles.items():
        path = tmp_path / f"{stem}.md"
        path.write_text(text, encoding="utf-8")
        ids[stem] = _ok("--db", db, "import", str(path)).split()[1]
    return db, ids


def _records(db: str, *args: str) -> list[dict[str, str]]:
    return json.loads(_ok("--db", db, "statements", *args, "--json"))


def test_a_person_named_with_a_nationality_honorific_or_initials_is_keyed_by_the_name_shown(
    tmp_path: Path,
) -> None:
    db, _ = _library(
        tmp_path, lyon=LYON, berlin=BERLIN, yangon=YANGON, bangkok=BANGKOK, kigali=KIGALI
    )
    for name, count in (("Pierre Delavaux", 3), ("Karim Oduya", 2), ("Amara Okafor", 2)):
        said = _records(db, "--speaker", name)
        assert len(said) == count
        assert {(record["speaker"], record["speaker_key"]) for record in said} == {
            (name, canonical_key(name))
        }


def test_a_correction_typed_with_the_name_shown_takes_the_role_the_article_gives(
    tmp_path: Path,
) -> None:
    db, ids = _library(tmp_path, lyon=LYON)
    _ok("--db", db, "speaker", ids["lyon"], "--quote", "The partners should invest",
        "--name", "Pierre Delavaux")  # fmt: skip
    said = _records(db, ids["lyon"])
    assert [(record["speaker"], record["role"]) for record in said] == [
        ("Pierre Delavaux", "President"),
        ("Pierre Delavaux", "President"),
    ]
    assert len({record["speaker_key"] for record in said}) == 1
    listed = _ok("--db", db, "statements", "--speaker", "Pierre Delavaux").splitlines()
    assert len(listed) == 2
    assert all("Pierre Delavaux (President)" in line for line in listed)
