"""An article's statements as every part of the app gives them: the finder's, each named on
one line, with its bodies, countries and dates (``statements_of``). Apart from the statement
cache, whose store and files ``diplotui statements FILE`` does not need."""

from __future__ import annotations

from collections.abc import Sequence

from diplotui.model import EntitySpan, Statement, named_in_a_line


def statements_of(text: str, spans: Sequence[EntitySpan], title: str) -> list[Statement]:
    """The finder's statements of ``text``, each organisation named generically with its
    country (:mod:`diplotui.statements.countries`), each with the organisation its role names
    where the article gave none (``org:foreign`` finds the Deputy Minister of Foreign Affairs),
    a spokesperson's the ministry they speak for ("a ministry spokesperson" after the article
    named the foreign ministry) and the date its attribution gives
    (:mod:`diplotui.statements.when`)."""
    from diplotui.statements import find_statements
    from diplotui.statements.bodies import with_bodies, with_spokespeople_bodies
    from diplotui.statements.countries import with_countries
    from diplotui.statements.when import with_dates

    named = [named_in_a_line(s) for s in find_statements(text, spans, title=title)]
    bodies = with_spokespeople_bodies(text, with_bodies(with_countries(text, spans, named)))
    return with_dates(text, spans, bodies)
