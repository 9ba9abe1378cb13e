"""The command line: every command calls the same headless core as the app."""
