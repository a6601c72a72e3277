"""What changed since the last snapshot, item by item: which items moved up or down, which gaps opened or closed;
and what happened to the actions, one by one (`action_changes`: done, added, removed, due later, a new cost) and
in figures (`action_work`: those counts, and what the open ones cost then and now).

Pure data, compared on the answers and actions alone. A gap here is what the Summary
counts: an applicable item assessed below ready. So a gap *opens* when an
item falls below ready, is first assessed below ready, or starts to apply
while below ready; it *closes* when the item reaches ready or stops applying.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from readiness.content_model import Area, Framework, Item
from readiness.headline import Headline, headline
from readiness.model import Action, Response
from readiness.scoring import is_open_gap
from readiness.store.snapshots_repo import Snapshot


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
class ActionChange:
    """One action done, added, removed, given a later due date or a new cost since the snapshot.

    `due_then`/`due_now` are set only when an open action's due date moved
    later; `cost_then`/`cost_now` only when its estimate changed (None: not
    estimated). The owner and title are the action's now (a removed one's: as
    the snapshot had them).
    """

    item_id: str
    title: str
    owner: str
    done: bool = False
    added: bool = False
    removed: bool = False
    due_then: dt.date | None = None
    due_now: dt.date | None = None
    cost_changed: bool = False
    cost_then: float | None = None
    cost_now: float | None = None

    @property
    def due_later(self) -> bool:
        return self.due_now is not None


@dataclass(frozen=True)
class ActionWork:
    """What happened to the plan's actions since the snapshot, and the open actions' figures then and now
    (the Summary's cost rule: open actions on items that apply, unestimated ones counted apart)."""

    changes: tuple[ActionChange, ...]  # in checklist order; the counts below are theirs
    then: Headline
    now: Headline

    @property
    def done(self) -> int:
        """Open at the snapshot (or added since) and done now."""
        return sum(c.done for c in self.changes)

    @property
    def added(self) -> int:
        return sum(c.added for c in self.changes)

    @property
    def removed(self) -> int:
        return sum(c.removed for c in self.changes)

    @property
    def due_later(self) -> int:
        """Still open, with a due date later than at the snapshot."""
        return sum(c.due_later for c in self.changes)


def _actions(responses: dict[str, Response]) -> dict[str, tuple[str, int, Action]]:
    """Actions by their uid (an action saved before uids existed: by its item and title), with their item and
    their place among its actions."""
    return {
        action.uid or f"{item_id}\x1f{action.title}": (item_id, index, action)
        for item_id, response in responses.items()
        for index, action in enumerate(response.actions)
    }


def action_changes(snapshot: Snapshot, framework: Framework, responses: dict[str, Response]) -> list[ActionChange]:
    """Every action done, added, removed, pushed later or re-costed since `snapshot`, in checklist order (the
    item's place in the framework, then the action's among the item's; removed ones after those still there)."""
    before, now = _actions(snapshot.responses), _actions(responses)
    position = {item.id: n for n, (_, item) in enumerate(framework.items())}
    found: list[tuple[tuple[int, int, int], ActionChange]] = []
    for key, (item_id, index, action) in now.items():
        old = before[key][2] if key in before else None
        done = not action.is_open and (old is None or old.is_open)
        later = old is not None and action.is_open and _later(action.due, old.due)
        costed = old is not None and old.cost_estimate != action.cost_estimate
        if old is not None and not (done or later or costed):
            continue
        change = ActionChange(
            item_id,
            action.title,
            action.owner,
            done=done,
            added=old is None,
            due_then=old.due if later and old is not None else None,
            due_now=action.due if later else None,
            cost_changed=costed,
            cost_then=old.cost_estimate if costed and old is not None else None,
            cost_now=action.cost_estimate if costed else None,
        )
        found.append(((position.get(item_id, len(position)), 0, index), change))
    for key in before.keys() - now.keys():
        item_id, index, action = before[key]
        change = ActionChange(item_id, action.title, action.owner, removed=True)
        found.append(((position.get(item_id, len(position)), 1, index), change))
    return [change for _, change in sorted(found, key=lambda pair: pair[0])]


def action_work(
    snapshot: Snapshot, framework: Framework, responses: dict[str, Response], *, today: dt.date
) -> ActionWork:
    taken = dt.date.fromisoformat(snapshot.taken_at[:10])
    return ActionWork(
        changes=tuple(action_changes(snapshot, framework, responses)),
        then=headline(framework, snapshot.responses, today=taken),
        now=headline(framework, responses, today=today),
    )


def _later(now: dt.date | None, then: dt.date | None) -> bool:
    return now is not None and then is not None and now > then
