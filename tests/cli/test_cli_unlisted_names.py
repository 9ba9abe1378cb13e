"""Names no list knows, as a new user's own articles wrote them.

A person introduced as "the UN special envoy for Sudan, Ramtane Lamamra,": the recogniser
missed the name, so the later "Lamamra told journalists" was listed, in `statements`, `W`
and the timeline, as a speaker named "Lamamra" alone."""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_main

TEXT = (
    "UN envoy urges ceasefire talks in Sudan\n\n"
    "GENEVA - The United Nations special envoy for Sudan, Ramtane Lamamra, on Friday urged "
    "the warring parties to return to talks in Jeddah.\n\n"
    '"There is no military solution to this conflict," Lamamra told journalists at the '
    "Palais des Nations.\n"
)


def test_a_name_set_off_by_commas_after_a_lowercase_title_is_the_speakers(
    store_path: Path, tmp_path: Path
):
    article = tmp_path / "geneva.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = str(store_path)
    names = run_main("entities", str(article), "--names").stdout
    assert "PERSON     2  Ramtane Lamamra\n" in names, names
    assert run_main("--db", db, "import", str(article)).returncode == 0
    listed = run_main("--db", db, "statements", "--speaker", "lamamra").stdout
    said = "Ramtane Lamamra (United Nations special envoy for Sudan) said:"  # the role as written
    assert f"{said} “There is no military solution to this conflict”" in listed
    assert listed.count("Lamamra") == listed.count("Ramtane Lamamra")  # never "Lamamra" alone


def test_a_dateline_city_in_capitals_that_the_text_names_is_that_place(tmp_path: Path):
    """ "TROMSO - The Arctic Council ..." then "a conference in Tromso": the dateline's city,
    which no list knows, was taken for an unlisted acronym, a body named "TROMSO" beside the
    place Tromso in the sidebar's lists."""
    article = tmp_path / "arctic.txt"
    article.write_text(
        "Arctic Council resumes work\n\n"
        "TROMSO - The Arctic Council resumed full working-group meetings on Monday.\n\n"
        '"Cooperation is too important to be frozen," Eide told a conference in Tromso.\n',
        encoding="utf-8",
    )
    names = run_main("entities", str(article), "--names").stdout
    assert "GPE        2  Tromso\n" in names, names
    assert "TROMSO" not in names
