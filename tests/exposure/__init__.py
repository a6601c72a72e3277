"""Tests of the exposure core: origin checks, scenarios and duty, the register's import and export (no Qt)."""
