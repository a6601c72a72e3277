"""English wording of what the core stores as codes: not-applicable reasons and review notes; and the rules
the workbook explains in words (`NEXT_DUE_RULE`).

The workbook and the command line speak English today; the desktop app puts
the same codes in the user's language (`ui/labels.py`). The store never holds
these sentences, so a new language needs no data migration.
"""

from __future__ import annotations

import functools

from readiness.codes import LEVEL_LABELS, Level
from readiness.content_model import Item
from readiness.model import ProfileBasis, Response, ReviewNote, ReviewReason

# `readiness.due.next_due` in words, for every sheet that shows a "Next due" date.
NEXT_DUE_RULE = (
    "Next due: the earliest due date among the item's open actions and, while the item is not ready, the item's "
    "own due date (done actions and items that do not apply have none)."
)
DIMENSION_WORDS = {"role": "role", "country": "country", "sector": "sector"}
TAG_WORDS = {
    "importer": "importers",
    "exporter": "exporters",
    "producer": "producers",
    "US": "the United States",
    "CA": "Canada",
    "MX": "Mexico",
    "automotive": "automotive",
    "agriculture-food": "agriculture and food",
    "textiles-apparel": "textiles and apparel",
    "steel-aluminium": "steel and aluminium",
    "chemicals": "chemicals",
    "electronics": "electronics",
    "energy": "energy",
    "digital-services": "digital services",
    "pharma-ip": "pharmaceuticals and other IP-intensive goods",
    "other": "other sectors",
}


def tag_words(tags: list[str]) -> str:
    words = [TAG_WORDS.get(t, t) for t in tags]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def basis_text(basis: ProfileBasis) -> str:
    """Why the profile rules an item out, as a reader of the workbook would say it."""
    if basis.dimension == "role":
        return f"Concerns {tag_words(basis.concerns)} only; the company profile has no such role"
    if basis.dimension == "country":
        return f"Concerns trade with {tag_words(basis.concerns)} only; not in the company profile"
    return f"Concerns {tag_words(basis.concerns)} only; not among the company's sectors"


def not_applicable_text(response: Response) -> str:
    """The reason an item does not apply: the user's own words, else the profile facts in words."""
    if response.na_reason:
        return response.na_reason
    if response.na_basis is not None:
        return basis_text(response.na_basis)
    return ""


@functools.cache
def _mapping_notes() -> dict[str, dict[str, str]]:
    """Notes of every shipped mapping, by route and old item id (read once per process)."""
    from readiness.frameworks import builtin_mappings

    return {m.route: {e.old: e.note for e in m.entries} for m in builtin_mappings()}


def mapping_note(route: str, item: str) -> str | None:
    return _mapping_notes().get(route, {}).get(item)


def review_note_text(note: ReviewNote, *, many: bool = False) -> str:
    """One review note in English; `many` prefixes a mapping note with the old item it comes from."""
    if note.reason is ReviewReason.MAPPING:
        text = mapping_note(note.route, note.item) or f"The item {note.item} changed in the new version."
        return f"{note.item}: {text}" if many else text
    if note.reason is ReviewReason.NOW_APPLIES:
        return "This was not applicable before; the new item applies to your company profile."
    if note.reason is ReviewReason.MAY_NOT_APPLY and note.basis is not None:
        return f"The new item may not apply to you: {basis_text(note.basis).lower()}."
    return note.text


def review_notes_text(notes: list[ReviewNote]) -> str:
    mapped = sum(1 for n in notes if n.reason is ReviewReason.MAPPING)
    return "\n".join(review_note_text(n, many=mapped > 1) for n in notes)


UNCONFIRMED_MARK = "[Unconfirmed point: check it with counsel or your broker before relying on it]"


def question_text(item: Item) -> str:
    """An item's question as the workbook prints it: one resting on a point we could not confirm says so."""
    return item.question if item.confirmed else f"{item.question} {UNCONFIRMED_MARK}"


def answer_text(response: Response | None) -> str:
    """An answer in a word or two: "3 In progress", "Not assessed", "Not applicable"."""
    if response is not None and response.counts_as_not_applicable:
        return "Not applicable"
    if response is not None and response.awaiting_na_reason:
        return "Not assessed (not applicable without a reason)"
    if response is None or response.level is None:
        return "Not assessed"
    level = Level(response.level)
    return f"{int(level)} {LEVEL_LABELS[level]}"
