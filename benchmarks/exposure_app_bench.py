"""Benchmark: recomputing in the app after a single change, on a register of 1,000 products, through the app's code.

A workspace holds an assessment with a generated register (1,000 products of
40 materials, the generator of `exposure_bench`). The real main window opens
offscreen on it with the Products view shown (its table and detail refresh
on every change, as a user would see them). Timed, each from the call to the
moment the views show the new figures (everything runs synchronously on the
GUI thread, so the call returning is that moment):
1. opening the Products view: reading the register and evaluating it under
   the five shipped scenarios (once);
2. a single-threshold change of a scenario, as the Scenarios view's "try
   another threshold" makes it: core parts at 80 -> 82 % (and back),
   recomputing all 1,000 products under that scenario; target < 200 ms;
3. a single-threshold change of one product, edited in place: an undo step
   whose operation writes the workspace (one audited transaction), then the
   change record, the product read back and evaluated again, the totals of
   every scenario summed again, and the views refreshed; target < 200 ms.
Medians and 95th percentiles of 20 runs each; CPU time beside wall time,
since the machine is shared.
Run: `.venv/bin/python benchmarks/exposure_app_bench.py [--products N --materials N]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from exposure_bench import generated_register

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from readiness import operations
from readiness.exposure.products import Product
from readiness.exposure.vocabulary import RvcMethod
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from ui import exposure_commands
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings


def timed(work: Callable[[int], object], *, repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each run of `work(n)`."""
    wall, cpu = [], []
    for n in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        work(n)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def line(label: str, wall: list[float], cpu: list[float], target: str = "") -> None:
    print(
        f"  {label:<52} median {statistics.median(wall):7.1f} ms (cpu {statistics.median(cpu):7.1f})"
        f"   p95 {p95(wall):7.1f} ms {target}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1_000)
    parser.add_argument("--materials", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    products = [Product.model_validate(p) for p in generated_register(args.products, args.materials)]
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder) / "bench.sqlite")
        framework = workspace.frameworks.get("usmca-2020")
        assessment = operations.create_assessment(
            workspace, name="Bench", framework=framework, profile=CompanyProfile()
        ).record
        operations.import_register(workspace, assessment.id, products)
        context = AppContext(workspace)
        window = MainWindow(context, Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)))
        context.load_assessment(assessment.id)
        window.resize(1280, 720)
        window.show()
        state = window.exposure.state
        lines = sum(len(p.bom) for p in products)
        print(f"register: {len(products):,} products, {lines:,} materials, 5 scenarios; the Products view shown")

        started = time.perf_counter()
        window.exposure.show_products()
        app.processEvents()
        print(f"  opening the Products view (read the register, evaluate it):   {time.perf_counter() - started:6.2f} s")

        def scenario_threshold(n: int) -> None:
            state.try_threshold("core-parts-rvc-80", RvcMethod.NET_COST, Decimal(82 if n % 2 == 0 else 80))

        wall, cpu = timed(scenario_threshold, repeat=args.repeat)
        failing = len(state.totals("core-parts-rvc-80").failing)  # type: ignore[union-attr]
        line(f"scenario threshold 80 <-> 82 % ({len(products):,} products)", wall, cpu, "(target < 200 ms)")

        parts = [p.part_number for p in products if p.rule is not None and p.rule.rvc and p.rule.rvc.net_cost]
        part = parts[0]

        def product_threshold(n: int) -> None:
            assert exposure_commands.edit_product(
                context, state, part, {"rvc_net_cost": Decimal(76 if n % 2 == 0 else 75)}
            )

        wall, cpu = timed(product_threshold, repeat=args.repeat)
        line("one product's RVC threshold edited in place (write + views)", wall, cpu, "(target < 200 ms)")

        def undo_redo(n: int) -> None:
            (context.undo_stack.undo if n % 2 == 0 else context.undo_stack.redo)()

        wall, cpu = timed(undo_redo, repeat=args.repeat)
        line("undo / redo of that edit", wall, cpu)
        print(f"  (core parts at 80 %: {failing:,} products fail; the last edit left {part} at 75 or 76 %)")
        window.close()
        workspace.close()


if __name__ == "__main__":
    main()
