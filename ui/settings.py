"""App settings: one table of defaults and a typed accessor over QSettings.

Window geometry and view state live here; domain data lives in the workspace.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "TradeReadiness"
APPLICATION = "Trade Readiness"

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "last_assessment": "",
    "theme": "system",
    "last_folder": "",
    "editor/guidance_open": True,
}


class Settings:
    """Typed access to the app's QSettings, falling back to `DEFAULTS`."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(ORGANIZATION, APPLICATION)

    def _get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._store.value(key, default)
        return default if value is None else value

    def _set(self, key: str, value: Any) -> None:
        self._store.setValue(key, value)

    def byte_array(self, key: str) -> QByteArray:
        value = self._get(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_byte_array(self, key: str, value: QByteArray) -> None:
        self._set(key, value)

    @property
    def last_assessment(self) -> str:
        return str(self._get("last_assessment") or "")

    @last_assessment.setter
    def last_assessment(self, name: str) -> None:
        self._set("last_assessment", name)

    @property
    def theme(self) -> str:
        value = str(self._get("theme"))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def last_folder(self) -> str:
        """The folder of the last exported or imported action plan ('' until there is one)."""
        return str(self._get("last_folder") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._set("last_folder", folder)

    @property
    def guidance_open(self) -> bool:
        """Whether the item editor shows the guidance under the answer (the user folds it away or back)."""
        value = self._get("editor/guidance_open")
        return value if isinstance(value, bool) else str(value).lower() not in ("false", "0", "no")

    @guidance_open.setter
    def guidance_open(self, shown: bool) -> None:
        self._set("editor/guidance_open", bool(shown))

    def sync(self) -> None:
        self._store.sync()
