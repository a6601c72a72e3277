"""How long one response edit takes to commit, on a workspace holding 50 full assessments.

Prints p50/p95/max of `readiness.operations.edit_responses` (validation, the
compare-and-set against the values the caller last saw, audit events, one
transaction with synchronous=FULL) against a bare one-row UPDATE committed on
the same file in the same run. Target: p95 under 10 ms.

    python benchmarks/edit_commit.py [--edits 500]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness import operations
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from tests.factories import answered_responses


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--assessments", type=int, default=50)
    parser.add_argument("--dir", default=None, help="folder for the workspace (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="readiness-bench-", dir=args.dir))
    ws = Workspace.open(folder / "workspace.sqlite")
    framework = ws.frameworks.get("nafta-2017")
    for n in range(args.assessments):
        operations.create_assessment(
            ws,
            name=f"Assessment {n + 1}",
            framework=framework,
            profile=CompanyProfile(),
            responses=answered_responses(framework, actions_total=200, seed=n),
        )
    size_mb = (folder / "workspace.sqlite").stat().st_size / 1e6
    rng = random.Random(1)
    item_ids = [item.id for _, item in framework.items()]
    assessment_ids = [a.id for a in ws.assessments.all()]

    ours: list[float] = []
    for n in range(args.edits):
        aid, item = rng.choice(assessment_ids), rng.choice(item_ids)
        shown = ws.assessments.response(aid, item)  # what the editor shows (read before the user types)
        expected = {item: {"notes": shown.notes, "level": shown.level}}
        start = time.perf_counter()
        operations.edit_responses(ws, aid, {item: {"notes": f"edit {n}", "level": n % 5}}, expected=expected)
        ours.append((time.perf_counter() - start) * 1000)

    bare: list[float] = []
    connection = ws.db.connection
    for n in range(args.edits):
        aid, item = rng.choice(assessment_ids), rng.choice(item_ids)
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "UPDATE responses SET notes = ? WHERE assessment_id = ? AND item_id = ?", (f"bare {n}", aid, item)
        )
        connection.execute("COMMIT")
        bare.append((time.perf_counter() - start) * 1000)
    ws.close()

    print(f"workspace: {args.assessments} assessments x {len(item_ids)} items of {framework.id}, {size_mb:.1f} MB")
    for label, values in (("edit_responses", ours), ("bare UPDATE+COMMIT", bare)):
        print(
            f"{label:<20} p50 {statistics.median(values):6.2f} ms   p95 {percentile(values, 0.95):6.2f} ms"
            f"   max {max(values):6.2f} ms"
        )
    print(f"ratio p95 ours/bare: {percentile(ours, 0.95) / percentile(bare, 0.95):.2f}   target p95 < 10 ms")


if __name__ == "__main__":
    main()
