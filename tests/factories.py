"""Generated frameworks and answered assessments for tests and benchmarks.

These are synthetic on purpose: they give exact sizes (10,000 items, 5,000
actions) that real content does not have. Tests about content use the real
packs in resources/frameworks.
"""

from __future__ import annotations

import datetime as dt
import random

from readiness.codes import ActionStatus, Level, Priority
from readiness.content_model import Framework
from readiness.model import Action, Response


def generated_framework(
    *, areas: int, items_per_area: int, framework_id: str = "generated", version: str = "1"
) -> Framework:
    """A framework with `areas` x `items_per_area` items, some tagged for exporters."""
    return Framework.model_validate(
        {
            "id": framework_id,
            "version": version,
            "title": f"Generated framework ({areas * items_per_area} items)",
            "areas": [
                {
                    "id": f"area-{a:03d}",
                    "title": f"Objective area {a + 1}",
                    "summary": "Generated for load tests.",
                    "items": [
                        {
                            "id": f"area-{a:03d}.item-{i:04d}",
                            "question": f"Is control {i + 1} of area {a + 1} documented and evidenced?",
                            "why": "Generated guidance text that is long enough to wrap in the editor.",
                            "weight": 1.0 + (i % 3),
                            "applies_to": {"roles": ["exporter"]} if i % 10 == 9 else {},
                        }
                        for i in range(items_per_area)
                    ],
                }
                for a in range(areas)
            ],
        }
    )


def answered_responses(
    framework: Framework, *, answered_share: float = 0.6, actions_total: int = 0, seed: int = 7
) -> list[Response]:
    """Responses with levels, owners, gaps and actions spread over the items, reproducibly."""
    rng = random.Random(seed)
    items = [item for _, item in framework.items()]
    responses = []
    owners = ["Purchasing", "Customs", "Finance", "Legal", "Engineering"]
    for index, item in enumerate(items):
        answered = rng.random() < answered_share
        level = Level(rng.randrange(0, 5)) if answered else None
        responses.append(
            Response(
                item_id=item.id,
                level=level,
                gap="" if level == Level.READY or level is None else f"Gap noted for {item.id}",
                priority=rng.choice(list(Priority)) if answered else None,
                owner=rng.choice(owners) if answered else "",
                due=dt.date(2026, 12, 1) + dt.timedelta(days=index % 120) if answered else None,
            )
        )
    for n in range(actions_total):
        target = responses[n % len(responses)]
        target.actions.append(
            Action(
                title=f"Action {n + 1}",
                owner=rng.choice(owners),
                due=dt.date(2026, 11, 1) + dt.timedelta(days=n % 200),
                status=rng.choice(list(ActionStatus)),
                cost_estimate=float(rng.randrange(0, 50_000)),
            )
        )
    return responses
