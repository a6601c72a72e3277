"""Where things are in the action plan workbook: sheet names, columns and rows shared by export and import.

The round trip depends on these staying put: a returned file is read by the
header names in `PLAN_COLUMNS`, found in the first rows of the Action Plan
sheet, and matched to the store by the stable ids in the last two columns
(outside the print area: leadership never needs them on paper). The hidden
Metadata sheet holds, under `EXPORTED_HEADER`, one line per exported row with
the values it was written with (`EXPORTED_KEYS`): what the three-way merge of
the import compares the file and the store against.
"""

from __future__ import annotations

from dataclasses import dataclass

from readiness.codes import ACTION_FIELDS

FORMAT_NAME = "trade-readiness/action-plan"
FORMAT_VERSION = 2  # 2: assessment uid, export id and the exported value of every row

SUMMARY = "Summary"
PLAN = "Action Plan"
GAPS = "Gaps"
CHANGES = "Changes"
CHECKLIST = "Checklist"
ABOUT = "About"
META = "Metadata"
SHEETS = (SUMMARY, PLAN, GAPS, CHANGES, CHECKLIST, ABOUT, META)
CHANGED_ACTIONS = "Actions since the snapshot"  # the Changes sheet's second table, which the Summary points to

# What a cost cell says when nobody has put a cost on the work yet (never 0, which reads like free work). The
# Action Plan writes it for an action without an estimate and the import reads it back as no estimate.
NOT_ESTIMATED = "Not estimated"

PLAN_TABLE = "ActionPlan"
PLAN_HEADER_ROW = 4
PLAN_EXTRA_ROWS = 200  # rows below the plan that keep the status drop-down, for new actions


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its header, width (characters) and the key the import reads it by."""

    header: str
    width: float
    key: str


# Printed columns add up to at most `PRINT_WIDTH` characters, so a landscape page (Letter or A4) prints
# them at about 75% of their size or more: 11 pt text stays above 8 pt. The Area column and the ids
# come after the printed ones: on screen they filter, on paper the item number says the area.
PRINT_WIDTH = 172

PLAN_COLUMNS = (
    Column("Priority", 9, "priority"),
    Column("No.", 6, "number"),
    Column("Item", 40, "item"),
    Column("Action", 34, "title"),
    Column("Owner", 18, "owner"),
    Column("Due", 11, "due"),
    Column("Status", 11.5, "status"),
    Column("Cost", 14, "cost_estimate"),
    Column("Notes", 24, "notes"),
    Column("Area", 24, "area"),
    Column("Item ID", 20, "item_id"),
    Column("Action ID", 14, "uid"),
)
PLAN_KEYS = tuple(c.key for c in PLAN_COLUMNS)
PLAN_PRINTED = len(PLAN_COLUMNS) - 3  # Area and the two id columns stay off the printed page
# What an item owner may change in a row, and so what the export records for the merge: every action field.
EDITABLE_KEYS: tuple[str, ...] = ACTION_FIELDS
# Columns an owner may not change: the item's priority (the trade compliance manager sets it for the whole
# item), and the item itself. A change there is listed as not imported, never applied.
READ_ONLY_KEYS = ("priority", "area", "number", "item", "item_id")


def plan_letter(key: str) -> str:
    """The column letter of an Action Plan column, by key."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(PLAN_KEYS.index(key) + 1)


META_KEYS = (
    "format",
    "format_version",
    "assessment_uid",
    "assessment_id",
    "assessment_name",
    "framework_id",
    "framework_version",
    "currency",
    "export_id",
    "exported_at",
    "owner_filter",
    "open_only",
    "actions",
    "generated_by",
)
# The first cell of the line that heads the exported rows, in column A of the Metadata sheet.
EXPORTED_HEADER = "row_key"
# The exported value of each row, in this order after the row key (the action id): every editable field,
# then the read-only columns an owner might overwrite (their text as a short digest).
EXPORTED_KEYS = ("item_id", *EDITABLE_KEYS, "priority", "context")
