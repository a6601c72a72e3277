"""Where things are in the action plan workbook: sheet names, columns and rows shared by export and import.

The round trip depends on these staying put: a returned file is read by the
header names in `PLAN_COLUMNS`, found in the first rows of the Action Plan
sheet, and matched to the store by the stable ids in the last two columns.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "trade-readiness/action-plan"
FORMAT_VERSION = 1

SUMMARY = "Summary"
PLAN = "Action Plan"
GAPS = "Gaps"
CHECKLIST = "Checklist"
ABOUT = "About"
META = "Metadata"
SHEETS = (SUMMARY, PLAN, GAPS, CHECKLIST, ABOUT, META)

PLAN_TABLE = "ActionPlan"
PLAN_HEADER_ROW = 4
PLAN_EXTRA_ROWS = 200  # rows below the plan that keep the status drop-down, for new actions


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its header, width (characters) and the key the import reads it by."""

    header: str
    width: float
    key: str


PLAN_COLUMNS = (
    Column("Priority", 10, "priority"),
    Column("Area", 24, "area"),
    Column("Item", 46, "item"),
    Column("Action", 42, "title"),
    Column("Owner", 16, "owner"),
    Column("Due", 11.5, "due"),
    Column("Status", 12, "status"),
    Column("Cost", 11, "cost_estimate"),
    Column("Notes", 32, "notes"),
    Column("Item ID", 18, "item_id"),
    Column("Action ID", 13, "uid"),
)
PLAN_KEYS = tuple(c.key for c in PLAN_COLUMNS)
EDITABLE_KEYS = ("owner", "due", "status", "cost_estimate", "notes")


def plan_letter(key: str) -> str:
    """The column letter of an Action Plan column, by key."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(PLAN_KEYS.index(key) + 1)


META_KEYS = (
    "format",
    "format_version",
    "assessment_id",
    "assessment_name",
    "framework_id",
    "framework_version",
    "exported_at",
    "owner_filter",
    "open_only",
    "actions",
    "generated_by",
)
