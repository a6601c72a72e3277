"""Walking and searching a checklist: pure functions.

The desktop app's "next unanswered" and search box are built on these, so
their order and matching rules are tested without Qt.
"""

from __future__ import annotations

from collections.abc import Mapping

from readiness.content_model import Framework
from readiness.model import Response
from readiness.wording import not_applicable_text


def is_unanswered(response: Response | None) -> bool:
    """An applicable item with no readiness level recorded yet (or marked not applicable without a reason)."""
    return response is None or not response.assessed


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
        parts += [response.gap, response.notes, response.owner, not_applicable_text(response), *response.evidence]
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


def area_numbers(framework: Framework) -> dict[str, str]:
    """Each area's number as a reader cites it ("4"), from 1: the first part of its items' numbers."""
    return {area.id: str(number) for number, area in enumerate(framework.areas, 1)}


def item_numbers(framework: Framework) -> dict[str, str]:
    """Each item's number as a reader cites it: area position, then item position ("4.3"), both from 1.

    The one rule the table, the editor, search, the dashboard and the workbook all show.
    """
    return {
        item.id: f"{area_number}.{item_number}"
        for area_number, area in enumerate(framework.areas, 1)
        for item_number, item in enumerate(area.items, 1)
    }


def number_sort_key(number: str) -> tuple[int, ...]:
    """ "4.10" after "4.9": item numbers sort by their parts, not as text."""
    return tuple(int(part) for part in number.split("."))
