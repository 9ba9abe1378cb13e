"""One briefing whose deputy spokesperson the finder gives no role (her post is told, not named
as a title: "who speaks for the ministry"): the CLI and app tests of a role typed once with a
speaker correction (``P``, ``diplotui speaker``) share it."""

from __future__ import annotations

ROLE = "Deputy Spokesperson of the Ministry of Foreign Affairs"
TITLE = "Hang on the survey vessel"
TEXT = (
    f"{TITLE}\n\n"
    "Pham Thu Hang, who speaks for the ministry, made the remarks on Thursday during the press"
    " briefing in Hanoi.\n\n"
    '"Vietnam holds sovereignty and jurisdiction over these waters," Hang said.\n\n'
    "On the restaurant, Hang said Vietnam has full legal basis to assert its sovereignty over"
    " the Paracel Islands.\n\n"
    '"We strongly oppose any action that violates Vietnam\'s sovereignty," the deputy'
    " spokesperson stressed.\n"
)
