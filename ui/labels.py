"""Words for the core's codes (levels, priorities, action statuses, error codes), all translatable.

The core names things with codes; this module is the one place that turns
them into the words a trade manager reads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from readiness.model import ActionStatus, Level, Priority, Response


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
