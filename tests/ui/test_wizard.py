"""The new-assessment wizard: what applies, and the assessment it creates."""

from __future__ import annotations

from readiness.store.workspace import Workspace
from ui.context import AppContext
from ui.dialogs.new_assessment import NewAssessmentWizard
from ui.main_window import MainWindow


def _fill(wizard: NewAssessmentWizard, name: str) -> None:
    page = wizard.name_page
    page.name.setText(name)
    mini = [i for i in range(page.framework.count()) if page.framework.itemData(i)[0] == "mini"]
    page.framework.setCurrentIndex(mini[0])
    profile = wizard.profile_page
    profile.company.setText("Acme")
    profile.roles["importer"].setChecked(True)
    profile.countries["US"].setChecked(True)


def test_wizard_shows_what_applies_and_creates_the_assessment(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch
) -> None:
    wizard = NewAssessmentWizard(window.context)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard, "Plan 2017")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    # importer in the US only: the exporter item and the Mexico item are out, with their reasons
    assert "2 of 4 items apply" in wizard.summary_page.summary.text()
    reasons = [wizard.summary_page.excluded.topLevelItem(i).text(1) for i in range(2)]
    assert any("Exporter" in r and "role" in r for r in reasons) and any("Mexico" in r for r in reasons)
    entered = wizard.entered()
    assert workspace.assessments.count() == 1, "the wizard itself writes nothing"
    monkeypatch.setattr(NewAssessmentWizard, "ask", classmethod(lambda cls, parent, context: entered))
    window.actions_by_name["new"].trigger()
    created = workspace.assessments.get("Plan 2017")
    assert window.context.assessment is not None and window.context.assessment.id == created.id
    assert (created.profile.company, created.currency) == ("Acme", "USD")
    responses = workspace.assessments.responses(created.id)
    not_applicable = {i for i, r in responses.items() if r.not_applicable}
    assert not_applicable == {"goods.export-cert", "labor.suppliers"}
    assert {i: responses[i].na_basis.dimension for i in not_applicable} == {  # type: ignore[union-attr]
        "goods.export-cert": "role",
        "labor.suppliers": "country",
    }
    assert all(responses[i].na_reason is None for i in not_applicable), "facts are stored, not sentences"


def test_wizard_refuses_a_name_already_used(qtbot, context: AppContext) -> None:
    wizard = NewAssessmentWizard(context)
    qtbot.addWidget(wizard)
    wizard.name_page.name.setText("test")  # names compare without case
    assert not wizard.name_page.isComplete()
    assert "already exists" in wizard.name_page.problem.text()
    wizard.name_page.name.setText("Another")
    assert wizard.name_page.isComplete()


def test_the_wizard_starts_on_the_rules_in_force(qtbot, context: AppContext) -> None:
    wizard = NewAssessmentWizard(context)
    qtbot.addWidget(wizard)
    page = wizard.name_page
    # Someone clicking through today must land on the agreement in force, not the 2017 negotiation.
    assert page.chosen_framework().id == "usmca-2020"
    assert "NAFTA" not in page.name.placeholderText()
    assert wizard.profile_page.volume.accessibleName() == "North American trade volume"


def test_tab_visits_the_profile_fields_in_the_order_they_are_shown(qtbot, context: AppContext) -> None:
    wizard = NewAssessmentWizard(context)
    qtbot.addWidget(wizard)
    page = wizard.profile_page
    # Company, then the trade volume beside it, then the first role: not straight past the volume to a role.
    assert page.company.nextInFocusChain() is page.volume
    assert page.volume.nextInFocusChain() is page.roles["importer"]
