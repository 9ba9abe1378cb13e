"""Entity type labels, and the legend naming each type in the reader's colour for it."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text

from diplotui.model import EntityType

# Short labels so all eight types fit a narrow sidebar.
TYPE_LABELS: dict[str, str] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "loc",
    "DATE": "date",
    "ROLE": "role",
    "LAW": "law",
    "EVENT": "event",
}


def legend_class(entity_type: str) -> str:
    """The component class that colours ``entity_type`` (its CSS rule sits by the reader's)."""
    return f"entity-legend--{entity_type.lower()}"


LEGEND_CLASSES = frozenset(legend_class(kind.value) for kind in EntityType)


def legend_text(style_of: Callable[[str], Style], enabled: bool) -> Text:
    """Each type's label in its colour; all dimmed, with how to turn them back on, when off."""
    legend = Text()
    for kind in EntityType:
        style = style_of(legend_class(kind.value)) if enabled else "dim"
        legend.append(TYPE_LABELS[kind.value], style)
        legend.append(" ")
    if not enabled:
        legend.append("(off: e)", "dim")
    legend.rstrip()
    return legend
