"""Watch assessments beside a compliance assessment: what a watch item reads from the answers it depends on.

A watch pack (a joint or annual review) runs as its own assessment linked to
the compliance assessment (`Assessment.companion_of`); the compliance
assessment stays editable. A watch item names the compliance items it builds
on (`Item.depends_on`), e.g. the RVC headroom behind "which products fail if
the threshold rises"; the app shows their current answers beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from readiness.content_model import Item
from readiness.model import Assessment, Response

if TYPE_CHECKING:
    from readiness.store.workspace import Workspace


@dataclass(frozen=True)
class CompanionAnswer:
    """One compliance item a watch item depends on, with its answer today (None when the item is not there)."""

    item_id: str
    question: str
    response: Response | None


def companion_answers(ws: Workspace, watch: Assessment, item: Item) -> list[CompanionAnswer]:
    """The current answers of the compliance items `item` depends on, in the order it names them."""
    if watch.companion_of is None or not item.depends_on:
        return []
    compliance = ws.assessments.get_by_id(watch.companion_of)
    framework = ws.framework_of(compliance)
    index = framework.item_index()
    responses = ws.assessments.responses(compliance.id)
    return [
        CompanionAnswer(
            item_id=item_id,
            question=index[item_id][1].question if item_id in index else "",
            response=responses.get(item_id),
        )
        for item_id in item.depends_on
    ]
