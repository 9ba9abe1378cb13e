"""The Textual layer: it presents the core and dispatches keys to it, nothing more."""
