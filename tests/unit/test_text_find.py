"""Finding a phrase in the stored text regardless of case and accents."""

from __future__ import annotations

from diplotui.text.find import find_matches, fold_for_finding

BODY = (
    "Delegates met in Hà Nội on Monday. The HA NOI talks went well.\n"
    "Later, in ha noi again, a third meeting."
)


def test_matching_ignores_case_and_diacritics():
    text = f"Title\n{BODY}"
    spans = find_matches(fold_for_finding(text), "ha noi")
    assert [text[s:e] for s, e in spans] == ["Hà Nội", "HA NOI", "ha noi"]
    assert find_matches(fold_for_finding(text), "   ") == []


def test_a_decomposed_text_is_found_by_any_form_with_each_letters_marks():
    """Combining marks are dropped from the text and the query; a match maps back to the
    stored offsets, the marks of its last letter inside it."""
    text = "Hai lần ở Ha\u0300 No\u0323\u0302i, rồi Hà Nội và Ha\u0300 No\u0323\u0302i."
    folded = fold_for_finding(text)
    for query in ("ha noi", "Hà Nội", "Ha\u0300 No\u0323\u0302i"):
        spans = find_matches(folded, query)
        assert [text[s:e] for s, e in spans] == [
            "Ha\u0300 No\u0323\u0302i",
            "Hà Nội",
            "Ha\u0300 No\u0323\u0302i",
        ]
    assert [text[s:e] for s, e in find_matches(folded, "ha")] == [
        "Ha",
        "Ha\u0300",
        "Hà",
        "Ha\u0300",
    ]


def test_sharp_s_and_ligatures_are_found_spelt_out_and_as_written():
    """``/strasse`` in an article found no "Straße" (nor "finance" its "ﬁnance"), though the
    library's search had found the article by the same words: letters whose folding is two
    letters are matched as those two, each way, and the match maps back to the stored text."""
    text = "Talks on Straße 5 (STRAẞE), the strasse, ﬁnance and finance; Hà Nội after."
    folded = fold_for_finding(text)
    for query in ("strasse", "Straße", "STRASSE"):
        spans = find_matches(folded, query)
        assert [text[s:e] for s, e in spans] == ["Straße", "STRAẞE", "strasse"]
    assert [text[s:e] for s, e in find_matches(folded, "finance")] == ["ﬁnance", "finance"]
    assert [text[s:e] for s, e in find_matches(folded, "ha noi")] == ["Hà Nội"]
    decomposed = "Die Stra\u00dfe in Ha\u0300 No\u0323\u0302i."
    spans = find_matches(fold_for_finding(decomposed), "ha noi")
    assert [decomposed[s:e] for s, e in spans] == ["Ha\u0300 No\u0323\u0302i"]
