"""The modal dialogs: small screens that ask one thing and return the answer."""

DIALOG_STYLES = "dialogs.tcss"
"""Their style sheet, loaded when the first dialog opens (not before the app's first frame)."""
