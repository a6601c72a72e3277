"""Browsing a 10,000-item framework in the real main window (offscreen): area switches and filters.

A generated framework of 50 areas x 200 items is installed in a temporary
workspace, an assessment is created with a third of the items answered, and
the main window is shown. Each step is timed from the user's action (choosing
an area row, changing a filter, typing a search) until the event loop has
processed the resulting updates and repaint. Prints median and max per kind
of step (target: no step over 100 ms).

    python benchmarks/browse.py [--areas 50] [--items 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from readiness import operations
from readiness.codes import Level, Priority
from readiness.content_model import Framework
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.areas import ALL_AREAS
from ui.models.items import COL_LEVEL
from ui.settings import Settings


def generated_framework(areas: int, items: int) -> Framework:
    return Framework.model_validate(
        {
            "id": "bench",
            "version": "1",
            "title": "Generated benchmark framework",
            "areas": [
                {
                    "id": f"area-{a:02d}",
                    "title": f"Objective area {a}",
                    "items": [
                        {
                            "id": f"area-{a:02d}.item-{i:03d}",
                            "question": f"Is control {i} of area {a} documented, owned and tested for tariff shift {i % 7}?",
                            "why": "Because the negotiators will revisit it.",
                        }
                        for i in range(items)
                    ],
                }
                for a in range(areas)
            ],
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--areas", type=int, default=50)
    parser.add_argument("--items", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder) / "ws.sqlite", install_builtins=False)
        framework = generated_framework(args.areas, args.items)
        operations.install_framework(workspace, framework)
        assessment = operations.create_assessment(
            workspace, name="Bench", framework=framework, profile=CompanyProfile()
        ).record
        owners = ["Maria", "Dan", "Priya", "Tom"]
        changes = {
            item.id: {
                "level": Level(n % 5),
                "priority": list(Priority)[n % 4],
                "owner": owners[n % 4],
                "due": dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
                "needs_review": n % 17 == 0,
            }
            for n, (_, item) in enumerate(framework.items())
            if n % 3 == 0
        }
        stored = workspace.assessments.responses(assessment.id)
        fields = ("level", "priority", "owner", "due", "needs_review")
        expected = {item_id: {f: getattr(stored[item_id], f) for f in fields} for item_id in changes}
        operations.edit_responses(workspace, assessment.id, changes, expected=expected)
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        context = AppContext(workspace)
        window = MainWindow(context, settings)
        window.show()
        start = time.perf_counter()
        context.load_assessment(assessment.id)
        app.processEvents()
        print(
            f"load {len(framework.items())} items into the window: {1000 * (time.perf_counter() - start):.1f} ms (once per assessment)"
        )
        timings: dict[str, list[float]] = {}

        def step(kind: str, action: Callable[[], object]) -> None:
            begin = time.perf_counter()
            action()
            app.processEvents()
            timings.setdefault(kind, []).append(1000 * (time.perf_counter() - begin))

        bar = window.item_table.filters
        area_ids = [a.id for a in framework.areas]
        for area_id in [*area_ids[:: max(1, len(area_ids) // 20)], ALL_AREAS, area_ids[-1]]:
            step("switch area" if area_id else "switch to all areas", lambda a=area_id: window.area_list.select_area(a))
            step("filter by level", lambda: bar.level.setCurrentIndex(bar.level.findData("unassessed")))
            step("filter by priority", lambda: bar.priority.setCurrentIndex(bar.priority.findData("high")))
            step("filter by needs review", lambda: bar.needs_review.setChecked(True))
            step("filter by owner", lambda: bar.owner.setText("pri"))
            step("filter by due", lambda: bar.due.setCurrentIndex(bar.due.findData("overdue")))
            step("clear filters", window.item_table.clear_filters)
        for word in ("control 7", "tariff shift 3", "maria"):
            step("search all items", lambda w=word: window.navigator.search(w))
        step("next unanswered", window.navigator.next_unanswered)
        step(
            "sort all items by level",
            lambda: (
                window.area_list.select_area(ALL_AREAS),
                window.item_table.view.sortByColumn(COL_LEVEL, Qt.SortOrder.AscendingOrder),
            ),
        )
        window.close()
        workspace.close()
    worst = 0.0
    print(f"{'step':26s} {'runs':>4s} {'median ms':>10s} {'max ms':>8s}")
    for kind, values in timings.items():
        worst = max(worst, max(values))
        print(f"{kind:26s} {len(values):4d} {statistics.median(values):10.1f} {max(values):8.1f}")
    print(f"slowest step: {worst:.1f} ms (target: none over 100 ms: {'met' if worst <= 100 else 'NOT met'})")


if __name__ == "__main__":
    main()
