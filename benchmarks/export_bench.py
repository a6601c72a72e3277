"""Benchmark: the Excel action plan of a 2,000-item, 5,000-action assessment against plain openpyxl.

In one run, in a temporary workspace with a generated framework installed:
1. `export_plan` (the formatted workbook), timed, with its peak traced memory;
2. plain openpyxl (normal mode, as most code uses it) writing the same cell
   values with no formatting, timed; and write-only mode too, for reference;
3. `read_returned_plan` of the exported file (the round trip's read), timed;
4. a returned plan of 5,000 (`--actions`) changed rows, and one of as many
   new rows: each read back, then applied in one transaction, timed against
   reading it (target: applying within 3x of reading), with peak memory.
Prints seconds, the ratio export / plain openpyxl (target <= 3) and peak
memory. Run: `.venv/bin/python benchmarks/export_bench.py [--items N --actions N]`.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness import operations
from readiness.excel import layout
from readiness.excel.export import export_plan
from readiness.excel.plan_import import apply_plan, read_returned_plan
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.factories import answered_responses, generated_framework

NAME = "Benchmark"


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The values of every sheet of the export, to write them again with plain openpyxl."""
    book = load_workbook(path, read_only=True)
    values = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    book.close()
    return values


def plain_write(values: dict[str, list[tuple[Any, ...]]], path: Path, *, write_only: bool) -> None:
    book = Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    for title, rows in values.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)


def timed(work: Callable[[], Any], *, repeat: int) -> tuple[float, Any]:
    """Best wall time of `repeat` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def peak_mib(work: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / (1024 * 1024)


def returned_plans(exported: Path, folder: Path) -> tuple[Path, Path]:
    """The exported plan with every row changed (status and notes), and a plan of as many new rows."""
    book = load_workbook(exported)
    sheet = book[layout.PLAN]
    keys = layout.PLAN_KEYS
    first = layout.PLAN_HEADER_ROW + 1
    rows = list(range(first, sheet.max_row + 1))
    status, notes = keys.index("status") + 1, keys.index("notes") + 1
    for row in rows:
        sheet.cell(row, status).value = "blocked" if sheet.cell(row, status).value != "blocked" else "open"
        sheet.cell(row, notes).value = f"Owner's note {row}"
    changed = folder / "changed.xlsx"
    book.save(changed)
    book = load_workbook(exported)
    sheet = book[layout.PLAN]
    item_ids = [sheet.cell(row, keys.index("item_id") + 1).value for row in rows]
    for row in rows:  # the same number of rows, each a new action (no Action ID)
        sheet.cell(row, keys.index("uid") + 1).value = None
        sheet.cell(row, keys.index("title") + 1).value = f"New action {row}"
        sheet.cell(row, keys.index("item_id") + 1).value = item_ids[row - first]
    added = folder / "added.xlsx"
    book.save(added)
    return changed, added


def read_and_apply(ws: Workspace, assessment_id: int, path: Path) -> tuple[float, float, float, float, Any]:
    """Seconds to read `path` and to apply it (timed without tracing), then the peak MiB of each (traced);
    the workspace is put back after each application."""
    gc.collect()
    started = time.perf_counter()
    preview = read_returned_plan(ws, assessment_id, path)
    read_s = time.perf_counter() - started
    gc.collect()
    started = time.perf_counter()
    applied = apply_plan(ws, preview)
    apply_s = time.perf_counter() - started
    operations.revert_plan(ws, applied)
    read_peak = peak_mib(lambda: read_returned_plan(ws, assessment_id, path))
    applied_again: list[Any] = []
    apply_peak = peak_mib(lambda: applied_again.append(apply_plan(ws, preview)))
    operations.revert_plan(ws, applied_again[0])
    return read_s, read_peak, apply_s, apply_peak, preview


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        ws = Workspace.open(tmp / "bench.sqlite", install_builtins=False)
        framework = generated_framework(areas=20, items_per_area=args.items // 20)
        operations.install_framework(ws, framework)
        assessment_id = operations.create_assessment(
            ws,
            name=NAME,
            framework=framework,
            profile=CompanyProfile(company="Bench Inc."),
            responses=answered_responses(framework, answered_share=0.7, actions_total=args.actions, seed=1),
        ).assessment_id
        assert assessment_id is not None
        out = tmp / "plan.xlsx"

        export_s, result = timed(lambda: export_plan(ws, assessment_id, out), repeat=args.repeat)
        values = sheet_values(out)
        cells = sum(sum(v is not None for v in row) for rows in values.values() for row in rows)
        plain_s, _ = timed(lambda: plain_write(values, tmp / "plain.xlsx", write_only=False), repeat=args.repeat)
        plain_wo_s, _ = timed(lambda: plain_write(values, tmp / "plain-wo.xlsx", write_only=True), repeat=args.repeat)
        read_s, preview = timed(lambda: read_returned_plan(ws, assessment_id, out), repeat=args.repeat)
        export_peak = peak_mib(lambda: export_plan(ws, assessment_id, out))
        plain_peak = peak_mib(lambda: plain_write(values, tmp / "plain.xlsx", write_only=False))
        read_peak = peak_mib(lambda: read_returned_plan(ws, assessment_id, out))
        changed, added = returned_plans(out, tmp)
        round_trips = {
            name: read_and_apply(ws, assessment_id, path) for name, path in (("changed", changed), ("new", added))
        }
        ws.close()

    print(f"assessment: {args.items} items, {result.actions} actions, {result.gaps} gaps; {cells:,} non-empty cells")
    print(f"export_plan (formatted, 5 sheets + charts): {export_s:6.2f} s   peak {export_peak:6.1f} MiB")
    print(f"plain openpyxl, same values, no formatting: {plain_s:6.2f} s   peak {plain_peak:6.1f} MiB")
    print(f"plain openpyxl write-only, same values:     {plain_wo_s:6.2f} s")
    print(f"ratio export / plain openpyxl:              {export_s / plain_s:6.2f}   (target <= 3)")
    print(f"ratio export / plain write-only:            {export_s / plain_wo_s:6.2f}")
    print(
        f"read_returned_plan of the export:           {read_s:6.2f} s   peak {read_peak:6.1f} MiB  ({preview.rows} rows)"
    )
    worst = 0.0
    for name, (r_s, r_peak, a_s, a_peak, returned) in round_trips.items():
        count = len(returned.changes) if name == "changed" else len(returned.new_actions)
        print(
            f"returned plan, {count:,} {name} {'fields' if name == 'changed' else 'rows'}: read {r_s:6.2f} s "
            f"(peak {r_peak:5.1f} MiB), apply {a_s:6.2f} s (peak {a_peak:5.1f} MiB): apply / read {a_s / r_s:5.2f}"
            "   (target <= 3)"
        )
        worst = max(worst, a_s / r_s)
    return 0 if export_s / plain_s <= 3 and worst <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
