"""The user's words for the core's errors: each error code (with its parameters) as a translatable sentence.

The core raises `ReadinessError(reason, code=..., params=...)`; `reason` is
the English fallback. A code listed here is shown in the user's language;
any other shows the reason. Where the error points (a file, a sheet and
cell, a JSON path) is added on a line of its own.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from readiness.errors import ReadinessError


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _templates() -> dict[str, str]:
    return {
        "changed-elsewhere": tr("%field was changed elsewhere meanwhile (it is now %now); nothing was overwritten"),
        "archived": tr("“%name” is archived and read only; edit the assessment that replaced it"),
        "read-only": tr("the workspace is open read only; nothing was changed"),
        "name-taken": tr("an assessment named “%name” already exists"),
        "name-empty": tr("an assessment needs a name"),
        "label-empty": tr("a snapshot needs a label"),
        "changed-since-preview": tr("“%name” changed after the preview was made; preview again"),
        "framework-id-reserved": tr("“%id” is the id of a framework shipped with the app; give your pack its own id"),
        "framework-installed": tr("%id %version is already installed; give your pack a new version"),
        "framework-in-use": tr("%id is used by %names; delete or move those assessments first"),
        "disk-full": tr("the disk is full; nothing was changed"),
        "locked": tr("another program is holding the workspace; try again in a moment"),
    }


def error_text(error: ReadinessError) -> str:
    """The error in the user's words, without where it happened."""
    template = _templates().get(error.code)
    if template is None or not set(re.findall(r"%([a-z]+)", template)) <= set(error.params):
        text = error.reason
    else:
        text = template
        for name, value in sorted(error.params.items(), key=lambda pair: -len(pair[0])):
            text = text.replace(f"%{name}", value)
    return text[:1].upper() + text[1:]


def describe_error(error: BaseException) -> str:
    """One line for the status bar: the error in the user's words, and where."""
    if not isinstance(error, ReadinessError):
        text = str(error) or type(error).__name__
        return text[:1].upper() + text[1:]
    text = error_text(error)
    return f"{text} ({error.where})" if error.where else text


def describe_error_long(error: BaseException) -> str:
    """For a message box: the error's sentence, and where it is on a line of its own."""
    if isinstance(error, ReadinessError) and error.where:
        return tr("%1\n\nWhere: %2").replace("%1", error_text(error)).replace("%2", error.where)
    return describe_error(error)
