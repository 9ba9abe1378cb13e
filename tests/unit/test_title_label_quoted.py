"""An article's title quoting someone, labelled in a notice or a question (newuser64): "Delete
““Grief, terror and righteous anger” has not fad…”?" and "““Grief, ...” has no tags." doubled
its opening marks. The title's own quotation is single inside the label's, as a citation
nests them."""

from __future__ import annotations

from diplotui.session.annotations import title_label


def test_a_title_s_own_quotation_is_single_inside_the_label() -> None:
    assert title_label("“Grief and anger” has not faded") == "“‘Grief and anger’ has not faded”"
    assert title_label('"We are sure to defeat Daesh", says Iraqi FM') == (
        "“‘We are sure to defeat Daesh’, says Iraqi FM”"
    )
    assert title_label("Talks resume") == "“Talks resume”"


def test_a_long_quoted_title_is_cut_as_before() -> None:
    title = "“Grief, terror and righteous anger” has not faded for Marshall Islanders"
    label = title_label(title)
    assert label.startswith("“‘Grief") and label.endswith("…”") and len(label) == 50
