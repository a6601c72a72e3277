"""The portable assessment document: stable round trip, JSON-path errors, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readiness.document import export_document, import_document
from readiness.errors import DocumentError
from readiness.model import ProfileBasis, ReviewNote, ReviewReason
from readiness.store.workspace import Workspace
from tests.support import install

UID = "0123456789abcdef0123456789abcdef"


def full_document() -> dict:
    """A document on the mini pack with every field of every kind set."""
    return {
        "format": "trade-readiness/assessment",
        "format_version": 1,
        "uid": UID,
        "name": "Acme Manufacturing 2026",
        "framework": {"id": "mini", "version": "1"},
        "profile": {"company": "Acme Manufacturing", "roles": ["importer", "producer"], "countries": ["US", "MX"],
                    "sectors": ["automotive", "steel-aluminium"], "trade_volume": "100m-1b"},
        "currency": "CAD",
        "responses": [
            {"item_id": "goods.baseline", "level": 3, "not_applicable": False, "na_reason": None, "na_basis": None,
             "gap": "=HYPERLINK(\"x\") typed by a user", "priority": "high", "owner": "Customs",
             "due": "2026-12-31", "evidence": ["https://intranet/bom.xlsx", "C:\\origin\\files"],
             "notes": "Accents kept: Monterrey, Québec, año", "needs_review": True,
             "review_notes": [
                 {"reason": "mapping", "route": "nafta-2017__usmca-2020", "item": "goods.baseline", "basis": None,
                  "text": ""},
                 {"reason": "text", "route": "", "item": "", "basis": None, "text": "Rule changed"},
             ],
             "actions": [{"uid": "a1", "title": "Recompute RVC", "owner": "Finance", "due": "2026-11-30",
                          "status": "in progress", "cost_estimate": 12000.0, "notes": "+ two plants"}]},
            {"item_id": "goods.export-cert", "level": None, "not_applicable": True, "na_reason": None,
             "na_basis": {"dimension": "role", "concerns": ["exporter"]},
             "gap": "", "priority": None, "owner": "", "due": None, "evidence": [], "notes": "",
             "needs_review": False, "review_notes": [], "actions": []},
            {"item_id": "goods.auto", "level": None, "not_applicable": True, "na_reason": "We buy no auto parts",
             "na_basis": None, "gap": "", "priority": None, "owner": "", "due": None, "evidence": [], "notes": "",
             "needs_review": False, "review_notes": [], "actions": []},
        ],
    }  # fmt: skip


def test_export_import_export_is_byte_for_byte_stable(workspace: Workspace, tmp_path: Path) -> None:
    text = json.dumps(full_document())
    imported = import_document(workspace, text)
    first = export_document(workspace, imported.id)
    other = Workspace.open(tmp_path / "second.sqlite")
    install(other, workspace.frameworks.get("mini"))
    second = export_document(other, import_document(other, first).id)
    other.close()
    assert first == second
    exported = json.loads(first)
    assert (exported["uid"], exported["currency"]) == (UID, "CAD")
    assert (imported.uid, imported.currency) == (UID, "CAD")
    assert exported["responses"][:3] == full_document()["responses"]  # every field, codes included, as written
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
        (lambda d: d["responses"].append(dict(d["responses"][1])), "$.responses[3].item_id", "appears twice"),
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


def test_codes_are_stored_as_codes_not_sentences(workspace: Workspace) -> None:
    assessment = import_document(workspace, json.dumps(full_document()))
    responses = workspace.assessments.responses(assessment.id)
    assert responses["goods.baseline"].review_notes == [
        ReviewNote(reason=ReviewReason.MAPPING, route="nafta-2017__usmca-2020", item="goods.baseline"),
        ReviewNote(reason=ReviewReason.TEXT, text="Rule changed"),
    ]
    ruled_out = responses["goods.export-cert"]
    assert ruled_out.na_basis == ProfileBasis(dimension="role", concerns=["exporter"])
    assert ruled_out.na_reason is None
    assert responses["goods.auto"].na_reason == "We buy no auto parts"
    assert responses["goods.auto"].na_basis is None


def test_an_older_document_with_a_review_note_in_words_keeps_it_as_a_note_by_a_person(workspace: Workspace) -> None:
    document = full_document()
    del document["uid"], document["currency"]
    first = document["responses"][0]
    del first["review_notes"], first["na_basis"]
    first["review_note"] = "Rule changed"
    assessment = import_document(workspace, json.dumps(document))
    assert assessment.currency == "USD" and len(assessment.uid) == 32
    stored = workspace.assessments.response(assessment.id, "goods.baseline")
    assert stored.needs_review
    assert stored.review_notes == [ReviewNote(reason=ReviewReason.TEXT, text="Rule changed")]
    assert "review_note" not in json.loads(export_document(workspace, assessment.id))["responses"][0]


def test_importing_one_document_twice_gives_two_assessments_with_their_own_uids(workspace: Workspace) -> None:
    first = import_document(workspace, json.dumps(full_document()))
    second = import_document(workspace, json.dumps(full_document()), name="Acme again")
    assert first.uid == UID
    assert second.uid != UID and len(second.uid) == 32
    assert json.loads(export_document(workspace, second.id))["uid"] == second.uid


def test_not_json_and_foreign_json_are_refused(workspace: Workspace) -> None:
    with pytest.raises(DocumentError, match="not valid JSON"):
        import_document(workspace, "{ nope")
    with pytest.raises(DocumentError, match="not a Trade Readiness assessment"):
        import_document(workspace, json.dumps({"format": "something/else"}))


def _text_with(replace: str, by: str) -> str:
    """The full document as JSON text with one fragment replaced (to write what json.dumps cannot)."""
    text = json.dumps(full_document())
    assert replace in text
    return text.replace(replace, by, 1)


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        (_text_with('"level": 3,', '"level": 1, "level": 3,'), "$.responses[0].level", "appears twice"),
        (_text_with('"owner": "Finance",', '"owner": "Finance", "owner": "Legal",'), "$.responses[0].actions[0].owner",
         "appears twice"),
        (_text_with('"name": "Acme', '"name": "Other", "name": "Acme'), "$.name", "appears twice"),
        (_text_with('"level": 3,', '"level": true,'), "$.responses[0].level", "whole number"),
        (_text_with('"level": 3,', '"level": 3.0,'), "$.responses[0].level", "whole number"),
        (_text_with('"level": 3,', '"level": "3",'), "$.responses[0].level", "whole number"),
        (_text_with('"format_version": 1', '"format_version": true'), "$.format_version", "whole number"),
        (_text_with('"due": "2026-12-31"', '"due": 0'), "$.responses[0].due", "date"),
        (_text_with('"due": "2026-11-30"', '"due": 1798761600'), "$.responses[0].actions[0].due", "date"),
        (_text_with('"needs_review": true', '"needs_review": 1'), "$.responses[0].needs_review", "boolean"),
        (_text_with('"not_applicable": true', '"not_applicable": "yes"'), "$.responses[1].not_applicable", "boolean"),
        (_text_with('"cost_estimate": 12000.0', '"cost_estimate": "12000"'), "$.responses[0].actions[0].cost_estimate",
         "number"),
        (_text_with('"cost_estimate": 12000.0', '"cost_estimate": NaN'), "", "NaN"),
        (_text_with('"cost_estimate": 12000.0', '"cost_estimate": ' + "9" * 5000), "", "number is longer"),
        (_text_with('"notes": "Accents', '"notes": "\\udc00 Accents'), "$.responses[0].notes", "lone surrogate"),
        ("[" * 5000 + "]" * 5000, "", "nested more than"),
    ],
)  # fmt: skip
def test_the_document_is_strict_and_says_where(workspace: Workspace, text: str, path: str, reason: str) -> None:
    with pytest.raises(DocumentError) as caught:
        import_document(workspace, text)
    assert caught.value.where == path
    assert reason in caught.value.reason
    assert workspace.assessments.all() == []


def test_a_strict_document_still_takes_integral_costs_and_empty_levels(workspace: Workspace) -> None:
    text = _text_with('"cost_estimate": 12000.0', '"cost_estimate": 12000')
    assessment = import_document(workspace, text)
    responses = workspace.assessments.responses(assessment.id)
    assert responses["goods.baseline"].actions[0].cost_estimate == 12000.0
    assert responses["goods.export-cert"].level is None


def test_a_profile_file_is_strict_too(tmp_path: Path) -> None:
    from readiness.document import read_profile

    path = tmp_path / "profile.json"
    path.write_text('{"roles": ["importer"], "roles": ["exporter"]}', encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_profile(path)
    assert caught.value.where == f"{path}: $.roles" and "appears twice" in caught.value.reason
    path.write_text('{"roles": ["importer"], "countries": ["US"]}', encoding="utf-8")
    assert read_profile(path).countries == ["US"]
