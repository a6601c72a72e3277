"""The portable assessment document: stable round trip, JSON-path errors, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness.document import export_document, import_document
from readiness.errors import DocumentError
from readiness.store.workspace import Workspace


def full_document() -> dict:
    """A document on the mini pack with every field of every kind set."""
    return {
        "format": "trade-readiness/assessment",
        "format_version": 1,
        "name": "Acme Manufacturing 2026",
        "framework": {"id": "mini", "version": "1"},
        "profile": {"company": "Acme Manufacturing", "roles": ["importer", "producer"], "countries": ["US", "MX"],
                    "sectors": ["automotive", "steel-aluminium"], "trade_volume": "100m-1b"},
        "responses": [
            {"item_id": "goods.baseline", "level": 3, "not_applicable": False, "na_reason": None,
             "gap": "=HYPERLINK(\"x\") typed by a user", "priority": "high", "owner": "Customs",
             "due": "2026-12-31", "evidence": ["https://intranet/bom.xlsx", "C:\\origin\\files"],
             "notes": "Accents kept: Monterrey, Québec, año", "needs_review": True, "review_note": "Rule changed",
             "actions": [{"uid": "a1", "title": "Recompute RVC", "owner": "Finance", "due": "2026-11-30",
                          "status": "in progress", "cost_estimate": 12000.0, "notes": "+ two plants"}]},
            {"item_id": "goods.export-cert", "level": None, "not_applicable": True, "na_reason": "We do not export",
             "gap": "", "priority": None, "owner": "", "due": None, "evidence": [], "notes": "",
             "needs_review": False, "review_note": "", "actions": []},
        ],
    }  # fmt: skip


def test_export_import_export_is_byte_for_byte_stable(workspace: Workspace, tmp_path: Path) -> None:
    text = json.dumps(full_document())
    import_document(workspace, text)
    first = export_document(workspace, "Acme Manufacturing 2026")
    other = Workspace.open(tmp_path / "second.sqlite")
    other.frameworks.install(workspace.frameworks.get("mini"))
    import_document(other, first)
    second = export_document(other, "Acme Manufacturing 2026")
    other.close()
    assert first == second
    exported = json.loads(first)
    assert exported["responses"][0]["actions"][0]["cost_estimate"] == 12000.0
    assert exported["responses"][0]["notes"] == "Accents kept: Monterrey, Québec, año"
    assert [r["item_id"] for r in exported["responses"]] == [
        "goods.baseline",
        "goods.export-cert",
        "goods.auto",
        "labor.suppliers",
    ]


@pytest.mark.parametrize(
    ("mutate", "path", "reason"),
    [
        (lambda d: d["responses"][1].update(level=9), "$.responses[1].level", "Input should be"),
        (lambda d: d["responses"][0].update(due="2026-02-30"), "$.responses[0].due", "date"),
        (lambda d: d["responses"][1].update(item_id="goods.nope"), "$.responses[1].item_id", "unknown item id"),
        (
            lambda d: d["responses"][0]["actions"][0].update(status="finished"),
            "$.responses[0].actions[0].status",
            "Input should be",
        ),
        (lambda d: d["profile"].update(countries=["FR"]), "$.profile.countries", "unknown country"),
        (lambda d: d.update(framework={"id": "mini", "version": "9"}), "$.framework", "no framework"),
        (lambda d: d["responses"].append(dict(d["responses"][1])), "$.responses[2].item_id", "appears twice"),
        (lambda d: d.update(format_version=2), "$.format_version", "Input should be 1"),
    ],
)
def test_bad_document_names_the_json_path_and_changes_nothing(
    workspace: Workspace, mutate, path: str, reason: str
) -> None:
    document = full_document()
    mutate(document)
    with pytest.raises(DocumentError) as caught:
        import_document(workspace, json.dumps(document))
    assert caught.value.where == path
    assert reason in caught.value.reason
    assert workspace.assessments.all() == []


def test_not_json_and_foreign_json_are_refused(workspace: Workspace) -> None:
    with pytest.raises(DocumentError, match="not valid JSON"):
        import_document(workspace, "{ nope")
    with pytest.raises(DocumentError, match="not a Trade Readiness assessment"):
        import_document(workspace, json.dumps({"format": "something/else"}))
