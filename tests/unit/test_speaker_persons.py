"""Who a person is, one rule for ``W``, ``--speaker`` and the timeline (left44b): a longer name
holding a shorter one's given name and surname is that person, where no other person of the
surname is in the library; never two people."""

from __future__ import annotations

import pytest

from diplotui.statements.persons import fuller_name_of, persons


def _one(*names: str) -> bool:
    return len(set(persons(names).values())) == 1


@pytest.mark.parametrize(
    "names",
    [
        ("Shehbaz Sharif", "Muhammad Shehbaz Sharif"),
        ("Muhammad Shehbaz Sharif", "Shehbaz Sharif"),  # either order
        ("Shehbaz Sharif", "Muhammad Shehbaz Sharif", "Shehbaz Sharif"),
        ("Majed al-Ansari", "Majed Al Ansari", "Majed Mohammed al-Ansari"),  # spellings too
    ],
)
def test_a_fuller_name_is_the_same_person(names: tuple[str, ...]) -> None:
    assert _one(*names)


@pytest.mark.parametrize(
    "names",
    [
        ("Kim Jong Un", "Kim Yo Jong"),
        ("Hun Sen", "Hun Manet"),
        ("Hamad Al Thani", "Tamim bin Hamad Al Thani"),  # a father, in his son's name
        ("Shehbaz Sharif", "Hamza Shehbaz Sharif"),  # a father's name after the son's own
        ("George Bush", "George W. Bush"),  # an initial sets the son apart
        ("Ali Khan", "Ali Khan Jr"),
        ("Hillary Clinton", "Bill Clinton"),
        # another person of the surname in the library: which Sharif is which is not said
        ("Shehbaz Sharif", "Muhammad Shehbaz Sharif", "Nawaz Sharif"),
    ],
)
def test_two_people_stay_two(names: tuple[str, ...]) -> None:
    person = persons(names)
    assert person[names[0]] != person[names[1]]
    assert all(person[name] == name for name in names)


def test_within_an_article_a_surname_alone_is_the_one_fuller_name_given() -> None:
    """A correction typing "Frank-Walter Steinmeier" names the article's "Steinmeier"; never
    a name set apart by an initial, nor a surname that is a suffix."""
    assert fuller_name_of("Frank-Walter Steinmeier", "Steinmeier")
    assert fuller_name_of("Muhammad Shehbaz Sharif", "Shehbaz Sharif")
    assert not fuller_name_of("George W. Bush", "Bush")
    assert not fuller_name_of("Hamza Shehbaz Sharif", "Shehbaz Sharif")
    assert not fuller_name_of("Steinmeier", "Steinmeier")
    assert not fuller_name_of("Olaf Scholz", "Steinmeier")
