"""``diplotui statements`` and ``timeline`` asked for a speaker as an analyst types the name:
another transliteration of it ("el-Burhan" for al-Burhan, "Abdelfattah" for Abdel Fattah), a
misspelling ("Daglo"), a country for its ministry ("--org sudan", "--org sudanese")."""

from __future__ import annotations

from pathlib import Path

from .test_cli_library import cli
from .test_cli_statements import _library

ARMY = (
    "---\ntitle: Army rejects truce\nsource: Test Wire\ndate: 2025-05-03\n---\n"
    "Army rejects truce\n"
    "Sudan's army chief Abdel Fattah al-Burhan said the army would not negotiate.\n"
    "The RSF commander Mohamed Hamdan Dagalo said his forces were ready for talks.\n"
    "Dagalo said the offer stood until Sunday.\n"
)
MINISTRY = (
    "---\ntitle: Ceasefire plan rejected\nsource: Test Wire\ndate: 2025-05-04\n---\n"
    "Ceasefire plan rejected\n"
    "The Sudanese foreign ministry said the ceasefire proposal ignored the army's terms.\n"
)
JUBA = (
    "---\ntitle: Juba worried\nsource: Test Wire\ndate: 2025-05-05\n---\nJuba worried\n"
    "South Sudan's Foreign Ministry said it was concerned by the fighting near its border.\n"
)


def _db(tmp_path: Path) -> str:
    return _library(tmp_path, ("a.md", ARMY), ("b.md", MINISTRY), ("c.md", JUBA))


def _said(db: str, *args: str) -> list[str]:
    result = cli("--db", db, "statements", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_name_typed_with_another_arabic_article_finds_the_speaker(tmp_path: Path) -> None:
    """Typed "el-burhan" missed the statements stored as "al-Burhan": the article, however
    written ("al-", "el-", "Al ", or none), is no word of the name."""
    db = _db(tmp_path)
    wanted = _said(db, "--speaker", "al-burhan")
    assert len(wanted) == 1 and "Abdel Fattah al-Burhan" in wanted[0]
    for typed in ("el-burhan", "El Burhan", "burhan", '"Abdel Fattah el-Burhan"'):
        assert _said(db, "--speaker", typed) == wanted, typed


def test_a_name_typed_with_its_article_joined_finds_the_speaker(tmp_path: Path) -> None:
    """Typed "alburhan", as outlets write "Albusaidi" for Oman's al-Busaidi, found no one
    (newuser49): the article joined to its word is that word's spelling too."""
    db = _db(tmp_path)
    wanted = _said(db, "--speaker", "al-burhan")
    assert _said(db, "--speaker", "alburhan") == wanted
    assert _said(db, "--speaker", "abdel alburhan") == wanted
    timeline = cli("--db", db, "timeline", "al-burhan").stdout
    assert "army would not negotiate" in timeline
    assert cli("--db", db, "timeline", "alburhan").stdout == timeline


def test_a_name_typed_joined_or_apart_finds_the_other_spelling(tmp_path: Path) -> None:
    """Typed "Abdelfattah" is Abdel Fattah: the spaces and hyphens between a name's words
    fold away."""
    db = _db(tmp_path)
    wanted = _said(db, "--speaker", "abdel fattah")
    assert len(wanted) == 1
    assert _said(db, "--speaker", "abdelfattah") == wanted
    assert _said(db, "--speaker", "abdelfattah burhan") == wanted


def test_a_misspelt_name_offers_the_close_speakers_never_lists_them(tmp_path: Path) -> None:
    """Typed "Daglo" was answered as a name no one has: the speakers it nearly names are
    offered with their statements; never listed, so "dagalo" lists Dagalo alone, and a name
    the library holds nothing near is answered as before."""
    db = _db(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "Daglo")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == (
        'diplotui: no statement matches: no speaker\'s name has the words "Daglo"; '
        "did you mean Mohamed Hamdan Dagalo (2)?\n"
    )
    quoted = cli("--db", db, "statements", "--speaker", '"Hamdan Daglo"')
    assert quoted.stderr.endswith('"Hamdan Daglo"; did you mean Mohamed Hamdan Dagalo (2)?\n')
    assert len(_said(db, "--speaker", "dagalo")) == 2
    result = cli("--db", db, "statements", "--speaker", "Smithers")
    assert "did you mean" not in result.stderr
    assert "(words may be cut short)" in result.stderr


def test_a_timeline_reads_a_name_as_statements_does(tmp_path: Path) -> None:
    db = _db(tmp_path)
    listed = cli("--db", db, "timeline", "el-Burhan")
    assert listed.returncode == 0 and "the army would not negotiate" in listed.stdout
    none = cli("--db", db, "timeline", "Daglo")
    assert none.stdout == ""
    assert none.stderr == (
        "diplotui: no statement or dated event of 'Daglo'; "
        "did you mean Mohamed Hamdan Dagalo (2)?\n"
    )


def test_a_country_finds_its_ministry_however_the_article_named_it(tmp_path: Path) -> None:
    """``--org sudanese`` found nothing, and ``--org sudan`` listed South Sudan's ministry
    too: a country or its nationality asks for that country's bodies (and its people named by
    a role of it: "Sudan's army chief Abdel Fattah al-Burhan")."""
    db = _db(tmp_path)
    for typed in ("sudan", "Sudanese", "sudan foreign"):
        listed = _said(db, "--org", typed)
        assert len(listed) == (1 if "foreign" in typed else 2), (typed, listed)
        assert "Ministry of Foreign Affairs (Sudan) said" in listed[0]
    (south,) = _said(db, "--org", "south sudan")
    assert "(South Sudan)" in south
    assert len(_said(db, "--org", "sud")) == 2  # a word's start is still a start


def test_timeline_offers_a_person_spelt_two_ways_once(tmp_path: Path) -> None:
    """The library spells one person "Le Hoai Trung" and "Lê Hoài Trung": a timeline that
    found nothing offered both, each with half of his statements."""
    db = _library(tmp_path)
    result = cli("--db", db, "timeline", "Trungg")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr.strip() == (
        "diplotui: no statement or dated event of 'Trungg'; did you mean Le Hoai Trung (6)?"
    )


DOHA = (
    "---\ntitle: Qatar urges calm\nsource: Test Wire\ndate: 2025-05-03\n---\nQatar urges calm\n"
    "Qatari Foreign Ministry spokesman Majed al-Ansari said talks would resume on Sunday.\n"
    "Al-Ansari said both sides had agreed to attend.\n"
)
MEDIATORS = (
    "---\ntitle: Mediators meet\nsource: Other Wire\ndate: 2025-05-04\n---\nMediators meet\n"
    "Qatari Foreign Ministry spokesman Majed Al Ansari said the mediators were meeting.\n"
)
AGAIN = (
    "---\ntitle: Mediators again\nsource: Other Wire\ndate: 2025-05-05\n---\nMediators again\n"
    "Qatari Foreign Ministry spokesman Majed Al-Ansari told reporters the talks had progressed.\n"
)


def test_a_speaker_spelt_with_other_arabic_articles_is_offered_once(tmp_path: Path) -> None:
    """Majed al-Ansari, Majed Al Ansari and Majed Al-Ansari are one speaker, offered in the
    spelling most statements give (the newest article's, "Al-Ansari", was offered)."""
    db = _library(tmp_path, ("a.md", DOHA), ("b.md", MEDIATORS), ("c.md", AGAIN))
    assert len(_said(db, "--speaker", '"Majed Al Ansari"')) == 4
    result = cli("--db", db, "statements", "--speaker", "Majid Ansari")
    assert result.stderr.endswith("did you mean Majed al-Ansari (4)?\n")


SPOKESMAN = (
    "---\ntitle: City retaken\nsource: Test Wire\ndate: 2025-05-06\n---\nCity retaken\n"
    "A Sudanese army spokesman said the city had been retaken.\n"
)
JUBA_MINISTER = (
    "---\ntitle: Juba concerned\nsource: Test Wire\ndate: 2025-05-07\n---\nJuba concerned\n"
    "The South Sudanese foreign minister said his country was worried by the fighting.\n"
)


def test_org_finds_a_speaker_named_by_a_role_of_the_country_never_south_sudans(
    tmp_path: Path,
) -> None:
    """``--org sudan`` missed "a Sudanese army spokesman" (no organisation given: its role
    names the country) and listed "the South Sudanese foreign minister" (its role's
    "Sudanese" read alone); ``--org "south sudan"`` found him not."""
    db = _library(
        tmp_path, ("a.md", MINISTRY), ("b.md", JUBA), ("c.md", SPOKESMAN), ("d.md", JUBA_MINISTER)
    )
    for typed in ("sudan", "sudanese"):
        listed = _said(db, "--org", typed)
        assert len(listed) == 2, (typed, listed)
        assert any("Sudanese army spokesman said" in line for line in listed)
        assert not any("South" in line for line in listed)
    for typed in ("south sudan", "south sudanese"):
        listed = _said(db, "--org", typed)
        assert len(listed) == 2, (typed, listed)
        unnamed = "South Sudanese foreign minister (Ministry of Foreign Affairs) said"
        assert any(unnamed in line for line in listed), listed


MINISTERS = (
    "---\ntitle: Ministers meet\nsource: Test Wire\ndate: 2025-05-08\n---\nMinisters meet\n"
    "Sudanese Foreign Minister Ali Youssef said the talks would resume next week.\n"
    "South Sudanese Foreign Minister Deng Alor said his country would attend.\n"
)


def test_org_finds_a_named_minister_by_the_nationality_before_his_title(tmp_path: Path) -> None:
    """The role of "Sudanese Foreign Minister Ali Youssef" read "Foreign Minister", so
    ``--org sudan`` (which reads a role's country) missed him (left44)."""
    db = _library(tmp_path, ("a.md", MINISTERS))
    (sudan,) = _said(db, "--org", "sudan")
    assert "Ali Youssef (Sudanese Foreign Minister) said" in sudan
    (south,) = _said(db, "--org", "south sudan")
    assert "Deng Alor (South Sudanese Foreign Minister) said" in south


def test_a_body_s_initials_typed_as_a_speaker_offer_its_statements(tmp_path: Path) -> None:
    """A new user typed ``--speaker rsf`` for the Rapid Support Forces (newuser50): "no
    speaker's name has the words", though ``--org rsf`` finds them. The answer offers it,
    never lists them; a name the library holds nothing near is answered as before."""
    db = _db(tmp_path)
    result = cli("--db", db, "statements", "--speaker", "mfa")
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == (
        'diplotui: no statement matches: no speaker\'s name has the words "mfa"; '
        "as an organisation, --org mfa finds 10 statements\n"
    )
    assert len(_said(db, "--org", "mfa")) == 10  # the seeds' ministries too
    assert "as an organisation" not in cli("--db", db, "statements", "--speaker", "zq").stderr


def test_a_full_name_typed_offers_the_speaker_an_article_named_by_surname_alone(
    tmp_path: Path,
) -> None:
    """An article quoting "Kirby said" names him by his surname: ``--speaker "John Kirby"``
    answered "no speaker's name has the words" and offered no one, as did ``timeline``."""
    kirby = (
        "---\ntitle: Truce talks\nsource: Test Wire\ndate: 2024-11-25\n---\nTruce talks\n"
        '"Nothing is done until everything is done," Kirby said.\n'
    )
    db = _library(tmp_path, ("k.md", kirby))
    missed = cli("--db", db, "statements", "--speaker", "John Kirby")
    assert (missed.returncode, missed.stdout) == (0, "")
    assert missed.stderr.endswith(
        'no speaker\'s name has the words "John Kirby"; did you mean Kirby (1)?\n'
    )
    timeline = cli("--db", db, "timeline", "John", "Kirby")
    assert timeline.stderr.endswith("; did you mean Kirby (1)?\n")
    assert "Kirby" not in cli("--db", db, "statements", "--speaker", "John Smith").stderr
