"""Errors of held-out rounds 216-223 that recur across outlets (stfix30, session 30: classes
of error, not one article's; invented sentences and names)."""

from __future__ import annotations

from diplotui.statements import find_statements
from tests.unit.test_statements_rounds_152_159 import spanned


def test_a_surname_with_an_arabic_article_names_the_full_name_without_it() -> None:
    text = (
        "Norland summons envoy\n\n"
        "Foreign Minister Karim Haddad met the envoy in Tarnby on Sunday.\n\n"
        "Al-Haddad said: “We will not accept threats to our country.”\n\n"
        "El-Haddad added that “the dialogue must go on.”\n"
    )
    names = [("ROLE", "Foreign Minister"), ("PERSON", "Karim Haddad"), ("GPE", "Tarnby")]
    names += [("PERSON", "Al-Haddad"), ("PERSON", "El-Haddad")]
    found = find_statements(text, spanned(text, names))
    assert [(s.speaker, s.text) for s in found] == [
        ("Karim Haddad", "We will not accept threats to our country."),
        ("Karim Haddad", "the dialogue must go on."),
    ]
