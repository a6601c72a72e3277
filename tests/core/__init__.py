"""Tests of the Qt-free core: packs, scoring, documents, migration, the CLI."""
