"""Tests of Trade Readiness, split by layer: core, store, excel, ui."""
