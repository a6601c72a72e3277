"""Every result and register problem code has words: English for the command line and the workbook, and (see
tests/ui) translatable labels for the app; every code a register reader can report is a known one."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from readiness.exposure import wording
from readiness.exposure.errors import CELL_PROBLEM_CODES, CellProblem
from readiness.exposure.reasons import Reason, ReasonCode

ROOT = Path(__file__).resolve().parents[2]
READERS = [
    "readiness/exposure/register_cells.py",
    "readiness/exposure/register_read.py",
    "readiness/exposure/register_csv.py",
    "readiness/exposure/register_workbook.py",
    "readiness/excel/zipguard.py",
    "readiness/untrusted.py",
]


def test_every_code_a_reader_reports_is_a_known_problem_code() -> None:
    found = set()
    for name in READERS:
        text = (ROOT / name).read_text(encoding="utf-8")
        found |= set(re.findall(r'(?:Bad\(|code=|_refused\(path, )"([a-z0-9-]+)"', text))
        found |= set(re.findall(r'code="[a-z-]+" if [^"\n]* else "([a-z-]+)"', text))  # the second of two codes
    assert {"too-slow", "not-utf8", "zip-bomb"} <= found <= set(CELL_PROBLEM_CODES), found - set(CELL_PROBLEM_CODES)


def test_every_problem_code_has_english_words() -> None:
    assert set(wording.problem_codes()) == set(CELL_PROBLEM_CODES)
    problem = CellProblem("Lanes", 4, "D", "Annual value", "negative-value", {"found": "-5"})
    assert wording.problem_text(problem) == "Lanes!D4 (Annual value): -5 is negative"


def test_every_reason_code_reads_as_a_sentence_even_without_its_parameters() -> None:
    for code in ReasonCode:
        text = wording.reason_text(Reason.of(code))
        assert text and "{" not in text, code
    reason = Reason.of(ReasonCode.DE_MINIMIS_EXCEEDED, materials=("Pads", "Seal kit"), value=Decimal("12"),
                       limit=Decimal("10.00"), base="transaction-value", percent=Decimal("10"))  # fmt: skip
    assert wording.reason_text(reason) == (
        "the materials without the tariff shift (Pads and Seal kit) are worth 12, above the de minimis 10% of the "
        "transaction value (10)"
    )


def test_whole_amounts_round_half_up_as_the_workbook_shows_them() -> None:
    """55,502,148.50 shows as 55,502,149 in Excel's #,##0; the command line must say the same figure."""
    assert wording.money(Decimal("55502148.50"), "USD") == "USD 55,502,149"
    assert wording.money(Decimal("0"), "USD") == "USD 0"
