"""The Products view as a trade manager uses it: compare with a scenario, keep only what fails, see why in words,
edit a value or a material in place and undo it, link a product to an item and see it on the item.

The register is the template's two examples: the brake (8708.30, qualifies under every rule change) and the
engine (8407.34, a core part: RVC 78.16 % by net cost, so it fails once core parts need 80 %)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt

from readiness import operations
from readiness.codes import AssessmentStatus
from readiness.exposure.examples import example_products
from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.product_detail import BomModel, ProductFieldsModel
from ui.models.products import ProductTableModel
from ui.views.products_view import ProductsView

BRAKE, ENGINE = "EXAMPLE-BRK-100", "EXAMPLE-ENG-200"


@pytest.fixture
def products(qtbot, window: MainWindow, workspace: Workspace, context: AppContext) -> ProductsView:  # type: ignore[no-untyped-def]
    operations.import_register(workspace, context.assessment_id, example_products())
    window.exposure.show_products()
    view = window.exposure.products
    qtbot.waitUntil(lambda: view.shown_parts() == [BRAKE, ENGINE])
    return view


def field_index(model: ProductFieldsModel, key: str) -> QModelIndex:
    return model.index(model._rows.index(key), ProductFieldsModel.COL_VALUE)


def test_every_model_passes_the_model_tester(qtmodeltester, products: ProductsView) -> None:  # type: ignore[no-untyped-def]
    products.show_product(ENGINE)
    for model in (products.model, products.proxy, products.detail.fields, products.detail.bom):
        qtmodeltester.check(model)
    model: ProductTableModel = products.model
    row = model.row_of(ENGINE)
    assert model.index(row, 6).data(Qt.ItemDataRole.UserRole + 1) == 2310000.0  # duty under the scenario, a number
    assert model.index(row, 6).data() == "USD 2,310,000"


def test_compare_with_a_scenario_and_keep_only_what_fails(products: ProductsView) -> None:
    assert products.scenario.currentData() == "core-parts-rvc-80"  # the first what-if
    products.failing_only.setChecked(True)
    assert products.shown_parts() == [ENGINE]
    assert products.count.text() == "1 of 2 shown; 1 fail under this scenario"
    products.scenario.setCurrentIndex(products.scenario.findData("today"))
    assert products.shown_parts() == []
    products.failing_only.setChecked(False)
    assert products.shown_parts() == [BRAKE, ENGINE]


def test_the_reason_for_a_result_is_given_in_words(products: ProductsView) -> None:
    products.show_product(ENGINE)
    detail = products.detail
    assert detail.today.text() == (
        "Today's rules: Qualifies, annual duty USD 0.\nRVC by net cost is 78.16%, meeting the 75% threshold."
    )
    assert detail.under.text() == (
        "Core parts: RVC raised to 80 % (net cost): Fails, annual duty USD 2,310,000.\n"
        "RVC by net cost is 78.16%, below the 80% threshold."
    )
    bom: BomModel = detail.bom
    notes = [bom.index(row, BomModel.COL_NOTE).data() for row in range(bom.rowCount())]
    assert notes == ["", "", "Non-originating", "Non-originating"]  # what makes up the non-originating value


def test_a_material_made_originating_is_one_undo_step(
    products: ProductsView, context: AppContext, workspace: Workspace
) -> None:
    """The ECU sourced in Mexico from an originating supplier: VNM 830 -> 520, RVC (3,800 - 520) / 3,800 =
    86.32 % >= 80 %: the engine qualifies under the scenario, and leaves the list of failing products."""
    products.failing_only.setChecked(True)
    products.show_product(ENGINE)
    bom = products.detail.bom
    assert bom.setData(bom.index(3, BomModel.COL_COUNTRY), "MX")
    assert bom.setData(bom.index(3, BomModel.COL_ORIGINATING), "yes")
    assert products.shown_parts() == []
    assert products.detail.under.text().startswith("Core parts: RVC raised to 80 % (net cost): Qualifies")
    stored = workspace.products.product(context.assessment_id, ENGINE).bom[3]
    assert (stored.country.value, stored.originating.value) == ("MX", "yes")
    context.undo_stack.undo()
    assert products.shown_parts() == [ENGINE]
    assert workspace.products.product(context.assessment_id, ENGINE).bom[3].originating.value == "no"
    context.undo_stack.redo()
    assert products.shown_parts() == []


def test_a_threshold_edited_in_place_and_undone(
    products: ProductsView, context: AppContext, workspace: Workspace
) -> None:
    products.show_product(ENGINE)
    fields = products.detail.fields
    index = field_index(fields, "rvc_net_cost")
    assert index.data(Qt.ItemDataRole.EditRole) == "75"
    assert fields.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert fields.setData(index, "80")
    assert index.data() == "80"
    assert products.model.index(products.model.row_of(ENGINE), 3).data() == "Fails"  # today, now
    rule = workspace.products.product(context.assessment_id, ENGINE).rule
    assert rule is not None and rule.rvc is not None and rule.rvc.net_cost == Decimal(80)
    assert context.undo_stack.undoText() == f"Edit product {ENGINE}"
    context.undo_stack.undo()
    assert field_index(fields, "rvc_net_cost").data() == "75"
    assert products.model.index(products.model.row_of(ENGINE), 3).data() == "Qualifies"


def test_a_value_that_cannot_be_read_is_explained_and_nothing_written(
    products: ProductsView, context: AppContext, workspace: Workspace
) -> None:
    products.show_product(ENGINE)
    fields = products.detail.fields
    assert not fields.setData(field_index(fields, "net_cost"), "lots")
    assert products.detail.problem.text() == "Net cost per unit: lots is not a number."
    assert products.detail.problem.isVisibleTo(products)
    assert not fields.setData(field_index(fields, "net_cost"), "100")  # below the bill of materials (830)
    assert workspace.products.product(context.assessment_id, ENGINE).net_cost == Decimal(3800)
    assert context.undo_stack.count() == 0


def test_a_choice_offers_its_codes_in_words(products: ProductsView) -> None:
    products.show_product(BRAKE)
    fields = products.detail.fields
    choices = field_index(fields, "shift_level").data(Qt.ItemDataRole.UserRole + 10)
    assert choices == [(None, "(none)"), ("chapter", "Chapter"), ("heading", "Heading"), ("subheading", "Subheading")]
    assert fields.setData(field_index(fields, "shift_level"), "subheading")
    assert field_index(fields, "shift_level").data() == "Subheading"


def test_an_item_linked_here_shows_the_product_in_the_editor(
    products: ProductsView, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.register_dialogs import LinkItemDialog

    monkeypatch.setattr(LinkItemDialog, "ask", classmethod(lambda cls, parent, **kw: "goods.baseline"))
    products.show_product(ENGINE)
    assert products.detail.link_item()
    linked = products.detail.items
    assert linked.count() == 1 and linked.item(0).text().startswith("goods.baseline: ")
    window.show_checklist()
    window.navigator.go_to_item("goods.baseline")
    panel = window.editor.linked_products
    assert panel.isVisibleTo(window)
    assert panel.text.text().splitlines() == [
        "At stake on this item: up to USD 2,310,000 a year more than today",
        f"{ENGINE} (Spark-ignition engine over 1,000 cc (example row: replace it)): qualifies today, duty USD 0; "
        "up to USD 2,310,000 more a year under Core parts: RVC raised to 80 % (net cost)",
    ]
    context.undo_stack.undo()
    assert not panel.isVisibleTo(window)
    window.exposure.show_products()
    assert products.detail.items.count() == 0


def test_an_archived_assessments_products_are_read_only(
    qtbot,
    window: MainWindow,
    workspace: Workspace,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    operations.import_register(workspace, context.assessment_id, example_products())
    operations.set_status(workspace, context.assessment_id, AssessmentStatus.ARCHIVED, expected=AssessmentStatus.ACTIVE)
    context.load_assessment(context.assessment_id)
    window.exposure.show_products()
    view = window.exposure.products
    view.show_product(ENGINE)
    fields = view.detail.fields
    assert not fields.flags(field_index(fields, "net_cost")) & Qt.ItemFlag.ItemIsEditable
    assert not view.detail.link_button.isEnabled()
    assert not window.exposure.actions["import_register"].isEnabled()


def test_a_register_file_is_previewed_imported_and_undone(
    qtbot, window: MainWindow, context: AppContext, workspace: Workspace, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from readiness.exposure.register_template import write_register_template
    from ui.dialogs.register_dialogs import RegisterFiles, RegisterPreviewDialog

    write_register_template(tmp_path / "register.xlsx")
    previews = []
    monkeypatch.setattr(RegisterFiles, "ask", classmethod(lambda cls, parent, **kw: [tmp_path / "register.xlsx"]))
    monkeypatch.setattr(
        RegisterPreviewDialog, "ask", classmethod(lambda cls, parent, preview: previews.append(preview) or False)
    )
    job = window.exposure.import_register()
    assert job is not None
    qtbot.waitUntil(lambda: bool(previews), timeout=30_000)  # the preview follows the job, however fast it ran
    assert (previews[0].added, previews[0].changed) == ((BRAKE, ENGINE), ())
    assert workspace.products.part_numbers(context.assessment_id) == [BRAKE, ENGINE]
    assert window.exposure.products.shown_parts() == [BRAKE, ENGINE]
    context.undo_stack.undo()
    assert workspace.products.part_numbers(context.assessment_id) == []
    assert window.exposure.products.pages.currentWidget() is window.exposure.products.empty


def test_a_bad_register_file_lists_every_problem_in_words(
    qtbot,
    window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    from readiness.exposure.register_template import write_register_template
    from ui.dialogs.register_dialogs import RegisterFiles, RegisterProblemsDialog

    write_register_template(tmp_path / "register.xlsx")
    book = load_workbook(tmp_path / "register.xlsx")
    book["Products"]["C3"] = "87A8"
    book["BOM"]["D7"] = "XX"
    book.save(tmp_path / "bad.xlsx")
    shown: list[list[str]] = []
    monkeypatch.setattr(RegisterFiles, "ask", classmethod(lambda cls, parent, **kw: [tmp_path / "bad.xlsx"]))

    def record(cls, parent, *, error, file_name):  # type: ignore[no-untyped-def]
        dialog = RegisterProblemsDialog(parent, error=error, file_name=file_name)
        shown.append([dialog.table.item(row, 4).text() for row in range(dialog.table.rowCount())])

    monkeypatch.setattr(RegisterProblemsDialog, "ask", classmethod(record))
    job = window.exposure.import_register()
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0] == ["87A8 is not an HTS code of 6 to 10 digits.", "XX is not a country code."]


def test_hostile_product_text_is_never_rendered(
    qtbot,
    window: MainWindow,
    workspace: Workspace,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    from tests.ui.test_plain_text import HOSTILE, rendered_hostile

    hostile = [p.model_copy(update={"description": HOSTILE}) for p in example_products()]
    operations.import_register(workspace, context.assessment_id, hostile)
    operations.link_products(workspace, context.assessment_id, "goods.baseline", [ENGINE])
    window.exposure.show_products()
    window.exposure.products.show_product(ENGINE)
    assert rendered_hostile(window) == []
    window.exposure.show_scenarios()
    assert rendered_hostile(window) == []
    window.show_checklist()
    window.navigator.go_to_item("goods.baseline")
    assert HOSTILE in window.editor.linked_products.text.text()
    assert rendered_hostile(window) == []


def test_the_exposure_model_stays_out_of_start_up(tmp_path: Path) -> None:
    """Opening the main window on an assessment loads no product model or scenario file: a user who never opens
    the Products or Scenarios tab does not wait for them."""
    import subprocess
    import sys

    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from readiness import operations
from readiness.model import CompanyProfile
from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import Settings
app = QApplication([])
ws = Workspace.open({str(tmp_path / "w.sqlite")!r})
a = operations.create_assessment(ws, name="A", framework=ws.frameworks.get("usmca-2020"), profile=CompanyProfile())
context = AppContext(ws)
window = MainWindow(context, Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)))
context.load_assessment(a.record.id)
window.show()
app.processEvents()
print(sorted(m for m in sys.modules if m.startswith("readiness.exposure.") and m.split(".")[-1] in
             ("products", "scenarios", "scenario_files", "run", "product_fields")))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]", result.stderr
