"""Realistic, partly answered assessments for the Excel tests, the render check and the benchmark.

`content_framework()` is the real nafta-2017 pack when it is present and
valid, else the tiny tests/data/mini.toml pack. `answer(...)` fills an
assessment the way a trade manager part-way through would: about 60% of the
items answered, gaps and priorities on the weak ones, owners, due dates
around today, actions with costs and statuses, and hostile text here and
there (values starting with =, +, -, @, tab) to prove it stays text.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from pathlib import Path

from readiness import operations
from readiness.codes import RESPONSE_FIELDS, ActionStatus, Level, Priority
from readiness.content_model import Framework
from readiness.errors import FrameworkError
from readiness.frameworks import builtin_dir, load_framework
from readiness.model import Action, Assessment, CompanyProfile, Response
from readiness.store.workspace import Workspace
from tests.support import add_action, create, install, seen, snapshot

DATA = Path(__file__).parent.parent / "data"
OWNERS = ("Purchasing", "Customs", "Finance", "Legal", "Engineering", "Logistics")
HOSTILE = ('=HYPERLINK("http://evil","x")', "+1+2", "-3+4", "@SUM(A1)", "\tcmd", "=1+1")
TODAY = dt.date(2026, 11, 27)


def content_framework(packs: tuple[str, ...] = ("nafta-2017",)) -> Framework:
    """The first of `packs` that is there and loads (nafta-2017 by default), else the mini test pack."""
    for pack in packs:
        path = builtin_dir("frameworks") / f"{pack}.toml"
        if path.exists():
            try:
                return load_framework(path)
            except FrameworkError:
                continue
    return load_framework(DATA / "mini.toml")


def open_workspace(path: Path, framework: Framework) -> Workspace:
    """A workspace with just `framework` installed (independent of packs being edited elsewhere)."""
    ws = Workspace.open(path, install_builtins=False)
    install(ws, framework)
    return ws


def write_answers(ws: Workspace, assessment_id: int, responses: Iterable[Response]) -> None:
    """Give items these answers (every response field but the actions) in one edit, as a user would."""
    changes = {r.item_id: r.model_dump(include=set(RESPONSE_FIELDS)) for r in responses}
    if changes:
        expected = seen(ws, assessment_id, changes, RESPONSE_FIELDS)
        operations.edit_responses(ws, assessment_id, changes, expected=expected)


def answered(framework: Framework, *, seed: int = 3, share: float = 0.6, hostile: bool = True) -> list[Response]:
    """Responses as a trade manager part-way through would leave them."""
    rng = random.Random(seed)
    responses = []
    hostile_left = list(HOSTILE) if hostile else []
    items = framework.items()
    for index, (_, item) in enumerate(items):
        # the first items are always answered, so even a tiny pack has gaps and actions
        if index == 2 and len(items) > 3:
            responses.append(Response(item_id=item.id, not_applicable=True, na_reason="We do not export."))
            continue
        if index > 1 and rng.random() > share:
            responses.append(Response(item_id=item.id))
            continue
        level = Level(rng.choice((0, 1, 1, 2, 2, 3, 3, 4)))
        owner = rng.choice(OWNERS)
        actions = []
        if level < Level.READY:
            for n in range(rng.choice((1, 1, 2, 3))):
                notes = hostile_left.pop() if hostile_left else rng.choice(("", "", "Waiting on supplier data."))
                actions.append(
                    Action(
                        title=f"Close gap {n + 1}: {item.question[:60]}",
                        owner=rng.choice(OWNERS),
                        due=TODAY + dt.timedelta(days=rng.randrange(-40, 150)),
                        status=rng.choice(list(ActionStatus)),
                        cost_estimate=float(rng.randrange(0, 60) * 1000) or None,
                        notes=notes,
                    )
                )
        responses.append(
            Response(
                item_id=item.id,
                level=level,
                gap="" if level == Level.READY else f"Not yet in place for all product lines ({item.id}).",
                priority=rng.choice(list(Priority)) if level < Level.READY else None,
                owner=owner,
                due=TODAY + dt.timedelta(days=rng.randrange(0, 200)) if level < Level.READY else None,
                evidence=["SharePoint/Trade/" + item.id + ".xlsx"] if level >= Level.PLANNED else [],
                notes="Reviewed with counsel." if index % 7 == 0 else "",
                actions=actions,
            )
        )
    return responses


def make_assessment(
    ws: Workspace, framework: Framework, *, name: str = "Q4 review", snapshots: int = 2, seed: int = 3
) -> Assessment:
    """Create a partly answered assessment, with `snapshots` snapshots taken along the way."""
    profile = CompanyProfile(
        company="Northwind Components Inc.", roles=["importer", "exporter"], countries=["US", "MX"]
    )
    full = answered(framework, seed=seed)
    if not snapshots:
        return create(ws, name, framework, profile, responses=full)
    assessment = create(ws, name, framework, profile)
    for number in range(snapshots):
        cut = len(full) * (number + 1) // (snapshots + 1)
        write_answers(ws, assessment.id, full[:cut])
        snapshot(ws, assessment.id, f"Milestone {number + 1}")
    write_answers(ws, assessment.id, full)
    for response in full:
        for action in response.actions:
            add_action(ws, assessment.id, response.item_id, action)
    return ws.assessments.get_by_id(assessment.id)
