"""Words for the core's codes (levels, priorities, action statuses, error codes), all translatable.

The core names things with codes; this module is the one place that turns
them into the words a trade manager reads. Every call names its context
("labels") in the call itself, so Qt's lupdate files each string under the
context the app looks it up in. `plural` picks the singular or plural
sentence for a count.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from readiness.codes import ActionStatus, Level, Priority
from readiness.model import ProfileBasis, Response, ReviewNote, ReviewReason
from readiness.store.audit import SOURCE_PLAN, SOURCE_PLAN_UNDONE
from readiness.wording import mapping_note

translate = QCoreApplication.translate


def plural(count: int, one: str, many: str) -> str:
    """`one` for a count of 1, else `many`, with %n replaced by the count (each already translated)."""
    return (one if count == 1 else many).replace("%n", str(count))


def level_label(level: Level | int | None) -> str:
    labels = {
        0: translate("labels", "0 Not started"),
        1: translate("labels", "1 Aware"),
        2: translate("labels", "2 Planned"),
        3: translate("labels", "3 In progress"),
        4: translate("labels", "4 Ready"),
    }
    return translate("labels", "Not assessed") if level is None else labels[int(level)]


def level_meaning(level: Level | int) -> str:
    meanings = {
        0: translate("labels", "Nothing done yet."),
        1: translate("labels", "The exposure is identified."),
        2: translate("labels", "A plan and an owner exist."),
        3: translate("labels", "Partly implemented."),
        4: translate("labels", "Implemented and evidenced."),
    }
    return meanings[int(level)]


def response_level_label(response: Response | None) -> str:
    if response is not None and response.awaiting_na_reason:
        return translate("labels", "Not applicable (no reason yet)")
    if response is not None and response.not_applicable:
        return translate("labels", "Not applicable")
    return level_label(None if response is None else response.level)


def ready_without_evidence(response: Response | None) -> bool:
    """Level 4 means implemented and evidenced: without evidence the answer gets a visible marker."""
    return (
        response is not None
        and not response.not_applicable
        and response.level is not None
        and int(response.level) == 4
        and not response.evidence
    )


def priority_label(priority: Priority | str | None) -> str:
    labels = {
        "critical": translate("labels", "Critical"),
        "high": translate("labels", "High"),
        "medium": translate("labels", "Medium"),
        "low": translate("labels", "Low"),
    }
    if priority is None or priority == "unset":
        return translate("labels", "Not set")
    return labels[str(Priority(priority).value)]


def status_label(status: ActionStatus | str) -> str:
    labels = {
        "open": translate("labels", "Open"),
        "in progress": translate("labels", "In progress"),
        "done": translate("labels", "Done"),
        "blocked": translate("labels", "Blocked"),
    }
    return labels[ActionStatus(status).value]


def role_label(code: str) -> str:
    return {
        "importer": translate("labels", "Importer"),
        "exporter": translate("labels", "Exporter"),
        "producer": translate("labels", "Producer"),
    }[code]


def country_label(code: str) -> str:
    return {
        "US": translate("labels", "United States"),
        "CA": translate("labels", "Canada"),
        "MX": translate("labels", "Mexico"),
    }[code]


def sector_label(code: str) -> str:
    return {
        "automotive": translate("labels", "Automotive"),
        "agriculture-food": translate("labels", "Agriculture and food"),
        "textiles-apparel": translate("labels", "Textiles and apparel"),
        "steel-aluminium": translate("labels", "Steel and aluminium"),
        "chemicals": translate("labels", "Chemicals"),
        "electronics": translate("labels", "Electronics"),
        "energy": translate("labels", "Energy"),
        "digital-services": translate("labels", "Digital services"),
        "pharma-ip": translate("labels", "Pharmaceuticals and other IP-intensive"),
        "other": translate("labels", "Other"),
    }[code]


def volume_label(code: str | None) -> str:
    return {
        None: translate("labels", "Not stated"),
        "under-10m": translate("labels", "Under US$10 million a year"),
        "10m-100m": translate("labels", "US$10-100 million a year"),
        "100m-1b": translate("labels", "US$100 million - 1 billion a year"),
        "over-1b": translate("labels", "Over US$1 billion a year"),
    }[code]


def workspace_problem(code: str) -> str:
    """A sentence for each `WorkspaceError.code`."""
    return {
        "not-a-workspace": translate("labels", "This file is not a Trade Readiness workspace."),
        "damaged": translate("labels", "The workspace file is damaged."),
        "newer-schema": translate("labels", "The workspace was written by a newer version of Trade Readiness."),
        "read-only": translate("labels", "The workspace is in a location that cannot be written to."),
        "disk-full": translate("labels", "The disk is full."),
        "locked": translate("labels", "Another program is holding the workspace."),
        "missing": translate("labels", "There is no workspace at this location."),
    }.get(code, translate("labels", "The workspace cannot be opened."))


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
        return translate("labels", "Concerns %1 only; the company profile has no such role").replace(
            "%1", _tags(role_label, basis.concerns)
        )
    if basis.dimension == "country":
        return translate("labels", "Concerns trade with %1 only; not in the company profile").replace(
            "%1", _tags(country_label, basis.concerns)
        )
    return translate("labels", "Concerns %1 only; not among the company's sectors").replace(
        "%1", _tags(sector_label, basis.concerns)
    )


def not_applicable_label(response: Response) -> str:
    """The reason an item does not apply: the user's own words, else the profile facts in words."""
    if response.na_reason:
        return response.na_reason
    return basis_label(response.na_basis) if response.na_basis is not None else ""


def review_note_label(note: ReviewNote, *, many: bool = False) -> str:
    """One reason an item needs review. Mapping notes are content (the pack's own words)."""
    if note.reason is ReviewReason.MAPPING:
        text = mapping_note(note.route, note.item) or translate(
            "labels", "The item %1 changed in the new version."
        ).replace("%1", note.item)
        return f"{note.item}: {text}" if many else text
    if note.reason is ReviewReason.NOW_APPLIES:
        return translate("labels", "This was not applicable before; the new item applies to your company profile.")
    if note.reason is ReviewReason.MAY_NOT_APPLY and note.basis is not None:
        return translate("labels", "The new item may not apply to you: %1.").replace("%1", basis_label(note.basis))
    return note.text


def review_notes_label(notes: list[ReviewNote]) -> str:
    many = sum(1 for n in notes if n.reason is ReviewReason.MAPPING) > 1
    return "\n".join(review_note_label(n, many=many) for n in notes)


def grouped_locale() -> QLocale:
    """The user's locale, with thousands separators even where it omits them by default (the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def money_text(amount: Decimal | float, currency: str) -> str:
    """An amount as every view shows it, and as the workbook prints it: USD 1,234,567 (whole units, rounded half
    up as a spreadsheet rounds the same cents)."""
    whole = Decimal(str(amount)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{currency} {grouped_locale().toString(float(whole), 'f', 0)}".strip()


def source_label(user: str, source: str) -> str:
    """Who made a change, and where it came from when it was not typed: "maria, from the returned plan
    tom.xlsx" (the audit trail keeps a code and the file name)."""
    kind, _, detail = source.partition(":")
    if kind == SOURCE_PLAN:
        return translate("labels", "%1, from the returned plan %2").replace("%1", user).replace("%2", detail)
    if kind == SOURCE_PLAN_UNDONE:
        return translate("labels", "%1, undoing the returned plan %2").replace("%1", user).replace("%2", detail)
    return user
