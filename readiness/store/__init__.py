"""The workspace store: one SQLite file, opened safely, edited one transaction at a time."""
