"""Dialogs; each offers an `ask(...)` class method returning a value or None, so tests can replace it."""
