"""What changed since the last snapshot, item by item: which items moved up or down, which gaps opened or closed;
and what happened to the actions: done, added, removed, due later, and what the open ones cost then and now.

Pure data, compared on the answers and actions alone. A gap here is what the Summary
counts: an applicable item assessed below ready. So a gap *opens* when an
item falls below ready, is first assessed below ready, or starts to apply
while below ready; it *closes* when the item reaches ready or stops applying.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from readiness.headline import Headline, headline
from readiness.model import Action, Area, Framework, Item, Response
from readiness.scoring import is_open_gap
from readiness.store.snapshots_repo import Snapshot
from readiness.wording import answer_text as answer_text  # its home is the core's wording


class Movement(StrEnum):
    """How an item's answer moved between the snapshot and now."""

    UP = "up"
    DOWN = "down"
    ASSESSED = "assessed"  # not assessed then, assessed now
    CLEARED = "cleared"  # assessed then, its level cleared now
    NOW_NOT_APPLICABLE = "now-not-applicable"
    APPLIES_AGAIN = "applies-again"
    SAME = "same"


MOVEMENT_WORDS = {
    Movement.UP: "Up",
    Movement.DOWN: "Down",
    Movement.ASSESSED: "Newly assessed",
    Movement.CLEARED: "Level cleared",
    Movement.NOW_NOT_APPLICABLE: "Now not applicable",
    Movement.APPLIES_AGAIN: "Applies again",
    Movement.SAME: "Same level",
}


@dataclass(frozen=True)
class ItemChange:
    """One item whose answer moved, or whose gap opened or closed, since the snapshot."""

    area: Area
    item: Item
    number: str
    before: Response | None
    now: Response
    movement: Movement
    gap_opened: bool
    gap_closed: bool


def _movement(before: Response | None, now: Response) -> Movement:
    was_na = before is not None and before.counts_as_not_applicable
    if was_na != now.counts_as_not_applicable:
        return Movement.NOW_NOT_APPLICABLE if now.counts_as_not_applicable else Movement.APPLIES_AGAIN
    if now.counts_as_not_applicable:
        return Movement.SAME
    old = None if before is None else before.level
    if old is None and now.level is None:
        return Movement.SAME
    if old is None:
        return Movement.ASSESSED
    if now.level is None:
        return Movement.CLEARED
    if now.level > old:
        return Movement.UP
    if now.level < old:
        return Movement.DOWN
    return Movement.SAME


def changes_since(
    snapshot: Snapshot, framework: Framework, responses: dict[str, Response], numbers: dict[str, str]
) -> list[ItemChange]:
    """Every item that moved or whose gap opened or closed since `snapshot`, in checklist order."""
    found = []
    for area, item in framework.items():
        now = responses.get(item.id) or Response(item_id=item.id)
        before = snapshot.responses.get(item.id)
        movement = _movement(before, now)
        opened = not is_open_gap(before) and is_open_gap(now)
        closed = is_open_gap(before) and not is_open_gap(now)
        if movement is Movement.SAME and not opened and not closed:
            continue
        found.append(ItemChange(area, item, numbers.get(item.id, ""), before, now, movement, opened, closed))
    return found


@dataclass(frozen=True)
class ChangeCounts:
    """The Summary's line about the last snapshot."""

    up: int
    down: int
    opened: int
    closed: int
    assessed: int


def count_changes(changes: list[ItemChange]) -> ChangeCounts:
    return ChangeCounts(
        up=sum(c.movement is Movement.UP for c in changes),
        down=sum(c.movement is Movement.DOWN for c in changes),
        opened=sum(c.gap_opened for c in changes),
        closed=sum(c.gap_closed for c in changes),
        assessed=sum(c.movement is Movement.ASSESSED for c in changes),
    )


@dataclass(frozen=True)
class ActionWork:
    """What happened to the plan's actions since the snapshot, and the open actions' figures then and now
    (the Summary's cost rule: open actions on items that apply, unestimated ones counted apart)."""

    done: int  # open at the snapshot (or added since) and done now
    added: int
    removed: int
    due_later: int  # still open, with a due date later than at the snapshot
    then: Headline
    now: Headline


def _actions(responses: dict[str, Response]) -> dict[str, Action]:
    """Actions by their uid (an action saved before uids existed: by its item and title)."""
    return {
        action.uid or f"{item_id}\x1f{action.title}": action
        for item_id, response in responses.items()
        for action in response.actions
    }


def action_work(
    snapshot: Snapshot, framework: Framework, responses: dict[str, Response], *, today: dt.date
) -> ActionWork:
    before, now = _actions(snapshot.responses), _actions(responses)
    taken = dt.date.fromisoformat(snapshot.taken_at[:10])
    return ActionWork(
        done=sum(not a.is_open and (key not in before or before[key].is_open) for key, a in now.items()),
        added=len(now.keys() - before.keys()),
        removed=len(before.keys() - now.keys()),
        due_later=sum(a.is_open and key in before and _later(a.due, before[key].due) for key, a in now.items()),
        then=headline(framework, snapshot.responses, today=taken),
        now=headline(framework, responses, today=today),
    )


def _later(now: dt.date | None, then: dt.date | None) -> bool:
    return now is not None and then is not None and now > then
