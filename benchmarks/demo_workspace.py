"""Build a partly answered demo workspace (for screenshots and manual tries).

    python benchmarks/demo_workspace.py FILE [--name NAME]

Uses nafta-2017 when it is installed, otherwise the first built-in framework.
Every change goes through `readiness.operations`, as the app makes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from readiness import operations
from readiness.codes import ActionStatus, Level, Priority
from readiness.errors import ReadinessError
from readiness.model import Action, CompanyProfile
from readiness.store.workspace import Workspace

DEFAULT_NAME = "NAFTA renegotiation 2017"
EVIDENCE = ["https://intranet.example.com/trade/origin-worksheets", "/srv/trade/2017/flow-map.xlsx"]


def _seen(workspace: Workspace, assessment_id: int, item_ids: Sequence[str], fields: Sequence[str]) -> dict[str, Any]:
    """What the store holds now for these fields: the values an edit expects to replace."""
    responses = workspace.assessments.responses(assessment_id)
    return {item_id: {f: getattr(responses[item_id], f) for f in fields} for item_id in item_ids}


def build(path: Path, *, name: str = DEFAULT_NAME) -> None:
    with Workspace.open(path) as workspace:
        ids = [info.id for info in workspace.frameworks.all()]
        framework_id = "nafta-2017" if "nafta-2017" in ids else ids[0]
        framework = workspace.frameworks.get(framework_id)
        profile = CompanyProfile(
            company="Acme Auto Parts", roles=["importer", "producer"], countries=["US", "MX"], sectors=["automotive"]
        )
        assessment = operations.create_assessment(workspace, name=name, framework=framework, profile=profile).record
        today = dt.date.today()
        owners = ["Maria Lopez", "Dan Whitaker", "Priya Shah", "Tom Becker"]
        priorities = [Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM, Priority.LOW]
        responses = workspace.assessments.responses(assessment.id)
        changes: dict[str, dict[str, Any]] = {}
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
        fields = ["level", "priority", "owner", "due", "gap"]
        operations.edit_responses(
            workspace, assessment.id, changes, expected=_seen(workspace, assessment.id, list(changes), fields)
        )
        with_evidence = list(changes)[:8]
        operations.edit_responses(
            workspace,
            assessment.id,
            {item_id: {"evidence": EVIDENCE} for item_id in with_evidence},
            expected=_seen(workspace, assessment.id, with_evidence, ["evidence"]),
        )
        for n, item_id in enumerate(list(changes)[:12]):
            operations.add_action(
                workspace,
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
        operations.take_snapshot(workspace, assessment.id, label="Baseline")
        ready = list(changes)[:6]
        operations.edit_responses(
            workspace,
            assessment.id,
            {item_id: {"level": Level.READY} for item_id in ready},
            expected=_seen(workspace, assessment.id, ready, ["level"]),
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Build a partly answered demo workspace (for screenshots and manual tries)."
    )
    parser.add_argument("path", type=Path, metavar="FILE", help="the workspace file to create or add to (.sqlite)")
    parser.add_argument("--name", default=DEFAULT_NAME, help=f"name of the demo assessment (default: {DEFAULT_NAME})")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.path.name.startswith("-") or args.path.is_dir():
        parser.error(f"{args.path} is not a workspace file name")
    try:
        build(args.path, name=args.name)
    except ReadinessError as error:
        print(f"demo_workspace: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.name!r} to {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
