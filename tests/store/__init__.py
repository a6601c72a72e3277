"""Tests of the SQLite workspace: opening, edits, backups, crashes."""
