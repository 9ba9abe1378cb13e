"""diplotui: a keyboard-first terminal reader and annotator for diplomacy news."""

__version__ = "0.1.0"
