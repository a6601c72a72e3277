"""The product register in the workspace: stored exactly, imported all or nothing (merged by part number or
replacing the register), edited in place against what the caller saw, linked to items, and taken along when an
assessment is duplicated, moved or deleted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from readiness import operations
from readiness.codes import AssessmentStatus
from readiness.errors import Conflict, InvalidInput, NotFound
from readiness.exposure.examples import example_products
from readiness.exposure.products import Product
from readiness.exposure.run import run_scenarios
from readiness.exposure.scenario_files import builtin_de_minimis
from readiness.exposure.scenarios import TODAY
from readiness.model import CompanyProfile
from readiness.store import audit
from readiness.store.workspace import Workspace
from tests.exposure.builders import line, product
from tests.support import create

BRAKE, ENGINE = (p.part_number for p in example_products())


@pytest.fixture
def assessment_id(workspace: Workspace) -> int:
    return create(workspace, "Acme 2026", "mini", CompanyProfile(roles=["importer"])).id


@pytest.fixture
def imported(workspace: Workspace, assessment_id: int) -> list[Product]:
    products = example_products()
    operations.import_register(workspace, assessment_id, products)
    return products


def precise() -> Product:
    """Figures at the edges of what the model keeps: 15 significant digits, 6 decimals, a 4-decimal rate."""
    return product(
        part_number="P-EXACT",
        transaction_value="123456789.012345",
        net_cost="0.000001",
        lanes=[{"origin": "MX", "destination": "US", "annual_value": "999999999999999", "mfn_rate": "2.1234"}],
        bom=[line("Bolt", "7318.15", "other", "no", "0.000001")],
    )


def test_a_register_reads_back_exactly_with_decimals_stored_as_text(workspace: Workspace, assessment_id: int) -> None:
    products = [*example_products(), precise()]
    written = operations.import_register(workspace, assessment_id, products)
    assert written.added == (BRAKE, ENGINE, "P-EXACT") and written.products
    assert workspace.products.register(assessment_id) == products
    kinds = workspace.db.query(
        "SELECT typeof(transaction_value), transaction_value FROM products WHERE part_number = 'P-EXACT'"
    )[0]
    assert tuple(kinds) == ("text", "123456789.012345")
    lane = workspace.db.query("SELECT annual_value, mfn_rate FROM product_lanes ORDER BY id DESC LIMIT 1")[0]
    assert tuple(lane) == ("999999999999999", "2.1234")


def test_an_import_merges_by_part_number_and_keeps_links(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    operations.link_products(workspace, assessment_id, "goods.baseline", [BRAKE, ENGINE])
    cheaper = imported[1].model_copy(update={"net_cost": Decimal(3700)})
    written = operations.import_register(workspace, assessment_id, [cheaper, precise()])
    assert (written.added, written.replaced, written.removed) == (("P-EXACT",), (ENGINE,), ())
    assert written.before[ENGINE] == imported[1] and written.before["P-EXACT"] is None
    register = workspace.products.register(assessment_id)
    assert [p.part_number for p in register] == [BRAKE, ENGINE, "P-EXACT"]  # the brake, not in the file, stays
    assert register[1].net_cost == Decimal(3700)
    assert workspace.products.links(assessment_id) == {"goods.baseline": (BRAKE, ENGINE)}


def test_replace_makes_the_register_exactly_the_file(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    written = operations.import_register(workspace, assessment_id, [imported[1]], replace=True)
    assert (written.removed, written.unchanged) == ((BRAKE,), (ENGINE,))
    assert workspace.products.part_numbers(assessment_id) == [ENGINE]
    assert workspace.db.query("SELECT count(*) FROM bom_lines")[0][0] == len(imported[1].bom)  # the brake's went too


def test_importing_the_same_file_twice_changes_nothing(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    events = len(audit.events(workspace.db, assessment_id))
    again = operations.import_register(workspace, assessment_id, example_products())
    assert again.empty and again.unchanged == (BRAKE, ENGINE)
    assert len(audit.events(workspace.db, assessment_id)) == events


def test_an_import_is_all_or_nothing(workspace: Workspace, assessment_id: int) -> None:
    too_dear = product(part_number="P-BAD", bom=[line("Casting", "7325.99", "MX", "yes", "150")])  # TV is 100
    with pytest.raises(InvalidInput) as refused:
        operations.import_register(workspace, assessment_id, [*example_products(), too_dear])
    assert refused.value.code == "bom-total-above-value"
    assert workspace.products.register(assessment_id) == []


def test_undo_of_an_import_puts_the_register_back_unless_it_moved_on(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    changed = imported[0].model_copy(update={"description": "Caliper, revised"})
    written = operations.import_register(workspace, assessment_id, [changed, precise()])
    operations.restore_products(workspace, assessment_id, written.before, expected=written.after)
    assert workspace.products.register(assessment_id) == imported

    again = operations.import_register(workspace, assessment_id, [changed])
    operations.edit_product(
        workspace,
        assessment_id,
        BRAKE,
        {"description": "Edited meanwhile"},
        expected={"description": changed.description},
    )
    with pytest.raises(Conflict) as refused:
        operations.restore_products(workspace, assessment_id, again.before, expected=again.after)
    assert refused.value.code == "product-changed-elsewhere"
    assert workspace.products.product(assessment_id, BRAKE).description == "Edited meanwhile"


def test_a_threshold_is_edited_in_place_against_what_the_caller_saw(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    edited = operations.edit_product(
        workspace, assessment_id, ENGINE, {"rvc_net_cost": Decimal(80)}, expected={"rvc_net_cost": Decimal("75.0")}
    )
    assert (edited.before, edited.after) == ({"rvc_net_cost": Decimal(75)}, {"rvc_net_cost": Decimal(80)})
    stored = workspace.products.product(assessment_id, ENGINE)
    assert stored.rule is not None and stored.rule.rvc is not None and stored.rule.rvc.net_cost == Decimal(80)
    assert stored.bom == imported[1].bom  # only the field moved
    assert audit.events(workspace.db, assessment_id)[0].field == f"product {ENGINE} rvc_net_cost"
    with pytest.raises(Conflict) as stale:
        operations.edit_product(
            workspace, assessment_id, ENGINE, {"rvc_net_cost": Decimal(60)}, expected={"rvc_net_cost": Decimal(75)}
        )
    assert stale.value.params == {"field": "rvc_net_cost", "now": "80"}
    assert workspace.products.product(assessment_id, ENGINE) == stored


def test_an_hts_code_is_compared_as_the_store_holds_it(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    operations.edit_product(
        workspace, assessment_id, BRAKE, {"hts_code": "8708.99"}, expected={"hts_code": "8708.30.50"}
    )
    assert workspace.products.product(assessment_id, BRAKE).hts_code == "870899"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"transaction_value": Decimal(10)}, "bom-total-above-value"),  # the BOM totals 52
        ({"currency": "XYZ"}, "product-invalid"),
        ({"part_number": "NEW"}, "field-unknown"),
    ],
)
def test_an_invalid_edit_is_refused_and_nothing_written(
    workspace: Workspace, assessment_id: int, imported: list[Product], changes: dict[str, Any], code: str
) -> None:
    seen = {k: getattr(imported[0], k, None) for k in changes}
    with pytest.raises(InvalidInput) as refused:
        operations.edit_product(workspace, assessment_id, BRAKE, changes, expected=seen)
    assert refused.value.code == code
    assert workspace.products.product(assessment_id, BRAKE) == imported[0]


def test_a_material_made_originating_flips_the_product(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    """The engine: NC 3,800, non-originating injection system 520 + ECU 310 = VNM 830, RVC(NC) =
    (3,800 - 830) / 3,800 = 78.16 % >= 75: qualifies. Under an 80 % threshold it fails; once the ECU (line 4)
    is sourced from an originating supplier, VNM = 520 and RVC(NC) = 86.32 %: it qualifies again."""
    operations.edit_product(
        workspace, assessment_id, ENGINE, {"rvc_net_cost": Decimal(80)}, expected={"rvc_net_cost": Decimal(75)}
    )

    def status() -> str:
        register = workspace.products.register(assessment_id)
        run = run_scenarios(register, [TODAY], de_minimis=builtin_de_minimis())
        return run.exposures[TODAY.id][ENGINE].outcome.status.value

    assert status() == "fails"
    edited = operations.edit_bom_line(
        workspace,
        assessment_id,
        ENGINE,
        3,
        {"country": "MX", "originating": "yes"},
        expected={"country": "other", "originating": "no"},
    )
    assert edited.bom_line == 3 and edited.after == {"country": "MX", "originating": "yes"}
    assert status() == "qualifies"
    with pytest.raises(NotFound):
        operations.edit_bom_line(workspace, assessment_id, ENGINE, 9, {"value": None}, expected={"value": None})


def test_products_are_linked_to_items_and_unlinked(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    linked = operations.link_products(workspace, assessment_id, "goods.auto", [ENGINE, ENGINE, BRAKE])
    assert linked.changed == (ENGINE, BRAKE) and linked.products
    assert operations.link_products(workspace, assessment_id, "goods.auto", [ENGINE]).empty
    assert workspace.products.items_of(assessment_id, ENGINE) == ["goods.auto"]
    with pytest.raises(NotFound) as unknown_part:
        operations.link_products(workspace, assessment_id, "goods.auto", ["NO-SUCH"])
    assert unknown_part.value.code == "product-missing"
    with pytest.raises(NotFound):
        operations.link_products(workspace, assessment_id, "no.such.item", [ENGINE])
    assert operations.unlink_products(workspace, assessment_id, "goods.auto", [BRAKE]).changed == (BRAKE,)
    assert workspace.products.links(assessment_id) == {"goods.auto": (ENGINE,)}


def test_an_archived_assessments_register_is_read_only(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    operations.set_status(workspace, assessment_id, AssessmentStatus.ARCHIVED, expected=AssessmentStatus.ACTIVE)
    with pytest.raises(Conflict, match="archived"):
        operations.import_register(workspace, assessment_id, [precise()])
    with pytest.raises(Conflict, match="archived"):
        operations.link_products(workspace, assessment_id, "goods.auto", [ENGINE])


def test_deleting_an_assessment_takes_its_products_along(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    operations.link_products(workspace, assessment_id, "goods.auto", [ENGINE])
    operations.delete_assessment(workspace, assessment_id, expected_name="Acme 2026")
    for table in ("products", "product_lanes", "lane_overlays", "bom_lines", "item_products"):
        assert workspace.db.query(f"SELECT count(*) FROM {table}")[0][0] == 0, table
    assert workspace.check().ok


def test_a_duplicate_carries_the_register_and_its_links(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    operations.link_products(workspace, assessment_id, "goods.auto", [ENGINE])
    copy = operations.duplicate_assessment(workspace, assessment_id, name="Acme copy").record
    assert workspace.products.register(copy.id) == imported
    assert workspace.products.links(copy.id) == {"goods.auto": (ENGINE,)}
    operations.edit_product(
        workspace, copy.id, BRAKE, {"description": "Only the copy"}, expected={"description": imported[0].description}
    )
    assert workspace.products.product(assessment_id, BRAKE) == imported[0]  # the two registers are separate


def test_a_move_to_the_next_framework_carries_the_register(workspace: Workspace) -> None:
    from readiness.migration import plan_migration

    nafta = create(workspace, "NAFTA", "nafta-2017", CompanyProfile(roles=["importer"]))
    operations.import_register(workspace, nafta.id, example_products())
    moved = operations.apply_migration(workspace, plan_migration(workspace, nafta.id, "usmca-2020")).record
    assert workspace.products.register(moved.id) == example_products()


def test_the_workspace_check_reads_every_register(
    workspace: Workspace, assessment_id: int, imported: list[Product]
) -> None:
    assert workspace.check().ok
    with workspace.db.transaction() as tx:
        tx.execute("UPDATE products SET net_cost = 'lots' WHERE part_number = ?", (ENGINE,))
    report = workspace.check()
    assert not report.ok and ENGINE in report.problems[0] and "restore a backup" in report.problems[0]
