"""A short legend of the entity colours, drawn from the same CSS rules as the reader's."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

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


class EntityLegend(Widget):
    """Names each entity type in its own colour; dimmed when entity colouring is off."""

    COMPONENT_CLASSES = {f"entity-legend--{kind.value.lower()}" for kind in EntityType}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.enabled = True

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.refresh()

    def render(self) -> Text:
        legend = Text()
        for kind in EntityType:
            style = self.get_component_rich_style(
                f"entity-legend--{kind.value.lower()}", partial=True
            )
            legend.append(TYPE_LABELS[kind.value], style if self.enabled else "dim")
            legend.append(" ")
        if not self.enabled:
            legend.append("(off: e)", "dim")
        return legend
