"""Tests of the desktop app, driven offscreen with pytest-qt."""
