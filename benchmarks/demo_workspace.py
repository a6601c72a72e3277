"""Build a partly answered demo workspace (for screenshots and manual tries): `python benchmarks/demo_workspace.py FILE`.

Uses nafta-2017 when it is installed, otherwise the first built-in framework.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from readiness.model import Action, ActionStatus, CompanyProfile, Level, Priority
from readiness.store.workspace import Workspace


def build(path: Path, *, name: str = "NAFTA renegotiation 2017") -> None:
    with Workspace.open(path) as workspace:
        ids = [info.id for info in workspace.frameworks.all()]
        framework_id = "nafta-2017" if "nafta-2017" in ids else ids[0]
        framework = workspace.frameworks.get(framework_id)
        profile = CompanyProfile(
            company="Acme Auto Parts", roles=["importer", "producer"], countries=["US", "MX"], sectors=["automotive"]
        )
        assessment = workspace.assessments.create(name, framework, profile)
        today = dt.date.today()
        owners = ["Maria Lopez", "Dan Whitaker", "Priya Shah", "Tom Becker"]
        priorities = [Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW]
        responses = workspace.assessments.responses(assessment.id)
        changes = {}
        for n, (item_id, response) in enumerate(responses.items()):
            if response.not_applicable or n % 3 == 2:
                continue
            changes[item_id] = {
                "level": Level(n % 5),
                "priority": priorities[n % 4],
                "owner": owners[n % 4],
                "due": today + dt.timedelta(days=(n % 9) * 10 - 15),
                "gap": "Origin worksheets exist for the top 20 SKUs only; the rest rely on supplier statements."
                if n % 2
                else "",
            }
        workspace.assessments.apply_response_changes(assessment.id, changes)
        for item_id in list(changes)[:8]:
            workspace.assessments.update_response(
                assessment.id,
                item_id,
                {"evidence": ["https://intranet.example.com/trade/origin-worksheets", "/srv/trade/2017/flow-map.xlsx"]},
            )
        for n, item_id in enumerate(list(changes)[:12]):
            workspace.assessments.add_action(
                assessment.id,
                item_id,
                Action(
                    title=["Recompute regional value content", "Collect supplier certifications", "Train brokers"][
                        n % 3
                    ],
                    owner=owners[n % 4],
                    due=today + dt.timedelta(days=n * 6 - 20),
                    status=[ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED][n % 3],
                    cost_estimate=5000.0 * (n + 1),
                ),
            )
        workspace.snapshots.take(assessment.id, "Baseline", framework, workspace.assessments.responses(assessment.id))
        workspace.assessments.update_responses(assessment.id, list(changes)[:6], {"level": Level.READY})


if __name__ == "__main__":
    build(Path(sys.argv[1]))
