"""Finding a phrase in the stored text regardless of case and accents."""

from __future__ import annotations

from diplotui.text.find import find_matches, fold_same_length

BODY = (
    "Delegates met in Hà Nội on Monday. The HA NOI talks went well.\n"
    "Later, in ha noi again, a third meeting."
)


def test_matching_ignores_case_and_diacritics():
    text = f"Title\n{BODY}"
    spans = find_matches(fold_same_length(text), "ha noi")
    assert [text[s:e] for s, e in spans] == ["Hà Nội", "HA NOI", "ha noi"]
    assert find_matches(fold_same_length(text), "   ") == []
