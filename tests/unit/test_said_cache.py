"""The statement cache keeps each statement's said words (``said_part``) as decided when it was
found: listings use them instead of reading the marks again, and must give what reading them
gives; a file without them, or of the format before, still serves."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplotui.ingest import seed_if_empty
from diplotui.library import statement_cache
from diplotui.library.statement_cache import (
    CACHE_NAME,
    FoundStatements,
    SaidDecision,
    StatementCache,
)
from diplotui.library.statements import said_as_stored, said_in
from diplotui.model import Article
from diplotui.paths import cache_dir
from diplotui.statements.said import said_part
from diplotui.store import Store

CUT = (
    "Spokeswoman Pham Thu Hang said: “Viet Nam's consistent stance is to settle disputes by "
    "peaceful means.”\nDeputy Minister Ngo Le Van called on delegates to respect the "
    "agreement, saying the talks would resume.\n"
)


def _store(store_path: Path) -> Store:
    store = Store.open(store_path)
    seed_if_empty(store)
    store.add_article(Article(id="0000000000cc", title="Hang on the sea", text_hash=""), CUT)
    return store


def test_a_kept_decision_is_said_part_of_the_text_it_was_found_in(store_path: Path) -> None:
    with _store(store_path) as store:
        StatementCache.load(store).fill(store)
        saved = StatementCache.load(store)  # the decisions read from the file
        cache_dir(store.path).joinpath(CACHE_NAME).unlink()
        helped = StatementCache.load(store)  # the decisions through the helper's answers
        assert helped.fill_in_process(store, store.articles(), chunk=1) == len(saved) > 0
        verbs = []  # each cache's paraphrases opening with "called on"
        for cache in (helped, saved):
            verbs.append(0)
            for article in store.articles():
                text = store.article_text(article.id)
                for statement in cache.statements(article):
                    decided = cache.decision(article, statement)
                    assert decided == SaidDecision(
                        *said_part(text, statement.start, statement.end)[:4]
                    )
                    assert said_in(statement, text, decided) == said_in(statement, text)
                    said = said_as_stored(store, article.id, statement, cache)
                    assert said == said_in(statement, text)
                    verbs[-1] += said.verb == "called on"
        assert verbs[0] == verbs[1] > 0, "Van's words after 'called on', in each cache"


def test_a_listing_uses_the_decision_only_for_the_text_it_was_made_in(store_path: Path) -> None:
    with _store(store_path) as store:
        cache = StatementCache.load(store)
        article = store.article("0000000000cc")
        found = cache.compute(CUT, article.title)
        assert isinstance(found, FoundStatements) and found.said is not None
        statement = found[0]
        told = SaidDecision(statement.start, statement.start + 5, False, "told")
        cache.put(cache.key(article), FoundStatements(found, [told, *found.said[1:]]))
        told_words = statement.text[:5]
        said = said_as_stored(store, article.id, statement, cache)
        assert said[:3] == (told_words, False, "told")  # the decision kept, its cut derived
        store.replace_article_text(article, CUT.replace("peaceful", "lawful"), [])
        assert cache.decision(store.article(article.id), statement) is None
        said = said_as_stored(store, article.id, statement, cache)
        assert said == said_in(statement, store.article_text(article.id)) and said.direct


def _rows(path: Path) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0].removesuffix('"texts": {').rstrip(", ") + "}")
    rows = []
    for line in lines[1:-1]:
        digest, _, row = line.rstrip(",").partition(": ")
        rows.append((json.loads(digest), json.loads(row)))
    return header, rows


def _write(path: Path, header: dict[str, Any], rows: list[tuple[str, Any]]) -> None:
    texts = ",\n".join(f"{json.dumps(d)}: {json.dumps(r, ensure_ascii=False)}" for d, r in rows)
    path.write_text(json.dumps({**header, "texts": {}})[:-3] + "{\n" + texts + "\n}}\n")


@pytest.mark.parametrize("format_", [2, 3, 4])
def test_a_file_without_decisions_is_found_again(store_path: Path, format_: int) -> None:
    """A file of an earlier format is thrown away and filled again; one of this format whose
    rows lack the decisions has each text found again: without them, both parts of a
    quotation its attribution interrupts were listed, two rows of one statement."""
    with _store(store_path) as store:
        cache = StatementCache.load(store)
        cache.fill(store)
        path = cache_dir(store.path) / CACHE_NAME
        header, rows = _rows(path)
        width = len(statement_cache._FIELDS)
        _write(path, {**header, "format": format_}, [(d, [s[:width] for s in r]) for d, r in rows])
        old = StatementCache.load(store)
        assert len(old) == 0
        assert old.fill(store) == len(rows)
        for article in store.articles():
            text = store.article_text(article.id)
            for statement in old.statements(article):
                assert old.decision(article, statement) is not None
                said = said_as_stored(store, article.id, statement, old)
                assert said == said_in(statement, text)


def test_the_version_changes_with_the_mark_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """said.py is the finder's package's; the marks it reads by are cite's."""
    import diplotui.cite
    import diplotui.statements
    import diplotui.statements.said

    hashed: list[Any] = []
    monkeypatch.setattr(statement_cache, "code_version", lambda *modules: hashed.extend(modules))
    with pytest.raises(TypeError):  # the recorder returns None: no version to add to
        statement_cache.finder_version()
    assert diplotui.cite in hashed and diplotui.statements in hashed
    said_file = Path(diplotui.statements.said.__file__)
    assert said_file.parent == Path(diplotui.statements.__file__).parent


def test_the_decisions_of_thousands_of_statements_of_one_text_cost_one_look_up_each() -> None:
    """Each statement's decision was found by scanning its text's others: listing an article
    of 4,000 statements (a long meeting record) took 3 s; the first of equal words wins."""
    import time

    from diplotui.model import Statement

    found = [Statement(n * 2, n * 2 + 1, "x", "reported", "A", "a", "PERSON") for n in range(8000)]
    said = [SaidDecision(s.start, s.end, n % 2 == 0, f"v{n}") for n, s in enumerate(found)]
    kept = FoundStatements([*found, found[0]], [*said, SaidDecision(0, 1, True, "later")])
    started = time.process_time()
    decided = [kept.decision(statement) for statement in found]
    assert time.process_time() - started < 1.0  # milliseconds; by scanning, seconds
    assert decided == said
    assert kept.decision(Statement(1, 2, "x", "reported", "A", "a", "PERSON")) is None
