"""The views the main window places: area list, item table, item editor, dashboard."""
