"""The Scenarios view: the duty under each scenario as bars, the products a scenario flips, a threshold tried
and put back, a user's scenario added and removed with undo; and every code of the core has words in the app.

The register is the template's two examples; under "core parts at 80 % NC" the engine (RVC 78.16 %) fails:
8,400,000 x 2.5 % MFN + 25 % Section 232 on the whole value = 2,310,000 a year more than today."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from readiness import operations
from readiness.exposure.errors import CELL_PROBLEM_CODES
from readiness.exposure.examples import example_products
from readiness.exposure.reasons import Reason, ReasonCode
from readiness.exposure.vocabulary import RvcMethod
from readiness.store.workspace import Workspace
from tests.store.test_user_scenarios import STEEL
from ui import exposure_labels
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.scenarios_view import ScenariosView

ENGINE = "EXAMPLE-ENG-200"


@pytest.fixture
def scenarios(qtbot, window: MainWindow, workspace: Workspace, context: AppContext) -> ScenariosView:  # type: ignore[no-untyped-def]
    operations.import_register(workspace, context.assessment_id, example_products())
    window.exposure.show_scenarios()
    view = window.exposure.scenarios
    qtbot.waitUntil(lambda: len(view.bars.bars) == 5)
    return view


def changed_parts(view: ScenariosView) -> list[str]:
    return [view.changes.index(row, 0).data() for row in range(view.changes.rowCount())]


def test_bars_give_the_duty_under_each_scenario_and_its_change(qtmodeltester, scenarios: ScenariosView) -> None:  # type: ignore[no-untyped-def]
    texts = {bar.key: bar.text for bar in scenarios.bars.bars}
    assert texts["today"] == "USD 0"
    assert texts["core-parts-rvc-80"] == "USD 2,310,000  (+USD 2,310,000)"
    assert texts["preference-withdrawn"] == "USD 2,340,000  (+USD 2,340,000)"  # the brake's 30,000 too
    assert scenarios.bars.bars[0].key == "today"
    assert scenarios.heading.text() == "Annual duty under each scenario (USD), 2 products"
    qtmodeltester.check(scenarios.changes)


def test_a_scenario_that_flips_a_product_shows_it(scenarios: ScenariosView, window: MainWindow) -> None:
    scenarios.choose("core-parts-rvc-80")
    assert scenarios.title.text() == "Core parts: RVC raised to 80 % (net cost) \u2014 Hypothesis"
    assert changed_parts(scenarios) == [ENGINE]
    row = [scenarios.changes.index(0, column).data() for column in range(7)]
    assert row[2:] == ["Qualifies", "Fails", "USD 0", "USD 2,310,000", "+USD 2,310,000"]
    scenarios.choose("overlay-25-non-us")
    assert changed_parts(scenarios) == []  # both qualify: the overlay falls only on non-qualifying goods
    scenarios.choose("core-parts-rvc-80")
    scenarios._product_activated(scenarios.table.model().index(0, 0))
    assert window.tabs.currentWidget() is window.exposure.products_page
    assert window.exposure.products.detail.part == ENGINE


def test_a_threshold_is_tried_and_put_back_without_storing_it(scenarios: ScenariosView, workspace: Workspace) -> None:
    """At 78 % the engine's 78.16 % is enough again; nothing of the try reaches the workspace."""
    scenarios.choose("core-parts-rvc-80")
    assert scenarios.try_box.isVisibleTo(scenarios) and scenarios.threshold.value() == 80.0
    scenarios.threshold.setValue(78.0)
    scenarios.threshold.editingFinished.emit()
    assert changed_parts(scenarios) == []
    bar = next(b for b in scenarios.bars.bars if b.key == "core-parts-rvc-80")
    assert bar.text == "USD 0  (no change)" and bar.label.endswith("(tried at 78 %)")
    assert scenarios.as_stored.isEnabled()
    assert workspace.scenarios.get("core-parts-rvc-80").rvc[0].net_cost == Decimal(80)
    scenarios.as_stored.click()
    assert changed_parts(scenarios) == [ENGINE] and scenarios.threshold.value() == 80.0
    assert scenarios.state.threshold("core-parts-rvc-80", RvcMethod.NET_COST) == Decimal(80)


def test_a_users_scenario_is_added_shown_and_removed_with_undo(
    scenarios: ScenariosView, window: MainWindow, context: AppContext, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Brake parts at 10 % MFN: the brake qualifies, so the preference holds and nothing changes."""
    from ui.dialogs.register_dialogs import ScenarioFile

    (tmp_path / "brakes.toml").write_text(STEEL, encoding="utf-8")
    monkeypatch.setattr(ScenarioFile, "ask", classmethod(lambda cls, parent, **kw: tmp_path / "brakes.toml"))
    assert window.exposure.add_scenario()
    assert [bar.key for bar in scenarios.bars.bars][-1] == "steel-overlay-10"
    assert scenarios.scenario_id == "steel-overlay-10" and scenarios.remove.isVisibleTo(scenarios)
    window.exposure.show_products()  # a view out of sight refreshes when it is shown
    assert window.exposure.products.scenario.findData("steel-overlay-10") >= 0
    window.exposure.show_scenarios()
    assert scenarios.remove_scenario()
    assert "steel-overlay-10" not in [bar.key for bar in scenarios.bars.bars]
    context.undo_stack.undo()
    assert "steel-overlay-10" in [bar.key for bar in scenarios.bars.bars]
    scenarios.choose("today")
    assert not scenarios.remove.isVisibleTo(scenarios)  # shipped scenarios stay


def test_every_result_and_problem_code_has_words_in_the_app() -> None:
    assert exposure_labels.problem_codes() == set(CELL_PROBLEM_CODES)
    for code in ReasonCode:
        text = exposure_labels.reason_label(Reason.of(code))
        assert text and "%" not in text.replace("?%", ""), code
    reason = Reason.of(ReasonCode.TARIFF_SHIFT_NOT_MET, level="heading", materials=("%value bolts",))
    assert exposure_labels.reason_label(reason) == "No change of heading for %value bolts, as the rule asks."


def test_every_input_of_both_views_has_a_name(scenarios: ScenariosView, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    unnamed = []
    for show in (window.exposure.show_products, window.exposure.show_scenarios):
        show()
        for widget in window.findChildren(QWidget):
            if not widget.isVisibleTo(window) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue
            named = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView, QAbstractButton, QAbstractSpinBox)
            inner = isinstance(widget.parent(), (QComboBox, QLineEdit, QAbstractSpinBox))  # part of a named control
            if isinstance(widget, named) and not inner and not widget.accessibleName() and not widget.toolTip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_amounts_round_as_the_workbook_and_the_command_line_do() -> None:
    assert exposure_labels.money_text(Decimal("55502148.50"), "USD") == "USD 55,502,149"
    assert exposure_labels.signed_money_text(Decimal("-2.5"), "CAD") == "\u2212CAD 3"
