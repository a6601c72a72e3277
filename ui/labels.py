"""Words for the core's codes (levels, priorities, action statuses, error codes), all translatable.

The core names things with codes; this module is the one place that turns
them into the words a trade manager reads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from readiness.model import ActionStatus, Level, Priority, ProfileBasis, Response, ReviewNote, ReviewReason
from readiness.wording import mapping_note


def tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def level_label(level: Level | int | None) -> str:
    labels = {
        0: tr("0 Not started"),
        1: tr("1 Aware"),
        2: tr("2 Planned"),
        3: tr("3 In progress"),
        4: tr("4 Ready"),
    }
    return tr("Not assessed") if level is None else labels[int(level)]


def level_meaning(level: Level | int) -> str:
    meanings = {
        0: tr("Nothing done yet."),
        1: tr("The exposure is identified."),
        2: tr("A plan and an owner exist."),
        3: tr("Partly implemented."),
        4: tr("Implemented and evidenced."),
    }
    return meanings[int(level)]


def response_level_label(response: Response | None) -> str:
    if response is not None and response.not_applicable:
        return tr("Not applicable")
    return level_label(None if response is None else response.level)


def priority_label(priority: Priority | str | None) -> str:
    labels = {"critical": tr("Critical"), "high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}
    if priority is None or priority == "unset":
        return tr("Not set")
    return labels[str(Priority(priority).value)]


def status_label(status: ActionStatus | str) -> str:
    labels = {"open": tr("Open"), "in progress": tr("In progress"), "done": tr("Done"), "blocked": tr("Blocked")}
    return labels[ActionStatus(status).value]


def role_label(code: str) -> str:
    return {"importer": tr("Importer"), "exporter": tr("Exporter"), "producer": tr("Producer")}[code]


def country_label(code: str) -> str:
    return {"US": tr("United States"), "CA": tr("Canada"), "MX": tr("Mexico")}[code]


def sector_label(code: str) -> str:
    return {
        "automotive": tr("Automotive"),
        "agriculture-food": tr("Agriculture and food"),
        "textiles-apparel": tr("Textiles and apparel"),
        "steel-aluminium": tr("Steel and aluminium"),
        "chemicals": tr("Chemicals"),
        "electronics": tr("Electronics"),
        "energy": tr("Energy"),
        "digital-services": tr("Digital services"),
        "pharma-ip": tr("Pharmaceuticals and other IP-intensive"),
        "other": tr("Other"),
    }[code]


def volume_label(code: str | None) -> str:
    return {
        None: tr("Not stated"),
        "under-10m": tr("Under US$10 million a year"),
        "10m-100m": tr("US$10-100 million a year"),
        "100m-1b": tr("US$100 million - 1 billion a year"),
        "over-1b": tr("Over US$1 billion a year"),
    }[code]


def workspace_problem(code: str) -> str:
    """A sentence for each `WorkspaceError.code`."""
    return {
        "not-a-workspace": tr("This file is not a Trade Readiness workspace."),
        "damaged": tr("The workspace file is damaged."),
        "newer-schema": tr("The workspace was written by a newer version of Trade Readiness."),
        "read-only": tr("The workspace is in a location that cannot be written to."),
        "disk-full": tr("The disk is full."),
        "locked": tr("Another program is holding the workspace."),
        "missing": tr("There is no workspace at this location."),
    }.get(code, tr("The workspace cannot be opened."))


def _tags(labeller: Callable[[str], str], codes: list[str]) -> str:
    words = []
    for code in codes:
        try:
            words.append(labeller(code))
        except KeyError:  # a pack may use a code this version has no word for
            words.append(code)
    return ", ".join(words)


def basis_label(basis: ProfileBasis) -> str:
    """Why the company profile rules an item out, from the stored facts."""
    if basis.dimension == "role":
        return tr("Concerns %1 only; the company profile has no such role").replace(
            "%1", _tags(role_label, basis.concerns)
        )
    if basis.dimension == "country":
        return tr("Concerns trade with %1 only; not in the company profile").replace(
            "%1", _tags(country_label, basis.concerns)
        )
    return tr("Concerns %1 only; not among the company's sectors").replace("%1", _tags(sector_label, basis.concerns))


def not_applicable_label(response: Response) -> str:
    """The reason an item does not apply: the user's own words, else the profile facts in words."""
    if response.na_reason:
        return response.na_reason
    return basis_label(response.na_basis) if response.na_basis is not None else ""


def review_note_label(note: ReviewNote, *, many: bool = False) -> str:
    """One reason an item needs review. Mapping notes are content (the pack's own words)."""
    if note.reason is ReviewReason.MAPPING:
        text = mapping_note(note.route, note.item) or tr("The item %1 changed in the new version.").replace(
            "%1", note.item
        )
        return f"{note.item}: {text}" if many else text
    if note.reason is ReviewReason.NOW_APPLIES:
        return tr("This was not applicable before; the new item applies to your company profile.")
    if note.reason is ReviewReason.MAY_NOT_APPLY and note.basis is not None:
        return tr("The new item may not apply to you: %1.").replace("%1", basis_label(note.basis))
    return note.text


def review_notes_label(notes: list[ReviewNote]) -> str:
    many = sum(1 for n in notes if n.reason is ReviewReason.MAPPING) > 1
    return "\n".join(review_note_label(n, many=many) for n in notes)
