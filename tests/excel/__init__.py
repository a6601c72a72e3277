"""Tests of the Excel action plan and its round trip, on real workbooks."""
