"""The objective areas of the framework with their readiness and coverage, plus an "All areas" row.

Scores come from `readiness.scoring`; when responses change only the
affected areas (and the "All areas" row) are recomputed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from readiness.content_model import Framework
from readiness.model import Response
from readiness.scoring import Score, area_score, overall_score, percent
from readiness.walkthrough import area_numbers
from ui.models.row_table import RowTableModel

COL_TITLE, COL_READINESS, COL_COVERAGE = range(3)
AreaIdRole = Qt.ItemDataRole.UserRole + 1
ScoreRole = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
FractionRole = Qt.ItemDataRole.UserRole + 4
ALL_AREAS = ""


class AreaTableModel(RowTableModel[str]):
    """One row per area in framework order; row 0 is every item of the framework."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._framework: Framework | None = None
        self._responses: dict[str, Response] = {}
        self._titles: dict[str, str] = {}
        self._scores: dict[str, Score] = {}

    def set_assessment(self, framework: Framework | None, responses: dict[str, Response]) -> None:
        self.beginResetModel()
        self._framework, self._responses = framework, responses
        areas = framework.areas if framework else []
        self._rows = ([ALL_AREAS] if framework else []) + [a.id for a in areas]
        # Numbered as the item numbers, the area introduction and the workbook number them ("4. Certification").
        numbers = area_numbers(framework) if framework else {}
        self._titles = {a.id: f"{numbers[a.id]}. {a.title}" for a in areas}
        self._scores = {}
        self._rescore(self._rows)
        self.endResetModel()

    def responses_changed(self, area_ids: set[str]) -> None:
        ids = [ALL_AREAS, *sorted(area_ids)]
        self._rescore(ids)
        for area_id in ids:
            row = self.row_of(area_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, COL_READINESS), self.index(row, COL_COVERAGE))

    def _rescore(self, area_ids: list[str]) -> None:
        if self._framework is None:
            return
        by_id = {a.id: a for a in self._framework.areas}
        for area_id in area_ids:
            if area_id == ALL_AREAS:
                self._scores[area_id] = overall_score(self._framework, self._responses)
            elif area_id in by_id:
                self._scores[area_id] = area_score(by_id[area_id], self._responses)

    def row_of(self, area_id: str) -> int:
        try:
            return self._rows.index(area_id)
        except ValueError:
            return -1

    area_id_at = RowTableModel.row_at

    def score(self, area_id: str) -> Score | None:
        return self._scores.get(area_id)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Area"), self.tr("Ready"), self.tr("Assessed"))

    def header_tooltips(self) -> tuple[str, ...]:
        return (
            self.tr("Objective area of the framework"),
            self.tr("Readiness: weighted mean of item levels (level / 4), unassessed items counting 0"),
            self.tr("Coverage: share of applicable items with a level recorded"),
        )

    def cell_data(self, area_id: str, column: int, role: int) -> Any:
        score = self._scores.get(area_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, area_id, score)
        if role in (SORT_ROLE, FractionRole):
            return self._fraction(column, self.row_of(area_id), score)
        if role == Qt.ItemDataRole.ToolTipRole and score is not None:
            counts = (
                self.tr("%1 of %2 applicable items assessed, %3 ready")
                .replace("%1", str(score.assessed))
                .replace("%2", str(score.applicable))
                .replace("%3", str(score.ready))
            )
            return self._display(COL_TITLE, area_id, score) + "\n" + counts
        if role == AreaIdRole:
            return area_id
        if role == ScoreRole:
            return score
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(column, area_id, score)
        return None

    def _display(self, column: int, area_id: str, score: Score | None) -> str:
        if column == COL_TITLE:
            return self.tr("All areas") if area_id == ALL_AREAS else self._titles[area_id]
        if score is None:
            return ""
        return percent(score.readiness if column == COL_READINESS else score.coverage)

    def _fraction(self, column: int, row: int, score: Score | None) -> Any:
        if column == COL_TITLE:
            return row
        if score is None:
            return -1.0
        value = score.readiness if column == COL_READINESS else score.coverage
        return -1.0 if value is None else value
