"""The modal dialogs: small screens that ask one thing and return the answer."""
