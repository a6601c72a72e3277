"""The Trade Readiness desktop app (PySide6). Imports the core; the core never imports it."""
