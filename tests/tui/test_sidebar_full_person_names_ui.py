"""The sidebar lists a person by the full name the library files them under.

Found by a new user (session 40): "Son ×3" for Foreign Minister Bui Thanh Son, whom a
Vietnamese article names in full once and then by his given name, the last syllable: the
sidebar showed the spelling used most, which no one reads as the minister's name and which
the palette and the library's filter do not file him under.
"""

from __future__ import annotations

from pathlib import Path

from .test_partial_quote_ends_ui import reading
from .test_reader_support import sidebar_rows

BODY = (
    "Foreign Minister Bui Thanh Son held phone talks with Chinese Foreign Minister Wang Yi on "
    "April 16.\n\nSon briefed his Chinese counterpart on the situation in Vietnam.\n\n"
    "Son and Wang Yi agreed to keep in close contact."
)


async def test_a_person_is_listed_by_the_full_name(store_path: Path) -> None:
    async with reading(store_path, BODY) as (app, _):
        rows = [" ".join(row.split()) for row in sidebar_rows(app)]
    assert "Bui Thanh Son ×3" in rows, rows
    assert not any(row.startswith("Son ×") for row in rows), rows
