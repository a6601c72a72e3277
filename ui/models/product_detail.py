"""The two editable tables of a product: its fields (values and rule of origin) and its bill of materials.

Edited in place: a cell's edit text is read as the register reads a cell
(`product_fields.parse_field`), so "8708.30", "75", "heading" or "7208-7216;
7225" mean what they mean in the template; coded columns offer their choices
(`CHOICES_ROLE`, which `ChoiceDelegate` turns into a drop-down). A value
that cannot be read emits `problem` with the words for it and writes
nothing; a good one is one undo step (`exposure_commands`). The bill of
materials says beside each material what it does to the result (does not
shift, excluded, missing value, non-originating), from the reasons of the
result under the scenario the view compares with.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from readiness.exposure import register_cells
from readiness.exposure.errors import CellProblem
from readiness.exposure.product_fields import (
    BOM_COLUMN,
    BOM_FIELDS,
    COLUMNS,
    EDITABLE_FIELDS,
    bom_values,
    parse_field,
    product_values,
)
from readiness.exposure.reasons import ReasonCode
from readiness.exposure.register_layout import RegisterColumn
from readiness.exposure.vocabulary import format_hts
from ui import exposure_commands
from ui.exposure_labels import choice_label, field_label, number_text, problem_label
from ui.exposure_state import ExposureState
from ui.models.row_table import RowTableModel

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex
COUNTRY_CHOICES = ("US", "CA", "MX", "other", "unknown")


def _choices(column: RegisterColumn) -> list[tuple[Any, str]] | None:
    """(code, words) for a coded column, blank first where it may be blank."""
    kind = column.kind
    if kind == "bool":
        return [(True, choice_label("", True)), (False, choice_label("", False))]
    if kind == "choice":
        blank = [] if column.required else [(None, choice_label("", None))]
        return [*blank, *((c, choice_label("", c)) for c in column.choices)]
    if kind == "material-country":
        return [(c, choice_label("", c)) for c in COUNTRY_CHOICES]
    return None


def shown(key: str, value: Any, kind: str) -> str:
    """A field's value as the table shows it."""
    if value is None or value == "":
        return ""
    if kind == "material-country" and value in ("US", "CA", "MX"):
        return str(value)  # the parties by their codes, as trade managers write them
    if kind in ("bool", "choice", "material-country"):
        return choice_label(key, value)
    if kind == "hts":
        return format_hts(value)
    if kind == "ranges":
        return "; ".join(str(r) for r in value)
    if isinstance(value, Decimal):
        return number_text(value)
    return str(value)


def edit_text(value: Any, kind: str) -> Any:
    """A field's value as the editor starts from (the form a register cell holds)."""
    if value is None:
        return ""
    if kind == "hts":
        return format_hts(value)
    if kind == "ranges":
        return "; ".join(str(r) for r in value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


class _EditableTable(RowTableModel[str]):
    """Shared by both tables: editable value cells that parse typed text and report what cannot be read."""

    problem = Signal(str)

    def __init__(self, state: ExposureState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.part: str | None = None
        self.read_only = False

    def _parse(self, key: str, value: Any, *, bom: bool) -> tuple[bool, Any]:
        if not isinstance(value, str):  # a code from a drop-down, or None for a blank
            return True, value
        try:
            return True, parse_field(key, value.strip(), bom=bom)
        except register_cells.Bad as bad:
            problem = CellProblem("", 0, "", "", bad.code, {k: str(v) for k, v in bad.params.items()})
            self.problem.emit(field_label(key) + ": " + problem_label(problem))
            return False, None


class ProductFieldsModel(_EditableTable):
    """Field | Value for every editable field of one product."""

    COL_FIELD, COL_VALUE = range(2)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Field"), self.tr("Value"))

    def show_product(self, part: str | None) -> None:
        self.part = part
        self.set_rows(list(EDITABLE_FIELDS) if part in self.state.by_part else [])

    def refresh(self) -> None:
        if self.part not in self.state.by_part:
            self.show_product(None)
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_VALUE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell_data(self, key: str, column: int, role: int) -> Any:
        product = self.state.by_part.get(self.part or "")
        if product is None:
            return None
        column_spec = COLUMNS[key]
        value = product_values(product)[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return field_label(key) if column == self.COL_FIELD else shown(key, value, column_spec.kind)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_VALUE:
            return edit_text(value, column_spec.kind)
        if role == CHOICES_ROLE and column == self.COL_VALUE:
            return _choices(column_spec)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_spec.help
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.part is None or index.column() != self.COL_VALUE:
            return False
        key = self._rows[index.row()]
        good, typed = self._parse(key, value, bom=False)
        if not good:
            return False
        context = self.state.context
        return exposure_commands.edit_product(context, self.state, self.part, {key: typed})


class BomModel(_EditableTable):
    """Material | HTS | Country | Originating | Value | What it does to the result, for one product."""

    COL_MATERIAL, COL_HTS, COL_COUNTRY, COL_ORIGINATING, COL_VALUE, COL_NOTE = range(6)
    KEYS = BOM_FIELDS  # material, hts_code, country, originating, value: the first five columns

    def __init__(self, state: ExposureState, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self.scenario_id = "today"
        self._notes: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Material"),
            self.tr("HTS code"),
            self.tr("Origin"),
            self.tr("Originating"),
            self.tr("Value"),
            self.tr("In the result"),
        )

    def show_product(self, part: str | None, scenario_id: str) -> None:
        self.part, self.scenario_id = part, scenario_id
        product = self.state.by_part.get(part or "")
        self._notes = self._material_notes()
        self.set_rows([str(n) for n in range(len(product.bom))] if product is not None else [])

    def refresh(self) -> None:
        product = self.state.by_part.get(self.part or "")
        if product is None or len(product.bom) != len(self._rows):
            self.show_product(self.part if product is not None else None, self.scenario_id)
        elif self._rows:
            self._notes = self._material_notes()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COL_NOTE))

    def _material_notes(self) -> dict[str, str]:
        """Material name -> what the result under the scenario says about it."""
        exposure = self.state.exposure(self.part or "", self.scenario_id)
        if exposure is None:
            return {}
        words = {
            ReasonCode.TARIFF_SHIFT_NOT_MET: self.tr("Does not change classification"),
            ReasonCode.EXCLUDED_MATERIAL: self.tr("From a range the rule excludes"),
            ReasonCode.DE_MINIMIS_NOT_AVAILABLE: self.tr("No de minimis allowance"),
            ReasonCode.MISSING_MATERIAL_HTS: self.tr("HTS code missing"),
            ReasonCode.MISSING_MATERIAL_VALUE: self.tr("Value missing"),
            ReasonCode.DE_MINIMIS_APPLIED: self.tr("Within the de minimis allowance"),
        }
        notes: dict[str, str] = {}
        for reason in exposure.outcome.reasons:
            if reason.code not in words:
                continue
            named = reason.params.get("materials", reason.params.get("material", ()))
            for material in named if isinstance(named, tuple) else (named,):
                notes.setdefault(str(material), words[reason.code])
        return notes

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() < self.COL_NOTE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def cell_data(self, row: str, column: int, role: int) -> Any:
        product = self.state.by_part.get(self.part or "")
        if product is None or int(row) >= len(product.bom):
            return None
        line = product.bom[int(row)]
        if column == self.COL_NOTE:
            if role == Qt.ItemDataRole.DisplayRole:
                note = self._notes.get(line.material)
                if note is None and line.originating.value != "yes":
                    note = self.tr("Non-originating") if line.originating.value == "no" else self.tr("Origin unknown")
                return note or ""
            return None
        key = self.KEYS[column]
        spec = BOM_COLUMN[key]
        value = bom_values(line)[key]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(key, value, spec.kind)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(value, spec.kind)
        if role == CHOICES_ROLE:
            return _choices(spec)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.help
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.part is None or index.column() >= self.COL_NOTE:
            return False
        key = self.KEYS[index.column()]
        good, typed = self._parse(key, value, bom=True)
        if not good:
            return False
        position = int(self._rows[index.row()])
        return exposure_commands.edit_bom_line(self.state.context, self.state, self.part, position, {key: typed})
