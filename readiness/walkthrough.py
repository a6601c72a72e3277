"""Walking and searching a checklist, and comparing a snapshot with today: pure functions.

The desktop app's "next unanswered", search box and snapshot comparison are
built on these, so their order and matching rules are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from readiness.model import Framework, Response


def is_unanswered(response: Response | None) -> bool:
    """An applicable item with no readiness level recorded yet."""
    return response is None or (not response.not_applicable and response.level is None)


def next_unanswered(framework: Framework, responses: Mapping[str, Response], after: str | None = None) -> str | None:
    """The first unanswered item after `after` in checklist order, wrapping round; None when all are answered."""
    order = [item.id for _, item in framework.items()]
    start = order.index(after) + 1 if after in order else 0
    for item_id in order[start:] + order[:start]:
        if is_unanswered(responses.get(item_id)):
            return item_id
    return None


def search_text(framework_text: str, response: Response | None) -> str:
    """Everything a search matches for one item, folded for case-insensitive matching."""
    parts = [framework_text]
    if response is not None:
        parts += [response.gap, response.notes, response.owner, response.na_reason or "", *response.evidence]
        parts += [a.title for a in response.actions]
    return "\n".join(parts).casefold()


def framework_search_texts(framework: Framework) -> dict[str, str]:
    """The framework side of each item's search text (id, question, guidance), computed once."""
    texts = {}
    for area, item in framework.items():
        fields = [item.id, item.question, item.why, item.ready_looks_like, area.title]
        texts[item.id] = "\n".join(fields + item.evidence_examples + item.suggested_actions)
    return texts


def search_items(
    framework: Framework, responses: Mapping[str, Response], query: str, *, texts: Mapping[str, str] | None = None
) -> list[str]:
    """Ids of the items whose text contains every word of `query` (any case), in checklist order."""
    words = query.casefold().split()
    if not words:
        return []
    texts = texts if texts is not None else framework_search_texts(framework)
    found = []
    for _, item in framework.items():
        haystack = search_text(texts.get(item.id, ""), responses.get(item.id))
        if all(word in haystack for word in words):
            found.append(item.id)
    return found


@dataclass(frozen=True)
class LevelMove:
    """How one item's readiness level moved between a snapshot and today."""

    item_id: str
    before: int | None
    after: int | None
    before_na: bool
    after_na: bool

    @property
    def direction(self) -> int:
        """+1 moved up, -1 moved down, 0 otherwise (a change to or from not applicable counts 0)."""
        if self.before_na or self.after_na:
            return 0
        old = -1 if self.before is None else self.before
        new = -1 if self.after is None else self.after
        return (new > old) - (new < old)


def compare_levels(
    framework: Framework, before: Mapping[str, Response], after: Mapping[str, Response]
) -> list[LevelMove]:
    """Items whose level or applicability differs between two sets of responses, in checklist order."""
    moves = []
    for _, item in framework.items():
        old, new = before.get(item.id), after.get(item.id)
        old_level = None if old is None or old.level is None else int(old.level)
        new_level = None if new is None or new.level is None else int(new.level)
        old_na = bool(old and old.not_applicable)
        new_na = bool(new and new.not_applicable)
        if (old_level, old_na) != (new_level, new_na):
            moves.append(LevelMove(item.id, old_level, new_level, old_na, new_na))
    return moves
